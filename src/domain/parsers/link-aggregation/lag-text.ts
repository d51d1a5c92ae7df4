/**
 * Allocation-free readers for the link-aggregation parser's hot paths (every row of a 10 MB
 * paste): table cells cut into one reused buffer, flag sets and values read by index. Each gives
 * exactly the result of the plain `split` / `slice` / `trim` code it replaces.
 */
import { digitsAt, hasAt, isDigit, isInk } from '../shared/fast-text';

/**
 * Cell boundaries of the table line being read. One buffer is reused from line to line (a row is
 * read completely before the next line is cut), so a large table allocates no per-line arrays
 * and a cell becomes a string only when it is kept.
 */
interface Cells {
  line: string;
  count: number;
  start: number[];
  end: number[];
  /** A cell is exactly `--` (every legend line has one). */
  dashCell: boolean;
  /** `line.includes(': ') || line.endsWith(':')`: a cell ends with a colon before a blank or the end. */
  colonEnd: boolean;
}

export const cells: Cells = {
  line: '',
  count: 0,
  start: [],
  end: [],
  dashCell: false,
  colonEnd: false,
};

/** Cuts `t` into cells at runs of blanks and control characters, reading each character once. */
export function cutCells(t: string): void {
  const { start, end } = cells;
  const n = t.length;
  let k = 0;
  let dashCell = false;
  let colonEnd = false;
  let i = 0;
  // `c` is the character at `i` (0 past the end, which reads as a blank).
  let c = n > 0 ? t.charCodeAt(0) : 0;
  while (i < n) {
    if (c <= 32) {
      c = ++i < n ? t.charCodeAt(i) : 0;
      continue;
    }
    const s = i;
    let last = c;
    do {
      last = c;
      c = ++i < n ? t.charCodeAt(i) : 0;
    } while (c > 32);
    start[k] = s;
    end[k] = i;
    k++;
    if (last === 45 && i - s === 2 && t.charCodeAt(s) === 45) dashCell = true;
    // A colon is ink, so it can only be followed by a blank or the end at a cell's end.
    if (last === 58 && (i === n || c === 32)) colonEnd = true;
  }
  cells.line = t;
  cells.count = k;
  cells.dashCell = dashCell;
  cells.colonEnd = colonEnd;
}

/** Text of cell `i`; undefined past the last cell (the buffer may hold an older, longer line). */
export function cellText(i: number): string | undefined {
  if (i < 0 || i >= cells.count) return undefined;
  return cells.line.slice(cells.start[i] ?? 0, cells.end[i] ?? 0);
}

/** `cellText(i) === word` without making the string. */
export function cellIs(i: number, word: string): boolean {
  if (i < 0 || i >= cells.count) return false;
  const s = cells.start[i] ?? 0;
  if ((cells.end[i] ?? 0) - s !== word.length) return false;
  return hasAt(cells.line, word, s);
}

/** `toInt(cellText(i) ?? '')` without making the string for a plain digit cell. */
export function cellInt(i: number): number | null {
  if (i < 0 || i >= cells.count) return null;
  const t = cells.line;
  const s = cells.start[i] ?? 0;
  const e = cells.end[i] ?? 0;
  // A cell that could start or end with Unicode whitespace takes the trimming path.
  if (!isInk(t.charCodeAt(s)) || !isInk(t.charCodeAt(e - 1))) return toInt(t.slice(s, e));
  return digitsAt(t, s, e);
}

/**
 * Flag sets as printed are ascending letters A-H (`ACDEF`): the same 256 strings on every row,
 * kept once each instead of one copy per port (fewer surviving objects for the collector).
 */
const FLAG_SETS: string[] = [];
for (let mask = 0; mask < 256; mask++) {
  let s = '';
  for (let b = 0; b < 8; b++) if (mask & (1 << b)) s += String.fromCharCode(65 + b);
  FLAG_SETS.push(s);
}

/** `braces(t.slice(from, to))`, without making strings when the braces hold ascending A-H. */
export function flagsAt(t: string, from: number, to: number): string | null {
  if (t.charCodeAt(from) === 123) {
    let mask = 0;
    let last = 64;
    for (let i = from + 1; i < to; i++) {
      const c = t.charCodeAt(i);
      if (c === 125) return FLAG_SETS[mask] ?? null;
      if (c <= last || c > 72) break;
      mask |= 1 << (c - 65);
      last = c;
    }
  }
  return braces(t.slice(from, to));
}

/** `{ACDEF}` → `ACDEF`; text without braces kept trimmed. */
function braces(v: string): string | null {
  const s = v.trim();
  if (s === '') return null;
  if (s.startsWith('{')) {
    const close = s.indexOf('}');
    return (close < 0 ? s.slice(1) : s.slice(1, close)).trim();
  }
  return s;
}

/** Where `t.slice(colon + 1).trim()` starts when no trimming is needed (`Oper-Key: 2`), else -1. */
function plainValueAt(t: string, colon: number): number {
  const n = t.length;
  return colon + 2 < n &&
    t.charCodeAt(colon + 1) === 32 &&
    isInk(t.charCodeAt(colon + 2)) &&
    isInk(t.charCodeAt(n - 1))
    ? colon + 2
    : -1;
}

/** `t.slice(colon + 1).trim()`; `Oper-Key: 2` has exactly one blank after the colon. */
export function valueAfter(t: string, colon: number): string {
  const at = plainValueAt(t, colon);
  return at >= 0 ? t.slice(at) : t.slice(colon + 1).trim();
}

/** `toInt(valueAfter(t, colon))` without making the string. */
export function intAfter(t: string, colon: number): number | null {
  const at = plainValueAt(t, colon);
  return at >= 0 ? digitsAt(t, at, t.length) : toInt(t.slice(colon + 1).trim());
}

/** `braces(valueAfter(t, colon))` without making strings for a plain flag set. */
export function flagsAfter(t: string, colon: number): string | null {
  const at = plainValueAt(t, colon);
  return at >= 0 ? flagsAt(t, at, t.length) : braces(t.slice(colon + 1).trim());
}

function toInt(v: string): number | null {
  // Cells and values arrive trimmed; only call trim() when an end could be whitespace.
  const s = isInk(v.charCodeAt(0)) && isInk(v.charCodeAt(v.length - 1)) ? v : v.trim();
  return digitsAt(s, 0, s.length);
}

/** Longest digit run read as a number: exact below 2^53. */
const MAX_DIGITS = 15;
/** Prefixes followed at once; a paste with more kinds of name takes the lookup path. */
const MAX_PREFIXES = 8;

/**
 * Names seen as `<prefix><number>` (`BAGG12`, `RAGG3`): per prefix, the largest number recorded
 * since the last reset. A name whose number is above that is new among them without a lookup,
 * which is how a summary table lists its aggregates (numbers rising, per type or overall).
 */
export class RisingNames {
  private prefixes: string[] = [];
  private max: number[] = [];

  /** True, and recorded, when `name` is `<prefix><n>` with `n` above every recorded one of its prefix. */
  rises(name: string): boolean {
    const e = name.length;
    let d = e;
    while (d > 0 && isDigit(name.charCodeAt(d - 1))) d--;
    // No leading zero: then the number gives back the digits, and names differ when numbers do.
    if (d === 0 || d === e || e - d > MAX_DIGITS || (name.charCodeAt(d) === 48 && e - d > 1))
      return false;
    const n = digitsAt(name, d, e);
    if (n === null) return false;
    const prefixes = this.prefixes;
    for (let p = 0; p < prefixes.length; p++) {
      const prefix = prefixes[p] ?? '';
      if (prefix.length === d && hasAt(name, prefix, 0)) {
        if (n <= (this.max[p] ?? Infinity)) return false;
        this.max[p] = n;
        return true;
      }
    }
    if (prefixes.length >= MAX_PREFIXES) return false;
    prefixes.push(name.slice(0, d));
    this.max.push(n);
    return true;
  }

  reset(): void {
    this.prefixes = [];
    this.max = [];
  }
}

/** `tok` is an abbreviation of `word` at least `min` characters long (Comware accepts any unambiguous prefix). */
function keyword(tok: string | undefined, word: string, min: number): boolean {
  return (
    tok !== undefined && tok.length >= min && tok.length <= word.length && word.startsWith(tok)
  );
}

const AGGREGATE_TYPES: readonly [string, string][] = [
  ['bridge-aggregation', 'Bridge-Aggregation'],
  ['route-aggregation', 'Route-Aggregation'],
];

/**
 * The one aggregate an echoed `display link-aggregation verbose <type> <n>` asks for, spelt as
 * verbose prints it in `Aggregate Interface:` (`route-agg 1`, `Route-Aggregation1` →
 * `Route-Aggregation1`); null for any other command, or one that lists several groups.
 */
export function aggregateOfEcho(command: string): string | null {
  const bar = command.indexOf('|');
  const toks = (bar >= 0 ? command.slice(0, bar) : command).trim().toLowerCase().split(/\s+/);
  if (!keyword(toks[0], 'display', 3) || !keyword(toks[1], 'link-aggregation', 4)) return null;
  if (!keyword(toks[2], 'verbose', 3)) return null;
  const m = /^([a-z-]+?)(\d+)?$/.exec(toks[3] ?? '');
  if (m === null) return null;
  const number = m[2] ?? toks[4];
  const rest = m[2] === undefined ? 5 : 4;
  if (number === undefined || !/^\d{1,5}$/.test(number) || toks.length > rest) return null;
  for (const [word, printed] of AGGREGATE_TYPES)
    if (keyword(m[1], word, 3)) return `${printed}${Number(number)}`;
  return null;
}
