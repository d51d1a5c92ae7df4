/**
 * The JSON that is compressed into a link. Each format version is fixed forever once links exist;
 * a change of shape is a new version plus a migration (see `migrations.ts`).
 *
 * Version 3 (current) is version 2 plus the verify step (index 10, see `v3Steps`), the
 * incident details (`"d"`: `{"k": ticket, "e": engineer, "v": service, "b": start, "n": end}`,
 * each key omitted when not given, `"d"` omitted when none is) and the steps the engineer could
 * not run (`"k"`: a list of step indices, as in `"p"`, in the order skipped).
 * Version 2 is version 1 plus the chosen server farm (`"f"`) and four more steps
 * (indices 6–9, see `v2Steps`). Version 1:
 *
 *   {
 *     "t": 1687672385,              base time: epoch SECONDS of the first paste that has a time;
 *                                   absent when no paste has one
 *     "p": [[0, "text", 12], ...],  pastes in paste order: [step index, text] or
 *                                   [step index, text, seconds after "t"] (index into `stepIds`:
 *                                   0 farm-status, 1 ping, 2 session, 3 reth, 4 lag, 5 peer-config)
 *     "a": {"capture-traffic": "yes"},   answers by question id, "yes" | "no"
 *     "s": "10.197.44.200"          the chosen real server
 *   }
 *
 * Every key is omitted when empty (no pastes, no answers, server null), so the empty state is
 * `{}`. Times are kept to the second: `at` in a decoded state is the encoded `at` rounded to the
 * nearest 1000 ms (the report shows times to the second; milliseconds would cost ~3 characters
 * a paste). Step indices are fixed here rather than read from `stepIds`, because a later
 * reordering of `stepIds` must not change what an old link means.
 */
import {
  detailFields,
  maxDetailChars,
  noDetails,
  type Answer,
  type DetailField,
  type IncidentDetails,
  type Paste,
  type StepId,
  type WizardState,
} from '../wizard-state';
import { answerIdPattern, shareLimits } from './limits';

export const v1Steps: readonly StepId[] = [
  'farm-status',
  'ping',
  'session',
  'reth',
  'lag',
  'peer-config',
];

/** Version 2's step indices: version 1's, then the steps added with it. */
export const v2Steps: readonly StepId[] = [
  ...v1Steps,
  'member-interfaces',
  'arp',
  'probe-template',
  'path-mtu',
];

/** Version 3's step indices: version 2's, then the verify step. */
export const v3Steps: readonly StepId[] = [...v2Steps, 'verify'];

/** The one-letter keys of the incident details in a link (version 3). */
const detailKeys: Record<DetailField, string> = {
  ticket: 'k',
  engineer: 'e',
  service: 'v',
  start: 'b',
  end: 'n',
};

/** Epoch seconds are kept within 0 … year 5138: enough, and exact in a double. */
const maxSeconds = 1e11;

export type WirePaste = [number, string] | [number, string, number];
export interface Wire {
  t?: number;
  p?: WirePaste[];
  a?: Record<string, Answer>;
  s?: string;
  /** The chosen server farm (version 2). */
  f?: string;
  /** The incident details (version 3). */
  d?: Record<string, string>;
  /** Skipped steps, as step indices (version 3). */
  k?: number[];
}

/** The current format's document for a state. */
export function toWire(state: WizardState): Wire {
  const wire: Wire = {};
  const first = state.pastes.find((p) => p.at !== null);
  const base = first?.at != null ? Math.round(first.at / 1000) : null;
  if (base !== null) wire.t = base;
  if (state.pastes.length > 0) {
    wire.p = state.pastes.map((p): WirePaste => {
      const index = v3Steps.indexOf(p.step);
      return p.at === null || base === null
        ? [index, p.text]
        : [index, p.text, Math.round(p.at / 1000) - base];
    });
  }
  const answerIds = Object.keys(state.answers);
  if (answerIds.length > 0) wire.a = { ...state.answers };
  if (state.server !== null) wire.s = state.server;
  if (state.farm !== null) wire.f = state.farm;
  const d: Record<string, string> = {};
  for (const f of detailFields) {
    const value = state.details?.[f] ?? null;
    if (value !== null) d[detailKeys[f]] = value;
  }
  if (Object.keys(d).length > 0) wire.d = d;
  if (state.skipped && state.skipped.length > 0)
    wire.k = state.skipped.map((s) => v2Steps.indexOf(s));
  return wire;
}

export type Validated = { ok: true; state: WizardState } | { ok: false; message: string };

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isInteger(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

/**
 * Checks a parsed v1 document and builds the state from it. Hand-written (no schema library, to
 * keep the first load small) and strict: unknown keys, wrong types and out-of-bound counts or
 * lengths are refused with the path of the first problem, so a damaged link never half-opens.
 */
export function fromWire(doc: unknown): Validated {
  const fail = (message: string): Validated => ({ ok: false, message });
  if (!isPlainObject(doc)) return fail('the state is not a JSON object');
  for (const key of Object.keys(doc)) {
    if (
      key !== 't' &&
      key !== 'p' &&
      key !== 'a' &&
      key !== 's' &&
      key !== 'f' &&
      key !== 'd' &&
      key !== 'k'
    )
      return fail(`unknown field "${key.slice(0, 20)}"`);
  }

  let base: number | null = null;
  if ('t' in doc) {
    if (!isInteger(doc.t) || doc.t < 0 || doc.t > maxSeconds)
      return fail('"t" must be epoch seconds');
    base = doc.t;
  }

  const pastes: Paste[] = [];
  if ('p' in doc) {
    const p = doc.p;
    if (!Array.isArray(p)) return fail('"p" must be a list');
    if (p.length > shareLimits.maxPastes)
      return fail(`more than ${shareLimits.maxPastes} pastes (${p.length})`);
    for (let i = 0; i < p.length; i++) {
      const item: unknown = p[i];
      if (!Array.isArray(item) || (item.length !== 2 && item.length !== 3)) {
        return fail(`p[${i}] must be [step, text] or [step, text, seconds]`);
      }
      const [index, text, delta] = item as unknown[];
      const step = isInteger(index) ? v3Steps[index] : undefined;
      if (step === undefined)
        return fail(`p[${i}]: unknown step ${JSON.stringify(index)?.slice(0, 20)}`);
      if (typeof text !== 'string') return fail(`p[${i}]: the text must be a string`);
      if (text.length > shareLimits.maxTextChars)
        return fail(`p[${i}]: text longer than ${shareLimits.maxTextChars}`);
      let at: number | null = null;
      if (item.length === 3) {
        if (base === null) return fail(`p[${i}] has a time but "t" is missing`);
        if (!isInteger(delta)) return fail(`p[${i}]: the time must be whole seconds`);
        const seconds = base + delta;
        if (seconds < 0 || seconds > maxSeconds) return fail(`p[${i}]: time out of range`);
        at = seconds * 1000;
      }
      pastes.push({ step, text, at });
    }
  }

  const answers: Record<string, Answer> = {};
  if ('a' in doc) {
    const a = doc.a;
    if (!isPlainObject(a)) return fail('"a" must be an object');
    const ids = Object.keys(a);
    if (ids.length > shareLimits.maxAnswers)
      return fail(`more than ${shareLimits.maxAnswers} answers (${ids.length})`);
    for (const id of ids) {
      if (!answerIdPattern.test(id))
        return fail(`answer id ${JSON.stringify(id.slice(0, 40))} is not a question id`);
      const value = a[id];
      if (value !== 'yes' && value !== 'no') return fail(`answer "${id}" must be "yes" or "no"`);
      answers[id] = value;
    }
  }

  let server: string | null = null;
  if ('s' in doc) {
    const s = doc.s;
    if (typeof s !== 'string' || s.length === 0 || s.length > shareLimits.maxServerChars) {
      return fail(`"s" must be a server address of 1–${shareLimits.maxServerChars} characters`);
    }
    server = s;
  }

  let farm: string | null = null;
  if ('f' in doc) {
    const f = doc.f;
    if (typeof f !== 'string' || f.length === 0 || f.length > shareLimits.maxServerChars) {
      return fail(`"f" must be a server farm name of 1–${shareLimits.maxServerChars} characters`);
    }
    farm = f;
  }

  let details: IncidentDetails | null = null;
  if ('d' in doc) {
    const d = doc.d;
    if (!isPlainObject(d)) return fail('"d" must be an object');
    details = { ...noDetails };
    const known = Object.values(detailKeys);
    for (const key of Object.keys(d)) {
      if (!known.includes(key)) return fail(`unknown incident detail "${key.slice(0, 20)}"`);
    }
    for (const f of detailFields) {
      const value = d[detailKeys[f]];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.length === 0 || value.length > maxDetailChars)
        return fail(`"d.${detailKeys[f]}" (${f}) must be text of 1–${maxDetailChars} characters`);
      details[f] = value;
    }
  }

  const skipped: StepId[] = [];
  if ('k' in doc) {
    const k = doc.k;
    if (!Array.isArray(k) || k.length > v2Steps.length) return fail('"k" must be a list of steps');
    for (let i = 0; i < k.length; i++) {
      const index: unknown = k[i];
      const step = isInteger(index) ? v2Steps[index] : undefined;
      if (step === undefined)
        return fail(`k[${i}]: unknown step ${JSON.stringify(index)?.slice(0, 20)}`);
      if (skipped.includes(step)) return fail(`k[${i}]: step ${index} is listed twice`);
      skipped.push(step);
    }
  }

  const state: WizardState = { pastes, answers, server, farm };
  if (details) state.details = details;
  if (skipped.length) state.skipped = skipped;
  return { ok: true, state };
}
