import type { Run } from '@/domain/run-types';
import { useRunStore } from './run-store';

/**
 * The run derived from the state (see run-store.ts). Pages render inside RunGate, which waits for
 * the first run, so here it is always present.
 */
export function useRun(): Run {
  const run = useRunStore((s) => s.run);
  if (!run) throw new Error('useRun outside RunGate');
  return run;
}

export function useRunReady(): boolean {
  return useRunStore((s) => s.run !== null);
}

export function useRunPending(): boolean {
  return useRunStore((s) => s.pending);
}

export function useRunError(): string | null {
  return useRunStore((s) => s.error);
}
