/**
 * `share [--redact] [--answer <question>=yes|no] <step>=<file> ...`: builds the wizard state from the files the same way
 * `diagnose` does (a bare file is filed by detection, a file holding several outputs is split)
 * and prints the URL fragment that opens that exact state in the app: `#/diagnosis?s=…` when
 * the engine reaches a diagnosis, else `#/step/<waiting step>?s=…`. `--redact` replaces
 * addresses, host names and descriptions first (src/domain/share/redact.ts).
 */
import { runWizard, sortPastes } from '../domain/graph/run-wizard';
import { encodeState, ShareEncodeError } from '../domain/share/share-codec';
import { redactState } from '../domain/share/redact';
import type { WizardState } from '../domain/wizard-state';
import { InputError, stateFromArgs } from './step-args';

export function shareCommand(args: string[]): string {
  const redact = args.includes('--redact');
  let state: WizardState = stateFromArgs(
    args.filter((a) => a !== '--redact'),
    sortPastes,
  );
  // Redact before running the engine, so the route is the one the shared (redacted) state opens.
  if (redact) state = redactState(state);
  let payload: string;
  try {
    payload = encodeState(state);
  } catch (e) {
    if (e instanceof ShareEncodeError) throw new InputError(e.message);
    throw e;
  }
  const run = runWizard(state);
  const route = run.diagnosis || run.current === null ? '#/diagnosis' : `#/step/${run.current}`;
  return `${route}?s=${payload}`;
}
