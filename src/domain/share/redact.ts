/**
 * Optional redaction before sharing: addresses, host names and descriptions are replaced
 * consistently across every paste (the same value always gets the same stand-in), so the
 * engine reaches the same diagnosis on the redacted state.
 *
 * - IPv4: renumbered octet by octet in order of first appearance (first octet from 10, the
 *   others from 0, the host octet from 1), so addresses that shared a /8, /16 or /24 still do
 *   and ones that did not still do not: 10.197.44.200 → 10.0.0.1, 10.197.44.201 → 10.0.0.2,
 *   10.197.0.122 → 10.0.1.1. Netmasks (255.255.255.252), wildcard masks (0.0.0.255) and
 *   0.0.0.0 are kept, and so are a network's .0 and a broadcast's .255 and prefix lengths (only the address before `/24` changes).
 *   Finer-than-/24 relations (two hosts of one /30) are not preserved.
 * - IPv6: each distinct address becomes 2001:db8::<n> (the documentation prefix); `::` is kept.
 * - Host names: the name in a prompt (`<X>`, `[X]` at the start of a line) and after `sysname`,
 *   then every other whole-word occurrence of that name, become host-1, host-2, …
 * - Descriptions: the text after `description ` (configuration) or `Description: ` (display
 *   output) becomes desc-1, desc-2, …
 * - The chosen server (`state.server`) goes through the same address map, so it still names the
 *   same real server. Answers are kept.
 *
 * Where a shorter stand-in replaces an address that is followed by spaces (a table column), it
 * is padded so the columns to its right stay aligned (two or more spaces: one space is prose).
 */
import type { WizardState } from '../wizard-state';

interface Maps {
  /** Prefix tree of IPv4 octets: key is the original prefix ("10", "10.197"), value the new octet. */
  v4: Map<string, number>;
  /** Next octet to hand out under each new prefix ("" for the first octet). */
  v4Next: Map<string, number>;
  v6: Map<string, string>;
  hosts: Map<string, string>;
  descriptions: Map<string, string>;
}

function octetsOf(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** Contiguous ones then zeros (255.255.255.252, 0.0.0.0), or the reverse (0.0.0.255, 255.255.255.255). */
function isMask(octets: number[]): boolean {
  const n = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const inverted = ~n >>> 0;
  const isNetmask = (x: number) => (x | (x - 1)) >>> 0 === 0xffffffff || x === 0;
  const isWildcard = (x: number) => (x & (x + 1)) >>> 0 === 0;
  return isNetmask(n) || isWildcard(n) || isNetmask(inverted);
}

function mapV4(maps: Maps, octets: number[]): string {
  const out: number[] = [];
  let oldPrefix = '';
  let newPrefix = '';
  octets.forEach((octet, level) => {
    oldPrefix = level === 0 ? String(octet) : `${oldPrefix}.${octet}`;
    // A network (.0) or broadcast (.255) host octet keeps its meaning: it stays as it is.
    let mapped = level === 3 && (octet === 0 || octet === 255) ? octet : maps.v4.get(oldPrefix);
    if (mapped === undefined) {
      const start = level === 0 ? 10 : level === 3 ? 1 : 0;
      const next = maps.v4Next.get(newPrefix) ?? start;
      // Past 255 stand-ins under one prefix (no real paste holds that many), wrap rather than fail.
      mapped = next > 255 ? start + ((next - start) % (256 - start)) : next;
      maps.v4Next.set(newPrefix, next + 1);
      maps.v4.set(oldPrefix, mapped);
    }
    out.push(mapped);
    newPrefix = level === 0 ? String(mapped) : `${newPrefix}.${mapped}`;
  });
  return out.join('.');
}

/** Pads `replacement` to the width of `original` when the text after it is column spacing (2+ spaces). */
function keepWidth(original: string, replacement: string, following: string): string {
  if (replacement.length < original.length && following.startsWith('  ')) {
    return replacement + ' '.repeat(original.length - replacement.length);
  }
  return replacement;
}

// Sample: `  test1         Probe-failed HLW           10.197.44.200   80` → `10.197.44.200`;
// not inside `1.2.3.4.5` or a version `7.1.064`.
const ipv4Pattern = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)/g;

// Sample: `  Source      IP/port: 2001::2/1024` → `2001::2`; `fe80::1`, `2001:db8:0:0:0:0:0:1`.
// The trailing `/1024` (port) or `/64` (prefix length) is left alone. A time `13:53:05` is not an
// address (no `::` and fewer than 8 groups) and is refused by `isIpv6`.
const ipv6Pattern = /(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])/g;

function isIpv6(token: string): boolean {
  const doubles = token.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = token.split(':').filter((g) => g !== '');
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (doubles === 0) return groups.length === 8 && !token.startsWith(':') && !token.endsWith(':');
  return groups.length <= 7;
}

// Sample: `[L5030]display server-farm`, `<H3C>display version`, `[GZ-HXY-L01-Route-Aggregation1]quit`.
const promptPattern = /^(\s*)([<[])([A-Za-z0-9][^\s<>[\]]{0,63})([>\]])/gm;
// Sample: ` sysname GZ-HXY-G160201-V07-L5000S-L-01`.
const sysnamePattern = /^(\s*sysname\s+)(\S+)/gm;
// Sample: ` description GZ-HXY-G160201-V07-H5030-01_PORT1` and `  Description: uplink to core`.
const descriptionPattern = /^(\s*(?:description |Description: ?))(.*\S)[ \t]*$/gm;

function nextName(map: Map<string, string>, prefix: string, value: string): string {
  let name = map.get(value);
  if (name === undefined) {
    name = `${prefix}-${map.size + 1}`;
    map.set(value, name);
  }
  return name;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Host names are found in prompts and sysname lines of any paste, then replaced in all of them. */
function collectHosts(text: string, maps: Maps): void {
  for (const m of text.matchAll(promptPattern)) nextName(maps.hosts, 'host', m[3]!);
  for (const m of text.matchAll(sysnamePattern)) nextName(maps.hosts, 'host', m[2]!);
}

function redactText(text: string, maps: Maps): string {
  let out = text.replace(
    descriptionPattern,
    (_all, label: string, value: string) => `${label}${nextName(maps.descriptions, 'desc', value)}`,
  );

  // Longest names first, so `core-1` inside `core-10` is not replaced half-way.
  const hosts = [...maps.hosts.keys()].sort((a, b) => b.length - a.length);
  for (const host of hosts) {
    const word = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(host)}(?![A-Za-z0-9_-])`, 'g');
    out = out.replace(word, maps.hosts.get(host)!);
  }

  out = out.replace(ipv4Pattern, (address: string, offset: number, whole: string) => {
    const octets = octetsOf(address);
    if (!octets || isMask(octets)) return address;
    return keepWidth(address, mapV4(maps, octets), whole.slice(offset + address.length));
  });
  out = out.replace(ipv6Pattern, (token: string, offset: number, whole: string) => {
    if (token === '::' || !isIpv6(token)) return token;
    const key = token.toLowerCase();
    let mapped = maps.v6.get(key);
    if (mapped === undefined) {
      mapped = `2001:db8::${(maps.v6.size + 1).toString(16)}`;
      maps.v6.set(key, mapped);
    }
    return keepWidth(token, mapped, whole.slice(offset + token.length));
  });
  return out;
}

export function redactState(state: WizardState): WizardState {
  const maps: Maps = {
    v4: new Map(),
    v4Next: new Map(),
    v6: new Map(),
    hosts: new Map(),
    descriptions: new Map(),
  };
  for (const p of state.pastes) collectHosts(p.text, maps);
  const pastes = state.pastes.map((p) => ({ ...p, text: redactText(p.text, maps) }));
  const server = state.server === null ? null : redactText(state.server, maps);
  return { pastes, answers: { ...state.answers }, server, farm: state.farm };
}
