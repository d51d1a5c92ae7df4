/**
 * Parse-speed budget (DESIGN.md "Budgets"): every parser ≥ 50 MB/s in Node. The ratio to a bare
 * `text.split('\n')` over the same text is printed for context only (the old "≤ 5× a line split"
 * budget is retired). Each parser folder's bench.ts generates ≥ 10 MB of realistic output;
 * detectCommand runs on the same inputs. Exits 1 when a budget is missed.
 * `npm run bench -- <word>...` times only the cases whose `suite/name` contains one of the words.
 */
import { benchCases as arp } from '../src/domain/parsers/arp/bench';
import { benchCases as interfaceConfig } from '../src/domain/parsers/interface-config/bench';
import { benchCases as interfaceStatus } from '../src/domain/parsers/interface-status/bench';
import { benchCases as linkAggregation } from '../src/domain/parsers/link-aggregation/bench';
import { benchCases as lldp } from '../src/domain/parsers/lldp/bench';
import { benchCases as logbuffer } from '../src/domain/parsers/logbuffer/bench';
import { benchCases as ping } from '../src/domain/parsers/ping/bench';
import { benchCases as probeTemplate } from '../src/domain/parsers/probe-template/bench';
import { benchCases as reth } from '../src/domain/parsers/reth/bench';
import { benchCases as serverFarm } from '../src/domain/parsers/server-farm/bench';
import { benchCases as session } from '../src/domain/parsers/session/bench';
import { detectCommand } from '../src/domain/parsers/detect/detect-command';
import { scanPaste } from '../src/domain/parsers/shared/normalise';

interface BenchCase {
  name: string;
  generate: (targetBytes: number) => string;
  parse: (text: string) => unknown;
}

const TARGET = 10e6;
const RUNS = 5;
const MIN_MBPS = 50;

const suites: [string, readonly BenchCase[]][] = [
  ['server-farm', serverFarm],
  ['ping', ping],
  ['session', session],
  ['reth', reth],
  ['link-aggregation', linkAggregation],
  ['interface-config', interfaceConfig],
  ['lldp', lldp],
  ['arp', arp],
  ['interface-status', interfaceStatus],
  ['logbuffer', logbuffer],
  ['probe-template', probeTemplate],
];

let sink = 0;
// With --expose-gc, collect before each timed run so one run's garbage is not billed to the next.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function median(fn: () => unknown): number {
  fn(); // warm-up: let the JIT see the code before timing it
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const t0 = performance.now();
    const r = fn();
    times.push(performance.now() - t0);
    sink += r === null ? 0 : 1;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Infinity;
}

const rows: string[][] = [
  [
    'case',
    'MB',
    'parse MB/s',
    'split MB/s',
    'ratio',
    'clean ratio',
    'read ratio',
    'detect MB/s',
    'detected',
    '',
  ],
];
// `npm run bench -- session reth` times only the cases whose name contains one of the words.
const only = process.argv.slice(2).map((w) => w.toLowerCase());
let failed = false;
for (const [suite, cases] of suites) {
  for (const c of cases) {
    const id = `${suite}/${c.name}`.toLowerCase();
    if (only.length > 0 && !only.some((w) => id.includes(w))) continue;
    const text = c.generate(TARGET);
    const mb = Buffer.byteLength(text, 'utf8') / 1e6;
    const parseMs = median(() => c.parse(text));
    // The baseline is a bare line-split pass: split into lines and visit each once.
    const splitMs = median(() => {
      let n = 0;
      for (const line of text.split('\n')) n += line.length;
      return n;
    });
    // Context, not a budget: the shared terminal clean-up every parser starts with (prompts, pager,
    // syslog, trailing blanks), with nothing done per line, against the same split.
    const cleanMs = median(() => {
      let n = 0;
      scanPaste(text, (no) => {
        n += no;
      });
      return n;
    });
    // Context too: one JavaScript loop that reads every character once and does nothing else. A
    // parser that looks at each character cannot be faster than this.
    const readMs = median(() => {
      let n = 0;
      for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
      return n;
    });
    const detectMs = median(() => detectCommand(text));
    const parseRate = mb / (parseMs / 1000);
    const ratio = parseMs / splitMs;
    const problems: string[] = [];
    if (mb < 10) problems.push(`input < 10 MB`);
    if (parseRate < MIN_MBPS) problems.push(`< ${MIN_MBPS} MB/s`);
    if (problems.length > 0) failed = true;
    rows.push([
      `${suite}/${c.name}`,
      mb.toFixed(1),
      parseRate.toFixed(0),
      (mb / (splitMs / 1000)).toFixed(0),
      ratio.toFixed(2),
      (cleanMs / splitMs).toFixed(2),
      (readMs / splitMs).toFixed(2),
      (mb / (detectMs / 1000)).toFixed(0),
      detectCommand(text).command,
      problems.length ? `FAIL: ${problems.join(', ')}` : 'ok',
    ]);
  }
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows)
  console.log(
    r
      .map((cell, i) =>
        i === 0 || i >= 8 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  '),
  );
if (sink < 0) console.log(sink);
if (failed) {
  console.error(`\nparse budget missed (≥ ${MIN_MBPS} MB/s on ≥ 10 MB)`);
  process.exitCode = 1;
}
