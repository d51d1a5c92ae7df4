/**
 * Regex-free readers for the Reth and redundancy-group lines met once per row of a large paste.
 * Each says which regex or `split` it stands for and gives exactly its answer on any text.
 */
import {
  hasWordAt,
  isAsciiLetter,
  isDigit,
  isWhiteSpace,
  skipWhiteSpace,
} from '../shared/fast-text';

/** End of `/reth\s*\d+/i` matched at `at`, or -1. */
function rethNameEnd(s: string, at: number): number {
  if (!hasWordAt(s, at, 'reth')) return -1;
  let i = skipWhiteSpace(s, at + 4, s.length);
  if (i >= s.length || !isDigit(s.charCodeAt(i))) return -1;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/** `/^reth\s*\d+$/i.test(s)` */
export function isRethName(s: string): boolean {
  return rethNameEnd(s, 0) === s.length;
}

/** `/^(reth\s*\d+)\s*:$/i.exec(t)?.[1]` for a trimmed line, or null. */
export function displayHeaderName(t: string): string | null {
  const end = rethNameEnd(t, 0);
  if (end < 0) return null;
  const colon = skipWhiteSpace(t, end, t.length);
  return colon === t.length - 1 && t.charCodeAt(colon) === 58 ? t.slice(0, end) : null;
}

/** `/^[A-Za-z][A-Za-z-]*\d[\d/.:]*$/.test(s.slice(from, to))` */
export function isInterfaceNameAt(s: string, from: number, to: number): boolean {
  if (from >= to || !isAsciiLetter(s.charCodeAt(from))) return false;
  let i = from + 1;
  while (i < to && (isAsciiLetter(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
  if (i >= to || !isDigit(s.charCodeAt(i))) return false;
  for (i++; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== 47 && c !== 46 && c !== 58) return false;
  }
  return true;
}

/**
 * The words of a trimmed line as `bounds[2k]` (start) and `bounds[2k + 1]` (end), reusing the
 * caller's array so a table row allocates nothing; returns how many words there are.
 */
export function wordBounds(t: string, bounds: number[]): number {
  const len = t.length;
  let n = 0;
  let i = 0;
  // One pass, each character read once: rows are mostly runs of blanks between short words.
  while (i < len) {
    let c = t.charCodeAt(i);
    while (isWhiteSpace(c)) {
      if (++i === len) return n;
      c = t.charCodeAt(i);
    }
    const start = i;
    while (!isWhiteSpace(c) && ++i < len) c = t.charCodeAt(i);
    bounds[2 * n] = start;
    bounds[2 * n + 1] = i;
    n++;
  }
  return n;
}

/** `words(t).slice(from, to).join(' ')` from the bounds `wordBounds` gave. */
export function joinWords(t: string, bounds: number[], from: number, to: number): string {
  if (to <= from) return '';
  const start = bounds[2 * from] ?? 0;
  const end = bounds[2 * to - 1] ?? 0;
  // Usually the words are one space apart in the text already: one slice then.
  let spaced = true;
  for (let k = from + 1; k < to && spaced; k++) {
    const gap = bounds[2 * k] ?? 0;
    spaced = gap === (bounds[2 * k - 1] ?? 0) + 1 && t.charCodeAt(gap - 1) === 32;
  }
  if (spaced) return t.slice(start, end);
  let out = t.slice(start, bounds[2 * from + 1]);
  for (let k = from + 1; k < to; k++) out += ' ' + t.slice(bounds[2 * k], bounds[2 * k + 1]);
  return out;
}

/** `s.slice(from, to)`, as one of the `printed` strings when it is one. */
export function cell(s: string, from: number, to: number, printed: readonly string[]): string {
  const n = to - from;
  for (const p of printed) {
    if (p.length !== n) continue;
    let i = 0;
    while (i < n && s.charCodeAt(from + i) === p.charCodeAt(i)) i++;
    if (i === n) return p;
  }
  return s.slice(from, to);
}
