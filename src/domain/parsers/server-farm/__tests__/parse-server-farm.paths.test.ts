/**
 * parseServerFarm reads the layout Comware prints on fast paths and any other spelling with the
 * general code. These properties pin the two together through the public parse only, one per
 * output it reads (`display server-farm`, `display server-farm brief`, `display real-server`,
 * `display real-server brief`), comparing every value, cited line and warning:
 *
 * - line ends: the indent skipped in place (spaces, ASCII at both ends) ↔ `raw.trim()` (a pasted
 *   no-break or ideographic space in the indent, a no-break space after the last character);
 * - keys: `keyAt`'s in-place match against the known keys ↔ its trim and Set lookup (a no-break
 *   space before the colon);
 * - values: `plainValueStart` (`Key: value`) and the constants `valueKnown` hands out ↔
 *   `valueAfter`'s trim (`Key:value`, `Key:   value`, a no-break or ideographic space after the colon);
 * - tables: cells cut by position, known states handed out as constants ↔ the same rows with other
 *   column padding (and a probe state of two words joined back with one space).
 *
 * Inputs: random farms, real servers and rows in the layouts of ../__fixtures__ (VPN-instance column
 * or not, IPv6 addresses wrapped under the Address column, `Probe method:` with the templates on
 * their own lines or on the same line, the brief tables' predictor legend and truncated names).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServerFarm } from '../parse-server-farm';

const NBSP = '\u00a0';
const IDEO = '\u3000';

// ---- lines ---------------------------------------------------------------------------------------

/** `indent key: value`, a table row (cells padded to `widths`), or any other line as printed. */
type Line =
  | { t: 'kv'; indent: string; key: string; value: string }
  | {
      t: 'row';
      indent: string;
      cells: string[];
      widths: number[];
      /** A data row whose cells may hold a blank the parser cuts at and joins back (`In progress`). */
      joined: boolean;
    }
  | { t: 'text'; indent: string; text: string };

const kv = (indent: string, key: string, value = ''): Line => ({ t: 'kv', indent, key, value });
const row = (indent: string, widths: number[], cells: string[], joined = false): Line => ({
  t: 'row',
  indent,
  cells,
  widths,
  joined,
});
const text = (indent: string, s: string): Line => ({ t: 'text', indent, text: s });

/** Cells padded like Comware's `%-Ns` columns; an overlong cell still gets one blank. */
const padded = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd((widths[i] ?? 0) - 1) + ' ')).join('');

function printLine(l: Line): string {
  if (l.t === 'kv') return `${l.indent}${l.key}:${l.value === '' ? '' : ' '}${l.value}`;
  if (l.t === 'row') return l.indent + padded(l.cells, l.widths);
  return l.indent + l.text;
}

// ---- the same lines spelt the other ways the general code accepts ---------------------------------

/** Per line, which variant of each part (0 = as printed). */
const choice = fc.record({
  indent: fc.nat(4),
  end: fc.boolean(),
  key: fc.nat(3),
  value: fc.nat(4),
  pad: fc.nat(5),
});
type Choice = typeof choice extends fc.Arbitrary<infer T> ? T : never;

function respellLine(l: Line, c: Choice): string {
  const indent = [l.indent, `${NBSP}${l.indent}`, `${l.indent}${IDEO}`, ` ${NBSP}`, IDEO][c.indent];
  // trimEnd in the normaliser leaves a no-break space (> U+0020) where the paste put it.
  const end = c.end ? NBSP : '';
  let body: string;
  if (l.t === 'kv') {
    // `Key :` is still the fast path (spaces before the colon are skipped in place); NBSP is not.
    const key = [l.key, `${l.key}${NBSP}`, `${l.key} `, `${l.key}  ${NBSP}`][c.key] ?? l.key;
    const sep = l.value === '' ? '' : ([' ', '', '   ', NBSP, ` ${IDEO}`][c.value] ?? ' ');
    body = `${key}:${sep}${l.value}`;
  } else if (l.t === 'row') {
    // Wider or narrower columns: every gap one to five blanks, as a re-typed or re-flowed table;
    // a two-word probe state is cut in two and joined back with one blank.
    const gap = (i: number) => ' '.repeat(1 + ((c.pad + i) % 5));
    const cells = l.joined ? l.cells.map((cell, i) => cell.replace(/ /g, gap(i + 1))) : l.cells;
    body =
      c.pad === 0
        ? padded(l.cells, l.widths)
        : cells.map((cell, i) => cell + (i < cells.length - 1 ? gap(i) : '')).join('');
  } else body = l.text;
  return `${indent ?? l.indent}${body}${end}`;
}

// ---- values, from the fixtures ----------------------------------------------------------------

const STATES = ['Active', 'Inactive', 'Probe-failed', 'Shutdown', 'Standby', 'Ramp'];
const ipv4 = fc.ipV4();
const hex4 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
/** An IPv6 address cut as the table wraps it: `1111:2222:3333:4444:` + `5555:6666:7777:888`. */
const wrappedV6 = fc
  .array(hex4, { minLength: 8, maxLength: 8 })
  .map((g) => [`${g.slice(0, 4).join(':')}:`, g.slice(4).join(':')]);
/** Mostly known states (handed out as constants), now and then one kept as printed. */
const state = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...STATES) },
  { weight: 1, arbitrary: fc.constant('Busy') },
);
const farmName = fc.constantFrom(
  'sf',
  'sf1',
  'sf2',
  'test-01',
  '12.151:8080_sf',
  'app.ynu\ufffd\ufffd',
);
const rsName = fc.constantFrom('rs1', 'rs2', 'test1', '65031141-1', '12.151:8080_r...');
const nat = fc.nat(65535).map(String);

/** `display server-farm`: a farm's detail lines and its real-server table. */
const farmDetail = fc
  .record({
    name: farmName,
    description: fc.constantFrom('', 'web farm', 'HLW'),
    predictor: fc.constantFrom('Round robin', 'Hash address source IP', 'Least connection'),
    proximity: fc.boolean(),
    natText: fc.constantFrom('Enabled', 'Disabled', 'Enbaled'),
    snat: fc.constantFrom('', 'test02', '--'),
    threshold: fc.boolean(),
    probe: fc.constantFrom<Array<'bare' | 'inline' | 'none'>>('bare', 'inline', 'none'),
    methods: fc.array(fc.constantFrom('tcp-temp', 't1', 'http_8080'), {
      minLength: 1,
      maxLength: 3,
    }),
    vpnColumn: fc.boolean(),
    rows: fc.array(
      fc.record({
        name: rsName,
        state,
        vpn: fc.constantFrom('--', 'HLW', 'DMZ'),
        address: fc.oneof(
          ipv4.map((a) => [a]),
          fc.constant(['--']),
          wrappedV6,
          fc.tuple(ipv4, wrappedV6).map(([a, v6]) => [a, ...v6]),
        ),
        port: nat,
        weight: fc.nat(1000).map(String),
        priority: fc.nat(8).map(String),
      }),
      { maxLength: 4 },
    ),
  })
  .map((f): Line[] => {
    const w = f.vpnColumn ? [14, 13, 14, 16, 6, 7, 8] : [17, 14, 21, 6, 7, 8];
    const lines: Line[] = [
      kv('', 'Server farm', f.name),
      kv('  ', 'Description', f.description),
      kv('  ', 'Predictor', f.predictor),
      ...(f.proximity ? [kv('  ', 'Proximity', 'Disabled')] : []),
      kv('  ', 'NAT', f.natText),
      kv('  ', 'SNAT pool', f.snat),
      kv('  ', 'Failed action', 'Keep'),
      ...(f.threshold
        ? [
            kv('  ', 'Active threshold', 'Enabled'),
            kv('    ', 'Lower', '80'),
            kv('    ', 'Upper', '90'),
          ]
        : [kv('  ', 'Active threshold', 'Disabled')]),
      kv('  ', 'Slow-online', 'Disabled'),
      kv('  ', 'Selected server', 'Disabled'),
      ...(f.probe === 'none'
        ? []
        : [
            kv('  ', 'Probe information'),
            kv('    ', 'Probe success criteria', 'At least 1'),
            ...(f.probe === 'inline'
              ? [kv('    ', 'Probe method', f.methods[0] ?? 't1')]
              : [kv('    ', 'Probe method'), ...f.methods.map((m) => text('    ', m))]),
          ]),
      kv('  ', 'Total real server', String(f.rows.length)),
      kv('  ', 'Active real server', String(f.rows.filter((r) => r.state === 'Active').length)),
      kv('  ', 'Real server list'),
      row(
        '  ',
        w,
        f.vpnColumn
          ? ['Name', 'State', 'VPN-instance', 'Address', 'Port', 'Weight', 'Priority']
          : ['Name', 'State', 'Address', 'Port', 'Weight', 'Priority'],
      ),
    ];
    for (const r of f.rows) {
      const [address = '--', ...wrapped] = r.address;
      const cells = [
        r.name,
        r.state,
        ...(f.vpnColumn ? [r.vpn] : []),
        address,
        r.port,
        r.weight,
        r.priority,
      ];
      lines.push(row('  ', w, cells));
      const column = w.slice(0, f.vpnColumn ? 3 : 2).reduce((a, b) => a + b, 2);
      for (const frag of wrapped) lines.push(text(' '.repeat(column), frag));
    }
    return lines;
  });

/** `display server-farm brief`, with or without the doc's predictor legend. */
const farmBrief = fc
  .record({
    legend: fc.boolean(),
    rows: fc.array(
      fc.tuple(
        farmName,
        fc.constantFrom('RR', 'RD', 'LC', 'HASH(SIP)'),
        fc.constantFrom('Y', 'N'),
        fc.constantFrom('Y', 'N'),
        fc.nat(64),
        fc.nat(64),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ legend, rows }): Line[] => {
    const w = [18, 16, 5, 6, 7, 6];
    return [
      ...(legend
        ? [
            text('', 'Predictor: RR - round robin, RD - random, LC - least connection,'),
            text('           ', 'HASH(SIP) - hash address source IP,'),
            text('', 'NAT/SNAT: Y - enabled, N - disabled'),
          ]
        : []),
      row('', w, ['Server farm', 'Predictor', 'NAT', 'SNAT', 'Total', 'Active']),
      ...rows.map((r) => row('', w, r.map(String))),
    ];
  });

/** `display real-server`: detail blocks, each ending with its probe table. */
const rsDetail = fc
  .array(
    fc.record({
      name: fc.constantFrom('rs', 'rs1', 'app.ynu-1', '12.151:8080_rs_113.55.12.151_8080'),
      description: fc.constantFrom('', 'Real server RS'),
      state,
      v4: fc.oneof(ipv4, fc.constant('--')),
      v6: fc.constantFrom('--', '1001::1', '2011::8'),
      port: nat,
      farm: farmName,
      weight: fc.nat(1000).map(String),
      rateLimit: fc.boolean(),
      probes: fc.array(
        fc.tuple(
          fc.constantFrom('t4', 't1', 'tcp-temp'),
          fc.constantFrom('Succeeded', 'Failed', 'In progress', 'Invalid'),
        ),
        { maxLength: 2 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((servers): Line[] =>
    servers.flatMap((s) => [
      kv('', 'Real server', s.name),
      kv('  ', 'Description', s.description),
      kv('  ', 'State', s.state),
      kv('  ', 'IPv4 address', s.v4),
      kv('  ', 'IPv6 address', s.v6),
      kv('  ', 'Port', s.port),
      kv('  ', 'Server farm', s.farm),
      kv('  ', 'Weight', s.weight),
      kv('  ', 'Priority', '4'),
      kv('  ', 'Slow shutdown', 'Disabled'),
      kv('  ', 'Connection limit', '--'),
      ...(s.rateLimit
        ? [
            kv('  ', 'Rate limit'),
            kv('    ', 'Connections', '--'),
            kv('    ', 'Bandwidth', '10000 Kbytes/s'),
          ]
        : []),
      kv('  ', 'Probe information'),
      kv('    ', 'Probe success criteria', 'All'),
      row('    ', [18, 5], ['Probe method', 'State']),
      ...s.probes.map(([m, st]) => row('    ', [18, 5], [m, st], true)),
    ]),
  );

/** `display real-server brief`. */
const rsBrief = fc
  .array(fc.tuple(rsName, fc.oneof(ipv4, fc.constant('--')), nat, state, farmName), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows): Line[] => {
    const w = [17, 21, 6, 15, 11];
    return [
      row('', w, ['Real server', 'Address', 'Port', 'State', 'Server farm']),
      ...rows.map((r) => row('', w, r)),
    ];
  });

// ---- the property ---------------------------------------------------------------------------------

const OUTPUTS: Array<[string, fc.Arbitrary<Line[]>]> = [
  [
    'display server-farm',
    fc.array(farmDetail, { minLength: 1, maxLength: 3 }).map((fs) => fs.flat()),
  ],
  ['display server-farm brief', farmBrief],
  ['display real-server', rsDetail],
  ['display real-server brief', rsBrief],
];

const issues = (ws: Array<{ code: string; line: number | null }>) =>
  ws.map((w) => [w.code, w.line]);

describe('parseServerFarm: fast paths and general code agree', () => {
  for (const [command, output] of OUTPUTS) {
    it(`${command}: every line spelt another way reads as printed, at the same line`, () => {
      const pasted = output.chain((lines) =>
        fc.tuple(
          fc.constant(lines),
          fc.array(choice, { minLength: lines.length, maxLength: lines.length }),
        ),
      );
      fc.assert(
        fc.property(pasted, ([lines, picks]) => {
          const prompt = `<LB>${command}`;
          const printed = [prompt, ...lines.map(printLine)].join('\n');
          const respelt = [prompt, ...lines.map((l, i) => respellLine(l, picks[i] as Choice))].join(
            '\n',
          );
          const fast = parseServerFarm(printed);
          // A layout the parser did not take for its own would make the comparison empty.
          expect(fast.errors).toEqual([]);
          expect(fast.warnings.filter((w) => w.code === 'unrecognised-line')).toEqual([]);
          const general = parseServerFarm(respelt);
          expect(general.value).toEqual(fast.value);
          expect(issues(general.warnings)).toEqual(issues(fast.warnings));
        }),
        { numRuns: 120 },
      );
    });
  }
});
