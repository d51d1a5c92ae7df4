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
}

export const emptyState: WizardState = { pastes: [], answers: {}, server: null, farm: null };

export function pastesFor(state: WizardState, step: StepId): Paste[] {
  return state.pastes.filter((p) => p.step === step);
}
