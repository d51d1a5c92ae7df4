/**
 * Allocation-free text helpers the parsers share on their hot paths (every line of a 10 MB paste):
 * each gives exactly the result of the obvious `trim()` / `Number()` code, only cheaper.
 */

/** Printable ASCII other than the blank: a character `trim()` never removes. */
export function isInk(c: number): boolean {
  return c > 32 && c < 127;
}

/**
 * `s.trim()` for a line normalise already cut at the end: only the indent is skipped. Unusual
 * ends (tabs, NBSP, U+3000) go to the real trim, so the result is always exactly `s.trim()`.
 */
export function trimIndented(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i < n && isInk(s.charCodeAt(i)) && isInk(s.charCodeAt(n - 1)))
    return i === 0 ? s : s.slice(i);
  return s.trim();
}

/** `s[from, to)` as a number when it is 1-15 ASCII digits, else null. */
export function digitsAt(s: string, from: number, to: number): number | null {
  if (to <= from || to - from > 15) return null;
  // Summing the digits is exact below 2^53 (15 digits) and avoids Number()'s general parser.
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * `s.startsWith(lit, pos)`, faster: V8's startsWith compares character by character in generic
 * code, indexOf with native code; the first-character test keeps indexOf from searching on
 * (`s` is one line, so a miss costs at most the rest of the line).
 */
export function hasAt(s: string, lit: string, pos: number): boolean {
  return s.charCodeAt(pos) === lit.charCodeAt(0) && s.indexOf(lit, pos) === pos;
}
