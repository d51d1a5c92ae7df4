/**
 * An incident as the library keeps it: the state the user typed, plus what lets the list show it
 * without running the engine on every incident (`summary`, a cache refreshed on each save).
 */
import type { DiagnosisId, Localized } from '../run-types';
import type { WizardState } from '../wizard-state';

export interface IncidentSummary {
  farm: string | null;
  /** Device names from the prompts of the pastes (`<LB1>`, `[LB1]`), in order of first sight. */
  devices: string[];
  diagnosis: { id: DiagnosisId; title: Localized } | null;
  pastes: number;
}

export interface Incident {
  id: string;
  /** Set by the user; null = the default title from the summary. */
  title: string | null;
  created: number;
  updated: number;
  /** Incremented by every save: a save based on an older revision is a concurrent edit. */
  rev: number;
  /** Content fingerprint (`contentKey`), to find the incident a link holds. */
  key: string;
  summary: IncidentSummary;
  state: WizardState;
}

export function isEmptyState(state: WizardState): boolean {
  return state.pastes.length === 0 && Object.keys(state.answers).length === 0;
}

const promptLine = /^[ \t]*(?:<([^\s<>[\]]{1,64})>|\[([^\s<>[\]]{1,64})\])/;

/** Device names from the prompts at the top of each paste; cheap on 50 MB pastes. */
export function devicesOf(state: WizardState): string[] {
  const seen: string[] = [];
  for (const p of state.pastes) {
    const head = p.text.slice(0, 4000).split('\n', 40);
    for (const line of head) {
      const m = promptLine.exec(line);
      const name = m?.[1] ?? m?.[2];
      if (name && !seen.includes(name)) seen.push(name);
      if (m) break;
    }
  }
  return seen;
}

const farmHeader = /^[ \t]*Server farm:[ \t]*(\S[^\r\n]*?)[ \t]*$/gm;

/** The farm followed: the one chosen, else the only farm the farm pastes name. */
export function farmOf(state: WizardState): string | null {
  if (state.farm !== null) return state.farm;
  const names = new Set<string>();
  for (const p of state.pastes) {
    if (p.step !== 'farm-status') continue;
    for (const m of p.text.slice(0, 200_000).matchAll(farmHeader)) {
      // "Server farm: sf (in use)" is another output naming the farm an action uses.
      if (!/\(in use\)$/.test(m[1]!)) names.add(m[1]!);
      if (names.size > 1) return null;
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

export function summarise(
  state: WizardState,
  diagnosis: IncidentSummary['diagnosis'],
): IncidentSummary {
  return { farm: farmOf(state), devices: devicesOf(state), diagnosis, pastes: state.pastes.length };
}

/** "test-01 · L5030 · LACP mode mismatch": what an engineer would write on the ticket. */
export function defaultTitle(summary: IncidentSummary, lang: keyof Localized): string | null {
  const parts = [summary.farm, summary.devices[0] ?? null, summary.diagnosis?.title[lang] ?? null];
  const named = parts.filter((p): p is string => p !== null && p !== '');
  return named.length ? named.join(' · ') : null;
}

/** Past this a text is keyed by its length and samples: hashing 50 MB would block the page. */
const WHOLE_TEXT_CHARS = 256_000;
const SAMPLES = 64;
const SAMPLE_CHARS = 1024;

function sampled(text: string): string {
  if (text.length <= WHOLE_TEXT_CHARS) return text;
  const parts = [String(text.length), text.slice(0, 4096), text.slice(-4096)];
  const stride = Math.floor(text.length / SAMPLES);
  for (let i = 0; i < SAMPLES; i++) parts.push(text.slice(i * stride, i * stride + SAMPLE_CHARS));
  return parts.join('\u0000');
}

/**
 * FNV-1a over what a link carries (times excluded: a link keeps them to the second), so opening
 * a link twice finds the incident it already opened. Texts too long for a link are sampled.
 */
export function contentKey(state: WizardState): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let length = 0;
  const feed = (s: string) => {
    length += s.length + 1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193) >>> 0;
  };
  for (const p of state.pastes) {
    feed(p.step);
    feed(sampled(p.text));
  }
  for (const id of Object.keys(state.answers).sort()) feed(`${id}=${state.answers[id]}`);
  feed(state.farm ?? '\u0000');
  feed(state.server ?? '\u0000');
  return `${length.toString(36)}.${h1.toString(36)}.${h2.toString(36)}`;
}

/** 16 random hex digits: unique enough for one browser's incidents, and works off https too. */
export function newIncidentId(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
