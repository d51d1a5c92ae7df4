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

/**
 * The command's words, as `split(/\s+/)` cuts them. A command of printable ASCII words between
 * single blanks (nearly all) is cut by the plain split, several times cheaper than the regex one.
 */
function wordsOf(cmd: string): string[] {
  const n = cmd.length;
  if (
    n > 0 &&
    cmd.charCodeAt(0) !== 32 &&
    cmd.charCodeAt(n - 1) !== 32 &&
    !cmd.includes('  ') &&
    ASCII_WORDS.test(cmd)
  )
    return cmd.split(' ');
  return cmd.split(/\s+/);
}

// Options of `ping` / `ping ipv6` that take one value (Comware 7 command reference: -a -c -h -m
// -p -s -t -tos -topology -vpn-instance; ipv6 adds -tc). `-i` takes an interface, which may be
// typed as two words (`-i vlan-interface 2`).
const WITH_VALUE = ['-c', '-h', '-m', '-p', '-t', '-tos', '-tc', '-topology'];

/**
 * `ping -a 10.1.1.1 -f -s 1472 -vpn-instance HLW 10.197.44.200` → what it asks for; null for a
 * command that is not `ping`. Option words are compared in either case, as the CLI reads them;
 * the first `-vpn-instance` (or `-a`, `-s`) counts, as before.
 */
export function readPingCommand(cmd: string): PingCommand | null {
  const words = wordsOf(cmd);
  const w0 = words[0] ?? '';
  if (!isWordAt(w0, 0, w0.length, 'ping')) return null;
  const out: PingCommand = { vpn: null, source: null, size: null, dontFragment: false };
  let seenVpn = false;
  let seenSource = false;
  let seenSize = false;
  const n = words.length;
  for (let i = 1; i < n; i++) {
    const w = words[i] as string;
    if (w.charCodeAt(0) !== 45 /* - */) continue;
    const len = w.length;
    if (isWordAt(w, 0, len, '-vpn-instance')) {
      if (!seenVpn) out.vpn = words[i + 1] ?? null;
      seenVpn = true;
      i++;
    } else if (isWordAt(w, 0, len, '-a')) {
      if (!seenSource) out.source = words[i + 1] ?? null;
      seenSource = true;
      i++;
    } else if (isWordAt(w, 0, len, '-s')) {
      const v = words[i + 1];
      if (!seenSize && v !== undefined) out.size = numberOf(v);
      seenSize = true;
      i++;
    } else if (isWordAt(w, 0, len, '-f')) out.dontFragment = true;
    else if (isWordAt(w, 0, len, '-i')) {
      // `-i GE1/0/1 host` or `-i vlan-interface 2 host`: a number right after the type is its number.
      i++;
      const next = words[i + 1];
      if (next !== undefined && i + 2 < n && isDigit(next.charCodeAt(0))) i++;
    } else if (WITH_VALUE.some((o) => isWordAt(w, 0, len, o))) i++;
  }
  return out;
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
  return end > from ? numberOf(t.slice(from, end)) : null;
}
