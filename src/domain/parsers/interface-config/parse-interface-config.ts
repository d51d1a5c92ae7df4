/**
 * `display current-configuration interface X`, a whole `display current-configuration`, or a
 * configuration snippet as engineers paste it (`int XGE1/0/49` ... `quit`, prompts from a
 * system-view session, indentation stripped). Every `interface` block becomes one record; blocks
 * naming the same interface twice are merged, `interface range A to B` applies its lines to each
 * member. Lines of other configuration sections are counted, not warned one by one.
 *
 * No interface, no value: a non-empty paste without an `interface <name>` block is an error with
 * value null, never `ok` with an empty list (the peer-config rules would read it as "nothing
 * configured"): `no-interface` for configuration without one (the step needs the aggregate's
 * block), `wrong-command` for another output. An `interface X` block with no line under it is a
 * real answer (an interface left at its defaults, e.g. a static aggregate) and is kept.
 */
import { scanPaste, type SourceLine } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { InterfaceConfig, InterfaceConfigData } from '../parsed-types';
import {
  interfaceNameKey,
  nameKeyHash,
  readNameKeyAt,
  resolveInterfaceType,
  splitInterfaceName,
  type NameKeyRead,
} from './interface-names';
import { indexOfWhiteSpace } from './text-scan';
import { addOwnedRanges, parseVlanListAt, removeOwnedRanges, type VlanRange } from './vlan-ranges';
import { hasAt, hasWordAt, isDigit, isInk, isWhiteSpace, isWordAt } from '../shared/fast-text';
import { KeyTable } from './key-table';

/** A record with the canonical name alongside the name as printed (`rou 1` → `Route-Aggregation1`). */
export interface InterfaceConfigRecord extends InterfaceConfig {
  canonicalName: string;
}

export interface InterfaceConfigParsed extends InterfaceConfigData {
  interfaces: InterfaceConfigRecord[];
}

/** Warnings that describe the paste rather than a line the parser failed to read. */
export interface InfoIssue extends ParseIssue {
  severity: 'info';
}

interface Building {
  rec: InterfaceConfigRecord;
  dynamic: boolean;
  modeLine: number | null;
  /** A Bridge- or Route-Aggregation (not a sub-interface), read once from the name. */
  aggregate: boolean;
  /** null until a trunk/hybrid line is seen. */
  vlans: VlanRange[] | null;
  /**
   * Lines of `fieldLines` other than `name` (0: not set), and the order they were first set in
   * (FIELD_* codes, 3 bits each, oldest highest): the object is made once, in `finish`, with its
   * keys in that order, instead of growing key by key on 50k records.
   */
  descLine: number;
  groupLine: number;
  linkLine: number;
  vlansLine: number;
  fieldOrder: number;
}

const FIELD_DESCRIPTION = 1;
const FIELD_GROUP = 2;
const FIELD_LINK = 3;
const FIELD_VLANS = 4;

/** `current` of a block with no range members: one naming a single interface (`single`) or none. */
const NO_MEMBERS: Building[] = [];
const NO_FIELD_LINES = Object.freeze({});
/**
 * `lines` of a record before its block ends: nearly every record gets its lines then, at once
 * (see `pending`), so it starts with no array of its own. Never changed, never output.
 */
const NO_LINES: InterfaceConfigRecord['lines'] = [];

/** For range blocks, whose members get their lines one by one. */
function addLine(rec: InterfaceConfigRecord, no: number, text: string): void {
  if (rec.lines === NO_LINES) rec.lines = [];
  rec.lines.push({ no, text });
}

const MAX_RANGE_MEMBERS = 512;

// Sections that never occur inside an interface view; they end an unterminated block
// (`vlan 10`, `ip vpn-instance HLW`, `ospf 1`, ...). Keyed by first word, then the full prefix.
const TOP_LEVEL_PREFIXES = [
  'vlan ',
  'sysname ',
  'ip vpn-instance ',
  'ip route-static ',
  'ospf',
  'bgp ',
  'acl ',
  'user-interface ',
  'line ',
  'local-user ',
  'domain ',
  'radius scheme ',
  'nqa ',
  'server-farm ',
  'real-server ',
  'virtual-server ',
  'loadbalance ',
  'redundancy group ',
  'stp global ',
  'lldp global ',
  'system-view',
];
const TOP_LEVEL_BY_WORD = new Map<string, string[]>();
for (const p of TOP_LEVEL_PREFIXES) {
  const word = p.split(' ')[0] ?? p;
  TOP_LEVEL_BY_WORD.set(word, [...(TOP_LEVEL_BY_WORD.get(word) ?? []), p]);
}

export function parseInterfaceConfig(text: string): ParseResult<InterfaceConfigParsed> {
  const reader = new BlockReader();
  // Output lines and echoed commands arrive in paste order, one call each, without a line array:
  // a 10 MB configuration has ~400k lines, and one object per line is mostly GC time.
  const { hidden } = scanPaste(
    text,
    (no, raw) => {
      // Trimmed as String#trim would, but copied only when there is something to cut: a NBSP or
      // U+3000 (web pages, CJK terminals) counts as indent too, and normalise leaves those at the end.
      let indent = 0;
      while (indent < raw.length && isWhiteSpace(raw.charCodeAt(indent))) indent++;
      let end = raw.length;
      while (end > indent && isWhiteSpace(raw.charCodeAt(end - 1))) end--;
      const trimmed = indent === 0 && end === raw.length ? raw : raw.slice(indent, end);
      reader.line(no, stripPrompt(trimmed), trimmed === '' ? 0 : indent);
    },
    (c) => reader.command(c.no, c.command),
  );
  const r = reader.finish();
  addHiddenWarnings(r.warnings, hidden);
  return r;
}

/** The block state machine: one `line` call per configuration line, in paste order. */
class BlockReader {
  private readonly warnings: ParseIssue[] = [];
  private readonly byKey = new KeyTable();
  private readonly order: Building[] = [];
  private current: Building[] | null = null;
  /**
   * A block naming one interface (nearly all) collects its lines here and hands them over at its
   * end as one exactly sized array; pushing into each record's own array instead leaves ~50k arrays
   * grown to 16 slots for 5-8 lines. Range blocks push line by line as before.
   */
  private single: Building | null = null;
  private readonly pending: SourceLine[] = [];
  /** Lines of `pending` in use: it is reused without being cleared (no length change). */
  private pendingCount = 0;
  /** Indentation of the first body line of the current block; -1 before it. */
  private bodyIndent = -1;
  private skipped = 0;
  private firstSkipped: number | null = null;
  private structural = 0;
  private anyText = false;
  /** Texts of the first entries, blank ones included, for naming another command's output. */
  private readonly head: string[] = [];
  /** Where readNameKeyAt writes, reused for every header. */
  private readonly read: NameKeyRead = {
    name: '',
    canonical: '',
    aggregate: false,
    key: '',
    hash: 0,
  };

  command(no: number, command: string): void {
    // Echoed display commands are what was typed to get this output, not configuration.
    // `display current-configuration interface Bridge-Aggregation33`, `dis cur int rou 1`
    if (/^dis(?:p(?:l(?:a(?:y)?)?)?)?\s/i.test(command)) return;
    this.line(no, command.trim(), 0);
  }

  line(no: number, t: string, indent: number): void {
    if (this.head.length < 40) this.head.push(t);
    if (t === '') return;
    this.anyText = true;
    const c0 = t.charCodeAt(0);
    // `#`, `# Create VLAN 10.`: section separators and comments.
    if (c0 === 35) {
      this.structural++;
      this.endBlock();
      return;
    }
    // isWordAt compares without a lower-case copy (no non-ASCII letter lower-cases into these words).
    if (
      (t.length === 4 || t.length === 6) &&
      (isWordAt(t, 0, t.length, 'quit') || isWordAt(t, 0, t.length, 'return'))
    ) {
      this.structural++;
      this.endBlock();
      return;
    }
    if ((c0 | 32) === 105) {
      // `interface Ten-GigabitEthernet1/0/1` as the device prints it: one reading of the name.
      if (hasAt(t, 'interface ', 0) && readNameKeyAt(t, 10, this.read)) {
        this.openBlock();
        const r = this.read;
        this.openSingle(
          no,
          t,
          getOrCreate(this.byKey, this.order, r.key, r.hash, r.name, r.canonical, r.aggregate, no),
        );
        return;
      }
      const header = interfaceHeader(t);
      if (header !== null) {
        this.header(no, t, header);
        return;
      }
    }
    const current = this.current;
    if (current === null) {
      this.skip(no);
      return;
    }
    // `description to-peer-5 (BAGG5)`: the commonest line with capitals needs no lower-case copy.
    const desc = hasWordAt(t, 0, 'description ');
    if (this.bodyIndent < 0) this.bodyIndent = indent;
    // An indented block (`display current-configuration`) ends at the first line back at column 0.
    else if (this.bodyIndent > 0 && this.bodyIndent <= 4 && indent === 0) {
      this.endBlock();
      this.skip(no);
      return;
    }
    // Indented blocks were handled above: a top-level section there starts at column 0.
    if (indent === 0 && !desc && startsTopLevel(lowerKeywords(t))) {
      this.endBlock();
      this.skip(no);
      return;
    }
    const single = this.single;
    if (single !== null) {
      this.pending[this.pendingCount++] = { no, text: t };
      applyLine(single, t, desc, no, this.warnings, true);
      return;
    }
    if (current.length === 0) {
      this.skip(no);
      return;
    }
    for (let i = 0; i < current.length; i++) {
      const b = current[i] as Building;
      addLine(b.rec, no, t);
      applyLine(b, t, desc, no, this.warnings, i === 0);
    }
  }

  /** Every `interface` line ends the block before it; what follows belongs to the new one. */
  private openBlock(): void {
    this.structural++;
    this.endBlock();
  }

  /** `b` null: the block's lines are configuration of an interface we cannot name, skipped. */
  private openSingle(no: number, t: string, b: Building | null): void {
    if (b === null) {
      this.current = NO_MEMBERS;
      this.cannotName(no, t);
      return;
    }
    this.current = NO_MEMBERS;
    this.single = b;
    this.pending[this.pendingCount++] = { no, text: t };
  }

  private header(no: number, t: string, header: Header): void {
    this.openBlock();
    // No interface name or typed range is that long: reading one word by word (a line of
    // millions of `a `) was seconds of garbage collection for a name nobody has (issue #15).
    if (header.rest.length > HEADER_MAX) {
      this.cannotName(no, t);
      return;
    }
    if (!header.range) {
      // `Route-Aggregation 1` keeps one blank; most names (`Bridge-Aggregation33`) have none to fold.
      const rest = header.rest;
      const name =
        header.blankFree || indexOfWhiteSpace(rest) < 0 ? rest : rest.replace(/\s+/g, ' ');
      this.openSingle(no, t, getOrCreateNamed(this.byKey, this.order, name, no));
      return;
    }
    const current: Building[] = [];
    this.current = current;
    const names = rangeMembers(header.rest);
    if (names === null || names.length === 0) {
      this.cannotName(no, t);
      return;
    }
    for (const name of names) {
      // rangeMembers has read every name already.
      const b = getOrCreateNamed(this.byKey, this.order, name, no);
      if (b === null) continue;
      addLine(b.rec, no, t);
      current.push(b);
    }
  }

  private cannotName(no: number, t: string): void {
    this.warnings.push(issue('unrecognised-line', `Cannot read the interface name in "${t}".`, no));
  }

  private endBlock(): void {
    const single = this.single;
    if (single !== null) {
      const rec = single.rec;
      // A second block for the same interface adds its lines after the first block's.
      const lines = takeLines(this.pending, this.pendingCount);
      rec.lines = rec.lines === NO_LINES ? lines : rec.lines.concat(lines);
      this.pendingCount = 0;
      this.single = null;
    }
    this.current = null;
    this.bodyIndent = -1;
  }

  private skip(no: number): void {
    this.skipped++;
    if (this.firstSkipped === null) this.firstSkipped = no;
  }

  finish(): ParseResult<InterfaceConfigParsed> {
    this.endBlock();
    const warnings = this.warnings;
    const interfaces = this.order.map(finish);
    if (this.skipped > 0 && interfaces.length > 0) {
      const info: InfoIssue = {
        ...issue(
          'outside-interface',
          `${this.skipped} line(s) of other configuration (outside any interface block) were skipped.`,
          this.firstSkipped,
        ),
        severity: 'info',
      };
      warnings.push(info);
    }
    if (interfaces.length === 0) {
      if (!this.anyText)
        return result<InterfaceConfigParsed>(
          null,
          [issue('empty-input', 'The paste is empty.')],
          [],
        );
      const code = this.structural > 0 ? 'no-interface' : 'wrong-command';
      const hint = sniffOther(this.head);
      const msg =
        code === 'no-interface'
          ? 'This configuration has no `interface <name>` block; expected `display current-configuration interface ...`.'
          : `Expected \`display current-configuration interface ...\` (an \`interface <name>\` block)${hint ? `; this looks like \`${hint}\`` : ''}.`;
      return result<InterfaceConfigParsed>(null, [issue(code, msg)], warnings);
    }
    return result({ interfaces }, [], warnings);
  }
}

// `[H3C-GigabitEthernet1/0/1]lacp period short`: a view prompt the normaliser leaves in place
// because `lacp` is not one of the command words it knows.
function stripPrompt(t: string): string {
  const c = t.charCodeAt(0);
  if (c !== 91 && c !== 60) return t;
  const close = t.indexOf(c === 91 ? ']' : '>');
  if (close < 2 || close > 100) return t;
  const name = t.slice(1, close);
  if (/\s/.test(name)) return t;
  return t.slice(close + 1).trim();
}

/** Longest `interface ...` rest read: a name is under 64 characters, a typed range under 512. */
const HEADER_MAX = 4096;

interface Header {
  rest: string;
  range: boolean;
  /** `rest` has no white space (known already, so not scanned for again). */
  blankFree: boolean;
}

// `interface Bridge-Aggregation33`, `int XGE1/0/49`, `inter rou 1`, `interface range xge1/0/49 to xge1/0/50`
function interfaceHeader(t: string): Header | null {
  const c = t.charCodeAt(0);
  if (c !== 105 && c !== 73) return null;
  // Body lines such as `ip address ...` also start with `i`: the word must start `int`.
  const c1 = t.charCodeAt(1) | 32;
  const c2 = t.charCodeAt(2) | 32;
  if (c1 !== 110 || c2 !== 116) return null;
  // As printed by the device: `interface Ten-GigabitEthernet1/0/1`, one word after one blank.
  if (hasAt(t, 'interface ', 0) && isInk(t.charCodeAt(10)) && isInk(t.charCodeAt(t.length - 1))) {
    const rest = t.slice(10);
    if (indexOfWhiteSpace(rest) < 0) return { rest, range: false, blankFree: true };
  }
  const sp = indexOfWhiteSpace(t);
  if (sp < 3) return null;
  const word = t.slice(0, sp).toLowerCase();
  if (!'interface'.startsWith(word)) return null;
  const rest = t.slice(sp).trim();
  const sp2 = indexOfWhiteSpace(rest);
  const w2 = (sp2 < 0 ? rest : rest.slice(0, sp2)).toLowerCase();
  if (sp2 > 0 && w2.length >= 3 && 'range'.startsWith(w2))
    return { rest: rest.slice(sp2).trim(), range: true, blankFree: false };
  return { rest, range: false, blankFree: sp2 < 0 };
}

/** `xge1/0/49 to xge1/0/50 GigabitEthernet 1/0/3` → each member, as written or counted from the first. */
function rangeMembers(rest: string): string[] | null {
  const tokens = rest.split(/\s+/).filter((s) => s !== '');
  // Glue `GigabitEthernet 1/0/1` back together.
  const items: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const next = tokens[i + 1];
    // `GigabitEthernet` followed by `1/0/1`
    if (tok.toLowerCase() !== 'to' && !/\d/.test(tok) && next !== undefined && /^\d/.test(next)) {
      items.push(`${tok} ${next}`);
      i++;
    } else items.push(tok);
  }
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i] ?? '';
    if (splitInterfaceName(a) === null) return null;
    if ((items[i + 1] ?? '').toLowerCase() === 'to') {
      const b = items[i + 2] ?? '';
      const expanded = expandRange(a, b);
      if (expanded === null) return null;
      out.push(...expanded);
      i += 2;
    } else out.push(a);
  }
  return out;
}

/**
 * Where the digits ending `s` start, -1 when it does not end with one (`s.search(/\d+$/)`, which
 * reads a long digit run again from each of its digits when something follows it).
 */
function trailingDigits(s: string): number {
  let i = s.length;
  while (i > 0 && isDigit(s.charCodeAt(i - 1))) i--;
  return i === s.length ? -1 : i;
}

function expandRange(a: string, b: string): string[] | null {
  const pa = splitInterfaceName(a);
  const pb = splitInterfaceName(b);
  if (pa === null || pb === null) return null;
  if (
    (resolveInterfaceType(pa.type) ?? pa.type).toLowerCase() !==
    (resolveInterfaceType(pb.type) ?? pb.type).toLowerCase()
  )
    return null;
  // `49` in `1/0/49`: the counted part of a range
  const cut = trailingDigits(pa.number);
  const cutB = trailingDigits(pb.number);
  if (cut < 0 || cutB < 0 || pa.number.slice(0, cut) !== pb.number.slice(0, cutB)) return null;
  const from = Number(pa.number.slice(cut));
  const to = Number(pb.number.slice(cutB));
  if (!(to >= from) || to - from >= MAX_RANGE_MEMBERS) return null;
  const prefix = a.slice(0, a.length - (pa.number.length - cut));
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
  return out;
}

/**
 * `pending.slice(0, n)`. Up to 12 lines the array is written as a literal: V8 learns that what a
 * literal site makes survives and then allocates it where long-lived objects go, which spares the
 * young-generation collections copying 50k arrays (a third of the parse was such copying).
 */
function takeLines(p: SourceLine[], n: number): SourceLine[] {
  const a = p[0] as SourceLine;
  const b = p[1] as SourceLine;
  const c = p[2] as SourceLine;
  const d = p[3] as SourceLine;
  switch (n) {
    case 1:
      return [a];
    case 2:
      return [a, b];
    case 3:
      return [a, b, c];
    case 4:
      return [a, b, c, d];
    case 5:
      return [a, b, c, d, p[4] as SourceLine];
    case 6:
      return [a, b, c, d, p[4] as SourceLine, p[5] as SourceLine];
    case 7:
      return [a, b, c, d, p[4] as SourceLine, p[5] as SourceLine, p[6] as SourceLine];
    case 8:
      return [
        a,
        b,
        c,
        d,
        p[4] as SourceLine,
        p[5] as SourceLine,
        p[6] as SourceLine,
        p[7] as SourceLine,
      ];
  }
  return p.slice(0, n);
}

function getOrCreateNamed(
  byKey: KeyTable,
  order: Building[],
  name: string,
  no: number,
): Building | null {
  const info = interfaceNameKey(name);
  if (info === null) return null;
  const key = info.key;
  return getOrCreate(byKey, order, key, nameKeyHash(key), name, info.canonical, info.aggregate, no);
}

function getOrCreate(
  byKey: KeyTable,
  order: Building[],
  key: string,
  hash: number,
  name: string,
  canonicalName: string,
  aggregate: boolean,
  no: number,
): Building {
  const found = byKey.find(key, hash);
  if (found >= 0) return order[found] as Building;
  const b: Building = {
    rec: {
      name,
      canonicalName,
      description: null,
      aggregationMode: null,
      aggregationGroup: null,
      linkType: null,
      permitVlans: null,
      lines: NO_LINES,
      line: no,
      // Made in `finish` (see Building.fieldOrder); the key is here now to keep its place.
      fieldLines: NO_FIELD_LINES,
    },
    dynamic: false,
    modeLine: null,
    aggregate,
    vlans: null,
    descLine: 0,
    groupLine: 0,
    linkLine: 0,
    vlansLine: 0,
    fieldOrder: 0,
  };
  // Indexes in byKey are positions in order: both grow here only.
  byKey.add(key, hash);
  order.push(b);
  return b;
}

/**
 * Keywords are matched lower-case; configuration is printed lower-case, so most lines are used as
 * they are and only lines with a capital near the start are copied.
 */
function lowerKeywords(t: string): string {
  const n = Math.min(t.length, 40);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) return t.toLowerCase();
  }
  return t;
}

/** `33` in `port link-aggregation group 33`: the first word from `from` on, 1-6 digits, else null. */
function groupNumber(s: string, from: number): number | null {
  let i = from;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  const start = i;
  let n = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else if (isWhiteSpace(c)) break;
    else return null;
  }
  return i > start && i - start <= 6 ? n : null;
}

function startsTopLevel(lower: string): boolean {
  const sp = lower.indexOf(' ');
  const prefixes = TOP_LEVEL_BY_WORD.get(sp < 0 ? lower : lower.slice(0, sp));
  if (prefixes === undefined) return false;
  for (const p of prefixes) if (lower.startsWith(p) || lower === p.trimEnd()) return true;
  return false;
}

/**
 * `lowerKeywords(t).startsWith(kw, at)` read on `t` itself, for a keyword of lower-case ASCII
 * letters, blanks and hyphens ending within the first 40 characters. An ASCII capital there is
 * what makes lowerKeywords copy, so it matches; the one other character that lower-cases to a
 * keyword letter, the Kelvin sign (to `k`), matches only when the line is copied at all.
 */
function keywordAt(t: string, at: number, kw: string): boolean {
  // As printed (lower case): one native comparison.
  if (hasAt(t, kw, at)) return true;
  if (t.length < at + kw.length) return false;
  let kelvin = false;
  for (let i = 0; i < kw.length; i++) {
    const c = t.charCodeAt(at + i);
    const k = kw.charCodeAt(i);
    if (c === k || (k >= 97 && c === k - 32)) continue;
    if (c === 0x212a && k === 107) kelvin = true;
    else return false;
  }
  return !kelvin || lowerKeywords(t) !== t;
}

/**
 * The known link types, each kept as this one string instead of a copy per interface: the
 * lower-cased value of `port link-type <value>` (ASCII case only, see keywordAt).
 */
function knownLinkType(t: string, from: number): string | null {
  const to = t.length;
  if (isWordAt(t, from, to, 'trunk')) return 'trunk';
  if (isWordAt(t, from, to, 'hybrid')) return 'hybrid';
  if (isWordAt(t, from, to, 'access')) return 'access';
  return null;
}

/**
 * `warn` is false for the 2nd.. members of a range so one bad line gives one warning. Keywords
 * are matched on the line as printed (keywordAt); what follows them is read case-blind already
 * (digits, `to`, `all`, `tagged`), so no lower-case copy of the line is needed.
 */
function applyLine(
  b: Building,
  t: string,
  desc: boolean,
  no: number,
  warnings: ParseIssue[],
  warn: boolean,
): void {
  const rec = b.rec;
  // description to Reg1-DSW2 (BAGG100)
  if (desc) {
    rec.description = t.slice(12).trim();
    if (b.descLine === 0) b.fieldOrder = (b.fieldOrder << 3) | FIELD_DESCRIPTION;
    b.descLine = no;
    return;
  }
  // Every other line used starts `l`, `u` or `p`: the rest (`ip address ...`) leave here, and
  // the letters at fixed places pick the one keyword worth comparing in full (`| 32`: ASCII case).
  const c0 = t.charCodeAt(0) | 32;
  if (c0 === 108) {
    // link-aggregation mode dynamic
    if (keywordAt(t, 0, 'link-aggregation mode ')) {
      // `dynamic` as printed needs no trimmed, lower-cased copy to be recognised.
      const dynamic =
        isWordAt(t, 22, t.length, 'dynamic') || t.slice(22).trim().toLowerCase() === 'dynamic';
      b.dynamic = dynamic;
      b.modeLine = no;
      if (!dynamic && warn && t.slice(22).trim().toLowerCase() !== 'static')
        warnings.push(
          issue('unknown-value', `Unknown aggregation mode "${t.slice(22).trim()}".`, no),
        );
    }
    return;
  }
  // Where `port ...` starts: 5 after `undo `.
  let off = 0;
  if (c0 === 117) {
    const c5 = t.charCodeAt(5) | 32;
    // undo link-aggregation mode
    if (c5 === 108) {
      if (keywordAt(t, 0, 'undo link-aggregation mode')) {
        b.dynamic = false;
        b.modeLine = no;
      }
      return;
    }
    if (c5 !== 112 || !keywordAt(t, 0, 'undo port ')) return;
    if ((t.charCodeAt(10) | 32) === 108) {
      if (keywordAt(t, 10, 'link-aggregation group')) {
        rec.aggregationGroup = null;
        setGroupLine(b, no);
      }
      return;
    }
    off = 5;
  } else {
    if (c0 !== 112 || !keywordAt(t, 0, 'port ')) return;
    if ((t.charCodeAt(5) | 32) === 108) {
      const c10 = t.charCodeAt(10) | 32;
      // port link-aggregation group 33
      if (c10 === 97 && keywordAt(t, 5, 'link-aggregation group ')) {
        // `33` in `port link-aggregation group 33`
        const n = groupNumber(t, 28);
        if (n !== null) {
          rec.aggregationGroup = n;
          setGroupLine(b, no);
        } else if (warn)
          warnings.push(
            issue('unrecognised-line', `Cannot read the aggregation group in "${t}".`, no),
          );
      }
      // port link-type trunk
      else if (c10 === 116 && keywordAt(t, 5, 'link-type ')) {
        let known = knownLinkType(t, 15);
        if (known === null) {
          // Unusual spellings (blanks around, a Kelvin sign) get the full lower-casing.
          const v = t.slice(15).trim();
          known = knownLinkType(v.toLowerCase(), 0);
          rec.linkType = known ?? v;
          if (known === null && warn)
            warnings.push(issue('unknown-value', `Unknown link type "${v}".`, no));
        } else rec.linkType = known;
        if (b.linkLine === 0) b.fieldOrder = (b.fieldOrder << 3) | FIELD_LINK;
        b.linkLine = no;
        if (known === 'trunk' || known === 'hybrid') ensureVlans(b);
      }
      return;
    }
  }
  // port trunk permit vlan 972 to 973 1972 to 1973 / undo port trunk permit vlan 1
  // port hybrid vlan 10 20 tagged / undo port hybrid vlan 1
  const c = t.charCodeAt(off + 5) | 32;
  let from: number;
  if (c === 116 && keywordAt(t, off + 5, 'trunk permit vlan ')) from = off + 23;
  else if (c === 104 && keywordAt(t, off + 5, 'hybrid vlan ')) from = off + 17;
  else return;
  // `undo port trunk permit vlan 1` on the default set, as the device prints it: the set empties.
  if (off > 0 && t.length === from + 1 && t.charCodeAt(from) === 49 && isDefault(b.vlans)) {
    b.vlans = NO_VLANS;
  } else {
    const ranges = c === 116 ? parseVlanListAt(t, from, t.length) : hybridVlans(t, from);
    if (ranges === null) {
      if (warn)
        warnings.push(issue('unrecognised-line', `Cannot read the VLAN list in "${t}".`, no));
      return;
    }
    const set = ownVlans(b);
    // `set` and `ranges` belong to this record alone (made by ownVlans, parseVlanList or an
    // earlier update, never shared between range members), so they are merged in place.
    b.vlans = off > 0 ? removeOwnedRanges(set, ranges) : addOwnedRanges(set, ranges);
  }
  if (b.vlansLine === 0) b.fieldOrder = (b.fieldOrder << 3) | FIELD_VLANS;
  b.vlansLine = no;
}

function setGroupLine(b: Building, no: number): void {
  if (b.groupLine === 0) b.fieldOrder = (b.fieldOrder << 3) | FIELD_GROUP;
  b.groupLine = no;
}

/**
 * The VLAN list from `from` on, without a last `tagged` / `untagged` word: `10 to 11 tagged` →
 * `10 to 11`. Token-wise (a regex here would backtrack on long blank runs) and in place: the
 * list ends at the last blank before that word, after trailing white space is dropped.
 */
function hybridVlans(s: string, from: number): VlanRange[] | null {
  let end = s.length;
  while (end > from && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  let sp = end - 1;
  while (sp >= from && !isWhiteSpace(s.charCodeAt(sp))) sp--;
  if (isWordAt(s, sp + 1, end, 'tagged') || isWordAt(s, sp + 1, end, 'untagged'))
    end = Math.max(sp, from);
  return parseVlanListAt(s, from, end);
}

// A trunk or hybrid port permits VLAN 1 until `undo port trunk permit vlan 1` / `undo port hybrid
// vlan 1`, which is why the device prints that undo line; typed snippets rely on the same default.
// It stands for `[[1, 1]]` until a list changes it, and the usual undo line then needs no copy.
const DEFAULT_VLANS: VlanRange[] = [];
/** `[]` until a list adds to it: addOwnedRanges and removeOwnedRanges leave an empty set as it is. */
const NO_VLANS: VlanRange[] = [];

function ensureVlans(b: Building): void {
  if (b.vlans === null) b.vlans = DEFAULT_VLANS;
}

/** No VLAN line yet: the set is `[[1, 1]]`, stored or not. */
function isDefault(vlans: VlanRange[] | null): boolean {
  return vlans === null || vlans === DEFAULT_VLANS;
}

/** The record's VLAN set as an array of its own, to be changed in place. */
function ownVlans(b: Building): VlanRange[] {
  return isDefault(b.vlans) ? [[1, 1]] : (b.vlans as VlanRange[]);
}

function finish(b: Building): InterfaceConfigRecord {
  const rec = b.rec;
  if (rec.lines === NO_LINES) rec.lines = [];
  const fieldLines = makeFieldLines(b);
  rec.fieldLines = fieldLines;
  if (b.aggregate) {
    rec.aggregationMode = b.dynamic ? 'dynamic' : 'static';
    // A static aggregate is shown by the absence of the mode line: cite the block header then.
    fieldLines.aggregationMode =
      b.dynamic && b.modeLine !== null ? b.modeLine : (b.modeLine ?? rec.line);
  }
  const access = rec.linkType === 'access';
  const vlans = b.vlans;
  rec.permitVlans =
    vlans === null || access
      ? null
      : vlans === DEFAULT_VLANS
        ? [[1, 1]]
        : vlans === NO_VLANS
          ? []
          : vlans;
  return rec;
}

/**
 * `{ name, ...the other fields in the order they were first set }`. The orders a device prints
 * get one literal each (one allocation, no key-by-key growth); any other order is built key by key.
 */
function makeFieldLines(b: Building): FieldLines {
  const name = b.rec.line;
  const order = b.fieldOrder;
  const desc = b.descLine;
  const link = b.linkLine;
  const vlans = b.vlansLine;
  const group = b.groupLine;
  // Codes oldest first, 3 bits each: 0o134 is description, link type, VLANs.
  switch (order) {
    case 0:
      return { name };
    case 0o1:
      return { name, description: desc };
    case 0o13:
      return { name, description: desc, linkType: link };
    case 0o134:
      return { name, description: desc, linkType: link, permitVlans: vlans };
    case 0o1342:
      return {
        name,
        description: desc,
        linkType: link,
        permitVlans: vlans,
        aggregationGroup: group,
      };
    case 0o12:
      return { name, description: desc, aggregationGroup: group };
    case 0o2:
      return { name, aggregationGroup: group };
    case 0o34:
      return { name, linkType: link, permitVlans: vlans };
    case 0o342:
      return { name, linkType: link, permitVlans: vlans, aggregationGroup: group };
  }
  const out: FieldLines = { name };
  for (let shift = 9; shift >= 0; shift -= 3) {
    const code = (order >> shift) & 7;
    if (code === FIELD_DESCRIPTION) out.description = desc;
    else if (code === FIELD_GROUP) out.aggregationGroup = group;
    else if (code === FIELD_LINK) out.linkType = link;
    else if (code === FIELD_VLANS) out.permitVlans = vlans;
  }
  return out;
}

function sniffOther(head: string[]): string | null {
  for (const t of head) {
    if (
      t.startsWith('Aggregate Interface:') ||
      t.startsWith('Aggregation Interface:') ||
      t.startsWith('AGG ')
    )
      return 'display link-aggregation';
    if (t.startsWith('Initiator:')) return 'display session table ... verbose';
    if (t.startsWith('Server farm:') || t.startsWith('Server-farm')) return 'display server-farm';
    if (t.startsWith('Ping ') || t.startsWith('PING ')) return 'ping';
    // `Reth1 :`
    if (/^Reth\d+\s*:/.test(t)) return 'display reth interface';
  }
  return null;
}
