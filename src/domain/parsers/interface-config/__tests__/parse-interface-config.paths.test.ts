/**
 * The fast paths of parseInterfaceConfig against its general code, through the public parser
 * only. Each property renders random interface blocks in a layout of ../__fixtures__ (`#`
 * separated `display current-configuration`, unindented `#` snippets, typed `... quit` snippets,
 * system-view prompts) once as the device prints them and once re-spelt so that some lines take
 * the general code, and expects the same records, warnings and cited lines.
 *
 * Paths tied together:
 * - headers: `interface <Name>` as printed (readNameKeyAt: one reading, the recent type words,
 *   the key's hash built while reading) / `Interface`, `int`, `inter`, two blanks or a NBSP after
 *   the word, an abbreviation, a lower-case type word, a blank before the number, `interface
 *   range` with one name (interfaceHeader, interfaceNameKey, nameKeyHash). A block re-opened
 *   under another spelling lands on the first block's record in the KeyTable, also past its
 *   growth at 512 names and past the 8 recent type words;
 * - body keywords: as printed (`startsWith`, picked by a letter at a fixed place) / any ASCII
 *   case (keywordAt's loop, hasWordAt for `description`, lowerKeywords' copy for a top-level
 *   section ending an unindented block);
 * - values: `trunk`, `dynamic` right after their keyword / after more blanks, a NBSP or U+3000,
 *   in other case (trim, lower-case); a group number after other white space or with leading
 *   zeros; VLAN lists with other separators, `TO`/`ALL`, ranges split, overlapping or out of
 *   order (mergeOwnedRanges' sort); `undo port trunk permit vlan 1` on the default set (the set
 *   just empties) / that undo as `1 to 1` or after two blanks (removeOwnedRanges);
 * - lines: a typed snippet with `[H3C-...]` prompts (echoed commands, stripPrompt) / without;
 * - records: a one-interface block (lines handed over at its end, as literals up to 8) / an
 *   `interface range` block (lines pushed one by one, warnings from its first member only);
 *   fieldLines literals for the orders a device prints / built key by key for any other;
 * - VLAN updates: owned ranges appended, merged and removed in place / a set of VLAN ids.
 *
 * The last two properties hold a NBSP or U+3000 in an indent, and before `tagged`, to a blank:
 * the speed rewrite had lost data there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInterfaceConfig } from '../parse-interface-config';

const NBSP = '\u00a0';
const IDEO = '\u3000';
const parse = (lines: string[]) => parseInterfaceConfig(lines.join('\n'));
/** The result as it is serialised (no `undefined` fields, no shared references). */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
/** `toEqual` ignores key order, and fieldLines keep theirs in first-set order: compared apart. */
const fieldKeys = (r: ReturnType<typeof parseInterfaceConfig>) =>
  r.value?.interfaces.map((i) => Object.keys(i.fieldLines)) ?? [];

/** A small deterministic stream from one generated number, so one pick shrinks as a whole. */
function stream(seed: number): (n: number) => number {
  let s = seed | 0;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return n <= 1 ? 0 : (s >> 8) % n;
  };
}

/** ASCII case as an engineer may type it: the parser reads keywords and these values case-blind. */
function recase(s: string, k: number): string {
  switch (k % 4) {
    case 1:
      return s.toUpperCase();
    case 2:
      return s.replace(/(^|[ -])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
    case 3:
      return s.charAt(0).toUpperCase() + s.slice(1);
    default:
      return s;
  }
}

// ---- interfaces -----------------------------------------------------------------------------

interface IfType {
  full: string;
  /** Other names the device accepts for the type (interface-names' table, CLI prefixes). */
  aliases: string[];
  /** Not in interface-names' table: the name is its own canonical form, keyed lower-cased. */
  unknown?: boolean;
}
const slotPort = (max: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 2 }), fc.nat(1), fc.integer({ min: 1, max }))
    .map(([a, b, c]) => `${a}/${b}/${c}`);
const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
/** Each type with the numbers it takes (kept apart so counterexamples print plain objects). */
const TYPED: Array<[IfType, fc.Arbitrary<string>]> = [
  [{ full: 'GigabitEthernet', aliases: ['GE', 'g', 'gigabitethernet'] }, slotPort(48)],
  [
    { full: 'Ten-GigabitEthernet', aliases: ['XGE', 'Ten-GE', 'TenGigabitEthernet', 'ten'] },
    slotPort(52),
  ],
  [{ full: 'FortyGigE', aliases: ['FGE', 'fortygige'] }, slotPort(54)],
  [{ full: 'HundredGigE', aliases: ['HGE'] }, slotPort(54)],
  [{ full: 'Twenty-FiveGigE', aliases: ['WGE', 'TwentyFiveGigE'] }, slotPort(48)],
  [{ full: 'Bridge-Aggregation', aliases: ['BAGG', 'Bridge-Agg', 'bri'] }, int(1, 1024)],
  [
    { full: 'Route-Aggregation', aliases: ['RAGG', 'Route-Agg', 'rou'] },
    fc.oneof(
      int(1, 1024),
      fc.tuple(int(1, 16), int(1, 4094)).map(([a, b]) => `${a}.${b}`),
    ),
  ],
  [{ full: 'Reth', aliases: ['RETH', 'reth'] }, int(1, 16)],
  [{ full: 'Vlan-interface', aliases: ['Vlan-int', 'Vlan', 'VLANIF'] }, int(1, 4094)],
  [{ full: 'LoopBack', aliases: ['Loop', 'LO'] }, int(0, 9)],
  [{ full: 'M-GigabitEthernet', aliases: ['MGE'] }, fc.constant('0/0/0')],
  [{ full: 'Dialer', aliases: [], unknown: true }, int(0, 9)],
  [{ full: 'Virtual-Template', aliases: [], unknown: true }, int(1, 9)],
];
const TYPES = TYPED.map(([t]) => t);

interface Iface {
  type: IfType;
  number: string;
}
const canonical = (i: Iface) => i.type.full + i.number;
const ifaceArb: fc.Arbitrary<Iface> = fc.oneof(
  ...TYPED.map(([type, number]) => number.map((n) => ({ type, number: n }))),
);
const ifacesArb = (max: number) =>
  fc.uniqueArray(ifaceArb, {
    minLength: 1,
    maxLength: max,
    selector: (i) => canonical(i).toLowerCase(),
  });

/** The name of a re-spelt header, as the parser keeps it: blank runs fold to one blank. */
function spellName(i: Iface, k: number): string {
  const next = stream(k);
  const names = [
    i.type.full,
    i.type.full.toLowerCase(),
    i.type.full.toUpperCase(),
    ...i.type.aliases,
  ];
  const type = names[next(names.length)] ?? i.type.full;
  const gap = ['', '', ' ', NBSP][next(4)] ?? '';
  return type + gap + i.number;
}
/** `interface X` as printed (with a re-spelt name: readNameKeyAt's other branches) or not. */
const HEADER_WORDS = [
  'interface ',
  'Interface ',
  'INTERFACE ',
  'int ',
  'inter ',
  'interface  ',
  `interface${NBSP}`,
  `int${IDEO}`,
  'interface range ',
  'int range ',
];

// ---- body lines -----------------------------------------------------------------------------

type VlanList = 'all' | Array<[number, number]>;
type Body =
  | { kind: 'description'; value: string }
  | { kind: 'linkType' | 'mode'; value: string }
  | { kind: 'group'; value: number }
  | { kind: 'permit' | 'undoPermit' | 'undoHybrid'; list: VlanList }
  | { kind: 'hybrid'; list: VlanList; tag: 'tagged' | 'untagged' }
  | { kind: 'undoMode' | 'undoGroup' }
  | { kind: 'filler'; text: string };

const KEYWORDS = {
  description: 'description ',
  linkType: 'port link-type ',
  mode: 'link-aggregation mode ',
  group: 'port link-aggregation group ',
  permit: 'port trunk permit vlan ',
  undoPermit: 'undo port trunk permit vlan ',
  hybrid: 'port hybrid vlan ',
  undoHybrid: 'undo port hybrid vlan ',
  undoMode: 'undo link-aggregation mode',
  undoGroup: 'undo port link-aggregation group',
} as const;

/** Lines of real configurations the parser keeps but reads nothing from. */
const FILLERS = [
  'port link-mode bridge',
  'port link-mode route',
  'port access vlan 1601',
  'stp edged-port enable',
  'undo jumboframe enable',
  'lacp period short',
  'broadcast-suppression 1',
  'loopback-detection enable',
  'undo lldp enable',
  'undo shutdown',
  'ip binding vpn-instance HLW',
  'ip address 10.197.0.122 255.255.255.252',
  'vlan-type dot1q vid 1973',
  'member interface Route-Aggregation1.1973 priority 100',
  'link-aggregation load-sharing mode source-ip destination-ip',
];

const printList = (l: VlanList) =>
  l === 'all' ? 'all' : l.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b}`)).join(' ');

function printBody(b: Body): string {
  switch (b.kind) {
    case 'filler':
      return b.text;
    case 'undoMode':
    case 'undoGroup':
      return KEYWORDS[b.kind];
    case 'description':
    case 'linkType':
    case 'mode':
    case 'group':
      return `${KEYWORDS[b.kind]}${b.value}`;
    case 'hybrid':
      return `${KEYWORDS.hybrid}${printList(b.list)} ${b.tag}`;
    default:
      return `${KEYWORDS[b.kind]}${printList(b.list)}`;
  }
}

/** The same list, ranges split, overlapping, reordered, other blanks and case between tokens. */
function respellList(l: VlanList, k: number): string {
  if (l === 'all') return recase('all', k);
  const next = stream(k);
  const gap = () => [' ', '  ', NBSP, ` ${IDEO}`][next(4)] ?? ' ';
  const to = () => `${gap()}${['to', 'TO', 'To'][next(3)] ?? 'to'}${gap()}`;
  const pieces: string[] = [];
  for (const [a, b] of l) {
    const m = a + next(b - a);
    const how = a === b ? next(2) + 3 : next(3);
    if (how === 1) pieces.push(`${a}${to()}${m}`, m + 1 === b ? `${b}` : `${m + 1}${to()}${b}`);
    else if (how === 2) pieces.push(`${a}${to()}${m}`, `${m}${to()}${b}`);
    else if (how === 4) pieces.push(`${a}${to()}${a}`);
    else pieces.push(a === b ? `${a}` : `${a}${to()}${b}`);
  }
  const order = next(3);
  if (order === 1) pieces.reverse();
  else if (order === 2) pieces.push(pieces.shift() ?? '');
  return pieces.map((p, i) => (i === 0 ? p : gap() + p)).join('');
}

interface Pick {
  /** Header word, header name, keyword case, white space after the keyword, value, indent. */
  word: number;
  name: number;
  kw: number;
  gap: number;
  value: number;
  indent: number;
}
const pickArb: fc.Arbitrary<Pick> = fc.record({
  word: fc.nat(),
  name: fc.nat(),
  kw: fc.nat(),
  gap: fc.nat(),
  value: fc.nat(),
  indent: fc.nat(),
});

/** A body line the general code reads as the printed one. */
function respellBody(b: Body, p: Pick): string {
  if (b.kind === 'filler') return b.text;
  const kw = recase(KEYWORDS[b.kind], p.kw);
  const gap = ['', ' ', NBSP, IDEO, ` ${NBSP} `][p.gap % 5] ?? '';
  switch (b.kind) {
    case 'undoMode':
    case 'undoGroup':
      return kw;
    case 'description':
      return kw + gap + b.value;
    case 'linkType':
    case 'mode':
      return kw + gap + recase(b.value, p.value);
    case 'group': {
      const n = `${b.value}`;
      return kw + gap + n.padStart(Math.min(6, n.length + (p.value % 3)), '0');
    }
    case 'hybrid':
      // Blanks only before the tag here: a NBSP there has its own property below.
      return `${kw}${gap}${respellList(b.list, p.value)}${p.gap % 2 === 0 ? ' ' : '  '}${recase(b.tag, p.kw >> 2)}`;
    default:
      return kw + gap + respellList(b.list, p.value);
  }
}

const vlanListArb: fc.Arbitrary<VlanList> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<VlanList>('all') },
  {
    weight: 6,
    arbitrary: fc
      .uniqueArray(fc.oneof(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 4094 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((ids) => {
        // As the device prints a set: ascending, runs as `a to b`.
        const out: Array<[number, number]> = [];
        for (const id of ids.sort((a, b) => a - b)) {
          const last = out[out.length - 1];
          if (last !== undefined && id === last[1] + 1) last[1] = id;
          else out.push([id, id]);
        }
        return out;
      }),
  },
);
/** A set cut into the lines the device prints it on, ascending. */
const chunks = (l: VlanList): VlanList[] => {
  if (l === 'all' || l.length <= 4) return [l];
  const out: VlanList[] = [];
  for (let i = 0; i < l.length; i += 4) out.push(l.slice(i, i + 4));
  return out;
};

const descriptionArb = fc
  .tuple(
    fc.constantFrom(
      'to Reg1-DSW2 (BAGG100)',
      'GZ-HXY-G160201-V07-H5030-01_PORT1',
      'input-int',
      'output-int',
      'uplink  to core',
      '上联-核心交换机',
    ),
    fc.option(fc.nat(99), { nil: null }),
  )
  .map(([d, n]) => (n === null ? d : `${d}-${n}`));

/** One block's body in the order the device prints it, other lines in between. */
const bodyArb: fc.Arbitrary<Body[]> = fc
  .record({
    description: fc.option(descriptionArb, { nil: null }),
    vlans: fc.oneof(
      fc.constant(null),
      fc.constant({ type: 'access' as const, undo1: false, lists: [] as VlanList[], tags: [] }),
      fc.record({
        type: fc.constantFrom('trunk' as const, 'hybrid' as const),
        undo1: fc.boolean(),
        lists: vlanListArb.map(chunks),
        tags: fc.array(fc.constantFrom('tagged' as const, 'untagged' as const), {
          minLength: 4,
          maxLength: 4,
        }),
      }),
    ),
    group: fc.option(fc.integer({ min: 1, max: 1024 }), { nil: null }),
    mode: fc.option(fc.constantFrom('dynamic', 'static'), { nil: null }),
    // Typed snippets only, so rarely.
    undo: fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.subarray(['undoMode' as const, 'undoGroup' as const]) },
    ),
    fillers: fc.array(fc.tuple(fc.constantFrom(...FILLERS), fc.nat()), { maxLength: 6 }),
  })
  .map(({ description, vlans, group, mode, undo, fillers }) => {
    const out: Body[] = [];
    if (description !== null) out.push({ kind: 'description', value: description });
    if (vlans !== null) {
      out.push({ kind: 'linkType', value: vlans.type });
      if (vlans.undo1)
        out.push({
          kind: vlans.type === 'hybrid' ? 'undoHybrid' : 'undoPermit',
          list: [[1, 1]],
        });
      vlans.lists.forEach((list, i) =>
        out.push(
          vlans.type === 'hybrid'
            ? { kind: 'hybrid', list, tag: vlans.tags[i % 4] ?? 'tagged' }
            : { kind: 'permit', list },
        ),
      );
    }
    if (group !== null) out.push({ kind: 'group', value: group });
    if (mode !== null) out.push({ kind: 'mode', value: mode });
    for (const kind of undo) out.push({ kind });
    for (const [text, at] of fillers)
      out.splice(at % (out.length + 1), 0, { kind: 'filler', text });
    return out;
  });

// ---- pastes ---------------------------------------------------------------------------------

type Layout = 'display' | 'flat' | 'quit';
interface Block {
  iface: number;
  body: Body[];
  /** Another configuration section right after the block (`vlan 10`, `ospf 1`, ...). */
  section: string | null;
}
interface Paste {
  ifaces: Iface[];
  blocks: Block[];
  layout: Layout;
}

const SECTIONS = ['vlan 10', 'ip vpn-instance HLW', 'ospf 1', 'sysname L5030', 'nqa entry a b'];
const sectionArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...SECTIONS) },
);
const pasteArb: fc.Arbitrary<Paste> = fc
  .tuple(ifacesArb(6), fc.constantFrom<Layout>('display', 'flat', 'quit'))
  .chain(([ifaces, layout]) =>
    fc.record({
      ifaces: fc.constant(ifaces),
      layout: fc.constant(layout),
      blocks: fc
        .tuple(
          fc.tuple(...ifaces.map(() => bodyArb)),
          // Blocks re-opening an interface, as a typed snippet does.
          fc.array(fc.tuple(fc.nat(ifaces.length - 1), bodyArb), { maxLength: 3 }),
          fc.array(sectionArb, {
            minLength: ifaces.length + 3,
            maxLength: ifaces.length + 3,
          }),
        )
        .map(([first, again, sections]) =>
          [
            ...first.map((body, iface) => ({ iface, body })),
            ...again.map(([iface, body]) => ({ iface, body })),
          ].map((b, i) => ({ ...b, section: sections[i] ?? null })),
        ),
    }),
  );

interface Row {
  indent: string;
  prompt: string;
  /** What the parser keeps as the line's text. */
  content: string;
}
interface Rendered {
  rows: Row[];
  /** Per interface, the name its first header gave it. */
  names: Map<number, string>;
}

/**
 * The paste as printed (`picks` null: every line on its fast path) or re-spelt (`picks` used in
 * turn, `prompts` for the typed layouts). Both have the same lines in the same places.
 */
function render(p: Paste, picks: Array<Pick | null> | null, prompts: boolean): Rendered {
  let n = 0;
  const pick = () => (picks === null ? null : (picks[n++ % picks.length] ?? null));
  const rows: Row[] = [];
  const names = new Map<number, string>();
  const bodyIndent = p.layout === 'flat' || prompts ? '' : ' ';
  const push = (content: string, indent = '', view: string | null = null) =>
    rows.push({
      indent,
      prompt: prompts && view !== null ? `[H3C${view === '' ? '' : `-${view}`}]` : '',
      content,
    });
  if (p.layout === 'display') {
    // The echoed command is dropped, whichever way it is typed.
    const k = pick();
    rows.push({
      indent: '',
      prompt: '<H3C>',
      content: k === null ? 'display current-configuration' : 'dis cur',
    });
  }
  if (p.layout !== 'quit') push('#');
  p.blocks.forEach((b, at) => {
    const i = p.ifaces[b.iface] as Iface;
    const view = canonical(i);
    const k = pick();
    const name = k === null ? view : spellName(i, k.name);
    if (!names.has(b.iface)) names.set(b.iface, name.replace(/\s+/g, ' '));
    const word = k === null ? 'interface ' : (HEADER_WORDS[k.word % HEADER_WORDS.length] ?? '');
    push(word + name, k !== null && !prompts && k.indent % 5 === 4 ? ' ' : '', '');
    for (const line of b.body) {
      const s = pick();
      // Blanks or a tab (8 blanks); a flat block stays flat, or its next line would end it.
      const indent =
        s === null || bodyIndent === ''
          ? bodyIndent
          : ([' ', '  ', '    ', '\t'][s.indent % 4] ?? '');
      push(s === null ? printBody(line) : respellBody(line, s), indent, view);
    }
    const s = pick();
    if (p.layout === 'quit') push(s === null ? 'quit' : recase('quit', s.kw), '', view);
    // Unindented, a section's first word ends the block (startsTopLevel, lowerKeywords' copy).
    else if (p.layout === 'display' || b.section === null) push('#');
    if (b.section !== null) {
      const sectionView = b.section.replace(/ /g, '-');
      push(s === null ? b.section : recase(b.section, s.kw), '', '');
      push('description Radio', prompts ? '' : ' ', sectionView);
      if (p.layout === 'quit') push('quit', '', sectionView);
      else push('#');
    }
    if (p.layout === 'quit') push(at % 2 === 0 ? '' : ' ');
  });
  if (p.layout === 'display') push('return');
  return { rows, names };
}
const lines = (r: Rendered) => r.rows.map((row) => row.indent + row.prompt + row.content);

/**
 * What the re-spelt paste must give: the printed paste's result with each line's text as re-spelt
 * and each record named as its first header spelt it (an unknown type is its own canonical name).
 */
function expected(p: Paste, fast: ReturnType<typeof parseInterfaceConfig>, general: Rendered) {
  const byCanonical = new Map(p.ifaces.map((i, at) => [canonical(i), at]));
  return asJson({
    ...fast.value,
    interfaces: fast.value?.interfaces.map((rec) => {
      const at = byCanonical.get(rec.canonicalName) ?? -1;
      const name = general.names.get(at) ?? rec.name;
      return {
        ...rec,
        name,
        canonicalName: p.ifaces[at]?.type.unknown ? name.replace(/\s/g, '') : rec.canonicalName,
        // As printed, but for a NBSP: the clean-up reads it as the blank it shows.
        lines: rec.lines.map((l) => ({
          ...l,
          text: general.rows[l.no - 1]?.content.replaceAll(NBSP, ' '),
        })),
      };
    }),
  });
}

describe('parseInterfaceConfig: fast paths and general code agree', () => {
  it('reads re-spelt headers, keywords, values, indents and prompts as the printed paste', () => {
    const arb = fc.tuple(
      pasteArb,
      fc.array(fc.option(pickArb, { nil: null, freq: 4 }), { minLength: 1, maxLength: 40 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(arb, ([paste, picks, prompted]) => {
        const printed = render(paste, null, false);
        const fast = parse(lines(printed));
        expect(fast.errors).toEqual([]);
        expect(fast.warnings.filter((w) => w.code !== 'outside-interface')).toEqual([]);
        expect(fast.value?.interfaces.length).toBe(paste.ifaces.length);
        // Prompts only where an engineer types: display output has none.
        const general = render(paste, picks, prompted && paste.layout !== 'display');
        const r = parse(lines(general));
        expect(asJson(r.value)).toEqual(expected(paste, fast, general));
        expect(fieldKeys(r)).toEqual(fieldKeys(fast));
        expect(r.warnings).toEqual(fast.warnings);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each member of an `interface range` block what a block of its own gives it', () => {
    // Same lines in the same places: only the header is narrowed to one member. Blocks re-opening
    // single members follow, so a VLAN set shared between members would show there.
    const BAD = [
      'port trunk permit vlan 10 to',
      'port link-type weird',
      'link-aggregation mode lacp',
      'port link-aggregation group x1',
    ];
    const arb = fc.record({
      type: fc.constantFrom('GigabitEthernet', 'Ten-GigabitEthernet', 'GE', 'XGE'),
      slot: fc.integer({ min: 1, max: 2 }),
      from: fc.integer({ min: 1, max: 40 }),
      count: fc.integer({ min: 1, max: 6 }),
      form: fc.constantFrom('to', 'list', 'spaced'),
      body: bodyArb,
      bad: fc.array(fc.tuple(fc.constantFrom(...BAD), fc.nat()), { maxLength: 2 }),
      later: fc.array(fc.tuple(fc.nat(5), bodyArb), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ type, slot, from, count, form, body, bad, later }) => {
        const blank = form === 'spaced' ? ' ' : '';
        const names = Array.from(
          { length: count },
          (_, i) => `${type}${blank}${slot}/0/${from + i}`,
        );
        const header =
          form === 'list'
            ? `interface range ${names.join(' ')}`
            : `interface range ${names[0]} to ${names[count - 1]}`;
        const lines = body.map(printBody);
        for (const [text, at] of bad) lines.splice(at % (lines.length + 1), 0, text);
        const rest = later.flatMap(([m, b]) => [
          '#',
          `interface ${names[m % count]}`,
          ...b.map((l) => ` ${printBody(l)}`),
        ]);
        const range = parse([header, ...lines.map((l) => ` ${l}`), ...rest]);
        expect(range.value?.interfaces.map((i) => i.name)).toEqual(names);
        names.forEach((name, k) => {
          const alone = parse([`interface ${name}`, ...lines.map((l) => ` ${l}`), ...rest]);
          const own = alone.value?.interfaces[0];
          expect(asJson(range.value?.interfaces[k])).toEqual(
            asJson({
              ...own,
              lines: own?.lines.map((l) => (l.no === 1 ? { ...l, text: header } : l)),
            }),
          );
          // One warning per bad line, from the first member only, as a block of its own gives.
          expect(range.warnings).toEqual(alone.warnings);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('reads VLAN updates in any order, split and spelling as the set they leave', () => {
    // Three ports updated alone or together (`interface range`), against a set of VLAN ids; the
    // same sets printed as the device prints them (`undo ... vlan 1`, ascending lines) agree.
    const rangeArb = fc
      .tuple(
        // Mostly a small range of ids, so updates overlap and touch each other.
        fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min: 1, max: 30 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 4094 }) },
        ),
        fc.oneof(fc.nat(4), fc.nat(40)),
      )
      .map(([a, n]): [number, number] => [a, Math.min(4094, a + n)]);
    const stepArb = fc.record({
      ports: fc.subarray([0, 1, 2], { minLength: 1 }),
      hybrid: fc.boolean(),
      undo: fc.boolean(),
      list: fc.oneof(
        { weight: 1, arbitrary: fc.constant<VlanList>('all') },
        { weight: 8, arbitrary: fc.array(rangeArb, { minLength: 1, maxLength: 5 }) },
      ),
      spelling: fc.nat(),
    });
    const ids = (l: VlanList) =>
      l === 'all'
        ? Array.from({ length: 4094 }, (_, i) => i + 1)
        : l.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    const toRanges = (set: Set<number>) => {
      const out: Array<[number, number]> = [];
      for (const id of [...set].sort((a, b) => a - b)) {
        const last = out[out.length - 1];
        if (last !== undefined && id === last[1] + 1) last[1] = id;
        else out.push([id, id]);
      }
      return out;
    };
    const port = (k: number) => `GigabitEthernet1/0/${k + 1}`;
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 10 }), fc.boolean(), (steps, asPrinted) => {
        const sets = [0, 1, 2].map(() => new Set([1]));
        const text = [0, 1, 2].flatMap((k) => [
          `interface ${port(k)}`,
          ' port link-type trunk',
          '#',
        ]);
        for (const s of steps) {
          const line = s.hybrid
            ? s.undo
              ? `undo port hybrid vlan ${respellList(s.list, s.spelling)}`
              : `port hybrid vlan ${respellList(s.list, s.spelling)} tagged`
            : `${s.undo ? 'undo ' : ''}port trunk permit vlan ${respellList(s.list, s.spelling)}`;
          const header =
            s.ports.length === 1
              ? `interface ${port(s.ports[0] ?? 0)}`
              : `interface range ${s.ports.map(port).join(' ')}`;
          text.push(header, ` ${line}`, '#');
          for (const k of s.ports) {
            const set = sets[k] as Set<number>;
            for (const id of ids(s.list)) {
              if (s.undo) set.delete(id);
              else set.add(id);
            }
          }
        }
        const model = sets.map((set) => toRanges(set));
        const r = parse(text);
        expect(r.warnings).toEqual([]);
        expect(r.value?.interfaces.map((i) => i.permitVlans)).toEqual(model);
        if (!asPrinted) return;
        // Ascending lines after the usual undo: each appends after the last range.
        const printed = model.flatMap((m, k) => [
          `interface ${port(k)}`,
          ' port link-type trunk',
          ...(m[0]?.[0] === 1 ? [] : [' undo port trunk permit vlan 1']),
          ...(m.length === 0
            ? []
            : chunks(m).map((c) => ` port trunk permit vlan ${printList(c)}`)),
          '#',
        ]);
        expect(parse(printed).value?.interfaces.map((i) => i.permitVlans)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('orders fieldLines by the first line setting each field, for printed and other orders', () => {
    // The orders a device prints have literals; any other is built key by key.
    const FIELD: Partial<Record<Body['kind'], string>> = {
      description: 'description',
      linkType: 'linkType',
      permit: 'permitVlans',
      group: 'aggregationGroup',
      undoGroup: 'aggregationGroup',
    };
    const DEVICE_ORDER = ['description', 'linkType', 'permit', 'group', 'undoGroup', 'mode'];
    const FIELD_LINES: Body[] = [
      { kind: 'description', value: 'to Reg1-DSW2 (BAGG100)' },
      { kind: 'linkType', value: 'trunk' },
      { kind: 'permit', list: [[10, 20]] },
      { kind: 'group', value: 33 },
      { kind: 'undoGroup' },
      { kind: 'mode', value: 'dynamic' },
    ];
    const FILLER: Body = { kind: 'filler', text: 'undo shutdown' };
    const arb = fc.record({
      name: fc.constantFrom('Bridge-Aggregation33', 'Ten-GigabitEthernet1/2/0/43'),
      fields: fc.shuffledSubarray(FIELD_LINES),
      // A field line again (its line is cited, its key stays where it was) or another line.
      again: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      asDevice: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ name, fields, again, asDevice }) => {
        const body = [...fields];
        for (const [which, at] of again)
          body.splice(at % (body.length + 1), 0, fields[which % (fields.length + 1)] ?? FILLER);
        const rank = (b: Body) => DEVICE_ORDER.indexOf(b.kind);
        const lines = asDevice ? [...body].sort((a, b) => rank(a) - rank(b)) : body;
        const want: Record<string, number> = { name: 1 };
        lines.forEach((b, i) => {
          const field = FIELD[b.kind];
          if (field !== undefined) want[field] = i + 2;
        });
        if (name.startsWith('Bridge')) {
          const mode = lines.map((b, i) => (b.kind === 'mode' ? i + 2 : 0)).filter((n) => n > 0);
          want.aggregationMode = mode[mode.length - 1] ?? 1;
        }
        const rec = parse([`interface ${name}`, ...lines.map((b) => ` ${printBody(b)}`)]).value
          ?.interfaces[0];
        // JSON text, not toEqual: the key order is what is compared.
        expect(JSON.stringify(rec?.fieldLines)).toBe(JSON.stringify(want));
      }),
      { numRuns: 300 },
    );
  });

  it('re-opens blocks under any spelling among many names and type words (KeyTable, recent types)', () => {
    // Past 512 names the KeyTable grows; 13 type words overflow the 8 recent ones readNameKeyAt keeps.
    const numberFor = (t: IfType, i: number) =>
      t.full === 'M-GigabitEthernet'
        ? `0/0/${i}`
        : t.full.includes('Gig')
          ? `${1 + (i % 2)}/0/${i}`
          : `${i + 1}`;
    const arb = fc.tuple(
      fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 500, max: 700 })),
      fc.nat(),
    );
    fc.assert(
      fc.property(arb, ([n, seed]) => {
        const next = stream(seed);
        const ifaces: Iface[] = Array.from({ length: n }, (_, i) => {
          const type = TYPES[(i + seed) % TYPES.length] as IfType;
          return { type, number: numberFor(type, i) };
        });
        const again = ifaces.map((i) => (next(3) === 0 ? i : null));
        const paste = (spelt: boolean) => [
          ...ifaces.flatMap((i, k) => [`interface ${canonical(i)}`, ` description d${k}`, '#']),
          ...again.flatMap((i, k) =>
            i === null
              ? []
              : [
                  spelt
                    ? `${HEADER_WORDS[next(HEADER_WORDS.length)]}${spellName(i, next(1 << 20))}`
                    : `interface ${canonical(i)}`,
                  ` port link-aggregation group ${k}`,
                  '#',
                ],
          ),
        ];
        const values = (r: ReturnType<typeof parseInterfaceConfig>) =>
          r.value?.interfaces.map((i) => [
            i.canonicalName,
            i.description,
            i.aggregationGroup,
            i.lines.map((l) => l.no),
          ]);
        const fast = parse(paste(false));
        expect(fast.value?.interfaces.length).toBe(n);
        expect(values(parse(paste(true)))).toEqual(values(fast));
      }),
      { numRuns: 12 },
    );
  });
});

describe('parseInterfaceConfig: a NBSP or U+3000 is a blank', () => {
  // Regressions of the speed rewrite, found by this file: the original parser trimmed every line
  // (String#trim) and took `\s+` before `tagged`; the rewrite had counted only ASCII blanks.

  // Was: `interface GigabitEthernet1/0/1\n\u00a0port link-type access` gave linkType null, the
  // line's text keeping the NBSP; `\u00a0interface GE1/0/1` alone gave no interface at all.
  it('reads a line indented with a NBSP or U+3000 as one indented with blanks', () => {
    const arb = fc.tuple(
      pasteArb.map((p) => ({ ...p, layout: 'display' as const })),
      fc.nat(),
      fc.constantFrom(` ${NBSP}`, NBSP, IDEO),
    );
    fc.assert(
      fc.property(arb, ([paste, at, indent]) => {
        const printed = render(paste, null, false);
        const fast = parse(lines(printed));
        const i = 2 + (at % (printed.rows.length - 3));
        const rows = printed.rows.map((r, k) => (k === i ? { ...r, indent } : r));
        const r = parse(lines({ ...printed, rows }));
        expect(asJson(r.value)).toEqual(asJson(fast.value));
        expect(r.warnings).toEqual(fast.warnings);
      }),
      { numRuns: 50 },
    );
  });

  // Was: `interface GigabitEthernet1/0/1\nport hybrid vlan 10\u00a0tagged` warned
  // unrecognised-line@2 and gave permitVlans null (a blank before `tagged`: [[1, 1], [10, 10]]).
  it('reads a NBSP or U+3000 before `tagged` / `untagged` as a blank', () => {
    const arb = fc.tuple(
      vlanListArb,
      fc.constantFrom('tagged', 'untagged'),
      fc.constantFrom(NBSP, IDEO, ` ${NBSP}`),
    );
    fc.assert(
      fc.property(arb, ([list, tag, gap]) => {
        const block = (sep: string) => [
          'interface GigabitEthernet1/0/1',
          ' port link-type hybrid',
          ` port hybrid vlan ${printList(list)}${sep}${tag}`,
        ];
        const fast = parse(block(' '));
        const r = parse(block(gap));
        expect(r.warnings).toEqual(fast.warnings);
        expect(r.value?.interfaces[0]?.permitVlans).toEqual(fast.value?.interfaces[0]?.permitVlans);
      }),
      { numRuns: 20 },
    );
  });
});
