/// <reference lib="webworker" />
/**
 * Runs the pure engine off the main thread for large pastes (a 10 MB session table), so typing,
 * scrolling and the progress message stay responsive. Paste texts arrive in parts under keys (see
 * text-parts.ts) and are kept while the page's state still holds them, so a new answer or a
 * second paste does not send a 10 MB paste again.
 */
import { runWizard, sortPastesWithLines } from '@/domain/graph/run-wizard';
import type { Run } from '@/domain/run-types';
import type { CommandId } from '@/domain/parsers/command-ids';
import type { StepId, WizardState } from '@/domain/wizard-state';
import { TextAssembler, type TextPart } from './text-parts';
import { lineSpan, lineStarts, SPLIT_BELOW } from './line-access';
import { forPage } from './trim-run';

export type ToWorker =
  | TextPart
  /** The state with every paste's text replaced by '' and named by `keys[i]` instead. */
  | { type: 'run'; id: number; state: WizardState; keys: number[] }
  | { type: 'sort'; id: number; key: number };

export type FromWorker =
  /** `lines[i]`: where each line of paste `i` starts, for the large ones (see line-access.ts). */
  | { type: 'run'; id: number; run: Run; lines: Array<Int32Array | null> }
  | { type: 'missing'; id: number; keys: number[] }
  /** Each output as a span of the sorted text (`text.slice(from, to)`), so no text is sent back. */
  | {
      type: 'sorted';
      id: number;
      pastes: Array<{
        step: StepId;
        from: number;
        to: number;
        command: CommandId;
        understood: boolean;
      }>;
    }
  | { type: 'error'; id: number; error: string };

const texts = new TextAssembler();
const post = (m: FromWorker) => self.postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'part') {
    texts.add(m);
    return;
  }
  try {
    if (m.type === 'run') {
      texts.keepOnly(m.keys);
      const missing = m.keys.filter((k) => texts.get(k) === undefined);
      if (missing.length > 0) return post({ type: 'missing', id: m.id, keys: missing });
      const pastes = m.state.pastes.map((p, i) => ({ ...p, text: texts.get(m.keys[i]!)! }));
      const run = forPage(runWizard({ ...m.state, pastes }));
      const lines = pastes.map((p) => (p.text.length < SPLIT_BELOW ? null : lineStarts(p.text)));
      const buffers = lines.flatMap((l) => (l ? [l.buffer] : []));
      self.postMessage({ type: 'run', id: m.id, run, lines } satisfies FromWorker, buffers);
      return;
    }
    const text = texts.take(m.key);
    if (text === undefined) return post({ type: 'missing', id: m.id, keys: [m.key] });
    const starts = lineStarts(text);
    const pastes = sortPastesWithLines(text).map((p) => ({
      step: p.step,
      command: p.command,
      understood: p.understood,
      ...lineSpan(text, starts, p.firstLine, p.lastLine),
    }));
    post({ type: 'sorted', id: m.id, pastes });
  } catch (err) {
    post({ type: 'error', id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
};
