/**
 * Hot-path readers for the lines a long ping paste is made of (replies, summaries, round-trip
 * times, echoed commands). Each reads the layout Comware prints by index and answers exactly what
 * parse-ping's regex would; for anything unusual it answers "undecided" and the caller runs the
 * regex itself, so odd lines are read exactly as before.
 */
import { digitsAt, isInk } from '../shared/fast-text';

/**
 * `s.startsWith(lit, pos)`, faster: V8's startsWith compares character by character in generic
 * code, indexOf with native code; the first-character test keeps indexOf from searching on.
 */
export function hasAt(s: string, lit: string, pos: number): boolean {
  return s.charCodeAt(pos) === lit.charCodeAt(0) && s.indexOf(lit, pos) === pos;
}

/** A fast reader could not decide: run the regex. */
export const UNDECIDED = -1;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the run of ASCII digits starting at `from`. */
function digitsEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * `Number(s.slice(from, to))` when it is `123` or `1.25` (at most 15 digits), else NaN. Both parts
 * are exact integers below 2^53, so the division rounds the decimal exactly as `Number()` does.
 */
function decimalAt(s: string, from: number, to: number): number {
  const dot = s.indexOf('.', from);
  if (dot < 0 || dot >= to) return to - from <= 15 ? (digitsAt(s, from, to) ?? NaN) : NaN;
  if (to - from > 16 || dot === from || dot === to - 1) return NaN;
  const whole = digitsAt(s, from, dot);
  const part = digitsAt(s, dot + 1, to);
  if (whole === null || part === null) return NaN;
  // `100.0` is 100 as Number() gives it: a small integer, not a boxed double.
  if (part === 0) return whole;
  const scale = POW10[to - dot - 1] as number;
  return (whole * scale + part) / scale;
}

/**
 * `/^\d+ bytes from ([^\s,]+?)[:,] icmp_seq=\d+ (?:ttl|hlim)=\d+/` on a line starting with a digit:
 * the end of the address (it starts at `replyAddressStart`), 0 when the line does not match, or
 * UNDECIDED. The address cannot hold a blank, so only the `:`/`,` before the first blank or comma
 * can end it.
 */
export function replyAt(s: string): number {
  const from = replyAddressStart(s);
  if (from < 0) return 0;
  let p = from;
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (c === 44 || c === 32) break;
    if (!isInk(c)) return UNDECIDED;
    p++;
  }
  if (p === s.length) return 0;
  const end = s.charCodeAt(p) === 44 ? p : p - 1;
  if (end <= from || (end === p - 1 && s.charCodeAt(end) !== 58)) return 0;
  let i = end + 1;
  if (!hasAt(s, ' icmp_seq=', i)) return 0;
  i = digitsEnd(s, i + 10);
  if (i === end + 11 || s.charCodeAt(i) !== 32) return 0;
  i++;
  if (hasAt(s, 'ttl=', i)) i += 4;
  else if (hasAt(s, 'hlim=', i)) i += 5;
  else return 0;
  return isDigit(s.charCodeAt(i)) ? end : 0;
}

/** Where the address of a `56 bytes from ADDR...` line starts, or -1. */
export function replyAddressStart(s: string): number {
  const i = digitsEnd(s, 0);
  return i > 0 && hasAt(s, ' bytes from ', i) ? i + 12 : -1;
}

/** What a summary line sets on a run. */
export interface Counts {
  transmitted: number | null;
  received: number | null;
  lossPercent: number | null;
}

/**
 * `/^(\d+) packet\(s\) transmitted, (\d+) packet\(s\) received, (\d+(?:\.\d+)?)% packet loss/`:
 * 1 with the three numbers set on `into`, 0 when the line does not match, or UNDECIDED (nothing set).
 */
export function summaryAt(s: string, into: Counts): number {
  let i = digitsEnd(s, 0);
  const sent = i;
  if (sent === 0 || !hasAt(s, ' packet(s) transmitted, ', i)) return 0;
  const from2 = i + 24;
  i = digitsEnd(s, from2);
  const got = i;
  if (i === from2 || !hasAt(s, ' packet(s) received, ', i)) return 0;
  const from3 = i + 21;
  i = digitsEnd(s, from3);
  if (i === from3) return 0;
  if (s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1))) i = digitsEnd(s, i + 1);
  if (!hasAt(s, '% packet loss', i)) return 0;
  const transmitted = digitsAt(s, 0, sent);
  const received = digitsAt(s, from2, got);
  const loss = decimalAt(s, from3, i);
  if (transmitted === null || received === null || Number.isNaN(loss)) return UNDECIDED;
  into.transmitted = transmitted;
  into.received = received;
  into.lossPercent = loss;
  return 1;
}

/** End of the `[\d.]+` run starting at `from`. */
function decimalEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && (isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 46)) i++;
  return i;
}

export interface RoundTrip {
  min: number;
  avg: number;
  max: number;
  stdDev: number | null;
}

/**
 * `round-trip min/avg/max[/std-dev|/stddev] = a/b/c[/d] ms` with plain decimals, or null for
 * anything else (the regex then decides).
 */
export function roundTripAt(s: string): RoundTrip | null {
  if (!hasAt(s, 'round-trip min/avg/max', 0)) return null;
  let i = 22;
  if (hasAt(s, '/std-dev', i)) i += 8;
  else if (hasAt(s, '/stddev', i)) i += 7;
  if (!hasAt(s, ' = ', i)) return null;
  const e1 = decimalEnd(s, i + 3);
  const min = decimalAt(s, i + 3, e1);
  if (Number.isNaN(min) || s.charCodeAt(e1) !== 47) return null;
  const e2 = decimalEnd(s, e1 + 1);
  const avg = decimalAt(s, e1 + 1, e2);
  if (Number.isNaN(avg) || s.charCodeAt(e2) !== 47) return null;
  let end = decimalEnd(s, e2 + 1);
  const max = decimalAt(s, e2 + 1, end);
  if (Number.isNaN(max)) return null;
  let stdDev: number | null = null;
  if (s.charCodeAt(end) === 47) {
    const e4 = decimalEnd(s, end + 1);
    stdDev = decimalAt(s, end + 1, e4);
    if (Number.isNaN(stdDev)) return null;
    end = e4;
  }
  return end + 3 === s.length && hasAt(s, ' ms', end) ? { min, avg, max, stdDev } : null;
}

/** `vpnOfCommand` could not decide. */
export const UNDECIDED_TEXT = Symbol('undecided');

/** ASCII-lower-case `s[from, to)` equals `lower`. */
function isLowerWord(s: string, from: number, to: number, lower: string): boolean {
  if (to - from !== lower.length) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i - from)) return false;
  }
  return true;
}

/**
 * `ping -vpn-instance HLW -c 10 10.197.44.200` → `HLW` for a command of printable ASCII words
 * between single or repeated blanks; UNDECIDED_TEXT for any other command.
 */
export function vpnOfCommand(cmd: string): string | null | typeof UNDECIDED_TEXT {
  const n = cmd.length;
  if (n === 0 || cmd.charCodeAt(0) === 32 || cmd.charCodeAt(n - 1) === 32) return UNDECIDED_TEXT;
  for (let i = 0; i < n; i++) {
    const c = cmd.charCodeAt(i);
    if (c !== 32 && !isInk(c)) return UNDECIDED_TEXT;
  }
  let end = cmd.indexOf(' ');
  if (end < 0) end = n;
  if (!isLowerWord(cmd, 0, end, 'ping')) return null;
  let found = false;
  let pos = end;
  while (pos < n) {
    while (cmd.charCodeAt(pos) === 32) pos++;
    end = cmd.indexOf(' ', pos);
    if (end < 0) end = n;
    if (found) return cmd.slice(pos, end);
    found = isLowerWord(cmd, pos, end, '-vpn-instance');
    pos = end;
  }
  return null;
}
