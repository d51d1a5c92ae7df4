import type { GraphStepId, StepId } from '../wizard-state';
import { stepGraph, type StepNode } from './step-graph';

/** Steps the path can still take from `step`, itself included: the graph's longest way on. */
export function longestFrom(step: GraphStepId, seen: ReadonlySet<StepId>): number {
  const node = stepGraph[step] as StepNode<GraphStepId>;
  let best = 0;
  for (const tr of node.transitions)
    if ('step' in tr.to && !seen.has(tr.to.step))
      best = Math.max(best, longestFrom(tr.to.step, new Set([...seen, tr.to.step])));
  return 1 + best;
}
