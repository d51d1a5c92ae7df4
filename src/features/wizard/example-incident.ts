/**
 * The built-in example: the seed incident (an L5030 whose real servers are Probe-failed because the
 * peer switch's aggregate is static while the LB's is dynamic), one paste per step as an engineer
 * made them.
 */
import type { Paste, WizardState } from '@/domain/wizard-state';
import farm from './example-incident/01-display-server-farm.txt?raw';
import pingLoss from './example-incident/02-ping-10.197.44.200-loss.txt?raw';
import pingOk from './example-incident/02-ping-10.197.44.201-ok.txt?raw';
import session from './example-incident/03-session-table-10.197.44.201-verbose.txt?raw';
import reth from './example-incident/04-interface-reth2-config.txt?raw';
import lag from './example-incident/05-link-aggregation-verbose-ra1.txt?raw';
import peer from './example-incident/07-switch-bridge-aggregation33-config.txt?raw';

export function exampleIncident(now: number = Date.now()): WizardState {
  const minute = 60_000;
  const pastes: Paste[] = [
    { step: 'farm-status', text: farm, at: now - 9 * minute },
    { step: 'ping', text: pingLoss, at: now - 8 * minute },
    { step: 'ping', text: pingOk, at: now - 8 * minute + 20_000 },
    { step: 'session', text: session, at: now - 6 * minute },
    { step: 'reth', text: reth, at: now - 5 * minute },
    { step: 'lag', text: lag, at: now - 3 * minute },
    { step: 'peer-config', text: peer, at: now - minute },
  ];
  return { pastes, answers: {}, server: null, farm: null };
}
