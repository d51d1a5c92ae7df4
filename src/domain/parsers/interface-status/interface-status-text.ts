/**
 * Value readers for `display interface`: the rate lines, the comma-separated counter lists and the
 * `Last link flapping` duration. Each takes the text after a line's label and says null when the
 * text is not of its shape, so the caller can report the line instead of guessing.
 */
import { hasAt, isDigit, unsignedAt } from '../shared/fast-text';
import type { InterfaceRate } from '../parsed-types';

/** `s[from, to)` as a rate: `3143`, `42.74` (routers print fractions), `-` (not counted: null). */
function rateAt(s: string, from: number, to: number): number | null | undefined {
  if (to - from === 1 && s.charCodeAt(from) === 45) return null;
  let dot = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && dot < 0 && i > from && i < to - 1) dot = i;
    else if (!isDigit(c)) return undefined;
  }
  if (to === from) return undefined;
  if (dot < 0) return unsignedAt(s, from, to) ?? undefined;
  return Number(s.slice(from, to));
}

function isRateSeparator(c: number): boolean {
  return c === 32 || c === 44;
}

/** `s[from, to)` is `N%`, `N.N%` or `-%`: the load figure, which the wizard does not use. */
function isPercentAt(s: string, from: number, to: number): boolean {
  if (to - from < 2 || s.charCodeAt(to - 1) !== 37) return false;
  if (to - from === 2 && s.charCodeAt(from) === 45) return true;
  return rateAt(s, from, to - 1) !== undefined;
}

/**
 * The values of a rate line from `from` on (after `Last 300 seconds input[ rate][:]`), in any of
 * the layouts: `3143 packets/sec 929430 bytes/sec 0%` (Comware 7 ports; `-%` or no percentage on
 * some), `7 bytes/sec, 56 bits/sec, 0 packets/sec` (Vlan-interface, loopback, routers; fractions
 * too), `0 packets/sec, 0 bytes/sec` (IPv4/IPv6 statistics), `0 bytes/sec, 0 packets/sec`
 * (Comware 5 tunnel). Undefined when the text is not a list of rates. Read in place: two of these
 * lines come with every port of a 10 MB paste.
 */
export function readRate(s: string, from: number): InterfaceRate | undefined {
  const n = s.length;
  let pps: number | null = null;
  let bps: number | null = null;
  let any = false;
  let i = from;
  for (;;) {
    while (i < n && isRateSeparator(s.charCodeAt(i))) i++;
    if (i >= n) break;
    let end = i;
    while (end < n && !isRateSeparator(s.charCodeAt(end))) end++;
    if (isPercentAt(s, i, end)) {
      i = end;
      continue;
    }
    const v = rateAt(s, i, end);
    if (v === undefined) return undefined;
    i = end;
    while (i < n && s.charCodeAt(i) === 32) i++;
    if (hasAt(s, 'packets/sec', i)) {
      pps = v;
      i += 11;
    } else if (hasAt(s, 'bytes/sec', i)) {
      bps = v;
      i += 9;
    } else if (hasAt(s, 'bits/sec', i)) i += 8;
    else return undefined;
    if (i < n && !isRateSeparator(s.charCodeAt(i))) return undefined;
    any = true;
  }
  return any ? { packetsPerSecond: pps, bytesPerSecond: bps } : undefined;
}

/** What a counter item's label says, for the counters the wizard reads; OTHER for the rest. */
export const OTHER = 0;
export const PACKETS = 1;
export const PACKETS_INPUT = 2;
export const PACKETS_OUTPUT = 3;
export const INPUT_ERRORS = 4;
export const OUTPUT_ERRORS = 5;
export const ERRORS = 6;
export const CRC = 7;

function labelAt(s: string, a: number, b: number): number {
  switch (b - a) {
    case 3:
      return hasAt(s, 'CRC', a) || hasAt(s, 'crc', a) ? CRC : OTHER;
    case 6:
      return hasAt(s, 'errors', a) ? ERRORS : OTHER;
    case 7:
      return hasAt(s, 'packets', a) ? PACKETS : OTHER;
    case 11:
      return hasAt(s, 'input error', a) ? INPUT_ERRORS : OTHER;
    case 12:
      if (hasAt(s, 'input errors', a)) return INPUT_ERRORS;
      return hasAt(s, 'output error', a) ? OUTPUT_ERRORS : OTHER;
    case 13:
      if (hasAt(s, 'packets input', a)) return PACKETS_INPUT;
      return hasAt(s, 'output errors', a) ? OUTPUT_ERRORS : OTHER;
    case 14:
      return hasAt(s, 'packets output', a) ? PACKETS_OUTPUT : OTHER;
    default:
      return OTHER;
  }
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The items `scanCounters` read: label (PACKETS, CRC, ...) and value (NaN for `-`). */
export const counterLabels = new Int32Array(32);
export const counterValues = new Float64Array(32);

/**
 * Reads the counter list `s[from..]`: `0 CRC, 0 frame, - overruns, 0 aborts` (also `- frame,-
 * overruns` without blanks, and a trailing comma). Each item is `<digits|-> <label>`, the label
 * letters and blanks. Fills `counterLabels`/`counterValues` and returns how many items there are;
 * -1 when an item is not a counter (or a line has more than 32). No strings are made: a port prints
 * a dozen of these lines.
 */
export function scanCounters(s: string, from: number): number {
  const n = s.length;
  let i = from;
  let items = 0;
  for (;;) {
    while (i < n && s.charCodeAt(i) === 32) i++;
    if (i >= n) return items > 0 ? items : -1;
    if (items === 32) return -1;
    // Value.
    let value = NaN;
    const v0 = i;
    if (s.charCodeAt(i) === 45) i++;
    else {
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      if (i === v0) return -1;
      value = unsignedAt(s, v0, i) ?? Number(s.slice(v0, i));
    }
    while (i < n && s.charCodeAt(i) === 32) i++;
    // Label: a letter, then letters and blanks, up to a comma or the end.
    const a = i;
    if (i >= n || !isAsciiLetterCode(s.charCodeAt(i))) return -1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 44) break;
      if (c !== 32 && !isAsciiLetterCode(c)) return -1;
      i++;
    }
    let b = i;
    while (s.charCodeAt(b - 1) === 32) b--;
    counterLabels[items] = labelAt(s, a, b);
    counterValues[items] = value;
    items++;
    if (i < n) i++; // the comma
  }
}

/** Seconds in the unit word `s[a, b)` (`week(s)` ... `second(s)`); 0 for any other word. */
function unitSeconds(s: string, a: number, b: number): number {
  const len = b - a - (s.charCodeAt(b - 1) === 115 /* s */ ? 1 : 0);
  if (len === 4 && hasAt(s, 'week', a)) return 604800;
  if (len === 3 && hasAt(s, 'day', a)) return 86400;
  if (len === 4 && hasAt(s, 'hour', a)) return 3600;
  if (len === 6 && hasAt(s, 'minute', a)) return 60;
  if (len === 6 && hasAt(s, 'second', a)) return 1;
  return 0;
}

/**
 * `6 hours 39 minutes 14 seconds`, `45 weeks 2 days 4 hours 17 minutes` → seconds; null for
 * `Never` and anything else (the caller tells the two apart).
 */
export function durationSeconds(value: string): number | null {
  const n = value.length;
  let i = 0;
  let total = 0;
  let pairs = 0;
  for (;;) {
    while (i < n && value.charCodeAt(i) === 32) i++;
    if (i >= n) return pairs > 0 ? total : null;
    const d0 = i;
    while (i < n && isDigit(value.charCodeAt(i))) i++;
    const count = unsignedAt(value, d0, i);
    if (count === null || value.charCodeAt(i) !== 32) return null;
    while (i < n && value.charCodeAt(i) === 32) i++;
    const w0 = i;
    while (i < n && value.charCodeAt(i) !== 32) i++;
    const unit = unitSeconds(value, w0, i);
    if (unit === 0) return null;
    total += count * unit;
    pairs++;
  }
}

// `2022-12-04 09:59:42 EEST+03:00:00`, `2025-02-04 10:02:52`
const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(.*)$/;

/**
 * Seconds from `earlier` to `later`, two stamps as `Current system time` and `Last time when
 * physical state changed` print them; null unless both are of that form with the same zone text
 * (the device prints both in its own zone, so the zone cancels out).
 */
export function secondsBetween(earlier: string, later: string): number | null {
  const a = STAMP.exec(earlier);
  const b = STAMP.exec(later);
  if (a === null || b === null || a[7] !== b[7]) return null;
  const t = (m: RegExpExecArray) =>
    Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
    );
  const d = (t(b) - t(a)) / 1000;
  return Number.isFinite(d) && d >= 0 ? d : null;
}

/** True for a stamp `secondsBetween` can read (so two stamps can be ordered as text). */
export function isStamp(s: string): boolean {
  return STAMP.test(s);
}
