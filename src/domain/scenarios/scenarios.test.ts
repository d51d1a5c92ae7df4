/** Runs every whole-incident scenario (see load-scenarios.ts) through the engine. */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../graph/run-wizard';
import { diagnosisIds, type DiagnosisId, type Finding } from '../run-types';
import { loadScenarios, stateOf } from './load-scenarios';

// Device output abbreviates interface names (`XGE1/1/1`, `RAGG3.2040`, `GE1/0/3`); configuration
// spells them out. A subject counts as cited under either spelling, as DESIGN.md requires.
const LONG_NAMES: Record<string, string> = {
  ge: 'gigabitethernet',
  xge: 'ten-gigabitethernet',
  fge: 'fortygige',
  hge: 'hundredgige',
  wge: 'twenty-fivegige',
  ragg: 'route-aggregation',
  bagg: 'bridge-aggregation',
  reth: 'reth',
};
// `XGE1/0/26`, `Route-Aggregation3.2040`, `reth 2`
const INTERFACE = /^([a-z][a-z-]*?)\s*(\d+(?:[/:.]\d+)*)$/;

function canonical(s: string): string {
  const lower = s.trim().toLowerCase();
  const m = INTERFACE.exec(lower);
  if (!m) return lower;
  const [, kind = '', number = ''] = m;
  return `${LONG_NAMES[kind] ?? kind}${number}`;
}

/**
 * The words of a finding's text, canonicalised. Whole words only: `GE1/0/3` must not be found
 * inside `XGE1/0/3`, nor `10.1.1.1` inside `10.1.1.10`. Colons and dots stay inside words (IPv6,
 * sub-interfaces) and are only trimmed at a word's end.
 */
function words(text: string): string[] {
  return text
    .split(/[\s,;()[\]{}'"`“”‘’，。、；：（）]+/)
    .map((w) => w.replace(/^[.:]+|[.:]+$/g, ''))
    .filter(Boolean)
    .map(canonical);
}

function cites(findings: Finding[], subject: string): boolean {
  const want = canonical(subject);
  return findings.some(
    (f) =>
      f.subjects.some((s) => canonical(s) === want) ||
      Object.values(f.text).some((t) => words(t).includes(want)),
  );
}

const scenarios = loadScenarios();

describe('whole-incident scenarios', () => {
  it('found the scenario folders', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  for (const sc of scenarios) {
    describe(sc.name, () => {
      const state = stateOf(sc);

      it('is named after its diagnosis and tells a story', () => {
        expect(sc.name.startsWith(`${sc.expected.diagnosis}--`)).toBe(true);
        expect(diagnosisIds).toContain(sc.expected.diagnosis);
        expect(sc.expected.story.length).toBeGreaterThan(80);
      });

      it(`walks ${sc.expected.path.join(' → ')} to ${sc.expected.diagnosis}`, () => {
        const run = runWizard(state);
        expect(run.path).toEqual(sc.expected.path);
        expect(run.diagnosis?.id).toBe(sc.expected.diagnosis);
        expect(run.current).toBeNull();
      });

      if (Object.keys(sc.answers).length > 0) {
        it('answers only questions the run asks', () => {
          const asked = runWizard(state).steps.flatMap((s) => s.questions);
          for (const [id, answer] of Object.entries(sc.answers)) {
            expect(asked.find((q) => q.id === id)?.answer, `question ${id}`).toBe(answer);
          }
        });
      }

      if (sc.expected.subjects.length > 0) {
        it(`cites ${sc.expected.subjects.join(', ')} in its findings`, () => {
          const run = runWizard(state);
          const missing = sc.expected.subjects.filter((s) => !cites(run.findings, s));
          expect(
            missing,
            `findings: ${JSON.stringify(run.findings.map((f) => ({ id: f.id, subjects: f.subjects })))}`,
          ).toEqual([]);
        });
      }
    });
  }
});

describe('scenario coverage', () => {
  const count = (id: DiagnosisId) => scenarios.filter((s) => s.expected.diagnosis === id).length;

  it.each([...diagnosisIds])('%s has at least one scenario', (id) => {
    expect(count(id)).toBeGreaterThanOrEqual(1);
  });

  it('lacp-mode-mismatch has the seed and at least two variants', () => {
    expect(count('lacp-mode-mismatch')).toBeGreaterThanOrEqual(3);
    expect(scenarios.some((s) => s.name === 'lacp-mode-mismatch--seed-l5030')).toBe(true);
  });
});
