/**
 * The checks every parser in these folders gets (parser rules): real fixtures against their
 * `.expected.json`, lossless mangles, truncation at every line, random and mutated input, empty
 * and wrong-command pastes. Shared by the link-aggregation and interface-config tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lossless, truncate } from '../../shared/testing/mangle';
import type { ParseResult } from '../../shared/parse-result';

export interface Fixture {
  name: string;
  text: string;
  expected: unknown;
}

/** Pairs `__fixtures__/x.txt` with `__fixtures__/x.expected.json` from two `import.meta.glob` maps. */
export function pairFixtures(
  texts: Record<string, string>,
  expected: Record<string, unknown>,
): Fixture[] {
  return Object.keys(texts)
    .sort()
    .map((path) => {
      const jsonPath = path.replace(/\.txt$/, '.expected.json');
      if (!(jsonPath in expected)) throw new Error(`missing ${jsonPath}`);
      return {
        name: path.split('/').pop() ?? path,
        text: texts[path] ?? '',
        expected: expected[jsonPath],
      };
    });
}

/** Replaces every cited line number (`line`, `no`, `endLine`, `fieldLines.*`) through `map`. */
export function remapLines(value: unknown, map: (n: number) => number | null): unknown {
  if (Array.isArray(value)) return value.map((v) => remapLines(v, map));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if ((k === 'line' || k === 'no' || k === 'endLine') && typeof v === 'number') out[k] = map(v);
    else if (k === 'fieldLines' && v !== null && typeof v === 'object')
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, number>).map(([f, n]) => [f, map(n)]),
      );
    else out[k] = remapLines(v, map);
  }
  return out;
}

export interface RecordRef {
  /** Identifies the record across parses (`group/port`). */
  key: string;
  /** First line of the record. */
  line: number;
  /** Last line the record's fields come from, when known; else the next record's start bounds it. */
  lastLine?: number;
  value: unknown;
}

export interface SuiteOptions<T> {
  parse: (text: string) => ParseResult<T>;
  fixtures: Fixture[];
  /** Command echoed in the prompt-echo mangle. */
  command: string;
  /** Warnings each fixture must give, exactly (code@line); fixtures not listed must give none. */
  expectedWarnings: Record<string, string[]>;
  records: (value: T) => RecordRef[];
  /** Pastes of other commands that must be refused with `wrong-command`. */
  otherCommands: string[];
}

const warningKey = (w: { code: string; line: number | null }) => `${w.code}@${w.line ?? '-'}`;

export function parserSuite<T>(opts: SuiteOptions<T>): void {
  const { parse, fixtures } = opts;

  describe('real fixtures', () => {
    it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
    for (const f of fixtures) {
      it(`${f.name}: value equals the hand-checked expected JSON`, () => {
        const r = parse(f.text);
        expect(r.errors).toEqual([]);
        expect(r.ok).toBe(true);
        expect(JSON.parse(JSON.stringify(r.value))).toEqual(f.expected);
      });
      it(`${f.name}: warns only where expected`, () => {
        const r = parse(f.text);
        expect(r.warnings.map(warningKey)).toEqual(opts.expectedWarnings[f.name] ?? []);
      });
    }
  });

  describe('lossless mangles give the same values', () => {
    for (const f of fixtures) {
      for (const m of lossless(f.text, opts.command)) {
        it(`${f.name} / ${m.name}`, () => {
          const clean = parse(f.text);
          const mangled = parse(m.text);
          expect(mangled.ok).toBe(true);
          expect(JSON.parse(JSON.stringify(mangled.value))).toEqual(
            remapLines(JSON.parse(JSON.stringify(clean.value)), m.mapLine),
          );
          expect(mangled.warnings.map((w) => w.code)).toEqual(clean.warnings.map((w) => w.code));
        });
      }
    }
  });

  describe('truncation at every line', () => {
    for (const f of fixtures) {
      it(`${f.name}: never throws and keeps every record printed before the cut`, () => {
        const full = parse(f.text);
        const refs = opts.records(full.value as T).sort((a, b) => a.line - b.line);
        const total = f.text.split('\n').length;
        for (let k = 0; k <= total; k++) {
          const cut = truncate(f.text, k);
          const r = parse(cut.text);
          const got = new Map(
            r.value === null ? [] : opts.records(r.value).map((x) => [x.key, x.value]),
          );
          refs.forEach((ref, i) => {
            const next = refs.slice(i + 1).find((x) => x.line > ref.line);
            const end = ref.lastLine ?? (next === undefined ? total : next.line - 1);
            if (end <= k) expect(got.get(ref.key), `${ref.key} cut at ${k}`).toEqual(ref.value);
          });
        }
      });
    }
  });

  describe('hostile input never throws', () => {
    const check = (s: string) => {
      const r = parse(s);
      expect(typeof r.ok).toBe('boolean');
      expect(Array.isArray(r.warnings)).toBe(true);
      if (r.ok) expect(r.value).not.toBeNull();
    };
    it('arbitrary strings', () =>
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (s) => check(s)),
        { numRuns: 300 },
      ));
    it('arbitrary unicode', () =>
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => check(s)),
        { numRuns: 300 },
      ));
    it('line-level mutations of the fixtures', () => {
      const junk = fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          'Local:',
          'Remote:',
          '#',
          'quit',
          'interface',
          'interface range a to b',
          'Flag: {',
          '{ACG}',
          'Port Status',
          '  XGE1/0/1  S',
        ),
      );
      const op = fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), junk }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...fixtures), fc.array(op, { maxLength: 8 }), (f, ops) => {
          const lines = f.text.split('\n');
          for (const o of ops) {
            const n = lines.length || 1;
            const at = o.at % n;
            if (o.kind === 'delete') lines.splice(at, 1);
            else if (o.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
            else if (o.kind === 'swap') {
              const j = o.with % n;
              const a = lines[at] ?? '';
              lines[at] = lines[j] ?? '';
              lines[j] = a;
            } else lines.splice(at, 0, o.junk);
          }
          check(lines.join('\n'));
        }),
        { numRuns: 400 },
      );
    });
    it('one very long line (1 MB) finishes quickly', () => {
      const long = [
        'x'.repeat(1_000_000),
        'interface '.repeat(100_000),
        '  GE1/0/1  S  '.repeat(70_000),
        '{'.repeat(1_000_000),
        `${fixtures[0]?.text ?? ''}\n${'a -- b, '.repeat(120_000)}`,
      ];
      const start = Date.now();
      for (const s of long) check(s);
      expect(Date.now() - start).toBeLessThan(5000);
    });
  });

  describe('empty and wrong pastes', () => {
    for (const s of ['', '\n\n', '   \r\n\t\n']) {
      it(`empty ${JSON.stringify(s)}`, () => {
        const r = parse(s);
        expect(r.ok).toBe(false);
        expect(r.errors.map((e) => e.code)).toEqual(['empty-input']);
      });
    }
    opts.otherCommands.forEach((s, i) => {
      it(`another command's output #${i + 1} is refused`, () => {
        const r = parse(s);
        expect(r.ok).toBe(false);
        expect(r.errors[0]?.code).toBe('wrong-command');
        expect(r.errors[0]?.message).toContain('display ');
      });
    });
  });
}
