/**
 * The whole run for automation: the state (what the user typed, enough to re-run it anywhere)
 * and the run derived from it (what this version of the app concluded), under a versioned tag.
 * The incident details typed are in the state, the verification after the fix in `run.resolution`.
 */
import type { Run } from '../run-types';
import type { WizardState } from '../wizard-state';
import { incidentFacts, type IncidentFacts } from './incident';

export const reportJsonFormat = 'slb-wizard-run';
export const reportJsonVersion = 1;

export interface ReportJson {
  format: typeof reportJsonFormat;
  version: typeof reportJsonVersion;
  state: WizardState;
  run: Run;
  /** Derived for the ticket: devices from the prompts, start and end, what was pasted and decided. */
  incident: IncidentFacts;
}

export function reportToJson(state: WizardState, run: Run): string {
  const doc: ReportJson = {
    format: reportJsonFormat,
    version: reportJsonVersion,
    state,
    run,
    incident: incidentFacts(state, run),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
