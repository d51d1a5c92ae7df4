/**
 * Slips characters that print nothing (or only change the text direction) into a paste, the way
 * chat clients and word processors do, for the tests of issue #15.
 */
import fc from 'fast-check';

/** Zero-width and format characters the clean-up removes. */
export const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '\u2062',
];
/** Text-direction controls the clean-up removes. */
export const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
];

export interface Insertion {
  line: number;
  token: number;
  at: number;
  char: string;
}

export const insertionArb = (chars: readonly string[]): fc.Arbitrary<Insertion> =>
  fc.record({
    line: fc.nat(),
    token: fc.nat(),
    at: fc.nat(),
    char: fc.constantFrom(...chars),
  });

/**
 * Puts each character strictly inside a token (a run of at least two non-blank characters) of a
 * line; returns the text and the 1-based lines changed. Lines split as the normaliser splits them.
 */
export function insertInTokens(
  text: string,
  ins: readonly Insertion[],
): { text: string; lines: Set<number> } {
  const lines = text.split(/\r\n|\n|\r/);
  const changed = new Set<number>();
  for (const x of ins) {
    const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /\S\S/.test(l));
    if (candidates.length === 0) break;
    const [l, i] = candidates[x.line % candidates.length] as readonly [string, number];
    const tokens = [...l.matchAll(/\S{2,}/g)];
    const tok = tokens[x.token % tokens.length];
    if (tok === undefined) continue;
    const inner = 1 + (x.at % (tok[0].length - 1));
    const pos = (tok.index ?? 0) + inner;
    lines[i] = l.slice(0, pos) + x.char + l.slice(pos);
    changed.add(i + 1);
  }
  return { text: lines.join('\n'), lines: changed };
}
