/**
 * Whole-incident scenarios: each folder holds the pastes an engineer would make during one
 * incident (`NN-<step>.txt`, in paste order), optional `answers.json` and `expected.json`
 * (path, diagnosis, subjects the findings must cite, and the story behind the network).
 * The folders are read with Vite's `import.meta.glob` (raw text), so this pure-domain test needs
 * no Node built-ins.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../graph/run-wizard';
import { diagnosisIds, type DiagnosisId, type Finding } from '../run-types';
import { isStepId, type Answer, type Paste, type WizardState } from '../wizard-state';

const texts = import.meta.glob<string>('./*/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const jsons = import.meta.glob<string>('./*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface Expected {
  path: string[];
  diagnosis: DiagnosisId;
  subjects: string[];
  story: string;
}

interface Scenario {
  name: string;
  pastes: Paste[];
  answers: Record<string, Answer>;
  expected: Expected;
}

// `./lacp-mode-mismatch--seed-l5030/04-session.txt`
const PASTE_FILE = /^\.\/([^/]+)\/(\d{2})-([a-z-]+)\.txt$/;
// `./lacp-mode-mismatch--seed-l5030/expected.json`
const JSON_FILE = /^\.\/([^/]+)\/(expected|answers)\.json$/;

function loadScenarios(): Scenario[] {
  const byName = new Map<
    string,
    {
      files: Array<{ order: string; step: string; text: string }>;
      expected?: Expected;
      answers?: Record<string, Answer>;
    }
  >();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) {
      e = { files: [] };
      byName.set(name, e);
    }
    return e;
  };
  for (const [file, text] of Object.entries(texts)) {
    const m = PASTE_FILE.exec(file);
    if (!m) throw new Error(`scenario file not named NN-<step>.txt: ${file}`);
    const [, name = '', order = '', step = ''] = m;
    entry(name).files.push({ order, step, text });
  }
  for (const [file, text] of Object.entries(jsons)) {
    const m = JSON_FILE.exec(file);
    if (!m) throw new Error(`unexpected JSON file in scenarios: ${file}`);
    const [, name = '', kind] = m;
    if (kind === 'expected') entry(name).expected = JSON.parse(text) as Expected;
    else entry(name).answers = JSON.parse(text) as Record<string, Answer>;
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, e]) => {
      if (!e.expected) throw new Error(`scenario ${name} has no expected.json`);
      const files = [...e.files].sort((a, b) => a.order.localeCompare(b.order));
      const pastes: Paste[] = files.map((f) => {
        if (!isStepId(f.step)) throw new Error(`scenario ${name}: unknown step id "${f.step}"`);
        return { step: f.step, text: f.text, at: null };
      });
      return { name, pastes, answers: e.answers ?? {}, expected: e.expected };
    });
}

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
      const state: WizardState = { pastes: sc.pastes, answers: sc.answers, server: null, farm: null };

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
