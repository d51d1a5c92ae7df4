/**
 * Reading a few numbered lines of a paste without splitting all of it. Splitting a 10 MB paste
 * into an array of strings takes ~70 ms of main-thread time and a 50 MB one several hundred; the
 * page shows a few dozen lines, so it keeps only where each line starts and cuts lines on demand.
 * For a large paste the worker finds the line starts (`lineStarts`) and hands them over with the
 * run (`rememberLineStarts`), so the page does not scan the text at all.
 * Lines end at LF, CRLF or a lone CR, as the parsers count them (`splitLines`).
 */
import { splitLines } from '@/domain/parsers/shared/split-lines';

export interface LineAccess {
  /** Lines as the parsers number them (a final line break starts an empty last line). */
  count: number;
  /** Line `n` (1-based) without its line break; '' past the end. */
  line(n: number): string;
}

/** Under this size a plain split is as fast as the index and simpler. */
export const SPLIT_BELOW = 200_000;

export function lineAccess(text: string): LineAccess {
  if (text.length < SPLIT_BELOW) {
    const lines = splitLines(text);
    return { count: lines.length, line: (n) => lines[n - 1] ?? '' };
  }
  return fromStarts(text, lineStarts(text));
}

function fromStarts(text: string, starts: Int32Array): LineAccess {
  return {
    count: starts.length,
    line(n) {
      if (n < 1 || n > starts.length) return '';
      const from = starts[n - 1]!;
      const next = n < starts.length ? starts[n]! : text.length + 1;
      // The line break is the character before the next start, or the two before it for CRLF.
      let to = next - 1;
      if (to > from && text.charCodeAt(to) === 10 && text.charCodeAt(to - 1) === 13) to -= 1;
      return text.slice(from, Math.min(to, text.length));
    },
  };
}

/** Where each line starts. `indexOf` runs in native code; the next CR is looked up only when passed. */
export function lineStarts(text: string): Int32Array {
  let starts = new Int32Array(1024);
  let count = 1;
  let nextCr = text.indexOf('\r');
  let pos = 0;
  for (;;) {
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const lf = text.indexOf('\n', pos);
    let after: number;
    if (nextCr !== -1 && (lf === -1 || nextCr < lf))
      after = text.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
    else if (lf !== -1) after = lf + 1;
    else break;
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = after;
    pos = after;
  }
  return starts.subarray(0, count);
}

/** Where lines `first`..`last` (1-based) lie in the text, without the last line's break. */
export function lineSpan(
  text: string,
  starts: Int32Array,
  first: number,
  last: number,
): { from: number; to: number } {
  const from = starts[first - 1] ?? text.length;
  if (last >= starts.length) return { from, to: text.length };
  const next = starts[last]!;
  const crlf = text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13;
  return { from, to: crlf ? next - 2 : next - 1 };
}

/**
 * The last few pastes read, compared by identity (`===` on the same string is a pointer test; a
 * Map would hash the whole 50 MB text first).
 */
const recent: Array<{ text: string; access: LineAccess }> = [];
const RECENT_MAX = 8;

function remember(text: string, access: LineAccess): LineAccess {
  recent.unshift({ text, access });
  if (recent.length > RECENT_MAX) recent.pop();
  return access;
}

export function cachedLineAccess(text: string): LineAccess {
  const hit = recent.find((r) => r.text === text);
  return hit ? hit.access : remember(text, lineAccess(text));
}

/**
 * The index if it costs nothing now: a small paste, or a large one the worker has indexed. Null
 * means the worker's answer is still on its way (scanning 50 MB here would block for ~200 ms).
 */
export function readyLineAccess(text: string): LineAccess | null {
  if (text.length < SPLIT_BELOW) return cachedLineAccess(text);
  return recent.find((r) => r.text === text)?.access ?? null;
}

/** Takes the line starts the worker found for a paste, so the page need not scan it. */
export function rememberLineStarts(text: string, starts: Int32Array): void {
  if (!recent.some((r) => r.text === text)) remember(text, fromStarts(text, starts));
}

/** A line cut for quoting in a sentence or a table cell, saying how much was left out. */
export function cutLine(text: string, max: number, more: (n: number) => string): string {
  return text.length <= max ? text : text.slice(0, max) + more(text.length - max);
}
