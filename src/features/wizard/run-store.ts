/**
 * The run derived from the wizard state, computed once per change for every component.
 * Small states run synchronously (instant, and identical in tests); large ones run in a Web Worker
 * so the page never freezes, with `pending` shown as progress. Nothing here is user state: it is a
 * cache of `runWizard(state)`.
 */
import { create } from 'zustand';
import { runWizard } from '@/domain/graph/run-wizard';
import type { Run } from '@/domain/run-types';
import { emptyState, type WizardState } from '@/domain/wizard-state';
import { useWizardStore } from '@/stores/wizard-store';

/** Characters of pasted text above which the engine runs in the worker. */
export const WORKER_THRESHOLD = 200_000;

interface RunCache {
  run: Run;
  pending: boolean;
  error: string | null;
}

export const useRunStore = create<RunCache>()(() => ({ run: runWizard(emptyState), pending: false, error: null }));

let worker: Worker | null = null;
let seq = 0;

async function getWorker(): Promise<Worker | null> {
  if (worker) return worker;
  try {
    // The single-file build cannot load a second file from file://, so it inlines the worker.
    const mod = import.meta.env.MODE === 'single' ? await import('./run-worker?worker&inline') : await import('./run-worker?worker');
    worker = new mod.default();
    return worker;
  } catch {
    return null;
  }
}

function textSize(state: WizardState): number {
  let n = 0;
  for (const p of state.pastes) n += p.text.length;
  return n;
}

// The engine never throws by design; if a bug makes it, the pastes stay and the page says so.
function runNow(state: WizardState): void {
  try {
    useRunStore.setState({ run: runWizard(state), pending: false, error: null });
  } catch (e) {
    useRunStore.setState({ pending: false, error: e instanceof Error ? e.message : String(e) });
  }
}

function compute(state: WizardState): void {
  const id = ++seq;
  if (textSize(state) <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    runNow(state);
    return;
  }
  useRunStore.setState({ pending: true });
  void getWorker().then((w) => {
    if (id !== seq) return;
    if (!w) {
      runNow(state);
      return;
    }
    const onMessage = (e: MessageEvent<{ id: number; run?: Run; error?: string }>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (id !== seq) return;
      if (e.data.run) useRunStore.setState({ run: e.data.run, pending: false, error: null });
      else useRunStore.setState({ pending: false, error: e.data.error ?? 'worker failed' });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, state });
  });
}

compute(useWizardStore.getState().wizard);
useWizardStore.subscribe((s, prev) => {
  if (s.wizard !== prev.wizard) compute(s.wizard);
});
