/**
 * Random neighbours through the public parser, printed as the verbose blocks and as the list: each
 * is read back with the values it was printed from, and the same paste spelt with other white
 * space (no-break or ideographic spaces in the indent, before the colon, between list cells, after
 * a line: `trim()` and the general word cutting instead of the blank fast paths) gives the same
 * result, lines and warnings included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLldp } from '../parse-lldp';

const NBSP = '\u00a0';
const IDEO = '\u3000';

interface Neighbor {
  localPort: string;
  systemName: string;
  chassisId: string;
  portId: string;
  portDescription: string;
  description: string[];
}

const hex4 = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16).padStart(4, '0'));
const word = fc.stringMatching(/^[A-Za-z0-9_.-]{1,16}$/);
const neighbor: fc.Arbitrary<Neighbor> = fc.record({
  localPort: fc
    .tuple(fc.constantFrom('XGE', 'GE', 'Ten-GigabitEthernet'), fc.nat(4), fc.nat(48))
    .map(([t, a, b]) => `${t}${a + 1}/0/${b}`),
  // `-` is the list form's "no name" (read as null), not a name.
  systemName: word.filter((w) => w !== '-'),
  chassisId: fc.tuple(hex4, hex4, hex4).map((p) => p.join('-')),
  portId: fc
    .tuple(fc.constantFrom('GigabitEthernet', 'Ten-GigabitEthernet'), fc.nat(48))
    .map(([t, b]) => `${t}1/0/${b}`),
  portDescription: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  description: fc.array(
    fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    { minLength: 1, maxLength: 3 },
  ),
});

/** A line: indent, key, padding before the colon, value. `key` null = a description line. */
interface Line {
  indent: string;
  key: string | null;
  value: string;
}

function blockLines(n: Neighbor, i: number): Line[] {
  const kv = (key: string, value: string): Line => ({ indent: ' ', key, value });
  const [first = '', ...rest] = n.description;
  return [
    { indent: '', key: null, value: `LLDP neighbor-information of port ${i + 1}[${n.localPort}]:` },
    { indent: '', key: null, value: 'LLDP agent nearest-bridge:' },
    kv('LLDP neighbor index', '1'),
    kv('Chassis type', 'MAC address'),
    kv('Chassis ID', n.chassisId),
    kv('Port ID type', 'Interface name'),
    kv('Port ID', n.portId),
    kv('Port description', n.portDescription),
    kv('System name', n.systemName),
    kv('System description', first),
    ...rest.map((d) => ({ indent: ' '.repeat(23), key: null, value: d })),
    kv('System capabilities supported', 'Bridge, Router'),
    kv('Maximum frame size', '9216'),
  ];
}

const printLine = (l: Line) =>
  l.key === null ? `${l.indent}${l.value}` : `${l.indent}${l.key.padEnd(20)}: ${l.value}`;

const INDENTS = ['', NBSP, IDEO, ` ${NBSP}`];
const PADS = [' ', NBSP, `${NBSP} `, IDEO, ''];
function respellLine(l: Line, pick: { indent: number; pad: number; end: boolean }): string {
  const indent = `${INDENTS[pick.indent % INDENTS.length] ?? ''}${l.indent}`;
  const end = pick.end ? NBSP : '';
  if (l.key === null) return `${indent}${l.value}${end}`;
  return `${indent}${l.key}${PADS[pick.pad % PADS.length] ?? ''}: ${l.value}${end}`;
}

const LIST_HEAD = [
  'Chassis ID : * -- -- Nearest nontpmr bridge neighbor',
  '             # -- -- Nearest customer bridge neighbor',
  '             Default -- -- Nearest bridge neighbor',
  'System Name          Local Interface Chassis ID      Port ID',
];
const listCells = (n: Neighbor) => [n.systemName, n.localPort, n.chassisId, n.portId];
const printRow = (n: Neighbor) =>
  listCells(n)
    .map((c, i) =>
      i === 3 ? c : c.length < [21, 16, 16][i]! ? c.padEnd([21, 16, 16][i]!) : `${c} `,
    )
    .join('');
const SEPARATORS = [' ', '   ', NBSP, `${IDEO} `, ` ${NBSP} `];

const neighbors = fc.uniqueArray(neighbor, {
  minLength: 1,
  maxLength: 6,
  selector: (n) => n.localPort,
});
const pick = fc.record({ indent: fc.nat(3), pad: fc.nat(4), end: fc.boolean() });

describe('parseLldp: neighbours read back and spelt other ways', () => {
  it('reads every verbose block with the values it was printed from', () => {
    fc.assert(
      fc.property(neighbors, (ns) => {
        const lines = ns.flatMap(blockLines);
        const r = parseLldp(lines.map(printLine).join('\n'));
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(
          r.value?.neighbors.map((n) => [
            n.localPort,
            n.systemName,
            n.chassisId,
            n.portId,
            n.portDescription,
          ]),
        ).toEqual(
          ns.map((n) => [n.localPort, n.systemName, n.chassisId, n.portId, n.portDescription]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result for the blocks spelt with other white space', () => {
    const spelt = neighbors.chain((ns) => {
      const lines = ns.flatMap(blockLines);
      return fc.tuple(
        fc.constant(lines),
        fc.array(pick, { minLength: lines.length, maxLength: lines.length }),
      );
    });
    fc.assert(
      fc.property(spelt, ([lines, picks]) => {
        const plain = parseLldp(lines.map(printLine).join('\n'));
        const other = parseLldp(lines.map((l, i) => respellLine(l, picks[i] ?? pick0)).join('\n'));
        expect(other.value).toEqual(plain.value);
        expect(other.warnings).toEqual(plain.warnings);
      }),
      { numRuns: 150 },
    );
  });

  it('reads every list row, and the same rows with other white space between the cells', () => {
    const rows = neighbors.chain((ns) =>
      fc.tuple(
        fc.constant(ns),
        fc.array(fc.array(fc.nat(4), { minLength: 3, maxLength: 3 }), {
          minLength: ns.length,
          maxLength: ns.length,
        }),
      ),
    );
    fc.assert(
      fc.property(rows, ([ns, seps]) => {
        const plain = parseLldp([...LIST_HEAD, ...ns.map(printRow)].join('\n'));
        expect(plain.warnings).toEqual([]);
        expect(
          plain.value?.neighbors.map((n) => [n.systemName, n.localPort, n.chassisId, n.portId]),
        ).toEqual(ns.map(listCells));
        const other = parseLldp(
          [
            ...LIST_HEAD,
            ...ns.map((n, i) =>
              listCells(n)
                .map((c, k) => (k === 0 ? c : `${SEPARATORS[seps[i]?.[k - 1] ?? 0] ?? ' '}${c}`))
                .join(''),
            ),
          ].join('\n'),
        );
        expect(other.value).toEqual(plain.value);
        expect(other.warnings).toEqual(plain.warnings);
      }),
      { numRuns: 150 },
    );
  });
});

const pick0 = { indent: 0, pad: 0, end: false };
