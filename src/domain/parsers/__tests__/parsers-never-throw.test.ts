/**
 * Hostile and broken input for detection, splitting and every parser reached through the registry:
 * nothing throws, and nothing takes long (a pathological regex would show up as seconds here).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectCommand } from '../detect/detect-command';
import { splitPaste } from '../detect/split-paste';
import { parseAs } from '../registry';
import { stepCommandIds, type CommandId } from '../command-ids';

const fixtures = Object.values(
  import.meta.glob('../detect/__fixtures__/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
);
const parsed: CommandId[] = [...stepCommandIds, 'display-session-table', 'syslog'];
/** Small pastes: generous for a shared 2-core machine, far below what a backtracking regex costs. */
const QUICK_MS = 1000;
const BIG_MS = 5000;

/** Runs everything on `text`; returns the slowest single call in ms. */
function runAll(text: string, limitMs = QUICK_MS): number {
  let worst = 0;
  const time = (name: string, f: () => unknown) => {
    const t0 = performance.now();
    f();
    const ms = performance.now() - t0;
    if (ms > worst) worst = ms;
    if (ms > limitMs)
      throw new Error(`${name} took ${ms.toFixed(0)} ms on ${text.length} characters`);
  };
  time('detectCommand', () => detectCommand(text));
  time('splitPaste', () => {
    const segs = splitPaste(text);
    if (segs.length === 0) throw new Error('splitPaste returned no segment');
  });
  for (const c of parsed) {
    time(`parseAs(${c})`, () => {
      const r = parseAs(c, text);
      if (
        r === null ||
        typeof r.ok !== 'boolean' ||
        !Array.isArray(r.errors) ||
        !Array.isArray(r.warnings)
      ) {
        throw new Error(`${c}: not a ParseResult`);
      }
      // parseAs turns a throw into this error, so the engine survives it: here it is a failure.
      const failed = r.errors.find((e) => e.code === 'parser-failed');
      if (failed) throw new Error(`${c} threw: ${failed.message}`);
    });
  }
  return worst;
}

const line = fc.oneof(
  fc.constantFrom(...fixtures.flatMap((f) => f.split('\n'))),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '   ',
    '#',
    '<H3C>',
    '[H3C]display link-aggregation verbose',
    '  ---- More ----',
    'Slot 1:',
    'Initiator:',
    'Local:',
  ),
);

type Mutation = {
  kind: 'delete' | 'duplicate' | 'swap' | 'insert' | 'cut';
  at: number;
  junk: string;
};
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'cut') as fc.Arbitrary<
    Mutation['kind']
  >,
  at: fc.nat(),
  junk: line,
});

function mutate(text: string, ms: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of ms) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.kind === 'swap')
      [lines[i], lines[(i + 1) % lines.length]] = [
        lines[(i + 1) % lines.length] ?? '',
        lines[i] ?? '',
      ];
    else if (m.kind === 'insert') lines.splice(i, 0, m.junk);
    else lines.splice(i);
  }
  return lines.join('\n');
}

describe('detection, splitting and every parser never throw', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        runAll(s);
      }),
      { numRuns: 150 },
    );
  });

  it('on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        runAll(s);
      }),
      { numRuns: 150 },
    );
  });

  it('on pastes built from fixture lines and junk', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (ls) => {
        runAll(ls.join('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('on line-level mutations of every fixture', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (f, ms) => {
          runAll(mutate(f, ms));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on every fixture cut at every line', () => {
    for (const f of fixtures) {
      const lines = f.split('\n');
      for (let k = 0; k <= lines.length; k++) runAll(lines.slice(0, k).join('\n'));
    }
  });

  it('on a 1 MB single line of each kind', () => {
    for (const unit of [
      'a',
      ' ',
      '[',
      '-',
      '1',
      'Server farm: ',
      'interface ',
      '{ACG} ',
      '\u00e9\u4e2d',
      '\u001b[',
    ]) {
      const text = unit.repeat(Math.ceil(1e6 / unit.length));
      runAll(text, BIG_MS);
      runAll(`[H3C-${text}]`, BIG_MS);
    }
  });

  it('on many blank lines and prompts', () => {
    runAll('\n'.repeat(200_000), BIG_MS);
    runAll('\r\n   \t'.repeat(100_000), BIG_MS);
    runAll('<H3C>\n'.repeat(50_000), BIG_MS);
    expect(detectCommand('\n'.repeat(200_000)).command).toBe('empty');
  });
});
