/**
 * The run derived from the wizard state, computed once per change for every component.
 * The engine (parsers, rules, graph) is loaded as its own chunk so the first page paints without
 * it. Small states then run synchronously; large ones run in a Web Worker so the page never
 * freezes, with `pending` shown as progress. Nothing here is user state: it is a cache of
 * `runWizard(state)`.
 */
import { create } from 'zustand';
import type { Run } from '@/domain/run-types';
import type { WizardState } from '@/domain/wizard-state';
import { useWizardStore } from '@/stores/wizard-store';

/** Characters of pasted text above which the engine runs in the worker. */
export const WORKER_THRESHOLD = 200_000;

interface RunCache {
  /** Null until the engine has loaded and run once. */
  run: Run | null;
  pending: boolean;
  error: string | null;
}

export const useRunStore = create<RunCache>()(() => ({ run: null, pending: true, error: null }));

type Engine = typeof import('@/domain/graph/run-wizard');
let engine: Engine | null = null;
const engineLoaded: Promise<Engine | null> = import('@/domain/graph/run-wizard').then(
  (m) => (engine = m),
  (e: unknown) => {
    useRunStore.setState({ pending: false, error: e instanceof Error ? e.message : String(e) });
    return null;
  },
);

/** Resolves once the engine is loaded (for actions such as sorting a multi-output paste). */
export function loadEngine(): Promise<Engine | null> {
  return engineLoaded;
}

let worker: Worker | null = null;
let seq = 0;

async function getWorker(): Promise<Worker | null> {
  if (worker) return worker;
  try {
    // The single-file build cannot load a second file from file://, so it inlines the worker.
    const mod =
      import.meta.env.MODE === 'single'
        ? await import('./run-worker?worker&inline')
        : await import('./run-worker?worker');
    worker =
      location.protocol === 'file:' ? fromDataUrl(() => new mod.default()) : new mod.default();
    return worker;
  } catch {
    return null;
  }
}

/**
 * Opened from file://, a blob: worker fails (its origin is opaque) with an error event instead of
 * a throw, so Vite's inline wrapper never reaches its data: URL fallback: make it take that path.
 */
function fromDataUrl(make: () => Worker): Worker {
  const original = URL.createObjectURL;
  URL.createObjectURL = () => '';
  try {
    return make();
  } finally {
    URL.createObjectURL = original;
  }
}

function textSize(state: WizardState): number {
  let n = 0;
  for (const p of state.pastes) n += p.text.length;
  return n;
}

// The engine never throws by design; if a bug makes it, the pastes stay and the page says so.
function runNow(e: Engine, state: WizardState): void {
  try {
    useRunStore.setState({ run: e.runWizard(state), pending: false, error: null });
  } catch (err) {
    useRunStore.setState({
      pending: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

function compute(state: WizardState): void {
  const id = ++seq;
  if (textSize(state) <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    if (engine) runNow(engine, state);
    else void engineLoaded.then((e) => e && id === seq && runNow(e, state));
    return;
  }
  useRunStore.setState({ pending: true });
  void getWorker().then(async (w) => {
    if (id !== seq) return;
    if (!w) {
      const e = await engineLoaded;
      if (e && id === seq) runNow(e, state);
      return;
    }
    const onMessage = (ev: MessageEvent<{ id: number; run?: Run; error?: string }>) => {
      // Reading ev.data deserialises the whole run (for a 10 MB session table, ~100 ms); rendering
      // it is as long again. Render in a task of its own so neither adds to the other's block.
      const data = ev.data;
      if (data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      window.setTimeout(() => {
        if (id !== seq) return;
        if (data.run) useRunStore.setState({ run: data.run, pending: false, error: null });
        else useRunStore.setState({ pending: false, error: data.error ?? 'worker failed' });
      }, 0);
    };
    // A worker that cannot start or crashes reports an error event, not a message: drop it and
    // run on the main thread, slower but never stuck on "Reading the paste…".
    const onError = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      w.terminate();
      worker = null;
      void engineLoaded.then((e) => e && id === seq && runNow(e, state));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, state });
  });
}

/** Ids of detached runs count down from -1, so they never meet the cache's own (from 1 up). */
let detachedSeq = 0;

/**
 * Runs the engine on a state that is not the wizard's (the report's redacted export) without
 * touching the cache: synchronously for a small state, in the same worker for a large one.
 */
export async function runDetached(state: WizardState): Promise<Run> {
  const e = await engineLoaded;
  if (!e) throw new Error('the engine did not load');
  const w =
    textSize(state) <= WORKER_THRESHOLD || typeof Worker === 'undefined' ? null : await getWorker();
  if (!w) return e.runWizard(state);
  const id = --detachedSeq;
  return new Promise<Run>((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (ev: MessageEvent<{ id: number; run?: Run; error?: string }>) => {
      if (ev.data.id !== id) return;
      done();
      if (ev.data.run) resolve(ev.data.run);
      else reject(new Error(ev.data.error ?? 'worker failed'));
    };
    // As for the cache: a worker that fails is left for the main thread.
    const onError = () => {
      done();
      try {
        resolve(e.runWizard(state));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, state });
  });
}

compute(useWizardStore.getState().wizard);
useWizardStore.subscribe((s, prev) => {
  if (s.wizard !== prev.wizard) compute(s.wizard);
});
