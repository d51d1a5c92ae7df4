/**
 * Hot-path readers for `display session table ... verbose` lines. A 10 MB table has ~300k field
 * lines, so each field is read by index from the line as scanPaste gave it, without splitting,
 * trimming or regexes. Each reader handles the layout Comware prints and returns a "not handled"
 * answer for anything else, so the caller's general code (the original regex/trim logic) decides
 * those rare lines exactly as before.
 */
import { digitsAt, hasAt, isInk } from '../shared/fast-text';

// Field codes: what a line's label means, whether printed exactly or spelt differently.
export const F_OTHER = 0;
export const F_SOURCE = 1;
export const F_DESTINATION = 2;
export const F_VPN = 3;
export const F_DS_LITE = 4;
export const F_PROTOCOL = 5;
export const F_INBOUND = 6;
export const F_ZONE = 7;
export const F_STATE = 8;
export const F_APPLICATION = 9;
export const F_RULE_ID = 10;
export const F_RULE_NAME = 11;
export const F_START_TIME = 12;
export const F_INTERFACE_IN = 13;
export const F_INTERFACE_OUT = 14;
export const F_I2R = 15;
export const F_R2I = 16;
export const F_INITIATOR = 17;
export const F_RESPONDER = 18;
export const F_TOTAL = 19;
/** A label starting with `slot` or `cpu`: maybe a `Slot 1:` / `CPU 0 on slot 1:` header. */
export const F_SLOT_OR_CPU = 20;

/** Endpoint fields (read into the Initiator or Responder part) come first among the codes. */
export function isEndpointField(code: number): boolean {
  return code >= F_SOURCE && code <= F_ZONE;
}

// Labels exactly as Comware prints them. Only a first-character and length test plus one
// `indexOf` decide a line, and no copy of the label is made.
const PRINTED: [string, number][] = [
  ['Source      IP/port', F_SOURCE],
  ['Destination IP/port', F_DESTINATION],
  ['DS-Lite tunnel peer', F_DS_LITE],
  ['VPN instance/VLAN ID/Inline ID', F_VPN],
  ['VPN instance/VLAN ID/VLL ID', F_VPN],
  ['Protocol', F_PROTOCOL],
  ['Inbound interface', F_INBOUND],
  ['State', F_STATE],
  ['Application', F_APPLICATION],
  ['Rule ID', F_RULE_ID],
  ['Rule name', F_RULE_NAME],
  ['Start time', F_START_TIME],
  ['Initiator->Responder', F_I2R],
  ['Responder->Initiator', F_R2I],
  ['Initiator', F_INITIATOR],
  ['Responder', F_RESPONDER],
  ['Total sessions found', F_TOTAL],
];
const PRINTED_BY_FIRST: [string, number][][] = [];
for (const pair of PRINTED) (PRINTED_BY_FIRST[pair[0].charCodeAt(0)] ??= []).push(pair);

/** Code of `line[start, end)` when it is a label exactly as printed, else -1. */
export function printedLabel(line: string, start: number, end: number): number {
  const known = PRINTED_BY_FIRST[line.charCodeAt(start)];
  if (known === undefined) return -1;
  for (let i = 0; i < known.length; i++) {
    const pair = known[i] as [string, number];
    // indexOf is the fastest exact comparison V8 has here; the length test bounds its search.
    if (pair[0].length === end - start && line.indexOf(pair[0], start) === start) return pair[1];
  }
  return -1;
}

// Keys (label without spaces, lower-cased) of every field, for labels printed another way:
// `Source IP/port`, OCR'd `Interface (in) `, releases that print `Source security zone`.
const KEY_CODES = new Map<string, number>([
  ['sourceip/port', F_SOURCE],
  ['destinationip/port', F_DESTINATION],
  ['ds-litetunnelpeer', F_DS_LITE],
  ['protocol', F_PROTOCOL],
  ['inboundinterface', F_INBOUND],
  ['sourcesecurityzone', F_ZONE],
  ['state', F_STATE],
  ['application', F_APPLICATION],
  ['ruleid', F_RULE_ID],
  ['rulename', F_RULE_NAME],
  ['starttime', F_START_TIME],
  ['interface(in)', F_INTERFACE_IN],
  ['interface(out)', F_INTERFACE_OUT],
  ['initiator->responder', F_I2R],
  ['responder->initiator', F_R2I],
  ['initiator', F_INITIATOR],
  ['responder', F_RESPONDER],
  ['totalsessionsfound', F_TOTAL],
]);

/** Lower-case label without spaces, so padded, OCR'd and differently spelt labels reduce to one key. */
export function labelKey(line: string, start: number, end: number): string {
  return line.slice(start, end).replace(/\s+/g, '').toLowerCase();
}

/** Code of a label key; every `vpninstance...` key is the VPN field, whatever its parts. */
export function keyCode(key: string): number {
  const code = KEY_CODES.get(key);
  if (code !== undefined) return code;
  if (key.startsWith('vpninstance')) return F_VPN;
  if (key.startsWith('slot') || key.startsWith('cpu')) return F_SLOT_OR_CPU;
  return F_OTHER;
}

/** Parts of a `VPN instance/VLAN ID/...` key: its value has as many `/`-separated parts. */
export function slashParts(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 47) n++;
  return n;
}

/** True when `s[from, to)` is exactly `-`. */
export function isDashAt(s: string, from: number, to: number): boolean {
  return to === from + 1 && s.charCodeAt(from) === 45;
}

/**
 * `value.replace(/[-/\s]/g, '') === ''` for `value = s.slice(from)`: true, false, or null when a
 * character other than printable ASCII, `-`, `/` or a space needs the regex's idea of `\s`.
 */
export function onlyDashesAt(s: string, from: number): boolean | null {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 47 || c === 32) continue;
    return isInk(c) ? false : null;
  }
  return true;
}

/** Packets and bytes of `N packets M bytes` (the printed layout), or null for anything else. */
export function countersAt(s: string, from: number): { packets: number; bytes: number } | null {
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const packets = digitsAt(s, from, i);
  if (packets === null) return null;
  while (s.charCodeAt(i) === 32) i++;
  if (!hasAt(s, 'packet', i)) return null;
  i += 6;
  if (s.charCodeAt(i) === 115) i++; // packets
  const gap = i;
  while (s.charCodeAt(i) === 32) i++;
  if (i === gap) return null;
  const first = i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const bytes = digitsAt(s, first, i);
  if (bytes === null) return null;
  while (s.charCodeAt(i) === 32) i++;
  if (i + 5 !== s.length || !hasAt(s, 'bytes', i)) return null;
  return { packets, bytes };
}

/**
 * `Start time` value `2023-06-25 13:53:05  TTL: 28s` from `s[from]` on, read as the general code
 * would: the start time trimmed and the TTL seconds. Null when the line is not in that layout.
 */
export function startTimeAt(
  s: string,
  from: number,
  ttlAt: number,
): { start: string; ttl: number } | null {
  let end = ttlAt;
  while (end > from && s.charCodeAt(end - 1) === 32) end--;
  if (end === from || !isInk(s.charCodeAt(from)) || !isInk(s.charCodeAt(end - 1))) return null;
  let i = ttlAt + 3;
  while (s.charCodeAt(i) === 32) i++;
  if (s.charCodeAt(i) !== 58) return null;
  i++;
  while (s.charCodeAt(i) === 32) i++;
  const digits = i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i !== s.length - 1 || s.charCodeAt(i) !== 115) return null;
  const ttl = digitsAt(s, digits, i);
  return ttl === null ? null : { start: s.slice(from, end), ttl };
}

/**
 * The last value read per field (`recent[slot]`), handed out again when a line repeats it: a table
 * prints the same VPN, protocol, state and interface thousands of times, and one string for all of
 * them leaves far less for the garbage collector to copy than a fresh one per line. Per parse only:
 * a value cut from a paste keeps the whole paste alive.
 */
export function recentText(
  recent: string[],
  slot: number,
  line: string,
  from: number,
  to: number,
): string {
  const prev = recent[slot];
  if (prev !== undefined && prev.length === to - from && line.indexOf(prev, from) === from)
    return prev;
  const s = line.slice(from, to);
  recent[slot] = s;
  return s;
}

/** `-` or nothing from `line[from]` on → null, else that text (see `recentText`). */
export function recentDashed(
  recent: string[],
  slot: number,
  line: string,
  from: number,
): string | null {
  const to = line.length;
  return from === to || isDashAt(line, from, to) ? null : recentText(recent, slot, line, from, to);
}
