import farm from '../__fixtures__/seed/01-display-server-farm.txt?raw';
import pingLoss from '../__fixtures__/seed/02-ping-10.197.44.200-loss.txt?raw';
import pingOk from '../__fixtures__/seed/02-ping-10.197.44.201-ok.txt?raw';
import session from '../__fixtures__/seed/03-session-table-10.197.44.201-verbose.txt?raw';
import reth from '../__fixtures__/seed/04-interface-reth2-config.txt?raw';
import lag from '../__fixtures__/seed/05-link-aggregation-verbose-ra1.txt?raw';
import lbAgg from '../__fixtures__/seed/06-lb-route-aggregation1-config.txt?raw';
import peer from '../__fixtures__/seed/07-switch-bridge-aggregation33-config.txt?raw';
import type { Paste, StepId, WizardState } from '../../wizard-state';

export const seed = { farm, pingLoss, pingOk, session, reth, lag, lbAgg, peer };

const p = (step: StepId, text: string): Paste => ({ step, text, at: null });

/** The seed's pastes in wizard order (the LB's own aggregate config left out, as in the CLI acceptance). */
export const seedPastes: Paste[] = [
  p('farm-status', farm),
  p('ping', pingLoss),
  p('ping', pingOk),
  p('session', session),
  p('reth', reth),
  p('lag', lag),
  p('peer-config', peer),
];

export const stateOf = (pastes: Paste[], answers: WizardState['answers'] = {}): WizardState => ({
  pastes,
  answers,
  server: null,
  farm: null,
});
