/// <reference lib="webworker" />
/**
 * Runs the pure engine off the main thread for large pastes (a 10 MB session table), so typing,
 * scrolling and the progress message stay responsive.
 */
import { runWizard } from '@/domain/graph/run-wizard';
import type { WizardState } from '@/domain/wizard-state';
import { trimRun } from './trim-run';

interface Request {
  id: number;
  state: WizardState;
}

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, state } = e.data;
  try {
    self.postMessage({ id, run: trimRun(runWizard(state)) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
