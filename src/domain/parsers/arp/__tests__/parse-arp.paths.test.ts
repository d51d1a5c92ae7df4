/**
 * Random ARP tables through the public parser: every row printed is read back with the values it
 * was printed from, and the same table spelt with other white space (no-break or ideographic
 * spaces, tabs between cells, a no-break space before or after a row: the general word cutting
 * instead of the blank fast path) gives the same result, lines and warnings included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArp } from '../parse-arp';

const NBSP = '\u00a0';
const IDEO = '\u3000';

interface Row {
  ip: string;
  mac: string;
  vlan: number | 'N/A' | string;
  iface: string | null;
  aging: number | null;
  type: string;
}

const hex4 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16).padStart(4, '0'));
const row: fc.Arbitrary<Row> = fc.record({
  ip: fc.ipV4(),
  mac: fc.tuple(hex4, hex4, hex4).map((p) => p.join('-')),
  vlan: fc.oneof(
    fc.integer({ min: 1, max: 4094 }),
    fc.constant('N/A'),
    fc.constantFrom('vxlan4094', 'vsi10'),
  ),
  iface: fc.option(fc.constantFrom('GE1/0/1', 'XGE1/0/48', 'BAGG55', 'RAGG1.1973', 'M-GE0/0/0')),
  aging: fc.option(fc.nat(1440)),
  type: fc.constantFrom('D', 'S', 'IS', 'M', 'O', 'R'),
});

const cells = (r: Row) => [
  r.ip,
  r.mac,
  String(r.vlan),
  r.iface ?? 'N/A',
  r.aging === null ? 'N/A' : String(r.aging),
  r.type,
];
const WIDTHS = [16, 15, 14, 25, 6];
const printRow = (r: Row) =>
  cells(r)
    .map((c, i) =>
      i < WIDTHS.length ? c.padEnd(WIDTHS[i] ?? 0) + (c.length >= (WIDTHS[i] ?? 0) ? ' ' : '') : c,
    )
    .join('');

const SEPARATORS = [' ', '   ', NBSP, `${IDEO} `, '\t', ` ${NBSP} `];
const respell = (r: Row, seps: number[], lead: boolean, end: boolean) =>
  `${lead ? NBSP : ''}${cells(r)
    .map((c, i) => (i === 0 ? c : `${SEPARATORS[(seps[i] ?? 0) % SEPARATORS.length] ?? ' '}${c}`))
    .join('')}${end ? NBSP : ''}`;

const HEAD = [
  '[LB]display arp',
  '  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid',
  'IP address      MAC address    VLAN/VSI name Interface                Aging Type',
];

describe('parseArp: rows read back and spelt other ways', () => {
  it('reads every printed row with the values it was printed from', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const r = parseArp([...HEAD, ...rows.map(printRow)].join('\n'));
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(
          r.value?.entries.map((e) => [
            e.ip,
            e.mac,
            e.vlan,
            e.vsiName,
            e.interface,
            e.aging,
            e.type,
          ]),
        ).toEqual(
          rows.map((x) => [
            x.ip,
            x.mac,
            typeof x.vlan === 'number' ? x.vlan : null,
            typeof x.vlan === 'string' && x.vlan !== 'N/A' ? x.vlan : null,
            x.iface,
            x.aging,
            x.type,
          ]),
        );
        expect(r.value?.entries.map((e) => e.line)).toEqual(rows.map((_, i) => i + 4));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result for the table spelt with other white space', () => {
    const spelt = fc.array(
      fc.record({
        row,
        seps: fc.array(fc.nat(5), { minLength: 6, maxLength: 6 }),
        lead: fc.boolean(),
        end: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(spelt, (rs) => {
        const plain = parseArp([...HEAD, ...rs.map((x) => printRow(x.row))].join('\n'));
        const other = parseArp(
          [...HEAD, ...rs.map((x) => respell(x.row, x.seps, x.lead, x.end))].join('\n'),
        );
        expect(other.value).toEqual(plain.value);
        expect(other.warnings).toEqual(plain.warnings);
        expect(other.errors).toEqual(plain.errors);
      }),
      { numRuns: 200 },
    );
  });
});
