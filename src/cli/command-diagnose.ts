/**
 * `diagnose <step>=<file> ...`: builds the wizard state from the files (a bare file is filed by
 * detection, and a file holding several outputs is split), runs the engine and prints the path,
 * the current step, the diagnosis and the findings.
 */
import { isAbsolute, resolve } from 'node:path';
import { runWizard, sortPastes } from '../domain/graph/run-wizard';
import { isStepId, type WizardState } from '../domain/wizard-state';
import { readStepArgs, toPaste } from './step-args';

/**
 * `npm --prefix <project> run cli` runs in the project folder; npm passes the caller's folder as
 * INIT_CWD, and relative file names are meant from there.
 */
function fromCallerDir(arg: string): string {
  const base = process.env.INIT_CWD;
  if (!base) return arg;
  const eq = arg.indexOf('=');
  if (eq > 0 && /^[a-z-]+$/.test(arg.slice(0, eq)) && !isStepId(arg.slice(0, eq))) return arg; // reported as a usage error
  const step = eq > 0 && isStepId(arg.slice(0, eq)) ? arg.slice(0, eq + 1) : '';
  const file = arg.slice(step.length);
  return file === '' || isAbsolute(file) ? arg : step + resolve(base, file);
}

export function diagnoseCommand(args: string[]): unknown {
  const state: WizardState = { pastes: [], answers: {}, server: null };
  for (const arg of readStepArgs(args.map(fromCallerDir))) {
    if (arg.step) state.pastes.push(toPaste(arg.step, arg.text));
    else state.pastes.push(...sortPastes(arg.text));
  }
  const run = runWizard(state);
  return {
    path: run.path,
    current: run.current,
    diagnosis: run.diagnosis,
    findings: run.findings,
    misfiled: run.steps.flatMap((s) =>
      s.pastes.filter((p) => p.misfiled).map((p) => ({ step: s.step, paste: p.index, command: p.misfiled?.command, belongsTo: p.misfiled?.belongsTo })),
    ),
  };
}
