import { describe, expect, it } from 'vitest';
import { parseLldp } from '../parse-lldp';
import type { LldpData, LldpNeighbor } from '../../parsed-types';
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

function records(v: LldpData): RecordRef[] {
  return v.neighbors.map((n) => ({ key: String(n.line), line: n.line, value: n }));
}

parserSuite({
  parse: parseLldp,
  fixtures,
  command: 'display lldp neighbor-information verbose',
  expectedWarnings: {
    // The script stored the prompt without its `<`: `5900>dis lldp neighbor-information`.
    'lldp-brief__cw7-hp5900-chassisid-subtype-prompt-typo__hpe-scriptsonly.txt': [
      'unrecognised-line@1',
    ],
  },
  records,
  otherCommands: [
    'Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break\nRequest time out\n',
    '  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid\nIP address      MAC address    VLAN     Interface                Aging Type\n10.20.1.2       2c23-3a40-7e18 1        XGE1/0/48                5     D\n',
    'Aggregate Interface: Bridge-Aggregation33\nAggregation Mode: Dynamic\n',
  ],
});

describeNeverThrows(
  'parseLldp',
  parseLldp,
  fixtures.map((f) => f.text),
  [
    `LLDP neighbor-information of port 1[${'x'.repeat(1_000_000)}]:`,
    `LLDP neighbor-information of port ${'1'.repeat(1_000_000)}`,
    `System Name Local Interface Chassis ID Port ID\n${'a '.repeat(500_000)}`,
    `LLDP neighbor-information of port 1[GE1/0/1]:\n System description : ${'x: '.repeat(300_000)}`,
    `Chassis ID : ${'* -- '.repeat(200_000)}`,
  ],
);

const pick = (n: LldpNeighbor) => [n.localPort, n.systemName, n.portId];

describe('parseLldp: what the wizard asks', () => {
  it('names, for each local port, the switch and switch port it reaches', () => {
    const r = parseLldp(text('display-lldp-neighbor-list__ntc1.txt'));
    expect(r.value?.neighbors.map(pick)).toEqual([
      ['XGE1/0/0/1', 'SWITCH01', 'Ten-GigabitEthernet1/0/47'],
      ['XGE1/0/0/2', 'SWITCH01', 'Ten-GigabitEthernet2/0/47'],
    ]);
    // Two members, one device: the same chassis ID on both rows.
    expect(new Set(r.value?.neighbors.map((n) => n.chassisId)).size).toBe(1);
  });

  it('shows two members reaching two different devices', () => {
    const r = parseLldp(text('display-lldp-neighbor-verbose__ntc.txt'));
    const members = r.value?.neighbors.filter((n) =>
      ['Ten-GigabitEthernet1/0/0/1', 'Ten-GigabitEthernet1/0/0/2'].includes(n.localPort),
    );
    expect(members?.map((n) => [n.systemName, n.chassisId, n.fieldLines.systemName])).toEqual([
      ['SW1', '70f9-6d6b-1234', 11],
      ['SW2', '70f9-6d17-1235', 41],
    ]);
  });
});

describe('parseLldp: layouts and edge cases', () => {
  it('joins a system name the list form wrapped onto the next line', () => {
    const r = parseLldp(text('display-lldp-neighbor-list__ntc2.txt'));
    expect(r.value?.neighbors[0]?.systemName).toBe('SEP0000000000A0.example.com');
    expect(r.warnings).toEqual([]);
  });

  it('reads the list and the verbose form pasted one after the other', () => {
    const list = text('display-lldp-neighbor-list__ntc.txt');
    const verbose = text('lldp-verbose__cw7-msr3600-description-below-key__netopsnornir.txt');
    const r = parseLldp(
      `<SW>display lldp neighbor-information list\n${list}<SW>display lldp neighbor-information verbose\n${verbose}`,
    );
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.value?.neighbors.map((n) => n.localPort)).toEqual([
      'XGE1/0/1',
      'XGE1/0/17',
      'XGE1/0/19',
      'XGE1/0/21',
      'GigabitEthernet0/0',
      'GigabitEthernet0/1',
    ]);
    expect(r.value?.neighbors[4]?.fieldLines.localPort).toBe(11);
  });

  it('keeps a description line holding a colon inside the description', () => {
    const r = parseLldp(
      [
        'LLDP neighbor-information of port 1[GigabitEthernet1/0/1]:',
        'LLDP agent nearest-bridge:',
        ' LLDP neighbor index : 1',
        ' Chassis ID          : 0011-2233-4455',
        ' Port ID             : Gi1/0/24',
        ' System name         : cisco-sw',
        ' System description  : Cisco IOS Software, C2960X Software, Version 15.2(2)E6',
        '                       Technical Support: http://www.cisco.com/techsupport',
        '                       Copyright (c) 1986-2016 by Cisco Systems, Inc.',
        ' System capabilities supported : Bridge, Router',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    expect(r.value?.neighbors.map(pick)).toEqual([
      ['GigabitEthernet1/0/1', 'cisco-sw', 'Gi1/0/24'],
    ]);
  });

  it('warns about a line in a block it cannot place, and about a block with no fields', () => {
    const r = parseLldp(
      [
        'LLDP neighbor-information of port 1[GigabitEthernet1/0/1]:',
        ' LLDP neighbor index : 1',
        ' Chassis ID          : 0011-2233-4455',
        'some stray text',
        'LLDP neighbor-information of port 2[GigabitEthernet1/0/2]:',
        'LLDP neighbor-information of port 3[GigabitEthernet1/0/3]:',
        ' Port ID : GigabitEthernet2/0/3',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['unrecognised-line', 4],
      ['no-neighbor-fields', 5],
    ]);
    // A block without an index line: the record starts at its first field.
    expect(r.value?.neighbors.map((n) => [n.localPort, n.portId, n.line])).toEqual([
      ['GigabitEthernet1/0/1', null, 2],
      ['GigabitEthernet1/0/3', 'GigabitEthernet2/0/3', 7],
    ]);
  });

  it('an empty list (legend and header, no rows) is an answer: no neighbours', () => {
    const r = parseLldp(
      [
        '<SW>display lldp neighbor-information list',
        'Chassis ID : * -- -- Nearest nontpmr bridge neighbor',
        '             # -- -- Nearest customer bridge neighbor',
        '             Default -- -- Nearest bridge neighbor',
        'System Name          Local Interface Chassis ID      Port ID',
        '<SW>',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ neighbors: [] });
  });

  it('the command with nothing after it is not taken for "no neighbours"', () => {
    const r = parseLldp('<SW>display lldp neighbor-information verbose\n<SW>\n');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(['no-output']);
  });

  it('a row that does not fit the header is reported, not guessed', () => {
    const r = parseLldp(
      [
        'System Name          Local Interface Chassis ID      Port ID',
        'SW1                  XGE1/0/1        bcea-fa00-0001  Ten-GigabitEthernet1/0/30',
        'just two',
      ].join('\n'),
    );
    expect(r.value?.neighbors).toHaveLength(1);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['unrecognised-line', 3]]);
  });
});
