/**
 * `diagnose [--farm <name>] [--server <address>] <step>=<file> ...`: builds the wizard state from
 * the files (a bare file is filed by detection, and a file holding several outputs is split), runs
 * the engine and prints the path, the current step, the diagnosis and the findings. When the run
 * waits for a choice (several farms with failing real servers), `question` says so and `choices`
 * names the options, each with its state; the diagnosis is then null. `verify=<file>` (repeatable)
 * adds outputs re-run after the fix: `resolution` compares them with the same outputs before it.
 */
import { runWizard, sortPastes } from '../domain/graph/run-wizard';
import { type WizardState } from '../domain/wizard-state';
import { stateFromArgs } from './step-args';

export function diagnoseCommand(args: string[]): unknown {
  const state: WizardState = stateFromArgs(args, sortPastes);
  const run = runWizard(state);
  const question = run.question;
  const following = run.steps.flatMap((s) =>
    s.choice && s.choice.selected !== null
      ? [
          {
            kind: s.choice.kind,
            name: s.choice.selected,
            byUser: s.choice.byUser,
            reason: s.choice.reason?.['en-US'] ?? null,
          },
        ]
      : [],
  );
  return {
    path: run.path,
    current: run.current,
    diagnosis: run.diagnosis,
    ...(question
      ? {
          question: `${question.question['en-US']} Run again with ${question.kind === 'farm' ? '--farm' : '--server'} <name>.`,
          choices: question.options.map((o) => ({
            name: o.value,
            state: o.summary['en-US'],
            failing: o.failing,
          })),
        }
      : {}),
    following,
    findings: run.findings,
    resolution: run.resolution && {
      status: run.resolution.status,
      summary: run.resolution.summary['en-US'],
      facts: run.resolution.facts,
      uncompared: run.resolution.uncompared.map((u) => ({
        paste: u.paste,
        command: u.command,
        reason: u.reason['en-US'],
      })),
    },
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
