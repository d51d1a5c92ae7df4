/**
 * Invisible and direction-changing characters in pasted values. A bidi override in an interface
 * name (`XGE1/1/1\u202E`) reorders what is displayed after it, and a zero-width space makes two
 * names that look the same differ: in the report and in the commands built from pasted values
 * they are shown as `<U+202E>`, so the reader sees them and the device refuses such a command
 * instead of acting on a name that is not what it looks like.
 */

// Format characters (bidi embeddings, overrides and isolates, LRM/RLM/ALM, zero-width space and
// joiners, word joiner, BOM, soft hyphen, tag characters), C1 controls, line and paragraph
// separators, and characters that render as nothing (Hangul fillers, Mongolian variation selectors).
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Cf}\u0080-\u009f\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2028\u2029\u3164\uffa0]/gu;

/** `a\u202Eb` → `a<U+202E>b`: invisible and direction-changing characters, made visible. */
export function showInvisibles(s: string): string {
  return s.replace(
    INVISIBLE,
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

// eslint-disable-next-line no-misleading-character-class
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

export function hasInvisibles(s: string): boolean {
  return ANY_INVISIBLE.test(s);
}
