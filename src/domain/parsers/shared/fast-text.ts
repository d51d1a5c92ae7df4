/**
 * Allocation-free text helpers the parsers share on their hot paths (every line of a 10 MB paste):
 * each gives exactly the result of the obvious `trim()` / `Number()` / regex code it names, only
 * cheaper. One copy of each: a parser folder's own *-text.ts keeps only what no other parser reads.
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
 * (`s` is one line, so a miss costs at most the rest of the line). Also faster than comparing
 * character by character in a loop, even for the 1-4 letter cells of a table row. `lit` must not
 * be empty (then this is false, where startsWith is true).
 */
export function hasAt(s: string, lit: string, pos: number): boolean {
  return s.charCodeAt(pos) === lit.charCodeAt(0) && s.indexOf(lit, pos) === pos;
}

/** An ASCII letter (`/[A-Za-z]/`): what interface names and keywords start with. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit `0`-`9` (`/\d/` without the `u` flag). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `/^\d+$/.test(s.slice(from, to))` without the slice: a number cell or value to be checked. */
export function isDigitsAt(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The characters `\s` matches, so a loop over a line can cut words exactly where `split(/\s+/)`
 * or `trim()` would. The blank (nearly every separator in device output) is decided first.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first index from `from` on (before `to`) that is not `\s`; `to` when there is none. */
export function skipWhiteSpace(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * `s` has `lowerWord` (lower-case ASCII) at `at`, its letters in either case, as the `i` flag or
 * `toLowerCase().startsWith` read it: no other character folds to an ASCII letter, and a
 * keyword's other characters (`-`, blank) must match as they are. Compared in place, without the
 * lower-case copy of the line.
 */
export function hasWordAt(s: string, at: number, lowerWord: string): boolean {
  if (at + lowerWord.length > s.length) return false;
  for (let i = 0; i < lowerWord.length; i++) {
    const c = s.charCodeAt(at + i);
    const w = lowerWord.charCodeAt(i);
    if (c !== w && (w < 97 || w > 122 || c !== w - 32)) return false;
  }
  return true;
}

/** `s.slice(from, to).toLowerCase() === lowerWord` for a lower-case ASCII keyword (see hasWordAt). */
export function isWordAt(s: string, from: number, to: number, lowerWord: string): boolean {
  return to - from === lowerWord.length && hasWordAt(s, from, lowerWord);
}

/**
 * `Number(s.slice(from, to))` when that is `/^\d+$/`, else null: a counter, ID or port read in
 * place. Up to 15 digits are summed by digitsAt; a longer run takes `Number()` like the regex code.
 */
export function unsignedAt(s: string, from: number, to: number): number | null {
  const n = digitsAt(s, from, to);
  if (n !== null || to - from <= 15) return n;
  return isDigitsAt(s, from, to) ? Number(s.slice(from, to)) : null;
}

/**
 * `/^[0-9A-Fa-f:.]+$/` on `s[from, to)` with a `.` or `:` in it: text that can only be an address
 * or part of one (`10.197.0.122`, `2011::2`, a wrapped `1111:2222:3333:4444:`).
 */
export function isIpAt(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let sep = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 58) sep = true;
    else if (!(isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102))) return false;
  }
  return sep;
}
