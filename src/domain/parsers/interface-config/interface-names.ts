/**
 * Interface names across outputs. Devices abbreviate in tables (`XGE1/1/1`, `RAGG1`, `BAGG33`) and
 * spell out in configuration (`Ten-GigabitEthernet1/1/1`); engineers type CLI prefixes
 * (`inter rou 1`, `int g1/0/1`, `reth 2`). Findings compare names across pastes, so they compare
 * canonical forms; the parsed data itself keeps names as printed.
 */

import { isAsciiLetter, isDigit } from '../shared/fast-text';

interface InterfaceType {
  full: string;
  /** Short forms printed by the device in tables and `brief` outputs, and common typed forms. */
  abbreviations: string[];
}

// Order matters only for CLI-prefix resolution (`t` → Ten-GigabitEthernet): the device accepts a
// prefix only when it is unique among the types it has, so the most common type wins here.
const TYPES: InterfaceType[] = [
  { full: 'GigabitEthernet', abbreviations: ['GE'] },
  { full: 'Ten-GigabitEthernet', abbreviations: ['XGE', 'TenGigabitEthernet', 'Ten-GE'] },
  { full: 'Route-Aggregation', abbreviations: ['RAGG', 'Route-Agg'] },
  { full: 'Bridge-Aggregation', abbreviations: ['BAGG', 'Bridge-Agg'] },
  { full: 'Reth', abbreviations: ['RETH'] },
  { full: 'FortyGigE', abbreviations: ['FGE'] },
  { full: 'HundredGigE', abbreviations: ['HGE'] },
  { full: 'Twenty-FiveGigE', abbreviations: ['WGE', 'TwentyFiveGigE'] },
  { full: 'FiftyGigE', abbreviations: ['FFGE'] },
  { full: 'TwoHundredGigE', abbreviations: ['THGE'] },
  { full: 'FourHundredGigE', abbreviations: ['FHGE'] },
  { full: 'Ethernet', abbreviations: ['Eth'] },
  { full: 'M-GigabitEthernet', abbreviations: ['MGE'] },
  { full: 'Vlan-interface', abbreviations: ['Vlan-int', 'Vlan', 'VLANIF'] },
  { full: 'LoopBack', abbreviations: ['Loop', 'LO'] },
  { full: 'Blade-Aggregation', abbreviations: ['BLAGG'] },
  { full: 'Schannel-Bundle', abbreviations: ['SCH-B'] },
  { full: 'S-Channel', abbreviations: ['S-CH'] },
  { full: 'Tunnel', abbreviations: ['Tun'] },
  { full: 'Vsi-interface', abbreviations: ['Vsi'] },
  { full: 'NULL', abbreviations: [] },
  { full: 'Serial', abbreviations: ['S'] },
];

const exact = new Map<string, string>();
for (const t of TYPES) {
  exact.set(t.full.toLowerCase(), t.full);
  for (const a of t.abbreviations) exact.set(a.toLowerCase(), t.full);
}
const fullLower = TYPES.map((t) => [t.full.toLowerCase(), t.full] as const);

// Type words repeat across a paste (`Ten-GigabitEthernet` on every port line): remember the answer.
// Bounded so that a paste of random words cannot grow it without limit.
const resolved = new Map<string, string | null>();
const MAX_RESOLVED = 2000;

/** Full type name for a printed or typed type word; null when nothing matches. */
export function resolveInterfaceType(word: string): string | null {
  const hit = resolved.get(word);
  if (hit !== undefined) return hit;
  const full = resolveUncached(word);
  if (resolved.size < MAX_RESOLVED) resolved.set(word, full);
  return full;
}

function resolveUncached(word: string): string | null {
  const w = word.toLowerCase();
  if (w === '') return null;
  const hit = exact.get(w);
  if (hit !== undefined) return hit;
  // CLI prefix (`rou` → Route-Aggregation, `g` → GigabitEthernet).
  for (const [lower, full] of fullLower) if (lower.startsWith(w)) return full;
  return null;
}

export interface InterfaceNameParts {
  /** Type word as written (`XGE`, `rou`, `Ten-GigabitEthernet`). */
  type: string;
  /** Number part with blanks removed (`1/0/1`, `1.1973`, `2/0/35:1`). */
  number: string;
}

/**
 * Splits `Route-Aggregation 1.1973` into type and number at the first digit; null without either.
 * Hand-rolled (no regex) because parsers call it for every table row of large pastes.
 */
export function splitInterfaceName(name: string): InterfaceNameParts | null {
  const s = name.trim();
  const n = s.length;
  let i = 0;
  // Type: a letter, then letters and hyphens (`Ten-GigabitEthernet`, `SCH-B`), blanks before the number.
  if (n === 0 || !isAsciiLetter(s.charCodeAt(0))) return null;
  while (i < n && (isAsciiLetter(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
  let typeEnd = i;
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i === n || !isDigit(s.charCodeAt(i))) return null;
  while (typeEnd > 0 && s.charCodeAt(typeEnd - 1) === 32) typeEnd--;
  // Number: digits joined by single `/`, `.` or `:` (`1/0/1`, `1.1973`, `2/0/35:1`), blanks ignored.
  let number = '';
  let start = i;
  let lastWasDigit = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) lastWasDigit = true;
    else if (c === 47 || c === 46 || c === 58) {
      if (!lastWasDigit) return null;
      lastWasDigit = false;
    } else if (c === 32) {
      number += s.slice(start, i);
      start = i + 1;
    } else return null;
  }
  if (!lastWasDigit) return null;
  number += s.slice(start);
  return { type: s.slice(0, typeEnd), number };
}

/** Same grammar as `splitInterfaceName`, without allocating: for scanning table cells. */
export function isInterfaceName(s: string): boolean {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i === n || !isAsciiLetter(s.charCodeAt(i))) return false;
  while (i < n && (isAsciiLetter(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i === n || !isDigit(s.charCodeAt(i))) return false;
  let lastWasDigit = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) lastWasDigit = true;
    else if (c === 47 || c === 46 || c === 58) {
      if (!lastWasDigit) return false;
      lastWasDigit = false;
    } else if (c !== 32) return false;
  }
  return lastWasDigit;
}

/**
 * The full Comware spelling: `XGE1/1/1` → `Ten-GigabitEthernet1/1/1`, `RAGG1` → `Route-Aggregation1`,
 * `reth 2` → `Reth2`, `rou 1` → `Route-Aggregation1`. Names it cannot read are returned trimmed.
 */
export function canonicalInterfaceName(name: string): string {
  const parts = splitInterfaceName(name);
  if (parts === null) return name.trim();
  const full = resolveInterfaceType(parts.type);
  return (full ?? parts.type) + parts.number;
}

/** True when both names denote the same interface (abbreviation, case and spacing aside). */
export function sameInterface(a: string, b: string): boolean {
  return canonicalInterfaceName(a).toLowerCase() === canonicalInterfaceName(b).toLowerCase();
}

/** Aggregate interface (not a sub-interface of one): `Bridge-Aggregation33`, `RAGG1`. */
export function isAggregateInterface(name: string): boolean {
  const parts = splitInterfaceName(name);
  if (parts === null || parts.number.includes('.')) return false;
  const full = resolveInterfaceType(parts.type);
  return full === 'Bridge-Aggregation' || full === 'Route-Aggregation';
}

/** Parent of a sub-interface (`Route-Aggregation1.1973` → `Route-Aggregation1`), else the name itself. */
export function parentInterfaceName(name: string): string {
  const dot = name.lastIndexOf('.');
  // `1973` after the dot of `Route-Aggregation1.1973`
  return dot > 0 && /\d/.test(name.slice(dot + 1)) ? name.slice(0, dot) : name;
}

export interface InterfaceNameKey {
  canonical: string;
  aggregate: boolean;
  /**
   * Equal for two names exactly when their canonical forms are equal ignoring case. A resolved
   * type makes the canonical form's case fixed (the type's own spelling, then digits and `/.:`),
   * so it is its own key and needs no lower-case copy; only unknown type words are lower-cased.
   * The two kinds cannot collide: every full type name has a capital, a lower-cased key has none.
   */
  key: string;
}

/**
 * `canonicalInterfaceName` and `isAggregateInterface` plus a lookup key, from one reading of the
 * name; null when `splitInterfaceName` would be. For a full configuration, where names are mostly
 * printed in their canonical spelling already (`Ten-GigabitEthernet1/0/1`), this makes no string at
 * all beyond the type word.
 */
export function interfaceNameKey(name: string): InterfaceNameKey | null {
  const n = name.length;
  let i = 0;
  // Fast path: no blanks anywhere, `<letters/hyphens><digit>[digits or single /.:]*<digit>`.
  if (n > 0 && isAsciiLetter(name.charCodeAt(0))) {
    while (i < n && (isAsciiLetter(name.charCodeAt(i)) || name.charCodeAt(i) === 45)) i++;
    const typeEnd = i;
    let lastWasDigit = false;
    let dot = false;
    for (; i < n; i++) {
      const c = name.charCodeAt(i);
      if (isDigit(c)) lastWasDigit = true;
      else if ((c === 47 || c === 46 || c === 58) && lastWasDigit) {
        lastWasDigit = false;
        if (c === 46) dot = true;
      } else break;
    }
    if (i === n && lastWasDigit && typeEnd < n) {
      const type = name.slice(0, typeEnd);
      const full = resolveInterfaceType(type);
      const canonical = full === type ? name : full === null ? name : full + name.slice(typeEnd);
      const aggregate = !dot && (full === 'Bridge-Aggregation' || full === 'Route-Aggregation');
      return { canonical, aggregate, key: full === null ? canonical.toLowerCase() : canonical };
    }
  }
  const parts = splitInterfaceName(name);
  if (parts === null) return null;
  const full = resolveInterfaceType(parts.type);
  const aggregate =
    !parts.number.includes('.') && (full === 'Bridge-Aggregation' || full === 'Route-Aggregation');
  const canonical = (full ?? parts.type) + parts.number;
  return { canonical, aggregate, key: full === null ? canonical.toLowerCase() : canonical };
}

/** What `readNameKeyAt` reads: the name as printed, its `InterfaceNameKey` and `nameKeyHash(key)`. */
export interface NameKeyRead extends InterfaceNameKey {
  name: string;
  hash: number;
}

/** A 32-bit polynomial hash of a name key, for tables that want a number to compare. */
export function nameKeyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

interface RecentType {
  word: string;
  full: string | null;
  /** `word` is the type's own spelling: names with it are canonical as printed. */
  asFull: boolean;
  aggregate: boolean;
  /** nameKeyHash of the key's type part: `full`, or the word lower-cased when unknown. */
  hash: number;
}

// The type words of one configuration are few and repeat on every block: matching them in place
// against the recent ones saves cutting the word out and hashing it for the resolved map.
const recentTypes: RecentType[] = [];
const MAX_RECENT_TYPES = 8;

function resolveTypeAt(text: string, from: number, to: number): RecentType {
  const len = to - from;
  for (const r of recentTypes) if (r.word.length === len && text.startsWith(r.word, from)) return r;
  const word = text.slice(from, to);
  const full = resolveInterfaceType(word);
  const r: RecentType = {
    word,
    full,
    asFull: full === null || full === word,
    aggregate: full === 'Bridge-Aggregation' || full === 'Route-Aggregation',
    hash: nameKeyHash(full ?? word.toLowerCase()),
  };
  if (recentTypes.length >= MAX_RECENT_TYPES) recentTypes.pop();
  recentTypes.unshift(r);
  return r;
}

/**
 * `interfaceNameKey(text.slice(from))` for a name in the form a configuration prints
 * (`Ten-GigabitEthernet1/0/1`: letters and hyphens, then digits joined by single `/.:`, no
 * blanks, up to the end of `text`), written into `out` with the name itself and the key's
 * hash; false, with `out` untouched, for any other form, which the caller then reads the
 * general way.
 */
export function readNameKeyAt(text: string, from: number, out: NameKeyRead): boolean {
  const n = text.length;
  let i = from;
  if (i >= n || !isAsciiLetter(text.charCodeAt(i))) return false;
  while (i < n && (isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  const typeEnd = i;
  let lastWasDigit = false;
  let dot = false;
  // The number part's hash, and 31^length to put the type's hash in front of it.
  let hash = 0;
  let scale = 1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) lastWasDigit = true;
    else if ((c === 47 || c === 46 || c === 58) && lastWasDigit) {
      lastWasDigit = false;
      if (c === 46) dot = true;
    } else return false;
    hash = (Math.imul(hash, 31) + c) | 0;
    scale = Math.imul(scale, 31);
  }
  if (!lastWasDigit || typeEnd === n) return false;
  const name = from === 0 ? text : text.slice(from);
  const type = resolveTypeAt(text, from, typeEnd);
  const full = type.full;
  const canonical = type.asFull || full === null ? name : full + text.slice(typeEnd);
  out.name = name;
  out.canonical = canonical;
  out.aggregate = !dot && type.aggregate;
  // Digits and `/.:` are the same lower-cased: only an unknown type word changes.
  out.key = full === null ? canonical.toLowerCase() : canonical;
  out.hash = (Math.imul(type.hash, scale) + hash) | 0;
  return true;
}
