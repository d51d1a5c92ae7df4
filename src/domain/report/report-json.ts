/**
 * The whole run for automation: the state (what the user typed, enough to re-run it anywhere)
 * and the run derived from it (what this version of the app concluded), under a versioned tag.
 */
import type { Run } from '../run-types';
import type { WizardState } from '../wizard-state';

export const reportJsonFormat = 'slb-wizard-run';
export const reportJsonVersion = 1;

export interface ReportJson {
  format: typeof reportJsonFormat;
  version: typeof reportJsonVersion;
  state: WizardState;
  run: Run;
}

export function reportToJson(state: WizardState, run: Run): string {
  const doc: ReportJson = { format: reportJsonFormat, version: reportJsonVersion, state, run };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
