/**
 * Character-level helpers for reading configuration lines without regexes: a full configuration
 * has hundreds of thousands of lines, and `split(/\s+/)` or `search(/\s/)` per line dominate the
 * parse time there. Each helper says which regex expression it stands for; the ones the other
 * parsers use too are in shared/fast-text.
 */
import { isWhiteSpace } from '../shared/fast-text';

/** `s.search(/\s/)`, from `from` on. */
export function indexOfWhiteSpace(s: string, from = 0): number {
  for (let i = from; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return i;
  return -1;
}
