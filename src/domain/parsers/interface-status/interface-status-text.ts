/**
 * Value readers for `display interface`: the rate lines, the comma-separated counter lists and the
 * `Last link flapping` duration. Each takes the text after a line's label and says null when the
 * text is not of its shape, so the caller can report the line instead of guessing.
 */
import { isDigit, unsignedAt } from '../shared/fast-text';
import type { InterfaceRate } from '../parsed-types';

/** `3143`, `42.74` (Comware 7 routers print fractions) or `-` (not supported: null). */
function rateNumber(s: string): number | null | undefined {
  if (s === '-') return null;
  const n = s.length;
  if (n === 0 || !isDigit(s.charCodeAt(0)) || !isDigit(s.charCodeAt(n - 1))) return undefined;
  const dot = s.indexOf('.');
  if (dot < 0) return unsignedAt(s, 0, n) ?? undefined;
  const whole = unsignedAt(s, 0, dot);
  const frac = unsignedAt(s, dot + 1, n);
  if (whole === null || frac === null) return undefined;
  return Number(s);
}

const PERCENT = /^(?:-|\d+(?:\.\d+)?)%$/;

/**
 * The values of a rate line after `Last 300 seconds input[ rate][:]`, in any of the layouts:
 * `3143 packets/sec 929430 bytes/sec 0%` (Comware 7 ports; `-%` or no percentage on some),
 * `7 bytes/sec, 56 bits/sec, 0 packets/sec` (Vlan-interface, loopback, routers; fractions too),
 * `0 packets/sec, 0 bytes/sec` (IPv4/IPv6 statistics), `0 bytes/sec, 0 packets/sec` (Comware 5
 * tunnel). Undefined when the text is not a list of rates.
 */
export function readRate(rest: string): InterfaceRate | undefined {
  const words = rest.split(/[\s,]+/);
  let pps: number | null = null;
  let bps: number | null = null;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '') continue;
    if (PERCENT.test(w)) continue;
    const unit = words[i + 1];
    const v = rateNumber(w);
    if (v === undefined || unit === undefined) return undefined;
    if (unit === 'packets/sec') pps = v;
    else if (unit === 'bytes/sec') bps = v;
    else if (unit !== 'bits/sec') return undefined;
    any = true;
    i++;
  }
  return any ? { packetsPerSecond: pps, bytesPerSecond: bps } : undefined;
}

/** One `<number|-> <label>` item of a counter list; the value is null for `-`. */
export interface Counter {
  label: string;
  value: number | null;
}

// `0 input errors`, `- overruns`, `1350253832 packets output`; the label is letters and blanks.
const COUNTER = /^(-|\d+) *([A-Za-z](?:[A-Za-z ]*[A-Za-z])?)$/;

/**
 * `0 CRC, 0 frame, - overruns, 0 aborts` (also `- frame,- overruns` without blanks, and a
 * trailing comma) → its items; undefined when any item is not a counter.
 */
export function readCounters(rest: string): Counter[] | undefined {
  const out: Counter[] = [];
  let from = 0;
  const n = rest.length;
  while (from <= n) {
    let to = rest.indexOf(',', from);
    if (to < 0) to = n;
    const item = rest.slice(from, to).trim();
    from = to + 1;
    if (item === '') {
      // Only a trailing comma may leave an empty item (`autonegotiation, ` style ends).
      if (to === n || from >= n) continue;
      return undefined;
    }
    const m = COUNTER.exec(item);
    if (m === null) return undefined;
    const v = m[1] as string;
    out.push({
      label: m[2] as string,
      value: v === '-' ? null : (unsignedAt(v, 0, v.length) ?? Number(v)),
    });
  }
  return out.length > 0 ? out : undefined;
}

const UNIT_SECONDS: Record<string, number> = {
  week: 604800,
  weeks: 604800,
  day: 86400,
  days: 86400,
  hour: 3600,
  hours: 3600,
  minute: 60,
  minutes: 60,
  second: 1,
  seconds: 1,
};

/**
 * `6 hours 39 minutes 14 seconds`, `45 weeks 2 days 4 hours 17 minutes` → seconds; null for
 * `Never` and anything else (the caller tells the two apart).
 */
export function durationSeconds(value: string): number | null {
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length % 2 !== 0) return null;
  let total = 0;
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i] as string;
    const n = unsignedAt(w, 0, w.length);
    const unit = UNIT_SECONDS[words[i + 1] as string];
    if (n === null || unit === undefined) return null;
    total += n * unit;
  }
  return total;
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
