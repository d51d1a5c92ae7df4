/**
 * Hot-path helpers for long ping pastes. Lines themselves are matched by regexes: a regex test
 * runs in native code at well under a nanosecond a character, a JavaScript loop over the same
 * characters costs 2-3 ns each. What is done here by hand is what regexes do slowly: numbers
 * from short captures (`Number()` on `0.800` is a runtime call) and the echoed command's words.
 */
import { isDigit, isWordAt } from '../shared/fast-text';

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `Number(s)` when finite, else null, for a regex capture such as `0.800`.
 * Plain decimals of up to 15 digits are read here: digits and scale are exact integers below 2^53,
 * so the division rounds exactly as `Number()` does, and an integral value stays a small integer.
 */
export function numberOf(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > 16) return slowNumber(s);
  let whole = 0;
  let all = 0;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      all = all * 10 + (c - 48);
      if (dot < 0) whole = all;
    } else if (c === 46 && dot < 0) dot = i;
    else return slowNumber(s);
  }
  if (dot < 0) return n <= 15 ? whole : slowNumber(s);
  if (dot === 0 || dot === n - 1) return slowNumber(s);
  const scale = POW10[n - dot - 1] as number;
  return all % scale === 0 ? whole : all / scale;
}

function slowNumber(s: string): number | null {
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

// Printable ASCII and blanks only: split(/\s+/) then cuts at the blanks alone.
const ASCII_WORDS = /^[ -~]*$/;

/** What an echoed `ping` command asks for; null fields were not typed. */
export interface PingCommand {
  /** `-vpn-instance HLW` */
  vpn: string | null;
  /** `-a 10.1.1.1` */
  source: string | null;
  /** `-s 1472` (payload bytes, the number the header prints as `data bytes`) */
  size: number | null;
  /** `-f`: the request may not be fragmented (DF set). */
  dontFragment: boolean;
}

// Word boundaries of the command being read (start, end pairs), reused: one command per run.
const MAX_WORDS = 64;
const bounds = new Int32Array(MAX_WORDS * 2);

/**
 * Cuts `cmd` into words where `split(/\s+/)` would, into `bounds`; the number of words, or -1 when
 * there are more than MAX_WORDS. Only called on printable ASCII between single blanks.
 */
function cutWords(cmd: string): number {
  let n = 0;
  let pos = 0;
  while (pos <= cmd.length) {
    let end = cmd.indexOf(' ', pos);
    if (end < 0) end = cmd.length;
    if (n === MAX_WORDS) return -1;
    bounds[2 * n] = pos;
    bounds[2 * n + 1] = end;
    n++;
    pos = end + 1;
  }
  return n;
}

// Options of `ping` / `ping ipv6` that take one value (Comware 7 command reference: -a -c -h -m
// -p -s -t -tos -topology -vpn-instance; ipv6 adds -tc). `-i` takes an interface, which may be
// typed as two words (`-i vlan-interface 2`).
const WITH_VALUE = ['-c', '-h', '-m', '-p', '-t', '-tos', '-tc', '-topology'];

/**
 * `ping -a 10.1.1.1 -f -s 1472 -vpn-instance HLW 10.197.44.200` → what it asks for; null for a
 * command that is not `ping`. Option words are compared in either case, as the CLI reads them;
 * the first `-vpn-instance` (or `-a`, `-s`) counts. Words are cut where `split(/\s+/)` cuts them:
 * a command of printable ASCII between single blanks (nearly all) in place, any other is first
 * rewritten that way (its words joined by one blank), which cuts it into the same words.
 */
export function readPingCommand(command: string): PingCommand | null {
  const n = command.length;
  const simple =
    n > 0 &&
    command.charCodeAt(0) !== 32 &&
    command.charCodeAt(n - 1) !== 32 &&
    !command.includes('  ') &&
    ASCII_WORDS.test(command);
  const cmd = simple ? command : command.split(/\s+/).join(' ');
  const count = cutWords(cmd);
  if (count < 1) return null;
  if (!isWordAt(cmd, bounds[0] as number, bounds[1] as number, 'ping')) return null;
  const out: PingCommand = { vpn: null, source: null, size: null, dontFragment: false };
  let seenVpn = false;
  let seenSource = false;
  let seenSize = false;
  for (let i = 1; i < count; i++) {
    const from = bounds[2 * i] as number;
    const to = bounds[2 * i + 1] as number;
    if (cmd.charCodeAt(from) !== 45 /* - */) continue;
    const has = i + 1 < count;
    if (isWordAt(cmd, from, to, '-vpn-instance')) {
      if (!seenVpn && has) out.vpn = wordAt(cmd, i + 1);
      seenVpn = true;
      i++;
    } else if (isWordAt(cmd, from, to, '-a')) {
      if (!seenSource && has) out.source = wordAt(cmd, i + 1);
      seenSource = true;
      i++;
    } else if (isWordAt(cmd, from, to, '-s')) {
      if (!seenSize && has) out.size = numberOf(wordAt(cmd, i + 1));
      seenSize = true;
      i++;
    } else if (isWordAt(cmd, from, to, '-f')) out.dontFragment = true;
    else if (isWordAt(cmd, from, to, '-i')) {
      // `-i GE1/0/1 host` or `-i vlan-interface 2 host`: a number right after the type is its number.
      i++;
      if (i + 2 < count && isDigit(cmd.charCodeAt(bounds[2 * (i + 1)] as number))) i++;
    } else if (takesValue(cmd, from, to)) i++;
  }
  return out;
}

function wordAt(cmd: string, i: number): string {
  return cmd.slice(bounds[2 * i] as number, bounds[2 * i + 1] as number);
}

function takesValue(cmd: string, from: number, to: number): boolean {
  for (const o of WITH_VALUE) if (isWordAt(cmd, from, to, o)) return true;
  return false;
}

/**
 * `time=0.993 ms` / `time=205 ms` in a reply line → the time in ms; null when the line prints none
 * (or prints it in a form `Number()` does not read).
 */
export function replyTime(t: string): number | null {
  const at = t.indexOf(' time=');
  if (at < 0) return null;
  const from = at + 6;
  let end = t.indexOf(' ', from);
  if (end < 0) end = t.length;
  // `time=1ms` (no blank before the unit)
  if (end - from > 2 && t.charCodeAt(end - 1) === 115 && t.charCodeAt(end - 2) === 109) end -= 2;
  return end > from ? numberIn(t, from, end) : null;
}

/** `numberOf(s.slice(from, to))` without the copy when the text is a plain decimal. */
function numberIn(s: string, from: number, to: number): number | null {
  const n = to - from;
  if (n > 16) return slowNumber(s.slice(from, to));
  let whole = 0;
  let all = 0;
  let dot = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      all = all * 10 + (c - 48);
      if (dot < 0) whole = all;
    } else if (c === 46 && dot < 0) dot = i - from;
    else return slowNumber(s.slice(from, to));
  }
  if (dot < 0) return n <= 15 ? whole : slowNumber(s.slice(from, to));
  if (dot === 0 || dot === n - 1) return slowNumber(s.slice(from, to));
  const scale = POW10[n - dot - 1] as number;
  return all % scale === 0 ? whole : all / scale;
}
