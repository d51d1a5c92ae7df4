/**
 * The wizard state: only what the user typed or chose. Everything shown (parsed data, findings,
 * path, diagnosis) is derived from it by `runWizard`, so the same state gives the same result in
 * the browser, in a shared link and in the CLI.
 */

export const stepIds = [
  'farm-status',
  'ping',
  'session',
  'reth',
  'lag',
  'peer-config',
  'member-interfaces',
  'arp',
  'probe-template',
  'path-mtu',
  // After the diagnosis: the outputs of its verification commands, run again after the fix. The
  // graph never walks here; they are compared with the same outputs before the fix (domain/verify).
  'verify',
] as const;
export type StepId = (typeof stepIds)[number];

/** The steps the graph walks to a diagnosis: all but `verify`, which comes after it. */
export type GraphStepId = Exclude<StepId, 'verify'>;
export const graphStepIds = stepIds.filter((s): s is GraphStepId => s !== 'verify');

export function isStepId(x: unknown): x is StepId {
  return typeof x === 'string' && (stepIds as readonly string[]).includes(x);
}

export type Answer = 'yes' | 'no';

export interface Paste {
  step: StepId;
  text: string;
  /** When it was pasted (epoch ms); null when unknown (e.g. from the CLI). */
  at: number | null;
}

/**
 * What the engineer typed for the ticket. Every field is optional (null = not given); `start` and
 * `end` are free text such as `2026-12-04 14:05 UTC`, and when null the report takes the first
 * paste's time and the resolution's instead. Devices are not here: they come from the prompts.
 */
export interface IncidentDetails {
  ticket: string | null;
  engineer: string | null;
  service: string | null;
  start: string | null;
  end: string | null;
}

export const detailFields = ['ticket', 'engineer', 'service', 'start', 'end'] as const;
export type DetailField = (typeof detailFields)[number];

/** Characters per detail field: a ticket line, not an essay (the link carries them). */
export const maxDetailChars = 200;

export const noDetails: IncidentDetails = {
  ticket: null,
  engineer: null,
  service: null,
  start: null,
  end: null,
};

/** True when no detail was given (the state then carries none). */
export function noDetailsGiven(d: IncidentDetails | undefined): boolean {
  return !d || detailFields.every((f) => d[f] === null);
}

export interface WizardState {
  /** In the order pasted. A step may hold several (e.g. one ping per real server). */
  pastes: Paste[];
  /** Answers to yes/no questions, by question id. */
  answers: Record<string, Answer>;
  /** The real server (address) the user chose to follow, when more than one failed; null = let the engine choose. */
  server: string | null;
  /** The server farm the user chose to follow when a paste lists several; null = let the engine choose. */
  farm: string | null;
  /** Incident details for the ticket; absent when none were typed (states from before they existed too). */
  details?: IncidentDetails;
  /**
   * Steps the engineer said they cannot run here ("I cannot run this here"): the wizard goes on
   * without them and says what it could not check. In the order skipped, no duplicates; absent
   * (states from before skipping existed, most tests) means none.
   */
  skipped?: StepId[];
}

export const emptyState: WizardState = { pastes: [], answers: {}, server: null, farm: null };

/** The state with `step` skipped (or no longer skipped). */
export function withSkipped(state: WizardState, step: StepId, skip: boolean): WizardState {
  const rest = (state.skipped ?? []).filter((s) => s !== step);
  return { ...state, skipped: skip ? [...rest, step] : rest };
}

export function pastesFor(state: WizardState, step: StepId): Paste[] {
  return state.pastes.filter((p) => p.step === step);
}

/**
 * A state read back from storage or an incident file may be from an older build or edited by hand:
 * check its shape.
 * A build before the farm choice existed saved no `farm`: that reads as "let the engine choose";
 * one before skipping existed saved no `skipped`: nothing skipped.
 */
export function asWizardState(v: unknown): WizardState | null {
  if (!isValidState(v)) return null;
  const farm = (v as { farm?: unknown }).farm;
  const { details, skipped, ...rest } = v;
  const out: WizardState = { ...rest, farm: typeof farm === 'string' ? farm : null };
  const list = [...new Set(skipped ?? [])];
  if (list.length) out.skipped = list;
  // A build before the incident details existed saved none: that reads as "none given".
  if (details !== undefined) {
    const d = { ...noDetails };
    for (const f of detailFields) d[f] = details[f] ?? null;
    if (!noDetailsGiven(d)) out.details = d;
  }
  return out;
}

function isValidDetails(d: unknown): boolean {
  if (d === undefined) return true;
  if (!d || typeof d !== 'object' || Array.isArray(d)) return false;
  const r = d as Record<string, unknown>;
  return (
    Object.keys(r).every((k) => (detailFields as readonly string[]).includes(k)) &&
    detailFields.every(
      (f) =>
        r[f] === null ||
        r[f] === undefined ||
        (typeof r[f] === 'string' && r[f].length <= maxDetailChars),
    )
  );
}

function isValidState(v: unknown): v is WizardState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  if (!Array.isArray(s.pastes) || !s.answers || typeof s.answers !== 'object') return false;
  if (!(s.server === null || typeof s.server === 'string')) return false;
  if (!(s.farm === undefined || s.farm === null || typeof s.farm === 'string')) return false;
  if (!isValidDetails(s.details)) return false;
  if (!(s.skipped === undefined || (Array.isArray(s.skipped) && s.skipped.every(isStepId))))
    return false;
  const pastesOk = s.pastes.every((p: unknown) => {
    if (!p || typeof p !== 'object') return false;
    const q = p as Record<string, unknown>;
    return (
      isStepId(q.step) && typeof q.text === 'string' && (q.at === null || typeof q.at === 'number')
    );
  });
  const answersOk = Object.values(s.answers as Record<string, unknown>).every(
    (a) => a === 'yes' || a === 'no',
  );
  return pastesOk && answersOk;
}
