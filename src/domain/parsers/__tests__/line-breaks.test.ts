/**
 * Issue #15: a paste of millions of bare line breaks is no longer split into one string per line.
 * The offset-based cutting gives exactly what the split gave, whatever mix of LF, CRLF and lone CR.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines, withLineFeeds } from '../shared/normalise';
import { splitPaste } from '../detect/split-paste';
import { scanPaste } from '../detect/scan-paste';

const fixtures = Object.values(
  import.meta.glob('../detect/__fixtures__/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
);

/** A paste of fixture lines and bits of lines, with any kind of line break between them. */
const paste = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...fixtures.flatMap((f) => f.split('\n')).slice(0, 400)),
        fc.constantFrom('', ' ', 'x', '<LB-01>', '[LB-01]display arp'),
      ),
      fc.constantFrom('\n', '\r\n', '\r', '\r\r\n'),
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc.boolean().map((end) => {
      const t = parts.map(([l, br]) => l + br).join('');
      return end ? t : t.replace(/(?:\r\n|\r|\n)$/, '');
    }),
  );

describe('line breaks without splitting the paste', () => {
  it('withLineFeeds is splitLines joined with LF', () => {
    fc.assert(
      fc.property(paste, (t) => {
        expect(withLineFeeds(t)).toBe(splitLines(t).join('\n'));
      }),
      { numRuns: 1000 },
    );
  });

  it('splitPaste cuts each segment as the line split did', () => {
    fc.assert(
      fc.property(paste, (t) => {
        const lines = splitLines(t);
        if (lines[lines.length - 1] === '') lines.pop();
        const want = scanPaste(t).map((s) => lines.slice(s.start, s.end).join('\n'));
        expect(splitPaste(t).map((s) => s.text)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits every fixture, with CRLF too, into segments that add up to the paste', () => {
    for (const f of fixtures)
      for (const t of [f, f.replace(/\n/g, '\r\n')]) {
        const lines = splitLines(t);
        if (lines[lines.length - 1] === '') lines.pop();
        expect(
          splitPaste(t)
            .map((s) => s.text)
            .join('\n'),
        ).toBe(lines.join('\n'));
      }
  });
});
