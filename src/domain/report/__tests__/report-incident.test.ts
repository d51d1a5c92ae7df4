import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';
import type { WizardState } from '../../wizard-state';
import { buildReport } from '../report-model';
import { reportToMarkdown } from '../report-markdown';
import { reportToJson } from '../report-json';

const afterFix = import.meta.glob<string>(
  '../../scenarios/lacp-mode-mismatch--seed-l5030/after-fix/resolved/*.txt',
  { query: '?raw', import: 'default', eager: true },
);

const T0 = Date.UTC(2023, 5, 25, 13, 55, 0);
const min = 60_000;

/** The seed incident pasted a minute apart, then the after-fix outputs an hour later. */
function seedFixed(details?: WizardState['details']): WizardState {
  const sc = loadScenarios().find((s) => s.name === 'lacp-mode-mismatch--seed-l5030');
  if (!sc) throw new Error('seed scenario missing');
  const base = stateOf(sc);
  const pastes = base.pastes.map((p, i) => ({ ...p, at: T0 + i * min }));
  const verify = Object.keys(afterFix)
    .sort()
    .map((f, i) => ({
      step: 'verify' as const,
      text: afterFix[f] ?? '',
      at: T0 + 60 * min + i * min,
    }));
  return { ...base, pastes: [...pastes, ...verify], ...(details ? { details } : {}) };
}

describe('the report of a verified incident', () => {
  const details = {
    ticket: 'INC-20230625-017',
    engineer: 'Li Wei',
    service: 'HLW portal',
    start: null,
    end: null,
  };
  const state = seedFixed(details);
  const run = runWizard(state);
  const en = buildReport(state, run, 'en-US', { now: T0 + 2 * 60 * min });
  const zh = buildReport(state, run, 'zh-CN', { now: T0 + 2 * 60 * min });

  it('leads with the ticket in the title and names its files <farm>-<diagnosis>-<date>', () => {
    expect(en.title).toBe('INC-20230625-017 · Server farm test-01: 0 active real servers');
    expect(en.incident.fileBase).toBe('test-01-lacp-mode-mismatch-2023-06-25');
  });

  it('reads as a summary first: what broke, since when, why, what was done, verified', () => {
    expect(en.incident.summary.map((s) => [s.label, s.text.slice(0, 40)])).toEqual([
      ['What broke', 'Server farm test-01: 0 active real serve'],
      ['Since', '2023-06-25 13:55:00 UTC (first paste)'],
      ['Why', 'LACP mode mismatch: one end dynamic, the'],
      ['What was done', 'Fix given: Peer switch: `link-aggregatio'],
      ['Verified', 'resolved: What was wrong is now right: t'],
    ]);
    expect(zh.incident.summary[4]?.text).toMatch(/^已解决：原来的问题已恢复正常/);
    const md = reportToMarkdown(en);
    expect(md.indexOf('## Summary')).toBeLessThan(md.indexOf('## Diagnosis'));
  });

  it('lists the details typed, the start and end derived, and the devices from the prompts', () => {
    expect(en.incident.details.map((d) => `${d.label}: ${d.value}`)).toEqual([
      'Ticket: INC-20230625-017',
      'Engineer: Li Wei',
      'Affected service: HLW portal',
      'Start: 2023-06-25 13:55:00 UTC (first paste)',
      'End: 2023-06-25 14:58:00 UTC (verified resolved)',
    ]);
    expect(en.incident.devices).toEqual(['L5030', 'GZ-HXY-G160201-V07-L5000S-L-01']);
  });

  it('prefers the start and end the engineer typed', () => {
    const typed = seedFixed({
      ...details,
      start: '2023-06-25 13:40 CST',
      end: '2023-06-25 15:10 CST',
    });
    const r = buildReport(typed, runWizard(typed), 'en-US', { now: T0 });
    expect(
      r.incident.details.filter((d) => d.key === 'start' || d.key === 'end').map((d) => d.value),
    ).toEqual(['2023-06-25 13:40 CST', '2023-06-25 15:10 CST']);
  });

  it('shows each fact before and after the fix, in Markdown too', () => {
    const member = en.incident.resolution?.facts.find(
      (f) => f.subject === 'XGE1/1/1 in Route-Aggregation1',
    );
    expect(member).toMatchObject({
      before: 'Unselected (U)',
      after: 'Selected (S)',
      statusText: 'fixed',
      bad: false,
    });
    const md = reportToMarkdown(en);
    expect(md).toContain('## Verification after the fix (resolved)');
    expect(md).toContain(
      '| `XGE1/1/1 in Route-Aggregation1` | `Unselected (U)` | `Selected (S)` | fixed |',
    );
  });

  it('keeps a timeline of what was pasted and decided, in time order, ending with the verification', () => {
    const events = en.incident.events;
    expect(events[0]?.text).toBe(
      'Pasted `display server-farm` (L5030) at Server farm status, paste 1.',
    );
    expect(events.at(-1)?.text).toMatch(/^Verified after the fix: resolved\./);
    expect(
      events.some(
        (e) => e.text === 'Diagnosis: LACP mode mismatch: one end dynamic, the other static.',
      ),
    ).toBe(true);
  });

  it('puts the incident in the JSON export', () => {
    const doc = JSON.parse(reportToJson(state, run)) as {
      state: WizardState;
      run: { resolution: { status: string } };
      incident: { devices: Array<{ name: string }>; start: number; end: number };
    };
    expect(doc.state.details).toEqual(details);
    expect(doc.run.resolution.status).toBe('resolved');
    expect(doc.incident.start).toBe(T0);
    expect(doc.incident.end).toBe(T0 + 63 * min);
  });

  it('says plainly when nothing is verified yet', () => {
    const s = { ...state, pastes: state.pastes.filter((p) => p.step !== 'verify') };
    const r = buildReport(s, runWizard(s), 'en-US', { now: T0 });
    expect(r.incident.summary.find((x) => x.key === 'verified')?.text).toBe(
      'Not verified yet: paste the verification commands after the fix.',
    );
    expect(r.incident.details.some((d) => d.key === 'end')).toBe(false);
  });
});
