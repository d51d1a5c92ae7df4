/**
 * The run derived from the wizard state, computed once per change for every component.
 * The engine (parsers, rules, graph) is loaded as its own chunk so the first page paints without
 * it. Small states then run synchronously; large ones run in a Web Worker so the page never
 * freezes, with `pending` shown as progress. Nothing here is user state: it is a cache of
 * `runWizard(state)`.
 */
import { create } from 'zustand';
import type { Run } from '@/domain/run-types';
import type { Paste, StepId, WizardState } from '@/domain/wizard-state';
import type { CommandId } from '@/domain/parsers/command-ids';
import type { SortSummary } from '@/domain/graph/run-wizard';
import type { FromWorker, ToWorker } from './run-worker';
import { nextTask, textParts } from './text-parts';
import { rememberLineStarts } from './line-access';
import { trimRun, withTexts } from './trim-run';
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
/** Requests other than the page's own run (sorting, detached runs) count down from -1. */
let sideSeq = 0;

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
    // The same view of a long list as from the worker: the records the findings cite first.
    useRunStore.setState({ run: trimRun(e.runWizard(state)), pending: false, error: null });
  } catch (err) {
    useRunStore.setState({
      pending: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

/**
 * Sends each paste's text to the worker once, in parts (text-parts.ts), and names it by key after.
 * Keys belong to one worker: a new worker starts with none sent.
 */
let sent = new WeakMap<Paste, number>();
let nextKey = 1;

/** Sends what the worker lacks; false when a newer request took over meanwhile. */
async function sendTexts(
  w: Worker,
  pastes: Paste[],
  current: () => boolean,
): Promise<number[] | null> {
  const keys: number[] = [];
  for (const p of pastes) {
    let key = sent.get(p);
    if (key === undefined) {
      key = nextKey++;
      for (const part of textParts(key, p.text)) {
        if (!current()) return null;
        w.postMessage(part);
        if (!part.last) await nextTask();
      }
      sent.set(p, key);
    }
    keys.push(key);
  }
  return keys;
}

type Reply = FromWorker;

/** The state as the worker is sent it: texts named by key instead. */
function bare(state: WizardState): WizardState {
  return { ...state, pastes: state.pastes.map((p) => ({ ...p, text: '' })) };
}

/** Texts the worker no longer holds are sent again next time. */
function forget(state: WizardState, keys: number[]): void {
  for (const p of state.pastes) if (keys.includes(sent.get(p) ?? -1)) sent.delete(p);
}

/** The line indexes the worker made for large pastes, for the raw view. */
function remember(state: WizardState, lines: Array<Int32Array | null>): void {
  lines.forEach((starts, i) => starts && rememberLineStarts(state.pastes[i]!.text, starts));
}

/** Waits for the worker's reply to request `id`. */
function reply(w: Worker, id: number): Promise<Reply | 'crashed'> {
  return new Promise((resolve) => {
    const done = (r: Reply | 'crashed') => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(r);
    };
    const onMessage = (ev: MessageEvent<Reply>) => {
      if (ev.data.id === id) done(ev.data);
    };
    // A worker that cannot start or crashes reports an error event, not a message.
    const onError = () => {
      w.terminate();
      worker = null;
      sent = new WeakMap();
      done('crashed');
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
  });
}

function compute(state: WizardState): void {
  const id = ++seq;
  if (textSize(state) <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    if (engine) runNow(engine, state);
    else void engineLoaded.then((e) => e && id === seq && runNow(e, state));
    return;
  }
  useRunStore.setState({ pending: true });
  void (async () => {
    const fallback = async () => {
      const e = await engineLoaded;
      if (e && id === seq) runNow(e, state);
    };
    const w = await getWorker();
    if (id !== seq) return;
    if (!w) return fallback();
    const keys = await sendTexts(w, state.pastes, () => id === seq);
    if (!keys) return;
    const answer = reply(w, id);
    w.postMessage({ type: 'run', id, state: bare(state), keys } satisfies ToWorker);
    const m = await answer;
    if (id !== seq) return;
    if (m === 'crashed') return fallback();
    if (m.type === 'missing') {
      // The worker dropped a text the page thought it had (an undo brought an old paste back).
      forget(state, m.keys);
      return compute(state);
    }
    // Rendering the run is a task of its own, apart from receiving it.
    window.setTimeout(() => {
      if (id !== seq) return;
      if (m.type === 'run') {
        remember(state, m.lines);
        useRunStore.setState({ run: withTexts(m.run, state), pending: false, error: null });
      } else
        useRunStore.setState({
          pending: false,
          error: m.type === 'error' ? m.error : 'worker failed',
        });
    }, 0);
  })();
}

/**
 * Files a paste of several outputs under their steps. A large one is cut up in the worker:
 * splitting 50 MB on the page blocks it for over a second.
 */
export async function sortText(text: string): Promise<Sorted> {
  const e = await engineLoaded;
  const here = (): Sorted => (e ? sorted(e, e.sortPastesWithLines(text)) : nothing);
  if (text.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return here();
  const w = await getWorker();
  if (!w || !e) return here();
  const id = --sideSeq;
  const key = nextKey++;
  for (const part of textParts(key, text)) {
    w.postMessage(part);
    if (!part.last) await nextTask();
  }
  const answer = reply(w, id);
  w.postMessage({ type: 'sort', id, key } satisfies ToWorker);
  const m = await answer;
  if (m === 'crashed' || m.type !== 'sorted') return here();
  // Cut from the text the page already holds: a slice shares it, nothing is copied.
  return sorted(
    e,
    m.pastes.map((p) => ({ ...p, text: text.slice(p.from, p.to) })),
  );
}

/** The outputs to file, and what was filed where for the summary. */
export interface Sorted {
  pastes: Paste[];
  summary: SortSummary;
}
const nothing: Sorted = { pastes: [], summary: { filed: [], notUnderstood: [] } };

function sorted(
  e: Engine,
  outputs: Array<{ step: StepId; text: string; command: CommandId; understood: boolean }>,
): Sorted {
  return {
    pastes: outputs.map((o) => ({ step: o.step, text: o.text, at: null })),
    summary: e.summariseSorted(outputs),
  };
}

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
  const keys = await sendTexts(w, state.pastes, () => true);
  if (!keys) return e.runWizard(state);
  const id = --sideSeq;
  const answer = reply(w, id);
  w.postMessage({ type: 'run', id, state: bare(state), keys } satisfies ToWorker);
  const m = await answer;
  if (m === 'crashed') return e.runWizard(state);
  if (m.type === 'missing') {
    forget(state, m.keys);
    return runDetached(state);
  }
  if (m.type !== 'run') throw new Error(m.type === 'error' ? m.error : 'worker failed');
  remember(state, m.lines);
  return withTexts(m.run, state);
}

compute(useWizardStore.getState().wizard);
useWizardStore.subscribe((s, prev) => {
  if (s.wizard !== prev.wizard) compute(s.wizard);
});

/** Resolves with the run once the state as it is now has been read (at once for a small one). */
export function runSettled(): Promise<Run> {
  return new Promise((resolve) => {
    const done = (s: RunCache) => {
      if (s.pending || !s.run) return false;
      resolve(s.run);
      return true;
    };
    if (done(useRunStore.getState())) return;
    const stop = useRunStore.subscribe((s) => {
      if (done(s)) stop();
    });
  });
}
