/**
 * Warnings for the lines the clean-up took invisible characters or text-direction controls out of
 * (normalise.ts): the values read are those of the line without them, and the user is told which
 * lines differ from what they pasted.
 */
import type { HiddenChars } from './normalise';
import { issue, type ParseIssue } from './parse-result';

const codePoints = (cs: readonly number[]): string =>
  cs.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') +
  (cs.length >= 8 ? ', …' : '');

/** One warning per line and kind: `invisible-characters`, `bidi-controls`. */
export function hiddenWarnings(hidden: readonly HiddenChars[]): ParseIssue[] {
  const out: ParseIssue[] = [];
  for (const h of hidden) {
    if (h.invisible.length > 0)
      out.push(
        issue(
          'invisible-characters',
          `Invisible characters (${codePoints(h.invisible)}) were removed from this line before reading it: they print nothing but split a word in two, as copies through chat or word processors leave them. The line is read as if they were not there.`,
          h.no,
        ),
      );
    if (h.bidi.length > 0)
      out.push(
        issue(
          'bidi-controls',
          `Text-direction controls (${codePoints(h.bidi)}) were removed from this line before reading it: they can make it display in another order than its characters are stored in. Names on this line are read as stored, without them; check them on the device if they matter.`,
          h.no,
        ),
      );
  }
  return out;
}

/**
 * Adds the warnings for `hidden` to `warnings` in line order (each before the parser's own
 * warnings for its line), so the first warnings listed are about the first lines.
 */
export function addHiddenWarnings(warnings: ParseIssue[], hidden: readonly HiddenChars[]): void {
  if (hidden.length === 0) return;
  const extra = hiddenWarnings(hidden);
  const merged: ParseIssue[] = [];
  let j = 0;
  for (const w of warnings) {
    while (j < extra.length && w.line !== null && (extra[j]?.line ?? 0) <= w.line)
      merged.push(extra[j++] as ParseIssue);
    merged.push(w);
  }
  while (j < extra.length) merged.push(extra[j++] as ParseIssue);
  // No spread into push/splice: a paste can hold hundreds of thousands of warnings.
  warnings.length = 0;
  for (const w of merged) warnings.push(w);
}
