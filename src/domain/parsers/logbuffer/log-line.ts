/**
 * Reads the head of one Comware log line: `%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN:
 * -Slot=2; Physical state ...`. A hand-written scanner, not a regex: it runs on every line of a
 * 10 MB log buffer and cuts each part out once. The forms it takes are listed in parse-logbuffer.ts.
 */
import { isDigit } from '../shared/fast-text';

export interface LogHead {
  /** `%` log, `*` debug, `#` trap (Comware 5), or none (log host copies, pastes from a server). */
  mark: '%' | '*' | '#' | null;
  /** Time stamp as printed, inner spaces kept (`Dec  4 03:12:55:123 2026`); '' when there is none. */
  time: string;
  /** Epoch ms reading the device clock as UTC; null for boot-relative, year-less or impossible times. */
  at: number | null;
  /** The time stamp names a date that cannot exist (month day 31 of a 30-day month, hour 25). */
  badTime: boolean;
  host: string;
  module: string;
  level: number;
  mnemonic: string | null;
  /** `-Slot=2`, `-MDC=1`, `-VD=1`: where on the device the message came from; null when none. */
  location: string | null;
  message: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month names as numbers, so a time stamp's month is found without cutting a string. */
const MONTH_KEYS = MONTHS.map((m) => three(m, 0));
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function three(s: string, at: number): number {
  return (s.charCodeAt(at) << 16) | (s.charCodeAt(at + 1) << 8) | s.charCodeAt(at + 2);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLetter(c: number): boolean {
  return isUpper(c) || (c >= 97 && c <= 122);
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Digits at `s[i..]`, at most `max` of them; returns the end index (i when none). */
function digitsEnd(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && isDigit(s.charCodeAt(j))) j++;
  return j;
}

function num(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

// The time stamp just read: where it ends and the moment it names. Module state instead of a
// returned object: this runs for every line of a 10 MB paste, and an object per line is GC work.
let stampEnd = 0;
let stampAt: number | null = null;
let stampBad = false;
// The clock just read (`hh:mm:ss[:ms]`).
let clockEnd = 0;
let clockMs = 0;
let clockSec = 0;
// The day of the last time stamp, as a key and as epoch ms at 00:00.
let dayKey = -1;
let dayStart = 0;

/** `hh:mm:ss[:ms|.ms]` at i into clockEnd/clockSec (seconds of the day)/clockMs; false if none. */
function clock(s: string, i: number): boolean {
  const hEnd = digitsEnd(s, i, 2);
  if (hEnd === i || s.charCodeAt(hEnd) !== 58) return false;
  const mEnd = digitsEnd(s, hEnd + 1, 2);
  if (mEnd - hEnd !== 3 || s.charCodeAt(mEnd) !== 58) return false;
  const sEnd = digitsEnd(s, mEnd + 1, 2);
  if (sEnd - mEnd !== 3) return false;
  const h = num(s, i, hEnd);
  const m = num(s, hEnd + 1, mEnd);
  const sec = num(s, mEnd + 1, sEnd);
  // An impossible clock (25:61:61) is a time stamp all the same; -1 marks it for utc().
  clockSec = h > 23 || m > 59 || sec > 59 ? -1 : h * 3600 + m * 60 + sec;
  clockEnd = sEnd;
  clockMs = 0;
  const sep = s.charCodeAt(sEnd);
  if (sep === 58 || sep === 46) {
    // `:123` (Comware: the value as printed, so `:55` is 55 ms) or `.123`
    const msEnd = digitsEnd(s, sEnd + 1, 3);
    if (msEnd > sEnd + 1) {
      clockMs = num(s, sEnd + 1, msEnd);
      clockEnd = msEnd;
    }
  }
  return true;
}

/** Epoch ms of the date and the clock just read, or null when they name no real moment. */
function utc(year: number, month: number, day: number): number | null {
  if (month < 0 || month > 11 || day < 1 || clockSec < 0) return null;
  // Date.UTC would roll Feb 30 over into March; a real stamp never names such a day.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 1 && !leap ? 28 : (DAYS[month] ?? 31))) return null;
  // Consecutive lines are mostly of the same day.
  const key = (year * 12 + month) * 32 + day;
  if (key !== dayKey) {
    dayKey = key;
    dayStart = Date.UTC(year, month, day);
  }
  return dayStart + clockSec * 1000 + clockMs;
}

function monthOf(s: string, i: number): number {
  const key = three(s, i);
  for (let m = 0; m < 12; m++) if (MONTH_KEYS[m] === key) return m;
  return -1;
}

/** `Dec  4 03:12:55:123 2026`, `Jan 10 17:17:02 2020`, `Dec  8 10:12:21` (no year). */
function monthStamp(s: string, i: number): boolean {
  const month = monthOf(s, i);
  if (month < 0 || !isBlank(s.charCodeAt(i + 3))) return false;
  const d = skipBlanks(s, i + 3);
  const dEnd = digitsEnd(s, d, 2);
  if (dEnd === d || !isBlank(s.charCodeAt(dEnd))) return false;
  if (!clock(s, skipBlanks(s, dEnd))) return false;
  const cEnd = clockEnd;
  // The year follows after blanks; a 4-digit host name would look the same, so only take it
  // when something (the host) follows it.
  const y = skipBlanks(s, cEnd);
  const yEnd = digitsEnd(s, y, 4);
  if (y > cEnd && yEnd - y === 4 && isBlank(s.charCodeAt(yEnd))) {
    stampEnd = yEnd;
    stampAt = utc(num(s, y, yEnd), month, num(s, d, dEnd));
    stampBad = stampAt === null;
    return true;
  }
  stampEnd = cEnd;
  stampAt = null;
  stampBad = false;
  return true;
}

/** `2009-09-21T15:32:55`, `2018-08-27 12:21:31`, `2019-05-08T10:40:21.437+08:00`. */
function isoStamp(s: string, i: number): boolean {
  if (digitsEnd(s, i, 4) !== i + 4 || s.charCodeAt(i + 4) !== 45) return false;
  if (digitsEnd(s, i + 5, 2) !== i + 7 || s.charCodeAt(i + 7) !== 45) return false;
  if (digitsEnd(s, i + 8, 2) !== i + 10) return false;
  const t = s.charCodeAt(i + 10);
  if (t !== 84 && t !== 32) return false;
  if (!clock(s, i + 11)) return false;
  // Extra fraction digits beyond milliseconds, then the zone: printed, not applied (device clock).
  let end = digitsEnd(s, clockEnd, 6);
  const z = s.charCodeAt(end);
  if (z === 90) end++;
  else if ((z === 43 || z === 45) && digitsEnd(s, end + 1, 2) === end + 3) {
    end += 3;
    if (s.charCodeAt(end) === 58) end++;
    end = digitsEnd(s, end, 2);
  }
  stampEnd = end;
  stampAt = utc(num(s, i, i + 4), num(s, i + 5, i + 7) - 1, num(s, i + 8, i + 10));
  stampBad = stampAt === null;
  return true;
}

/** `0.21990989`: time since boot (`info-center timestamp boot`), only after a `%`/`*`/`#` mark. */
function bootStamp(s: string, i: number): boolean {
  const a = digitsEnd(s, i, 12);
  if (a === i || s.charCodeAt(a) !== 46) return false;
  const b = digitsEnd(s, a + 1, 12);
  if (b === a + 1) return false;
  stampEnd = b;
  stampAt = null;
  stampBad = false;
  return true;
}

/**
 * Hosts, modules and mnemonics repeat on nearly every line: the same few strings are handed out
 * again instead of cut anew (less memory held by 100 000 entries, less garbage).
 */
const recent: string[] = [];
const RECENT = 32;

/** Forgets the strings handed out, so no paste is kept alive by them after its parse. */
export function forgetWords(): void {
  recent.length = 0;
}

function word(s: string, from: number, to: number, last: string): string {
  const n = to - from;
  // Most lines repeat the previous line's host and module: that one is tried first.
  if (last.length === n && s.startsWith(last, from)) return last;
  const c = s.charCodeAt(from);
  for (let i = 0; i < recent.length; i++) {
    const w = recent[i] as string;
    if (w.length === n && w.charCodeAt(0) === c && s.startsWith(w, from)) return w;
  }
  const w = s.slice(from, to);
  if (recent.length < RECENT) recent.push(w);
  else recent[(from + to) % RECENT] = w;
  return w;
}

/** A LogHead to fill; readLogHead writes into one object instead of making one per line. */
export function emptyHead(): LogHead {
  return {
    mark: null,
    time: '',
    at: null,
    badTime: false,
    host: '',
    module: '',
    level: 0,
    mnemonic: null,
    location: null,
    message: '',
  };
}

/** `-Slot=2;` / `-Task=vt0-IPAddr=1.1.1.1-User=admin;` at `a`: the index of its `;`, or -1. */
function locationEnd(s: string, a: number, end: number): number {
  if (s.charCodeAt(a) !== 45 || !isLetter(s.charCodeAt(a + 1))) return -1;
  let i = a + 2;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (isLetter(c) || isDigit(c) || c === 95 || c === 46) i++;
    else break;
  }
  if (s.charCodeAt(i) !== 61) return -1;
  const semi = s.indexOf(';', i);
  if (semi < 0 || semi >= end) return -1;
  // `-EventIndex=[12-...; Configuration is changed.]`: a bracketed text, not a location.
  const bracket = s.indexOf('[', a);
  return bracket >= 0 && bracket < semi ? -1 : semi;
}

/**
 * Reads the head of a log line at `from` (after any prompt or `<PRI>`) into `h`; false when the
 * line is not one (then `h` holds rubbish). The message is everything after the first `:`
 * following `MODULE/level/`.
 */
export function readLogHead(s: string, from: number, h: LogHead): boolean {
  let i = skipBlanks(s, from);
  const c0 = s.charCodeAt(i);
  let mark: LogHead['mark'] = null;
  if ((c0 === 37 || c0 === 42 || c0 === 35) && s.charCodeAt(i + 1) !== 37) {
    mark = c0 === 37 ? '%' : c0 === 42 ? '*' : '#';
    i++;
  }
  const tStart = i;
  const c1 = s.charCodeAt(i);
  const stamped = isUpper(c1)
    ? monthStamp(s, i)
    : isDigit(c1) && (isoStamp(s, i) || (mark !== null && bootStamp(s, i)));
  if (!stamped || !isBlank(s.charCodeAt(stampEnd))) return false;
  const tEnd = stampEnd;
  // Host: one word.
  const hStart = skipBlanks(s, tEnd);
  let hEnd = hStart;
  while (hEnd < s.length && !isBlank(s.charCodeAt(hEnd))) hEnd++;
  if (hEnd === hStart) return false;
  // `%%10` (log host: vendor mark and version) before the module.
  let m = skipBlanks(s, hEnd);
  if (s.charCodeAt(m) === 37 && s.charCodeAt(m + 1) === 37) {
    const v = digitsEnd(s, m + 2, 2);
    if (v !== m + 4) return false;
    m = v;
  }
  const mStart = m;
  if (!isLetter(s.charCodeAt(m))) return false;
  while (m < s.length) {
    const c = s.charCodeAt(m);
    if (isLetter(c) || isDigit(c) || c === 95 || c === 45) m++;
    else break;
  }
  const mEnd = m;
  // `SYSLOG /7/` (a space before the slash) is printed in one vendor example.
  let slash = m;
  if (s.charCodeAt(slash) === 32) slash++;
  if (s.charCodeAt(slash) !== 47 || !isDigit(s.charCodeAt(slash + 1))) return false;
  let k = slash + 2;
  if (s.charCodeAt(k) === 47) k++;
  else if (k < s.length && !isBlank(s.charCodeAt(k)) && s.charCodeAt(k) !== 58) return false;
  // Mnemonic up to the colon; `NQA/7/ Reaction: ...` (a blank right after the slash) has none.
  let mnemonic: string | null = null;
  let msgStart: number;
  const colon = s.indexOf(':', k);
  if (isBlank(s.charCodeAt(k)) || colon < 0) {
    msgStart = k;
  } else {
    let a = k;
    let b = colon;
    while (a < b && isBlank(s.charCodeAt(a))) a++;
    while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
    // `(l)` log, `(t)` trap, `(d)` debug: the log host's type suffix.
    if (b - a > 3 && s.charCodeAt(b - 1) === 41 && s.charCodeAt(b - 3) === 40) b -= 3;
    mnemonic = b > a ? word(s, a, b, h.mnemonic ?? '') : null;
    msgStart = colon + 1;
  }
  let end = s.length;
  while (end > msgStart && isBlank(s.charCodeAt(end - 1))) end--;
  let a = skipBlanks(s, msgStart);
  let location: string | null = null;
  const semi = a < end ? locationEnd(s, a, end) : -1;
  if (semi > 0) {
    location = s.slice(a, semi);
    a = skipBlanks(s, semi + 1);
  }
  h.mark = mark;
  h.time = s.slice(tStart, tEnd);
  h.at = stampAt;
  h.badTime = stampBad;
  h.host = word(s, hStart, hEnd, h.host);
  h.module = word(s, mStart, mEnd, h.module);
  h.level = s.charCodeAt(slash + 1) - 48;
  h.mnemonic = mnemonic;
  h.location = location;
  h.message = a < end ? s.slice(a, end) : '';
  return true;
}

/** Where the log text starts: after a prompt it was printed behind, or a log host's `<189>`. */
export function logStart(s: string): number {
  const i = skipBlanks(s, 0);
  const c = s.charCodeAt(i);
  if (c !== 60 && c !== 91) return i;
  const close = s.indexOf(c === 60 ? '>' : ']', i + 1);
  return close < 0 ? i : close + 1;
}
