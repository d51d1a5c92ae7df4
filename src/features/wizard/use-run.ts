import type { Run } from '@/domain/run-types';
import { useRunStore } from './run-store';

/** The run derived from the state (see run-store.ts); nothing derived is stored as user state. */
export function useRun(): Run {
  return useRunStore((s) => s.run);
}

export function useRunPending(): boolean {
  return useRunStore((s) => s.pending);
}

export function useRunError(): string | null {
  return useRunStore((s) => s.error);
}
