/**
 * `diagnose <step>=<file> ...`: builds the wizard state from the files (a bare file is filed by
 * detection, and a file holding several outputs is split), runs the engine and prints the path,
 * the current step, the diagnosis and the findings.
 */
import { runWizard, sortPastes } from '../domain/graph/run-wizard';
import { type WizardState } from '../domain/wizard-state';
import { stateFromArgs } from './step-args';

export function diagnoseCommand(args: string[]): unknown {
  const state: WizardState = stateFromArgs(args, sortPastes);
  const run = runWizard(state);
  return {
    path: run.path,
    current: run.current,
    diagnosis: run.diagnosis,
    findings: run.findings,
    misfiled: run.steps.flatMap((s) =>
      s.pastes
        .filter((p) => p.misfiled)
        .map((p) => ({
          step: s.step,
          paste: p.index,
          command: p.misfiled?.command,
          belongsTo: p.misfiled?.belongsTo,
        })),
    ),
  };
}
