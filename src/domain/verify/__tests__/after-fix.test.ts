/**
 * Every scenario whose diagnosis has a configuration fix carries two after-fix paste sets
 * (`after-fix/resolved/NN-verify.txt`, `after-fix/not-resolved/NN-verify.txt`): the verification
 * outputs re-run after the fix, once when it worked and once when it did not.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';
import type { Paste } from '../../wizard-state';

const files = import.meta.glob<string>('../../scenarios/*/after-fix/*/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// `../../scenarios/<name>/after-fix/<outcome>/NN-verify.txt`
const FILE =
  /^\.\.\/\.\.\/scenarios\/([^/]+)\/after-fix\/(resolved|not-resolved)\/\d{2}-verify\.txt$/;

function afterFixSets(): Map<string, Record<'resolved' | 'not-resolved', Paste[]>> {
  const out = new Map<string, Record<'resolved' | 'not-resolved', Paste[]>>();
  for (const file of Object.keys(files).sort()) {
    const m = FILE.exec(file);
    if (!m)
      throw new Error(
        `after-fix file not named <scenario>/after-fix/<outcome>/NN-verify.txt: ${file}`,
      );
    const [, name = '', outcome = 'resolved'] = m;
    const sets = out.get(name) ?? { resolved: [], 'not-resolved': [] };
    sets[outcome as 'resolved' | 'not-resolved'].push({
      step: 'verify',
      text: files[file] ?? '',
      at: null,
    });
    out.set(name, sets);
  }
  return out;
}

/** Diagnoses whose fix is a configuration change on the LB or the peer switch. */
const configFixes = [
  'lacp-mode-mismatch',
  'lag-member-unselected',
  'real-server-shutdown',
  'vpn-instance-mismatch',
  'probe-l7-mismatch',
  'real-server-inactive',
  'probe-timeout-too-short',
  'path-mtu-blackhole',
  'reth-member-inactive',
];

describe('after-fix paste sets', () => {
  const scenarios = loadScenarios();
  const sets = afterFixSets();

  it('exist, both outcomes, for a scenario of each diagnosis with a configuration fix', () => {
    for (const id of configFixes) {
      const withSets = scenarios.filter(
        (s) =>
          s.expected.diagnosis === id &&
          (sets.get(s.name)?.resolved.length ?? 0) > 0 &&
          (sets.get(s.name)?.['not-resolved'].length ?? 0) > 0,
      );
      expect(
        withSets.map((s) => s.name),
        id,
      ).not.toEqual([]);
    }
  });

  for (const [name, set] of sets) {
    const sc = scenarios.find((s) => s.name === name);
    for (const outcome of ['resolved', 'not-resolved'] as const) {
      it(`${name}: ${outcome}`, () => {
        if (!sc) throw new Error(`after-fix set for an unknown scenario ${name}`);
        const state = stateOf(sc);
        const before = runWizard(state);
        const run = runWizard({ ...state, pastes: [...state.pastes, ...set[outcome]] });
        // The outputs after the fix never change the diagnosis, which rests on the state before it.
        expect(run.diagnosis?.id).toBe(sc.expected.diagnosis);
        expect(run.findings).toEqual(before.findings);
        expect(run.resolution?.status, run.resolution?.summary['en-US']).toBe(outcome);
        expect(run.resolution?.uncompared).toEqual([]);
        if (outcome === 'resolved')
          expect(run.resolution?.facts.some((f) => f.status === 'fixed')).toBe(true);
        else expect(run.resolution?.facts.some((f) => f.after?.health === 'bad')).toBe(true);
      });
    }
  }
});
