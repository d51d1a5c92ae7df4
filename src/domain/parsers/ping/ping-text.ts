/**
 * Hot-path helpers for long ping pastes. Lines themselves are matched by regexes: a regex test
 * runs in native code at well under a nanosecond a character, a JavaScript loop over the same
 * characters costs 2-3 ns each. What is done here by hand is what regexes do slowly: numbers
 * from short captures (`Number()` on `0.800` is a runtime call) and the echoed command's words.
 */
import { isWordAt } from '../shared/fast-text';

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

/** `vpnOfCommand` could not decide. */
export const UNDECIDED_TEXT = Symbol('undecided');

/**
 * `ping -vpn-instance HLW -c 10 10.197.44.200` → `HLW` for a command of printable ASCII words
 * between single or repeated blanks; UNDECIDED_TEXT for any other command.
 */
export function vpnOfCommand(cmd: string): string | null | typeof UNDECIDED_TEXT {
  const n = cmd.length;
  if (n === 0 || cmd.charCodeAt(0) === 32 || cmd.charCodeAt(n - 1) === 32) return UNDECIDED_TEXT;
  if (!ASCII_WORDS.test(cmd)) return UNDECIDED_TEXT;
  let end = cmd.indexOf(' ');
  if (end < 0) end = n;
  if (!isWordAt(cmd, 0, end, 'ping')) return null;
  let found = false;
  let pos = end;
  while (pos < n) {
    while (cmd.charCodeAt(pos) === 32) pos++;
    end = cmd.indexOf(' ', pos);
    if (end < 0) end = n;
    if (found) return cmd.slice(pos, end);
    found = isWordAt(cmd, pos, end, '-vpn-instance');
    pos = end;
  }
  return null;
}
