import { describe, expect, it } from 'vitest';
import { arpCommand, parseArp } from '../parse-arp';
import type { ArpData } from '../../parsed-types';
import { commandFromEcho } from '../../detect/echo-command';
import {
  pairFixtures,
  parserSuite,
  type RecordRef,
} from '../../interface-config/__tests__/parser-harness';
import { describeNeverThrows } from '../../shared/testing/fixture-harness';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expected = import.meta.glob<unknown>('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
});
const fixtures = pairFixtures(texts, expected);
const text = (name: string) => fixtures.find((f) => f.name === name)?.text ?? '';

function records(v: ArpData): RecordRef[] {
  return v.entries.map((e) => ({
    key: String(e.line),
    line: e.line,
    // The verbose form prints the entry's VPN on the line below its row.
    lastLine: e.fieldLines?.vpnInstance === e.line + 1 ? e.line + 1 : e.line,
    value: e,
  }));
}

parserSuite({
  parse: parseArp,
  fixtures,
  command: 'display arp',
  expectedWarnings: {},
  records,
  otherCommands: [
    'Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break\nRequest time out\n',
    'System Name          Local Interface Chassis ID      Port ID\nSW-TEST-001          XGE1/0/1        bcea-fa00-0001  Ten-GigabitEthernet1/0/30\n',
    'Aggregate Interface: Bridge-Aggregation33\nAggregation Mode: Dynamic\n',
  ],
});

describeNeverThrows(
  'parseArp',
  parseArp,
  fixtures.map((f) => f.text),
  [
    `10.1.1.1 ${'0'.repeat(1_000_000)}`,
    `${'1.'.repeat(500_000)} 00e0-fc00-0001 1 GE1/0/1 20 D`,
    `<LB>display arp ${'1.1.1.1 '.repeat(100_000)}`,
    `<LB>display arp | include ${'\\.'.repeat(300_000)}`,
    `Vpn Instance NickNameRb\n10.1.1.1 00e0-fc00-0001 1 GE1/0/1 20 D\n${'x '.repeat(400_000)}0x1`,
  ],
);

const HEADER = [
  '  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid',
  'IP address      MAC address    VLAN/VSI name Interface                Aging Type',
];
const ROW = '10.197.44.200   0050-56a1-0001 1973          RAGG1.1973               1196  D';

describe('parseArp: can the LB resolve the real server?', () => {
  it('an entry for the address: the MAC and the interface it leaves by', () => {
    const r = parseArp(['[LB]display arp 10.197.44.200', ...HEADER, ROW, '[LB]'].join('\n'));
    expect(r.ok).toBe(true);
    expect(r.value?.query).toBe('10.197.44.200');
    expect(r.value?.answered).toBe(true);
    expect(r.value?.fieldLines).toEqual({ query: 1, answered: 3 });
    expect(r.value?.entries.map((e) => [e.mac, e.interface, e.vlan, e.line])).toEqual([
      ['0050-56a1-0001', 'RAGG1.1973', 1973, 4],
    ]);
  });

  it('the device printing nothing for the address is the answer "no entry"', () => {
    const r = parseArp('[LB]display arp 10.197.44.200\n[LB]\n');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({
      entries: [],
      query: '10.197.44.200',
      vpnInstance: null,
      answered: true,
      fieldLines: { query: 1, answered: 1 },
    });
  });

  it('| include filters out the header too: nothing printed is "no entry", a row is the entry', () => {
    const none = parseArp('<LB>display arp | include 10.197.44.200\n<LB>');
    expect([none.ok, none.value?.query, none.value?.answered, none.value?.entries]).toEqual([
      true,
      '10.197.44.200',
      true,
      [],
    ]);
    const one = parseArp(`<LB>dis arp | inc 10.197.44.200\n${ROW}\n<LB>`);
    expect([one.ok, one.value?.answered, one.value?.entries.map((e) => e.ip)]).toEqual([
      true,
      true,
      ['10.197.44.200'],
    ]);
  });

  it('display arp vpn-instance: the VPN comes from the command, for every row', () => {
    const r = parseArp(
      ['<LB>display arp vpn-instance HLW | include 10.197.44.200', ROW, '<LB>'].join('\n'),
    );
    expect(r.value?.vpnInstance).toBe('HLW');
    expect(r.value?.query).toBe('10.197.44.200');
    expect(r.value?.fieldLines).toEqual({ query: 1, vpnInstance: 1, answered: 2 });
    expect(r.value?.entries.map((e) => [e.vpnInstance, e.fieldLines])).toEqual([
      ['HLW', { vpnInstance: 1 }],
    ]);
  });

  it('each echoed command gives its own rows their VPN; the last one gives query and answer', () => {
    const r = parseArp(
      ['<LB>display arp vpn-instance HLW', ...HEADER, ROW, '<LB>display arp 10.1.1.9', '<LB>'].join(
        '\n',
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.value?.entries.map((e) => e.vpnInstance)).toEqual(['HLW']);
    expect([r.value?.query, r.value?.vpnInstance, r.value?.answered]).toEqual([
      '10.1.1.9',
      null,
      true,
    ]);
  });

  it('a refused command answered nothing', () => {
    const r = parseArp(
      [
        '<LB>display arp vpn-instance HLW 10.197.44.200',
        '                                  ^',
        " % Unrecognized command found at '^' position.",
        '<LB>',
      ].join('\n'),
    );
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['command-rejected', 3]]);
    expect(r.value?.answered).toBe(false);
  });

  it('a refused command corrected by the next one is only a warning', () => {
    const r = parseArp(
      [
        '<LB>display arp vpn HLW 10.197.44.200',
        '                    ^',
        " % Unrecognized command found at '^' position.",
        '<LB>display arp vpn-instance HLW',
        ...HEADER,
        ROW,
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['command-rejected', 3]]);
    expect(r.value?.entries).toHaveLength(1);
  });

  it('the header with no rows is an answer; the bare command without an address is not', () => {
    const empty = parseArp(['<LB>display arp', ...HEADER, '<LB>'].join('\n'));
    expect([empty.ok, empty.value?.answered, empty.value?.entries]).toEqual([true, true, []]);
    const bare = parseArp('<LB>display arp\n<LB>\n');
    expect(bare.ok).toBe(false);
    expect(bare.errors.map((e) => e.code)).toEqual(['no-arp-table']);
    const count = parseArp('<LB>display arp count\n Total number of entries : 5\n<LB>');
    expect(count.ok).toBe(false);
    expect(count.errors.map((e) => e.code)).toEqual(['no-arp-table']);
  });

  it('rows pasted without command or header are still entries', () => {
    const r = parseArp(`${ROW}\n`);
    expect([r.ok, r.value?.answered, r.value?.fieldLines]).toEqual([true, true, { answered: 1 }]);
  });

  it('warns when the entry count printed disagrees with the rows read', () => {
    const lines = text('arp__cw3-port-name-al-id-entries-found-trailer__telnet-emulator.txt').split(
      '\n',
    );
    lines.splice(10, 1);
    const r = parseArp(lines.join('\n'));
    expect(r.ok).toBe(true);
    expect(r.value?.entries).toHaveLength(30);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['count-mismatch', 34]]);
  });

  it('reports a row it cannot read instead of guessing', () => {
    const r = parseArp(
      [...HEADER, ROW, '10.1.1.2        0050-56a1-0002 1973          RAGG1.1973      D'].join('\n'),
    );
    expect(r.value?.entries).toHaveLength(1);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['unrecognised-line', 4]]);
  });
});

describe('arpCommand and the echoed command id', () => {
  it.each([
    ['display arp', null, null],
    ['display  arp', null, null],
    ['dis arp 10.197.44.200', '10.197.44.200', null],
    ['display arp 10.197.44.200 verbose', '10.197.44.200', null],
    ['display arp vpn-instance HLW', null, 'HLW'],
    ['disp arp vpn HLW', null, 'HLW'],
    ['display arp | include 10.197.44.200', '10.197.44.200', null],
    ['display arp | i 10\\.197\\.44\\.200', '10.197.44.200', null],
    ['display arp vpn-instance HLW | by-linenum include 10.197.44.200', '10.197.44.200', 'HLW'],
    ['display arp | include 0050-56a1', null, null],
    ['display arp | exclude 10.197.44.200', null, null],
    ['display arp interface Route-Aggregation1.1973', null, null],
  ])('%s → query %s, vpn %s', (cmd, query, vpnInstance) => {
    expect(arpCommand(cmd)).toEqual({ query, vpnInstance });
    expect(commandFromEcho(cmd)?.id).toBe('display-arp');
  });

  it.each(['display arp timer aging', 'display arp snooping', 'display lldp neighbor list'])(
    '%s is not the ARP table',
    (cmd) => {
      expect(arpCommand(cmd)).toBeNull();
      expect(commandFromEcho(cmd)?.id).not.toBe('display-arp');
    },
  );
});
