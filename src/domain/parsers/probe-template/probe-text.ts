/**
 * Small readers for the values of NQA template and SSL client policy commands, and for the view
 * names in typed-session prompts. Each runs once per command line, not per character of the paste.
 */
import { hasWordAt, isDigitsAt, isWhiteSpace, skipWhiteSpace } from '../shared/fast-text';

/**
 * `200 to 299 302` → [[200, 299], [302, 302]]; `bad` is the first word that is not a status or a
 * well-formed `to` (the reading stops there). Statuses are 0-999 (command reference: up to 10 items).
 */
export function statusRanges(words: readonly string[]): {
  ranges: Array<[number, number]>;
  bad: string | null;
} {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const from = statusOf(words[i]);
    if (from === null) return { ranges, bad: words[i] ?? '' };
    if ((words[i + 1] ?? '').toLowerCase() === 'to') {
      const to = statusOf(words[i + 2]);
      if (to === null || to < from) return { ranges, bad: words[i + 2] ?? 'to' };
      ranges.push([from, to]);
      i += 2;
    } else ranges.push([from, from]);
  }
  return { ranges, bad: null };
}

function statusOf(w: string | undefined): number | null {
  if (w === undefined || w.length === 0 || w.length > 3 || !isDigitsAt(w, 0, w.length)) return null;
  return Number(w);
}

/** `http://host:port/resource` (command reference formats) → its parts; nulls for parts not written. */
export function urlParts(url: string): {
  host: string | null;
  port: number | null;
  path: string | null;
} {
  const scheme = url.indexOf('://');
  const rest = scheme >= 0 ? url.slice(scheme + 3) : url;
  const slash = rest.indexOf('/');
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash) : null;
  // `[2001::1]:8080` keeps its brackets' colons out of the port.
  const close = authority.lastIndexOf(']');
  const colon = authority.lastIndexOf(':');
  let host = authority;
  let port: number | null = null;
  if (colon > close) {
    host = authority.slice(0, colon);
    const p = authority.slice(colon + 1);
    port = p.length > 0 && p.length <= 5 && isDigitsAt(p, 0, p.length) ? Number(p) : null;
  }
  return { host: host === '' ? null : host, port, path: path === '' ? null : path };
}

/** What a typed-session prompt's view name says about the lines typed in it. */
export type View =
  | { kind: 'template'; type: string; name: string; raw: boolean }
  | { kind: 'policy'; name: string }
  | { kind: 'owner'; owner: string }
  | { kind: 'other' };

const OTHER: View = { kind: 'other' };

/**
 * `Sysname-nqatplt-http-hc-web` → template http hc-web; `...-raw-request` → its raw-request
 * view; `Sysname-ssl-client-policy-cp1` → policy cp1; `Sysname-rserver-rs` / `Sysname-sfarm-sf`
 * → the real server / server farm. The system name itself may hold hyphens, so the view keyword
 * is searched for, not split at the first hyphen.
 */
export function viewOf(device: string): View {
  let at = device.indexOf('-nqatplt-');
  if (at >= 0) {
    const rest = device.slice(at + 9);
    const dash = rest.indexOf('-');
    if (dash <= 0 || dash === rest.length - 1) return OTHER;
    let name = rest.slice(dash + 1);
    const raw = name.endsWith('-raw-request') && name.length > 12;
    if (raw) name = name.slice(0, -12);
    return { kind: 'template', type: rest.slice(0, dash), name, raw };
  }
  at = device.indexOf('-ssl-client-policy-');
  if (at >= 0) {
    const name = device.slice(at + 19);
    return name === '' ? OTHER : { kind: 'policy', name };
  }
  at = device.indexOf('-rserver-');
  if (at >= 0) return { kind: 'owner', owner: `real-server ${device.slice(at + 9)}` };
  at = device.indexOf('-sfarm-');
  if (at >= 0) return { kind: 'owner', owner: `server-farm ${device.slice(at + 7)}` };
  return OTHER;
}

/**
 * A line of an HTTP request as typed into `raw-request` view: the request line
 * (`GET /health.html HTTP/1.1`) or a header (`Host: app.example.com`, RFC 9110 token + colon).
 */
export function isHttpLine(t: string): boolean {
  const n = t.length;
  let i = 0;
  while (i < n && isTokenChar(t.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i < n && t.charCodeAt(i) === 58 /* : */) return true;
  // `METHOD target HTTP/x.y`
  return i < n && t.charCodeAt(i) === 32 && / HTTP\/\d/.test(t);
}

function isTokenChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 45 ||
    c === 95 ||
    c === 46 ||
    c === 33 ||
    (c >= 35 && c <= 39) ||
    c === 42 ||
    c === 43 ||
    c === 94 ||
    c === 96 ||
    c === 124 ||
    c === 126
  );
}

// First words of the commands the NQA template views take (H3C Comware 7 NQA command reference
// and configuration guide: dns, ftp, http, https, icmp, radius, ssl, tcp, tcphalfopen, udp).
const TEMPLATE_WORDS = new Set([
  'data-fill',
  'data-size',
  'description',
  'destination',
  'expect',
  'filename',
  'frequency',
  'key',
  'mode',
  'next-hop',
  'operation',
  'out',
  'password',
  'probe',
  'raw-request',
  'reaction',
  'resolve-target',
  'resolve-type',
  'source',
  'ssl-client-policy',
  'tos',
  'ttl',
  'url',
  'username',
  'version',
  'vpn-instance',
]);

// SSL client policy view (H3C SSL command reference).
const POLICY_WORDS = new Set([
  'ciphersuite',
  'description',
  'pki-domain',
  'prefer-cipher',
  'server-verify',
  'session',
  'version',
]);

/** The first word of `t` (lower case) and where its value starts; `undo ` is looked through. */
export function commandWord(t: string): { word: string; undo: boolean; at: number } {
  const undo = hasWordAt(t, 0, 'undo ');
  let from = undo ? 5 : 0;
  while (from < t.length && isWhiteSpace(t.charCodeAt(from))) from++;
  let end = from;
  while (end < t.length && !isWhiteSpace(t.charCodeAt(end))) end++;
  let at = end;
  while (at < t.length && isWhiteSpace(t.charCodeAt(at))) at++;
  return { word: t.slice(from, end).toLowerCase(), undo, at };
}

export function isTemplateWord(word: string): boolean {
  return TEMPLATE_WORDS.has(word);
}

export function isPolicyWord(word: string): boolean {
  return POLICY_WORDS.has(word);
}

/**
 * Where `lowerWord` ends when `t` has it at `at` as a whole word (either case, then a blank or
 * the end of the line); -1 otherwise.
 */
export function keywordEnd(t: string, at: number, lowerWord: string): number {
  if (!hasWordAt(t, at, lowerWord)) return -1;
  const end = at + lowerWord.length;
  return end === t.length || isWhiteSpace(t.charCodeAt(end)) ? end : -1;
}

/** The rest of the line from `from` on, its leading blanks skipped (lines come trimmed at the end). */
export function valueAt(t: string, from: number): string {
  const start = skipWhiteSpace(t, from, t.length);
  return start === 0 ? t : t.slice(start);
}

/** The first word from `from` on; null when there is none. */
export function firstWord(t: string, from: number): string | null {
  const start = skipWhiteSpace(t, from, t.length);
  let end = start;
  while (end < t.length && !isWhiteSpace(t.charCodeAt(end))) end++;
  return end > start ? t.slice(start, end) : null;
}
