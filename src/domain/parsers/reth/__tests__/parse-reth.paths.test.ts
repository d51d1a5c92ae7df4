/**
 * The fast paths of parseReth and parseRedundancyGroup against their general code, through the
 * public parsers only. Each property renders one random paste as Comware prints it (fast paths)
 * and re-spelt so that some lines take the general code, and expects the same result with the
 * same lines; where the general code keeps a word as printed, exactly that word differs.
 *
 * Paths tied together:
 * - display member rows: PLAIN_ROW (the three printed columns, printed words) / the word-by-word
 *   reading (status words in another case, a header without some columns);
 * - configuration: the first-letter checks before the interface / redundancy-group regexes and the
 *   `member` check before CONFIG_MEMBER / the case-insensitive, blank-tolerant regexes themselves;
 * - redundancy group rows: PLAIN_NODE, PLAIN_MEMBER, PLAIN_TRACK / nodeRow, nodeMember, trackRow
 *   (other case, numbers past 15 digits, `DOWN(redundancy  down)` with more blanks);
 * - labels: settings, `Node 1:`, `Track info:` in other case and spacing, with a full-width colon;
 * - line trim: an indent of blanks (trimIndented's slice) / a NBSP or U+3000 in it (String#trim).

 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReth } from '../parse-reth';
import { parseRedundancyGroup } from '../parse-redundancy-group';

const NBSP = '\u00a0';
const IDEO = '\u3000';
const sp = (n: number) => ' '.repeat(n);
const padTo = (s: string, w: number) => s + sp(Math.max(1, w - s.length));
const join = (lines: string[]) => lines.join('\n');

// ---- spellings --------------------------------------------------------------------------------

/** parseReth and parseRedundancyGroup trim every line: any whitespace may lead. */
const indentArb = fc.constantFrom('', '  ', '    ', ` ${NBSP} `, NBSP, IDEO, `${IDEO}  `);
/** Blanks between cells; `\s` and the word scan both take a NBSP for one. */
const gapArb = fc.constantFrom(' ', '  ', '      ', ` ${NBSP}`, `${NBSP}  `);
/** A case for each letter of a word. */
const caseArb = fc.array(fc.boolean(), { minLength: 24, maxLength: 24 });
const recase = (w: string, mask: boolean[]) =>
  [...w].map((c, i) => (mask[i] ? c.toLowerCase() : c.toUpperCase())).join('');

interface LineSpelling {
  indent: string;
  gaps: string[];
  cases: boolean[][];
  /** Numbers read past the regexes' 15 digits (the word reading's Number()). */
  longNumbers: boolean;
  before: number;
  fullWidth: boolean;
}
const lineSpellingArb: fc.Arbitrary<LineSpelling> = fc.record({
  indent: indentArb,
  gaps: fc.array(gapArb, { minLength: 8, maxLength: 8 }),
  cases: fc.array(caseArb, { minLength: 8, maxLength: 8 }),
  longNumbers: fc.boolean(),
  before: fc.nat(3),
  fullWidth: fc.boolean(),
});
const spellingsArb = fc.array(lineSpellingArb, { minLength: 1, maxLength: 20 });

/** Cells joined as printed (padded to `widths`) or with the spelling's gaps. */
function cells(cs: string[], widths: number[], s: LineSpelling | null, indent = '  '): string {
  if (s === null)
    return indent + cs.map((c, i) => (i < cs.length - 1 ? padTo(c, widths[i] ?? 0) : c)).join('');
  return s.indent + cs.map((c, i) => (i === 0 ? c : (s.gaps[i] ?? ' ') + c)).join('');
}
/** `Label : value`, or re-spelt: other blanks around the colon, a full-width one, another case. */
function labelLine(
  name: string,
  value: string,
  s: LineSpelling | null,
  printedBefore: number,
): string {
  if (s === null) return `${name}${sp(printedBefore)}: ${value}`;
  const colon = s.fullWidth ? '\uff1a' : ':';
  return `${s.indent}${recase(name, s.cases[0] ?? [])}${sp(s.before)}${colon}${s.gaps[2]}${value}`;
}
const long = (n: number, s: LineSpelling | null) =>
  s?.longNumbers === true ? (n < 0 ? '-' : '') + `${Math.abs(n)}`.padStart(16, '0') : `${n}`;

/** Fields the general code keeps as printed, by line: the variant's expected difference. */
type Printed = Map<number, Record<string, string>>;

/** `value` with the fields of every record whose `line` is in `printed` set to those words. */
function withPrinted<T>(value: T, printed: Printed): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = walk(x);
    const line = (v as { line?: unknown }).line;
    return typeof line === 'number' && printed.has(line) ? { ...o, ...printed.get(line) } : o;
  };
  return walk(value) as T;
}

/** Renders lines in order, handing each the next spelling (null for the printed layout). */
class Paste {
  lines: string[] = [];
  printed: Printed = new Map();
  private k = 0;
  constructor(private readonly spellings: LineSpelling[] | null) {}
  next(): LineSpelling | null {
    const s = this.spellings;
    return s === null ? null : (s[this.k++ % s.length] ?? null);
  }
  push(line: string): number {
    this.lines.push(line);
    return this.lines.length;
  }
  /** A status word, re-cased by the spelling; remembered when the case changed. */
  word(w: string, s: LineSpelling | null, i: number, field: string): string {
    if (s === null) return w;
    const out = recase(w, s.cases[i] ?? []);
    if (out !== w) {
      const no = this.lines.length + 1;
      this.printed.set(no, { ...this.printed.get(no), [field]: out });
    }
    return out;
  }
}

// ---- display reth interface -------------------------------------------------------------------

const ifNameArb = fc.oneof(
  fc
    .tuple(fc.constantFrom('GE', 'XGE'), fc.nat(3), fc.nat(1), fc.integer({ min: 1, max: 48 }))
    .map(([t, a, b, c]) => `${t}${a}/${b}/${c}`),
  fc
    .tuple(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 4094 }))
    .map(([a, v]) => `Route-Aggregation${a}.${v}`),
);
interface DisplayMember {
  name: string;
  physical: string;
  forwarding: string;
  presence: string;
}
interface DisplayReth {
  id: number;
  group: string;
  members: DisplayMember[];
}
const displayRethArb = (id: number): fc.Arbitrary<DisplayReth> =>
  fc.record({
    id: fc.constant(id),
    group: fc.constantFrom('aa', 'rg1', 'N/A'),
    members: fc.uniqueArray(
      fc.record({
        name: ifNameArb,
        physical: fc.constantFrom('UP', 'DOWN'),
        forwarding: fc.constantFrom('Active', 'Inactive'),
        presence: fc.constantFrom('Normal', 'Absent'),
      }),
      { minLength: 1, maxLength: 4, selector: (m) => m.name },
    ),
  });
const displayArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map(displayRethArb)));

const COLUMN_NAMES = ['Physical status', 'Forwarding status', 'Presence status'] as const;
const FIELDS = ['physicalStatus', 'forwardingStatus', 'presenceStatus'] as const;
const DISPLAY_WIDTHS = [13, 22, 23];

function renderDisplay(
  reths: DisplayReth[],
  spellings: LineSpelling[] | null,
  shown = [0, 1, 2],
): Paste {
  const p = new Paste(spellings);
  for (const r of reths) {
    const h = p.next();
    p.push(h === null ? `Reth${r.id} :` : `${h.indent}Reth${r.id}${sp(h.before)}:`);
    // `Redundancy group` is compared as printed, and parseReth knows no full-width colon.
    const g = p.next();
    p.push(
      g === null
        ? `  Redundancy group  : ${r.group}`
        : `${g.indent}Redundancy group${sp(g.before)}:${g.gaps[2]}${r.group}`,
    );
    const hd = p.next();
    p.push(cells(['Member', ...shown.map((c) => COLUMN_NAMES[c] ?? '')], [15, 22, 23], hd));
    for (const m of r.members) {
      const s = p.next();
      const words = [m.physical, m.forwarding, m.presence];
      const shownWords = shown.map((c) => p.word(words[c] ?? '', s, c, FIELDS[c] ?? ''));
      p.push(cells([m.name, ...shownWords], DISPLAY_WIDTHS, s));
    }
  }
  return p;
}

describe('display reth interface: fast rows read what the word-by-word reading reads', () => {
  it('re-spaced and re-cased rows give the same members, statuses as printed', () => {
    fc.assert(
      fc.property(displayArb, spellingsArb, (reths, spellings) => {
        const plain = parseReth(join(renderDisplay(reths, null).lines));
        expect(plain.warnings).toEqual([]);
        expect(plain.value?.reths.length).toBe(reths.length);
        const odd = renderDisplay(reths, spellings);
        expect(parseReth(join(odd.lines))).toEqual(withPrinted(plain, odd.printed));
      }),
      { numRuns: 150 },
    );
  });

  it('a header without some columns reads the other columns the same', () => {
    const shownArb = fc.subarray([0, 1, 2], { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(displayArb, shownArb, (reths, shown) => {
        const plain = parseReth(join(renderDisplay(reths, null).lines));
        const fewer = parseReth(join(renderDisplay(reths, null, shown).lines));
        const hidden = FIELDS.filter((_, c) => !shown.includes(c));
        const expected = structuredClone(plain);
        for (const r of expected.value?.reths ?? [])
          for (const m of r.members) for (const f of hidden) m[f] = null;
        expect(fewer).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- Reth configuration -------------------------------------------------------------------------

interface ConfigReth {
  id: number;
  description: string | null;
  vpn: string | null;
  members: { name: string; priority: number | null }[];
}
const configRethArb = (id: number): fc.Arbitrary<ConfigReth> =>
  fc.record({
    id: fc.constant(id),
    description: fc.option(fc.constantFrom('output-int', 'to-core', 'uplink A'), { nil: null }),
    vpn: fc.option(fc.constantFrom('HLW', 'vpn1'), { nil: null }),
    members: fc.uniqueArray(
      fc.record({
        name: ifNameArb,
        priority: fc.option(fc.integer({ min: 1, max: 255 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 3, selector: (m) => m.name },
    ),
  });
const configArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map(configRethArb)));

/** A line only kept as configuration: any case, any blanks. */
function words(ws: string[], s: LineSpelling | null): string {
  if (s === null) return ` ${ws.join(' ')}`;
  const w = ws.map((x, i) => recase(x, s.cases[i] ?? []));
  return s.indent + w.map((x, i) => (i === 0 ? x : (s.gaps[i] ?? ' ') + x)).join('');
}

function renderConfig(reths: ConfigReth[], group: string, spellings: LineSpelling[] | null): Paste {
  const p = new Paste(spellings);
  for (const r of reths) {
    const h = p.next();
    p.push(
      h === null
        ? `interface Reth${r.id}`
        : `${h.indent}${recase('interface', h.cases[0] ?? [])}${h.gaps[1]}Reth${r.id}`,
    );
    // `description ` and `ip binding vpn-instance ` are compared as printed (before and after
    // the fast paths): only the blanks after them and the indent change.
    const d = p.next();
    if (r.description !== null)
      p.push(
        d === null
          ? ` description ${r.description}`
          : `${d.indent}description ${sp(d.before)}${r.description}`,
      );
    const v = p.next();
    if (r.vpn !== null)
      p.push(
        v === null
          ? ` ip binding vpn-instance ${r.vpn}`
          : `${v.indent}ip binding vpn-instance ${sp(v.before)}${r.vpn}`,
      );
    p.push(words(['ip', 'address', '10.197.0.122', '255.255.255.252'], p.next()));
    for (const m of r.members) {
      const s = p.next();
      const ws = [
        'member',
        'interface',
        m.name,
        ...(m.priority === null ? [] : ['priority', `${m.priority}`]),
      ];
      // Names and numbers keep their case: only `interface` and `priority` are keywords here.
      const cased =
        s === null ? ws : ws.map((x, i) => (i === 1 || i === 3 ? recase(x, s.cases[i] ?? []) : x));
      p.push(
        s === null
          ? ` ${ws.join(' ')}`
          : s.indent + cased.map((x, i) => (i === 0 ? x : (s.gaps[i] ?? ' ') + x)).join(''),
      );
    }
    const c = p.next();
    // Either closer ends the block; `return` in any case (the spelling's flag picks which).
    p.push(c === null ? '#' : c.longNumbers ? recase('return', c.cases[0] ?? []) : `${c.indent}#`);
  }
  const g = p.next();
  p.push(
    g === null
      ? `redundancy group ${group}`
      : `${g.indent}${recase('redundancy', g.cases[0] ?? [])}${g.gaps[1]}${recase('group', g.cases[1] ?? [])}${g.gaps[2]}${group}`,
  );
  for (const r of reths) {
    const s = p.next();
    p.push(
      s === null
        ? ` member interface reth ${r.id}`
        : `${s.indent}${recase('member', s.cases[0] ?? [])}${s.gaps[1]}${recase('interface', s.cases[1] ?? [])}${s.gaps[2]}${recase('reth', s.cases[2] ?? [])}${s.before === 0 ? '' : s.gaps[3]}${r.id}`,
    );
  }
  return p;
}

describe('Reth configuration: first-letter checks agree with the regexes behind them', () => {
  it('re-cased and re-spaced keywords give the same Reths, config lines as printed', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.constantFrom('aa', 'rg-1'),
        spellingsArb,
        (reths, group, spellings) => {
          const plain = parseReth(join(renderConfig(reths, group, null).lines));
          expect(plain.warnings).toEqual([]);
          expect(plain.value?.reths.every((r) => r.redundancyGroup === group)).toBe(true);
          const lines = renderConfig(reths, group, spellings).lines;
          const odd = parseReth(join(lines));
          // Config lines are kept as printed (trimmed, a NBSP read as the blank it shows): the
          // one expected difference.
          const expected = structuredClone(plain);
          for (const r of expected.value?.reths ?? [])
            for (const c of r.configLines)
              c.text = (lines[c.no - 1] ?? '').replaceAll(NBSP, ' ').trim();
          expect(odd).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Found by this file: `interface Reth1` / `Member interface GE1/0/1` read no member, because a
  // case-sensitive `t.startsWith('member')` stood in front of the case-blind CONFIG_MEMBER.
  it('`member` in another case is read as a member too', () => {
    fc.assert(
      fc.property(configArb, caseArb, (reths, mask) => {
        const plain = renderConfig(reths, 'aa', null).lines;
        const member = recase('member', mask);
        fc.pre(member !== 'member');
        const odd = plain.map((l) =>
          l.startsWith(' member interface') && !l.includes('reth') ? ` ${member}${l.slice(7)}` : l,
        );
        const a = parseReth(join(plain));
        const b = parseReth(join(odd));
        expect(b.value?.reths.map((r) => r.members)).toEqual(a.value?.reths.map((r) => r.members));
      }),
      { numRuns: 50 },
    );
  });
});

// ---- display redundancy group -----------------------------------------------------------------

interface Node {
  id: number;
  priority: number;
  status: string;
  weight: number;
  members: { name: string; physical: string }[];
  tracks: { id: number; status: string; weight: number; iface: string; state: string | null }[];
}
const nodeArb = (id: number): fc.Arbitrary<Node> =>
  fc.record({
    id: fc.constant(id),
    priority: fc.integer({ min: 1, max: 255 }),
    status: fc.constantFrom('Primary', 'Secondary'),
    weight: fc.integer({ min: -255, max: 255 }),
    members: fc.uniqueArray(
      fc.record({
        name: ifNameArb,
        physical: fc.constantFrom('UP', 'DOWN', 'DOWN(redundancy down)'),
      }),
      { minLength: 1, maxLength: 3, selector: (m) => m.name },
    ),
    tracks: fc.array(
      fc.record({
        id: fc.integer({ min: 1, max: 1024 }),
        status: fc.constantFrom('Positive', 'Negative'),
        weight: fc.integer({ min: 0, max: 255 }),
        iface: ifNameArb,
        state: fc.constantFrom(null, 'Fault'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });
const groupArb = fc.record({
  name: fc.constantFrom('aaa', 'rg1'),
  nodes: fc.tuple(nodeArb(1), nodeArb(2)),
  settings: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(600), fc.nat(600), fc.constantFrom('Yes', 'No')),
});
type Group = typeof groupArb extends fc.Arbitrary<infer G> ? G : never;

const SETTINGS = [
  ['Preempt delay time remained', 'min'],
  ['Preempt delay timer setting', 'min'],
  ['Remaining hold-down time', 'sec'],
  ['Hold-down timer setting', 'sec'],
] as const;

function renderGroup(g: Group, spellings: LineSpelling[] | null): Paste {
  const p = new Paste(spellings);
  p.push(`Redundancy group ${g.name} (ID 1):`);
  p.push(
    cells(['Node ID', 'Slot', 'Priority', 'Status', 'Track weight'], [13, 12, 11, 17], p.next()),
  );
  for (const n of g.nodes) {
    const s = p.next();
    const status = p.word(n.status, s, 0, 'status');
    p.push(
      cells(
        [long(n.id, s), `Slot${n.id}`, long(n.priority, s), status, long(n.weight, s)],
        [13, 12, 11, 17],
        s,
      ),
    );
  }
  SETTINGS.forEach(([name, unit], i) => {
    const s = p.next();
    const value =
      s === null
        ? padTo(`${g.settings[i]}`, 5) + unit
        : `${g.settings[i]}${s.gaps[1]?.replace(NBSP, '') ?? ' '}${recase(unit, s.cases[1] ?? [])}`;
    p.push(labelLine(padTo(name, 30).trimEnd(), value, s, 30 - name.length));
  });
  const ms = p.next();
  p.push(
    labelLine(
      'Manual switchover request',
      ms === null ? g.settings[4] : recase(g.settings[4], ms.cases[2] ?? []),
      ms,
      5,
    ),
  );
  p.push('Member interfaces:');
  p.push(cells(['Reth1', 'Reth2'], [15], p.next(), '    '));
  p.push('Member failover groups:');
  for (const n of g.nodes) {
    const h = p.next();
    p.push(
      h === null
        ? `Node ${n.id}:`
        : `${h.indent}${recase('node', h.cases[0] ?? [])}${h.gaps[1]}${n.id}${sp(h.before)}${h.fullWidth ? '\uff1a' : ':'}`,
    );
    p.push(cells(['Node member', 'Physical status'], [16], p.next()));
    for (const m of n.members) {
      const s = p.next();
      // `DOWN(redundancy down)` is two words: more blanks between them read the same.
      const word =
        s !== null && m.physical.includes(' ')
          ? m.physical.replace(' ', sp(1 + s.before))
          : m.physical;
      const status = word === m.physical ? p.word(m.physical, s, 0, 'physicalStatus') : word;
      p.push(cells([m.name, status], [14], s, '    '));
    }
    const ti = p.next();
    p.push(
      ti === null
        ? '  Track info:'
        : `${ti.indent}Track info${sp(ti.before)}${ti.fullWidth ? '\uff1a' : ':'}`,
    );
    p.push(
      cells(['Track', 'Status', 'Reduced weight', 'Interface'], [9, 13, 19], p.next(), '    '),
    );
    for (const t of n.tracks) {
      const s = p.next();
      const status = p.word(t.status, s, 0, 'status');
      const iface = t.state === null ? t.iface : `${t.iface}(${t.state})`;
      p.push(cells([long(t.id, s), status, long(t.weight, s), iface], [9, 13, 19], s, '    '));
    }
  }
  return p;
}

describe('display redundancy group: fast rows read what the word-by-word reading reads', () => {
  it('re-spelt rows, labels and headings give the same group, statuses as printed', () => {
    fc.assert(
      fc.property(groupArb, spellingsArb, (g, spellings) => {
        const plain = parseRedundancyGroup(join(renderGroup(g, null).lines));
        expect(plain.warnings).toEqual([]);
        expect(plain.value?.groups[0]?.nodes.map((n) => n.tracks.length)).toEqual(
          g.nodes.map((n) => n.tracks.length),
        );
        const odd = renderGroup(g, spellings);
        expect(parseRedundancyGroup(join(odd.lines))).toEqual(withPrinted(plain, odd.printed));
      }),
      { numRuns: 150 },
    );
  });
});
