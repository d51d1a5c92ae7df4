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
] as const;
export type StepId = (typeof stepIds)[number];

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

export interface WizardState {
  /** In the order pasted. A step may hold several (e.g. one ping per real server). */
  pastes: Paste[];
  /** Answers to yes/no questions, by question id. */
  answers: Record<string, Answer>;
  /** The real server (address) the user chose to follow, when more than one failed; null = let the engine choose. */
  server: string | null;
  /** The server farm the user chose to follow when a paste lists several; null = let the engine choose. */
  farm: string | null;
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
  const { skipped, ...rest } = v;
  const list = [...new Set(skipped ?? [])];
  return {
    ...rest,
    farm: typeof farm === 'string' ? farm : null,
    ...(list.length ? { skipped: list } : {}),
  };
}

function isValidState(v: unknown): v is WizardState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  if (!Array.isArray(s.pastes) || !s.answers || typeof s.answers !== 'object') return false;
  if (!(s.server === null || typeof s.server === 'string')) return false;
  if (!(s.farm === undefined || s.farm === null || typeof s.farm === 'string')) return false;
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
