/**
 * Times every parser, detection and splitting on single huge lines of one repeated unit (issue #15):
 * a regex whose cost or backtracking stack grows with the line shows up as a throw or as time out
 * of proportion with the size. Prints one row per unit and one column per reader (ms), `THROW` for
 * an exception.
 *
 *   npx tsx scripts/hostile-lines.ts [--mb 20] [unit-name ...] [--only reader-name ...]
 */
import {
  hostileLine,
  hostileTargets,
  hostileUnits,
} from '../src/domain/parsers/shared/testing/hostile-lines';

const args = process.argv.slice(2);
let mb = 20;
const units: string[] = [];
const only: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] ?? '';
  if (a === '--mb') mb = Number(args[++i]);
  else if (a === '--only') only.push(String(args[++i]).toLowerCase());
  else units.push(a);
}
if (!(mb > 0)) throw new Error('--mb wants a positive number of millions of characters');

const targets = hostileTargets().filter(
  (t) => only.length === 0 || only.some((o) => t.name.toLowerCase().includes(o)),
);
const chosen = hostileUnits.filter((u) => units.length === 0 || units.includes(u.name));
const header = ['unit', ...targets.map((t) => t.name.replace(/^parse/, ''))];
const rows: string[][] = [header];
let worst = 0;
let threw = false;
console.log(`${mb} M characters per line, ${targets.length} readers, ${chosen.length} units\n`);
for (const u of chosen) {
  const line = hostileLine(u.unit, Math.round(mb * 1e6));
  const row = [u.name];
  for (const t of targets) {
    const t0 = performance.now();
    try {
      t.run(line);
      const ms = performance.now() - t0;
      worst = Math.max(worst, ms);
      row.push(ms.toFixed(0));
    } catch (e) {
      threw = true;
      row.push('THROW');
      console.error(`${u.name} / ${t.name}: ${String(e)}`);
    }
  }
  rows.push(row);
  console.log(row.join('\t'));
}
const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
console.log(
  '\n' + rows.map((r) => r.map((c, i) => c.padStart(widths[i] ?? 0)).join(' ')).join('\n'),
);
console.log(`\nslowest: ${worst.toFixed(0)} ms`);
if (threw) process.exitCode = 1;
