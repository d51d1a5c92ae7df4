import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines } from '@/domain/parsers/shared/normalise';
import { lineAccess, lineSpan, lineStarts } from '../line-access';

/** Pads a text past the size where the index is used instead of a split. */
const big = (s: string) => 'x'.repeat(200_000) + '\n' + s;

describe('lineAccess', () => {
  it('numbers lines as the parsers do, whatever the line breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bc', '', '\n', '\r', '\r\n', '\n\r', ' '), {
          maxLength: 40,
        }),
        (parts) => {
          const text = big(parts.join(''));
          const want = splitLines(text);
          const got = lineAccess(text);
          expect(got.count).toBe(want.length);
          for (let n = 1; n <= want.length; n++) expect(got.line(n)).toBe(want[n - 1]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers "" outside the paste', () => {
    const a = lineAccess(big('one\ntwo'));
    expect(a.line(0)).toBe('');
    expect(a.line(a.count + 1)).toBe('');
    expect(a.line(3)).toBe('two');
  });

  it('indexes 1M lines of a 10 MB paste quickly', () => {
    const text = 'abcdefghi\n'.repeat(1_000_000);
    const t = performance.now();
    const a = lineAccess(text);
    expect(performance.now() - t).toBeLessThan(500);
    expect(a.count).toBe(1_000_001);
    expect(a.line(500_000)).toBe('abcdefghi');
  });
});

describe('lineSpan', () => {
  it('cuts the same outputs from the text as sorting copies out, whatever the line breaks', async () => {
    const { sortPastesWithLines } = await import('@/domain/graph/run-wizard');
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../example-incident/', import.meta.url);
    const outputs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = outputs.map((o) => o.replace(/\r?\n/g, eol)).join(eol);
      const starts = lineStarts(text);
      const sorted = sortPastesWithLines(text);
      expect(sorted.length).toBeGreaterThan(3);
      for (const s of sorted) {
        const { from, to } = lineSpan(text, starts, s.firstLine, s.lastLine);
        expect(splitLines(text.slice(from, to))).toEqual(splitLines(s.text));
      }
    }
  });
});
