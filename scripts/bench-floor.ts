/**
 * Why `display link-aggregation summary` cannot meet the "≤ 5× a line split" budget in Node on
 * this machine (`npm run bench:floor`). Its 10 MB bench input is 125k short table rows, and the
 * split runs at ~3 GB/s. Timed against that split, over the same text:
 * - read: one JavaScript loop reading every character once, doing nothing else;
 * - records: no parsing at all - each row's cells cut at the fixed columns the generator writes,
 *   made into the record the output contract fixes (LagGroup + the summary fields, with its
 *   fieldLines and empty port lists), and kept, as a result must be;
 * - parse: the real parser.
 * Either of the first two alone is above 5×, so no parser of this output can be within it.
 */
import { generateSummary } from '../src/domain/parsers/link-aggregation/bench';
import { parseLinkAggregation } from '../src/domain/parsers/link-aggregation/parse-link-aggregation';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function median(fn: () => unknown): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    gc();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[3] ?? Infinity;
}

const text = generateSummary(10e6);
const HEADER_LINES = 9; // legend, blank, two header lines and the dashes (see generateSummary)

function recordsOnly(): unknown[] {
  const out: unknown[] = [];
  let pos = 0;
  let no = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    no++;
    if (no > HEADER_LINES) {
      const dynamic = text.charCodeAt(pos + 11) === 68; // D
      out.push({
        name: text.slice(pos, text.indexOf(' ', pos)),
        mode: dynamic ? 'dynamic' : 'static',
        systemId: dynamic ? '0x8000, 74b3-5502-0300' : null,
        loadSharing: text.slice(nl - 4, nl),
        localPorts: [],
        remotePorts: [],
        line: no,
        fieldLines: dynamic
          ? { name: no, mode: no, systemId: 5, loadSharing: no }
          : { name: no, mode: no, loadSharing: no },
        source: 'summary',
        partnerId: text.slice(pos + 17, text.indexOf('  ', pos + 17)),
        selectedPorts: text.charCodeAt(pos + 41) - 48,
        unselectedPorts: text.charCodeAt(pos + 51) - 48,
        individualPorts: text.charCodeAt(pos + 63) - 48,
      });
    }
    pos = nl + 1;
  }
  return out;
}

const split = median(() => {
  let n = 0;
  for (const line of text.split('\n')) n += line.length;
  return n;
});
const read = median(() => {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
  return n;
});
const records = median(recordsOnly);
const parse = median(() => parseLinkAggregation(text));
const row = (name: string, ms: number) =>
  console.log(
    `${name.padEnd(8)} ${ms.toFixed(1).padStart(6)} ms  ${(ms / split).toFixed(1).padStart(5)}× split`,
  );
console.log(
  `link-aggregation summary, ${(text.length / 1e6).toFixed(1)} MB, ${recordsOnly().length} rows`,
);
row('split', split);
row('read', read);
row('records', records);
row('parse', parse);
