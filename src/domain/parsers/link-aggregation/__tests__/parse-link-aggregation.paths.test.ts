/**
 * The fast paths of parseLinkAggregation against its general code, through the public parser
 * only. Each property renders one random paste twice - in the layout Comware prints (fast paths)
 * and re-spelt so that some lines take the general code - and expects the same result, lines
 * and warnings included (the re-spelling keeps the line structure).
 *
 * Paths tied together:
 * - line trim: an indent of plain blanks (trimIndented's slice) / an indent or end with a NBSP or
 *   U+3000 (String#trim);
 * - labels: `Label: value` (label compared in place, value sliced after exactly one blank) /
 *   blanks before the colon, none or several after it, a NBSP after the value (trimEnd / trim);
 * - table numbers: a plain digit cell (digitsAt in place) / a cell with a NBSP glued on (toInt);
 * - flags: ascending A-H in braces (the shared flag-set strings) / any other letters, blanks
 *   inside the braces, or a `Flag:` value not one blank after its colon (braces());
 * - summary partner: a lone `None` cell (the shared literal) / the cells sliced and trimmed;
 * - summary rows: names rising per prefix (added without a lookup) / any other order, repeats,
 *   or a ninth prefix (looked up by name);
 * - repeated ports: the linear scan of a short port list / the Set of a list of 16 or more.
 *
 * Every line is trimmed, whatever its first character: the last property below ties a NBSP or
 * U+3000 before an unindented line to the plain line (the fast path once skipped that trim).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLinkAggregation } from '../parse-link-aggregation';

const NBSP = '\u00a0';
const IDEO = '\u3000';
const sp = (n: number) => ' '.repeat(n);
const padTo = (s: string, w: number) => s + sp(Math.max(1, w - s.length));
const parse = (lines: string[]) => parseLinkAggregation(lines.join('\n'));

// ---- how one line is spelt ------------------------------------------------------------------

/** Indents that start with a blank: both go through trimIndented, the second to String#trim. */
const indentArb = fc.constantFrom('', '  ', '    ', ` ${NBSP}`, ` ${IDEO} `);
/** A trailing NBSP, on any line. */
const endArb = fc.constantFrom('', NBSP);

interface LabelSpelling {
  indent: string;
  before: number;
  after: number;
  end: string;
}
const labelSpellingArb: fc.Arbitrary<LabelSpelling> = indentArb.chain((indent) =>
  fc.record({
    indent: fc.constant(indent),
    before: fc.nat(2),
    after: fc.nat(3),
    end: endArb,
  }),
);
const PLAIN_LABEL: LabelSpelling = { indent: '', before: 0, after: 1, end: '' };

/** `Label: value` as printed (indented by `baseIndent`), or re-spelt. */
function label(name: string, value: string, s: LabelSpelling | null, baseIndent = ''): string {
  if (s === null) return `${baseIndent}${name}:${value === '' ? '' : ` ${value}`}`;
  // An empty value with a NBSP would read as a NBSP value under a non-indented general path.
  const tail = value === '' ? '' : `${sp(s.after)}${value}${s.end}`;
  return `${s.indent}${baseIndent}${name}${sp(s.before)}:${tail}`;
}

interface RowSpelling {
  indent: string;
  gaps: number[];
  /** Cells (by index) with a NBSP glued in front: number cells (cellInt) and the partner ID (trimmed). */
  glued: number[];
  end: string;
}
const rowSpellingArb = (numberCells: number[]): fc.Arbitrary<RowSpelling> =>
  indentArb.chain((indent) =>
    fc.record({
      indent: fc.constant(indent),
      gaps: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 8, maxLength: 8 }),
      glued: fc.subarray(numberCells),
      end: endArb,
    }),
  );

/** A table row padded to the header's columns as printed, or re-spelt. */
function row(cells: string[], widths: number[], indent: string, s: RowSpelling | null): string {
  if (s === null)
    return (
      indent + cells.map((c, i) => (i < cells.length - 1 ? padTo(c, widths[i] ?? 0) : c)).join('')
    );
  const parts = cells.map((c, i) => (s.glued.includes(i) ? NBSP + c : c));
  return s.indent + parts.map((c, i) => (i === 0 ? c : sp(s.gaps[i] ?? 1) + c)).join('') + s.end;
}

// ---- realistic values -----------------------------------------------------------------------

const shortPortArb = fc
  .tuple(
    fc.constantFrom('GE', 'XGE', 'FGE', 'HGE', 'WGE'),
    fc.nat(9),
    fc.nat(1),
    fc.integer({ min: 1, max: 54 }),
  )
  .map(([t, a, b, c]) => `${t}${a}/${b}/${c}`);
const longPortArb = fc
  .tuple(
    fc.constantFrom('GigabitEthernet', 'Ten-GigabitEthernet', 'Twenty-FiveGigE', 'FortyGigE'),
    fc.nat(9),
    fc.nat(1),
    fc.integer({ min: 1, max: 54 }),
  )
  .map(([t, a, b, c]) => `${t}${a}/${b}/${c}`);
const hex4 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16).padStart(4, '0'));
const systemIdArb = fc
  .tuple(fc.constantFrom('0x8000', '0x7b', '0x1'), hex4, hex4, hex4)
  .map(([p, a, b, c]) => `${p}, ${a}-${b}-${c}`);
const numArb = fc.oneof(fc.constant(32768), fc.integer({ min: 0, max: 65535 }));
/** What Comware prints: ascending A-H (the fast path's shared strings). */
const ascendingFlagsArb = fc
  .subarray(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], { minLength: 1 })
  .map((a) => a.join(''));

// ---- verbose --------------------------------------------------------------------------------

interface LocalPort {
  port: string;
  status: string;
  priority: number;
  operKey: number;
  flags: string;
}
interface RemotePort {
  port: string;
  partner: number;
  priority: number;
  operKey: number;
  systemId: string;
  flags: string;
}
interface VerboseGroup {
  name: string;
  dynamic: boolean;
  share: string;
  systemId: string;
  local: LocalPort[];
  remote: RemotePort[];
}

const verboseGroupArb = (name: string): fc.Arbitrary<VerboseGroup> =>
  fc
    .record({
      dynamic: fc.boolean(),
      share: fc.constantFrom('Shar', 'NonS'),
      systemId: systemIdArb,
      ports: fc.uniqueArray(shortPortArb, { minLength: 1, maxLength: 5 }),
    })
    .chain(({ ports, ...g }) =>
      fc.record({
        name: fc.constant(name),
        dynamic: fc.constant(g.dynamic),
        share: fc.constant(g.share),
        systemId: fc.constant(g.systemId),
        local: fc.tuple(
          ...ports.map((port) =>
            fc.record({
              port: fc.constant(port),
              status: fc.constantFrom('S', 'U', 'I'),
              priority: numArb,
              operKey: fc.nat(999),
              flags: ascendingFlagsArb,
            }),
          ),
        ),
        remote: fc.tuple(
          ...ports.map((port) =>
            fc.record({
              port: fc.constant(port),
              partner: fc.nat(300),
              priority: numArb,
              operKey: fc.nat(999),
              systemId: systemIdArb,
              flags: ascendingFlagsArb,
            }),
          ),
        ),
      }),
    );

const LEGEND = [
  'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
  'Port Status: S -- Selected, U -- Unselected, I -- Individual',
  'Flags:  A -- LACP_Activity, B -- LACP_Timeout, C -- Aggregation,',
  '        D -- Synchronization, E -- Collecting, F -- Distributing,',
  '        G -- Defaulted, H -- Expired',
];
const RULE = '-'.repeat(80);
const LOCAL_WIDTHS = [17, 8, 9, 10];
const REMOTE_WIDTHS = [17, 8, 9, 10, 23];

/** Spellings for every line of `renderVerbose`, in order (null: as printed). */
type Spellings = { labels: LabelSpelling[]; rows: RowSpelling[] };

function renderVerbose(groups: VerboseGroup[], cw7: boolean, sp_: Spellings | null): string[] {
  let li = 0;
  let ri = 0;
  const lab = (name: string, value: string, base = '') =>
    label(
      name,
      value,
      sp_ === null ? null : (sp_.labels[li++ % sp_.labels.length] ?? PLAIN_LABEL),
      base,
    );
  const rowSp = () => (sp_ === null ? null : (sp_.rows[ri++ % sp_.rows.length] ?? null));
  // Headers are split on any whitespace: a NBSP glued there is no number cell.
  const headSp = () => {
    const s = rowSp();
    return s === null ? null : { ...s, glued: [] };
  };
  const out = [...LEGEND, ''];
  for (const g of groups) {
    out.push(lab(cw7 ? 'Aggregate Interface' : 'Aggregation Interface', g.name));
    out.push(lab('Aggregation Mode', g.dynamic ? 'Dynamic' : 'Static'));
    out.push(lab('Loadsharing Type', g.share));
    if (g.dynamic) {
      out.push(lab('System ID', g.systemId));
      out.push(lab('Local', ''));
      out.push(
        row(['Port', 'Status', 'Priority', 'Oper-Key', 'Flag'], LOCAL_WIDTHS, '  ', headSp()),
      );
      out.push(RULE);
      for (const p of g.local)
        out.push(
          row(
            [p.port, p.status, `${p.priority}`, `${p.operKey}`, `{${p.flags}}`],
            LOCAL_WIDTHS,
            '  ',
            rowSp(),
          ),
        );
      out.push(lab('Remote', ''));
      out.push(
        row(
          ['Actor', 'Partner', 'Priority', 'Oper-Key', 'SystemID', 'Flag'],
          REMOTE_WIDTHS,
          '  ',
          headSp(),
        ),
      );
      out.push(RULE);
      for (const p of g.remote)
        out.push(
          row(
            [p.port, `${p.partner}`, `${p.priority}`, `${p.operKey}`, p.systemId, `{${p.flags}}`],
            REMOTE_WIDTHS,
            '  ',
            rowSp(),
          ),
        );
    } else {
      out.push(row(['Port', 'Status', 'Priority', 'Oper-Key'], LOCAL_WIDTHS, '', headSp()));
      out.push(RULE);
      for (const p of g.local)
        out.push(
          row([p.port, p.status, `${p.priority}`, `${p.operKey}`], LOCAL_WIDTHS, '', rowSp()),
        );
    }
  }
  return out;
}

const verboseArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 1024 }), { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id, i) =>
        verboseGroupArb(i % 2 === 0 ? `Bridge-Aggregation${id}` : `Route-Aggregation${id}`),
      ),
    ),
  );
const spellingsArb = (numberCells: number[]): fc.Arbitrary<Spellings> =>
  fc.record({
    labels: fc.array(fc.option(labelSpellingArb, { nil: PLAIN_LABEL }), {
      minLength: 1,
      maxLength: 12,
    }),
    rows: fc.array(rowSpellingArb(numberCells), { minLength: 1, maxLength: 12 }),
  });

describe('verbose: fast paths read what the general code reads', () => {
  it('re-spelt labels, indents, padding and number cells give the same groups', () => {
    fc.assert(
      fc.property(verboseArb, fc.boolean(), spellingsArb([2, 3]), (groups, cw7, spellings) => {
        const plain = parse(renderVerbose(groups, cw7, null));
        expect(plain.warnings).toEqual([]);
        expect(plain.value?.groups.length).toBe(groups.length);
        expect(parse(renderVerbose(groups, cw7, spellings))).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });

  it('a port repeated in its table is dropped the same way below and above the scan limit', () => {
    // Static group last, repeats appended: the kept rows keep their lines.
    // Sizes spread evenly: fast-check's default bias would rarely pass the limit of 16.
    const portsArb = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('GE', 'XGE'), fc.nat(9))
      .map(([n, type, slot]) => Array.from({ length: n }, (_, i) => `${type}${slot}/0/${i + 1}`));
    const tableArb = portsArb.chain((ports) =>
      fc.record({
        rows: fc.tuple(
          ...ports.map((p) => fc.tuple(fc.constant(p), fc.constantFrom('S', 'U'), numArb)),
        ),
        repeats: fc.array(
          fc.tuple(fc.constantFrom(...ports), fc.constantFrom('S', 'U', 'I'), numArb),
          { minLength: 1, maxLength: 20 },
        ),
      }),
    );
    fc.assert(
      fc.property(tableArb, ({ rows, repeats }) => {
        const head = [
          'Aggregate Interface: Bridge-Aggregation1',
          'Aggregation Mode: Static',
          'Port Status Priority Oper-Key',
        ];
        const line = ([p, s, n]: [string, string, number]) => `${p} ${s} ${n} 1`;
        const once = parse([...head, ...rows.map(line)]);
        expect(once.value?.groups[0]?.localPorts.length).toBe(rows.length);
        expect(parse([...head, ...rows.map(line), ...repeats.map(line)])).toEqual(once);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- member-port ----------------------------------------------------------------------------

interface MemberBlock {
  port: string;
  group: string;
  dynamic: boolean;
  number: number;
  priority: number;
  operKey: number;
  flags: string;
  remote: { systemId: string; number: number; priority: number; operKey: number; flags: string };
}
/** Any letters, any order: the fast loop takes only ascending A-H, braces() the rest. */
const anyFlagsArb = fc.oneof(
  ascendingFlagsArb,
  fc
    .array(fc.constantFrom('A', 'C', 'D', 'E', 'F', 'G', 'X', 'a'), { minLength: 1, maxLength: 6 })
    .map((a) => a.join('')),
);
const memberBlockArb: fc.Arbitrary<MemberBlock> = fc.record({
  port: longPortArb,
  group: fc.integer({ min: 1, max: 200 }).map((n) => `Bridge-Aggregation${n}`),
  dynamic: fc.boolean(),
  number: fc.nat(300),
  priority: numArb,
  operKey: fc.nat(99),
  flags: anyFlagsArb,
  remote: fc.record({
    systemId: systemIdArb,
    number: fc.nat(300),
    priority: numArb,
    operKey: fc.nat(99),
    flags: anyFlagsArb,
  }),
});

function renderMemberPort(
  blocks: MemberBlock[],
  cw7: boolean,
  labels: LabelSpelling[] | null,
  bracesBlank: boolean[] | null,
): string[] {
  let li = 0;
  let fi = 0;
  const lab = (name: string, value: string, base = '') =>
    label(
      name,
      value,
      labels === null ? null : (labels[li++ % labels.length] ?? PLAIN_LABEL),
      base,
    );
  // `{ ACG }`: blanks inside the braces are trimmed by braces(), never seen by the fast loop.
  const flags = (f: string) =>
    bracesBlank !== null && bracesBlank[fi++ % bracesBlank.length] ? `{ ${f} }` : `{${f}}`;
  const out = [...LEGEND.slice(2), ''];
  for (const b of blocks) {
    out.push(lab(b.port, ''));
    out.push(lab(cw7 ? 'Aggregate Interface' : 'Aggregation Interface', b.group));
    if (b.dynamic) {
      out.push(lab('Local', ''));
      out.push(lab('Port Number', `${b.number}`, '    '));
      out.push(lab('Port Priority', `${b.priority}`, '    '));
      out.push(lab('Oper-Key', `${b.operKey}`, '    '));
      out.push(lab('Flag', flags(b.flags), '    '));
      out.push(lab('Remote', ''));
      out.push(lab('System ID', b.remote.systemId, '    '));
      out.push(lab('Port Number', `${b.remote.number}`, '    '));
      out.push(lab('Port Priority', `${b.remote.priority}`, '    '));
      out.push(lab('Oper-Key', `${b.remote.operKey}`, '    '));
      out.push(lab('Flag', flags(b.remote.flags), '    '));
      out.push(lab('Received LACP Packets', '5 packet(s)'));
      out.push(lab('Illegal', '0 packet(s)'));
      out.push(lab('Sent LACP Packets', '7 packet(s)'));
    } else {
      out.push(lab('Port Number', `${b.number}`));
      out.push(lab('Port Priority', `${b.priority}`));
      out.push(lab('Oper-Key', `${b.operKey}`));
    }
    out.push('');
  }
  return out;
}

describe('member-port: fast paths read what the general code reads', () => {
  it('re-spelt labels and flag values give the same members', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(memberBlockArb, { minLength: 1, maxLength: 4, selector: (b) => b.port }),
        fc.boolean(),
        fc.array(labelSpellingArb, { minLength: 1, maxLength: 16 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (blocks, cw7, labels, bracesBlank) => {
          const plain = parse(renderMemberPort(blocks, cw7, null, null));
          expect(plain.warnings.filter((w) => w.code !== 'status-not-printed')).toEqual([]);
          expect(parse(renderMemberPort(blocks, cw7, labels, bracesBlank))).toEqual(plain);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---- summary --------------------------------------------------------------------------------

interface SummaryRow {
  name: string;
  mode: 'D' | 'S';
  partner: string;
  selected: number;
  unselected: number;
  individual: number;
  share: string;
}
const summaryRowArb: fc.Arbitrary<SummaryRow> = fc
  .record({
    name: fc
      .tuple(fc.constantFrom('BAGG', 'RAGG'), fc.integer({ min: 1, max: 12 }))
      .map(([p, n]) => `${p}${n}`),
    mode: fc.constantFrom('D' as const, 'S' as const),
    // `0x8000,00e0-fcff-ff01` is printed too: one cell, where the usual ID is two.
    partner: fc.oneof(
      systemIdArb,
      systemIdArb.map((id) => id.replace(', ', ',')),
    ),
    selected: fc.nat(8),
    unselected: fc.nat(8),
    individual: fc.nat(8),
    share: fc.constantFrom('Shar', 'NonS'),
  })
  .map((r) => (r.mode === 'S' ? { ...r, partner: 'None' } : r));

const SUMMARY_HEAD = [
  'AGG        AGG   Partner ID              Selected  Unselected  Individual  Share',
  'Interface  Mode                          Ports     Ports       Ports       Type',
  RULE,
];
const SUMMARY_WIDTHS = [11, 6, 24, 10, 12, 12];
function summaryLine(r: SummaryRow, s: RowSpelling | null): string {
  // The partner ID holds a blank; the parser takes everything between the mode and the counts.
  const cells = [
    r.name,
    r.mode,
    r.partner,
    `${r.selected}`,
    `${r.unselected}`,
    `${r.individual}`,
    r.share,
  ];
  return row(cells, SUMMARY_WIDTHS, '', s);
}
function renderSummary(rows: SummaryRow[], spellings: RowSpelling[] | null): string[] {
  return [
    'Aggregation Interface Type:',
    'BAGG -- Bridge-Aggregation, BLAGG -- Blade-Aggregation, RAGG -- Route-Aggregation',
    'Aggregation Mode: S -- Static, D -- Dynamic',
    'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
    'Actor System ID: 0x8000, bcea-fa19-655a',
    '',
    ...SUMMARY_HEAD,
    ...rows.map((r, i) =>
      summaryLine(r, spellings === null ? null : (spellings[i % spellings.length] ?? null)),
    ),
  ];
}

/** Eight other kinds of aggregate, printed first: every later prefix is past the rising-name limit. */
const OTHER_KINDS = [
  'BLAGG',
  'SCH-B',
  'Bridge-Aggregation',
  'Route-Aggregation',
  'Blade-Aggregation',
  'Schannel-Bundle',
  'RAGG-A',
  'BAGG-X',
];

describe('summary: fast paths read what the general code reads', () => {
  it('re-spaced rows and number cells give the same groups', () => {
    fc.assert(
      fc.property(
        fc.array(summaryRowArb, { minLength: 1, maxLength: 12 }),
        fc.array(rowSpellingArb([2, 3, 4, 5]), { minLength: 1, maxLength: 12 }),
        (rows, spellings) => {
          const plain = parse(renderSummary(rows, null));
          expect(plain.warnings).toEqual([]);
          expect(parse(renderSummary(rows, spellings))).toEqual(plain);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rows added without a lookup (rising names) match rows looked up by name', () => {
    // The first paste starts with blank lines where the second prints the other kinds' table:
    // lines stay equal, and only the other kinds' groups are extra.
    const others = [
      ...SUMMARY_HEAD,
      ...OTHER_KINDS.map((k) =>
        row([`${k}1`, 'S', 'None', '1', '0', '0', 'Shar'], SUMMARY_WIDTHS, '', null),
      ),
    ];
    fc.assert(
      fc.property(fc.array(summaryRowArb, { minLength: 1, maxLength: 30 }), (rows) => {
        const rising = parse([...others.map(() => ''), ...renderSummary(rows, null)]);
        const looked = parse([...others, ...renderSummary(rows, null)]);
        expect(rising.value?.groups.length).toBe(new Set(rows.map((r) => r.name)).size);
        expect(looked.value?.groups.slice(OTHER_KINDS.length)).toEqual(rising.value?.groups);
        expect(looked.warnings).toEqual(rising.warnings);
      }),
      { numRuns: 150 },
    );
  });
});

// ---- the disagreement -----------------------------------------------------------------------

describe('lines that start with ink are trimmed too', () => {
  // Found by this file: `\u00a0Aggregate Interface: BAGG1` read no group where
  // `Aggregate Interface: BAGG1` reads BAGG1, `GE1/0/1:\u00a0` opened no member-port block and a
  // summary row ending `Shar\u00a0` kept the NBSP, because only lines starting with a blank were
  // trimmed.
  it('a NBSP or U+3000 before an unindented line changes nothing', () => {
    fc.assert(
      fc.property(verboseArb, fc.constantFrom(NBSP, IDEO), fc.nat(), (groups, ws, pick) => {
        const plain = renderVerbose(groups, true, null);
        const inked = plain.flatMap((l, i) => (l !== '' && !l.startsWith(' ') ? [i] : []));
        const at = inked[pick % inked.length] ?? 0;
        const odd = plain.map((l, i) => (i === at ? ws + l : l));
        expect(parse(odd)).toEqual(parse(plain));
      }),
      { numRuns: 50 },
    );
  });
});
