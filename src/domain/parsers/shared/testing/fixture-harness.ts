/**
 * Shared checks for parsers over a folder of fixtures: each `<name>.txt` with a hand-written
 * `<name>.expected.json`, run clean, through every lossless mangle and truncated at every line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../parse-result';

export interface Fixture {
  name: string;
  text: string;
  expected: unknown;
}

/**
 * Pairs fixture texts with their expectations. Callers pass the results of
 * `import.meta.glob('../__fixtures__/*.txt', { query: '?raw', import: 'default', eager: true })`
 * and the same for `*.expected.json` (src/domain may not use Node built-ins, even in tests).
 */
export function pairFixtures(
  texts: Record<string, unknown>,
  expectations: Record<string, unknown>,
): Fixture[] {
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const byName = new Map(
    Object.entries(expectations).map(([p, v]) => [base(p).replace(/\.expected\.json$/, ''), v]),
  );
  return Object.entries(texts)
    .map(([p, text]) => {
      const name = base(p);
      return { name, text: String(text), expected: byName.get(name.replace(/\.txt$/, '')) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const LINE_KEYS = new Set(['line', 'endLine', 'no']);

/** Copies a parsed value with every line number passed through `map` (fieldLines values too). */
export function remapLines(
  value: unknown,
  map: (n: number) => number | null,
  inFieldLines = false,
): unknown {
  if (Array.isArray(value)) return value.map((v) => remapLines(v, map, false));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((inFieldLines || LINE_KEYS.has(k)) && typeof v === 'number') out[k] = map(v);
    else out[k] = remapLines(v, map, k === 'fieldLines');
  }
  return out;
}

/** Plain JSON view, so `undefined` optional fields and class instances compare as the JSON does. */
export function json<T>(r: ParseResult<T>): unknown {
  return JSON.parse(JSON.stringify(r.value)) as unknown;
}

/** Line-level mutations for property tests. */
export function mutateLines(
  text: string,
  ops: Array<{ kind: number; at: number; junk: string }>,
): string {
  const lines = text.split('\n');
  for (const op of ops) {
    if (lines.length === 0) break;
    const i = op.at % lines.length;
    const j = (op.at * 7 + 3) % lines.length;
    switch (op.kind % 4) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 2: {
        const a = lines[i] ?? '';
        lines[i] = lines[j] ?? '';
        lines[j] = a;
        break;
      }
      default:
        lines.splice(i, 0, op.junk);
    }
  }
  return lines.join('\n');
}

/**
 * Property tests every parser must pass: arbitrary and binary strings, line-level mutations of its
 * real fixtures, and single 1 MB lines shaped like its own input, each parsed without throwing and
 * (for the long lines) within a second.
 */
export function describeNeverThrows(
  name: string,
  parse: (text: string) => ParseResult<unknown>,
  fixtures: readonly string[],
  longLines: readonly string[],
): void {
  describe(`${name} never throws`, () => {
    it('on arbitrary strings', () => {
      fc.assert(
        fc.property(fc.string(), (s) => void parse(s)),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => void parse(s)),
        { numRuns: 300 },
      );
    });

    it('on line-level mutations of the fixtures', () => {
      const op = fc.record({ kind: fc.nat(3), at: fc.nat(), junk: fc.string() });
      fc.assert(
        fc.property(fc.constantFrom(...fixtures), fc.array(op, { maxLength: 8 }), (text, ops) => {
          expect(typeof parse(mutateLines(text, ops)).ok).toBe('boolean');
        }),
        { numRuns: 300 },
      );
    });

    it('on one 1 MB line', () => {
      for (const line of longLines) {
        const t0 = performance.now();
        parse(line);
        expect(performance.now() - t0).toBeLessThan(1000);
      }
    });
  });
}
