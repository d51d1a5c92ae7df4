/**
 * Character-level helpers for reading configuration lines without regexes: a full configuration
 * has hundreds of thousands of lines, and `split(/\s+/)` or `search(/\s/)` per line dominate the
 * parse time there. Each helper says which regex expression it stands for.
 */

/** The characters `\s` matches. */
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

/** `s.search(/\s/)`, from `from` on. */
export function indexOfWhiteSpace(s: string, from = 0): number {
  for (let i = from; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return i;
  return -1;
}

/** `t.toLowerCase() === lowerWord` for a keyword of lower-case ASCII letters (`TO`, `All`). */
export function isWord(t: string, lowerWord: string): boolean {
  if (t.length !== lowerWord.length) return false;
  for (let i = 0; i < t.length; i++)
    if ((t.charCodeAt(i) | 32) !== lowerWord.charCodeAt(i)) return false;
  return true;
}

/** `/^\d{1,max}$/.test(t)`. */
export function isDigits(t: string, max: number): boolean {
  if (t.length === 0 || t.length > max) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
