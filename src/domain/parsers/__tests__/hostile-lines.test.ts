/**
 * Issue #15: one line of 5.6 M dashes overflowed the regex stack of the link-aggregation parser
 * and every page said "could not analyse". Every parser in the registry, detection and splitting
 * read single lines of 1 to 20 MB of one repeated unit without throwing, in time proportional to
 * the size; the same lines inside a real paste leave the real rows around them read.
 * `npx tsx scripts/hostile-lines.ts` prints the times per unit and reader.
 */
import { describe, expect, it } from 'vitest';
import { hostileLine, hostileTargets, hostileUnits } from '../shared/testing/hostile-lines';
import { parseLinkAggregation, type LagParsed } from '../link-aggregation/parse-link-aggregation';
import { detectCommand } from '../detect/detect-command';
import { splitLines } from '../shared/normalise';
import type { ParseResult } from '../shared/parse-result';
import { runWizard } from '../../graph/run-wizard';
import { seed, seedPastes, stateOf } from '../../graph/__tests__/seed';

/**
 * The bound per reader, 3× the slowest measured here (2-core machine, other work running;
 * `npx tsx scripts/hostile-lines.ts`): ~23 ms per MB on one line (tabs, 455 ms on 20 MB), and
 * ~100 ms per million lines for bare CRs (20 MB of them are 20 M blank lines: ~2 s for the slowest
 * reader). A floor for small inputs on a busy machine.
 */
const MS_PER_MB = 70;
const MS_PER_MILLION_LINES = 300;
const FLOOR_MS = 300;
/** The units that cost most per MB (or once broke a parser) are tried at 5 and 20 MB too. */
const LONG = new Set(['dashes', 'tabs', 'control', 'invisible']);
const MIDDLE = new Set(['cjk', 'dash-space', 'spaces', 'cr-only']);

const targets = hostileTargets();

function readAll(line: string, mb: number, lines: boolean): void {
  const bound = Math.max(FLOOR_MS, (lines ? MS_PER_MILLION_LINES : MS_PER_MB) * mb);
  for (const t of targets) {
    const t0 = performance.now();
    let threw: unknown = null;
    let got: unknown = null;
    try {
      got = t.run(line);
    } catch (e) {
      threw = e;
    }
    const ms = performance.now() - t0;
    expect(threw, `${t.name} threw`).toBeNull();
    expect(ms, `${t.name} took ${ms.toFixed(0)} ms on ${mb} MB`).toBeLessThan(bound);
    // Messages quote the line they are about, but not megabytes of it.
    const r = got as Partial<ParseResult<unknown>> | null;
    for (const i of [...(r?.errors ?? []), ...(r?.warnings ?? [])])
      expect(i.message.length, `${t.name}: ${i.code}`).toBeLessThan(2200);
  }
}

describe('a single huge line of one unit', () => {
  for (const u of hostileUnits) {
    const sizes = LONG.has(u.name) ? [1, 5, 20] : MIDDLE.has(u.name) ? [1, 5] : [1, 2];
    for (const mb of sizes)
      it(`${u.name}, ${mb} MB: no reader throws or takes long`, { timeout: 120_000 }, () => {
        readAll(hostileLine(u.unit, mb * 1e6), mb, u.unit === '\r');
      });
  }
});

describe('a huge line inside the seed link-aggregation output', () => {
  const lag = seed.lag;
  const rule = lag.indexOf('\n', lag.indexOf('-----')) + 1;
  const before = lag.slice(0, rule);
  const after = lag.slice(rule);
  const clean = parseLinkAggregation(lag).value as LagParsed;
  const rows = clean.groups[0]?.localPorts ?? [];

  for (const u of hostileUnits)
    it(`${u.name}: the ports around it are still read, on their lines`, { timeout: 60_000 }, () => {
      const line = hostileLine(u.unit, 2e6);
      const text = `${before}${line}\n${after}`;
      // Rows below the inserted line move down by the lines it makes (bare CRs make many).
      const shift = splitLines(`${before}${line}\n`).length - splitLines(before).length;
      expect(detectCommand(text).command).toBe('display-link-aggregation-verbose');
      const t0 = performance.now();
      const r = parseLinkAggregation(text);
      const per = u.unit === '\r' ? MS_PER_MILLION_LINES : MS_PER_MB;
      expect(performance.now() - t0).toBeLessThan(Math.max(FLOOR_MS, per * 2));
      const got = r.value?.groups[0];
      expect(got?.name).toBe('Route-Aggregation1');
      for (const row of rows) {
        const same = got?.localPorts.find((p) => p.line === row.line + shift);
        expect(same, `${row.port} on line ${row.line + shift}`).toMatchObject({
          port: row.port,
          status: row.status,
          operKey: row.operKey,
        });
      }
    });

  it('gives the engine a run, not an exception, with the line in the link-aggregation paste', () => {
    for (const u of hostileUnits.filter((x) => LONG.has(x.name))) {
      const line = hostileLine(u.unit, 6e6);
      const pastes = seedPastes.map((p) =>
        p.step === 'lag' ? { ...p, text: `${before}${line}\n${after}` } : p,
      );
      const run = runWizard(stateOf(pastes));
      expect(run.path, u.name).toContain('lag');
      const lagPaste = run.steps.find((s) => s.step === 'lag')?.pastes[0];
      expect(lagPaste?.result?.errors.map((e) => e.code) ?? [], u.name).not.toContain(
        'parser-failed',
      );
    }
  }, 120_000);
});
