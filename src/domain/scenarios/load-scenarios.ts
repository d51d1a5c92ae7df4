/**
 * The whole-incident scenarios: each folder holds the pastes an engineer would make during one
 * incident (`NN-<step>.txt`, in paste order), optional `answers.json` / `choices.json` and
 * `expected.json` (path, diagnosis, subjects the findings must cite, and the story behind the
 * network). Read with Vite's `import.meta.glob` (raw text), so tests of the pure domain need no
 * Node built-ins.
 */
import type { DiagnosisId } from '../run-types';
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

export interface Expected {
  path: string[];
  diagnosis: DiagnosisId;
  subjects: string[];
  story: string;
}

/** The farm and server the engineer chose on the way (`choices.json`), when the incident needed it. */
export interface Choices {
  farm?: string;
  server?: string;
}

export interface Scenario {
  name: string;
  pastes: Paste[];
  answers: Record<string, Answer>;
  choices: Choices;
  expected: Expected;
}

// `./lacp-mode-mismatch--seed-l5030/04-session.txt`
const PASTE_FILE = /^\.\/([^/]+)\/(\d{2})-([a-z-]+)\.txt$/;
// `./lacp-mode-mismatch--seed-l5030/expected.json`
const JSON_FILE = /^\.\/([^/]+)\/(expected|answers|choices)\.json$/;

export function loadScenarios(): Scenario[] {
  const byName = new Map<
    string,
    {
      files: Array<{ order: string; step: string; text: string }>;
      expected?: Expected;
      answers?: Record<string, Answer>;
      choices?: Choices;
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
    else if (kind === 'choices') entry(name).choices = JSON.parse(text) as Choices;
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
      return {
        name,
        pastes,
        answers: e.answers ?? {},
        choices: e.choices ?? {},
        expected: e.expected,
      };
    });
}

export function stateOf(sc: Scenario): WizardState {
  return {
    pastes: sc.pastes,
    answers: sc.answers,
    server: sc.choices.server ?? null,
    farm: sc.choices.farm ?? null,
  };
}
