/**
 * Where a step stands on the run's path, for "step 3 of 6 on this path" and the step list. The
 * length of a path still being walked is not known: it is the steps so far plus the longest way
 * the graph can still go from the waiting step, so the page says "up to".
 */
import type { Run } from '../run-types';
import { graphStepIds, type GraphStepId, type StepId } from '../wizard-state';
// The page reads `run.ahead` (the engine fills it in, `path-ahead.ts`), so the step graph and its
// rules stay out of the page's first load.

export interface Progress {
  /** 1-based position of the step on the path. */
  n: number;
  /** Steps on the path: exact once a diagnosis is reached, otherwise at most this many. */
  m: number;
  exact: boolean;
}

export function pathProgress(run: Run, step: StepId): Progress | null {
  const i = run.path.indexOf(step);
  if (i < 0) return null;
  if (run.current === null || run.current === 'verify')
    return { n: i + 1, m: run.path.length, exact: true };
  const before = run.path.slice(0, -1);
  const ahead = run.ahead ?? 1;
  return { n: i + 1, m: before.length + ahead, exact: ahead === 1 };
}

export type StepState = 'done' | 'waiting' | 'skipped' | 'not-reached';

/** Each step's state in this run, in the graph's order. */
export function stepStates(run: Run): Array<{ step: GraphStepId; state: StepState }> {
  return graphStepIds.map((step) => {
    const s = run.steps.find((x) => x.step === step);
    const state: StepState = !s
      ? 'not-reached'
      : s.skipped
        ? 'skipped'
        : run.current === step
          ? 'waiting'
          : 'done';
    return { step, state };
  });
}
