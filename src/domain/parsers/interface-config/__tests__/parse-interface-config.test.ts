import { describe, expect, it } from 'vitest';
import { parseInterfaceConfig } from '../parse-interface-config';

const parse = (lines: string[]) => parseInterfaceConfig(lines.join('\n'));
const only = (lines: string[]) => {
  const r = parse(lines);
  expect(r.ok).toBe(true);
  return r.value?.interfaces ?? [];
};

describe('permitted VLANs', () => {
  it('trunk permits VLAN 1 until undone', () => {
    const [i] = only([
      'interface GigabitEthernet1/0/1',
      ' port link-type trunk',
      ' port trunk permit vlan 10 20 to 22',
    ]);
    expect(i?.permitVlans).toEqual([
      [1, 1],
      [10, 10],
      [20, 22],
    ]);
  });
  it('undo and all', () => {
    const [i] = only([
      'interface GigabitEthernet1/0/1',
      ' port link-type trunk',
      ' port trunk permit vlan all',
      ' undo port trunk permit vlan 1 100 to 4000',
    ]);
    expect(i?.permitVlans).toEqual([
      [2, 99],
      [4001, 4094],
    ]);
    expect(i?.fieldLines.permitVlans).toBe(4);
  });
  it('hybrid tagged and untagged lines', () => {
    const [i] = only([
      'interface GigabitEthernet1/0/2',
      ' port link-type hybrid',
      ' undo port hybrid vlan 1',
      ' port hybrid vlan 10 to 11 tagged',
      ' port hybrid vlan 30 untagged',
    ]);
    expect(i?.linkType).toBe('hybrid');
    expect(i?.permitVlans).toEqual([
      [10, 11],
      [30, 30],
    ]);
  });
  it('is null on access ports and ports without VLAN configuration', () => {
    const [a, b] = only([
      'interface GigabitEthernet1/0/1',
      ' port access vlan 1601',
      '#',
      'interface GigabitEthernet1/0/2',
      ' port link-type access',
    ]);
    expect(a?.permitVlans).toBeNull();
    expect(b?.permitVlans).toBeNull();
    expect(b?.linkType).toBe('access');
  });
  it('warns on a VLAN list it cannot read and keeps the line', () => {
    const r = parse([
      'interface GigabitEthernet1/0/1',
      ' port link-type trunk',
      ' port trunk permit vlan 10 to',
    ]);
    expect(r.warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['unrecognised-line@3']);
    expect(r.value?.interfaces[0]?.lines).toHaveLength(3);
    expect(r.value?.interfaces[0]?.permitVlans).toEqual([[1, 1]]);
  });
});

describe('aggregation', () => {
  it('static aggregate cites its header, dynamic cites the mode line; members and sub-interfaces are null', () => {
    const v = only([
      'interface Bridge-Aggregation33',
      '#',
      'interface Route-Aggregation1',
      ' link-aggregation mode dynamic',
      '#',
      'interface Route-Aggregation1.1973',
      ' vlan-type dot1q vid 1973',
      '#',
      'interface Ten-GigabitEthernet1/1/1',
      ' port link-aggregation group 1',
    ]);
    expect(
      v.map((i) => [i.name, i.aggregationMode, i.fieldLines.aggregationMode, i.aggregationGroup]),
    ).toEqual([
      ['Bridge-Aggregation33', 'static', 1, null],
      ['Route-Aggregation1', 'dynamic', 4, null],
      ['Route-Aggregation1.1973', null, undefined, null],
      ['Ten-GigabitEthernet1/1/1', null, undefined, 1],
    ]);
  });
  it('undo link-aggregation mode makes it static again', () => {
    const [i] = only([
      'interface RAGG1',
      ' link-aggregation mode dynamic',
      ' undo link-aggregation mode',
    ]);
    expect(i?.aggregationMode).toBe('static');
  });
  it('unknown link type kept verbatim with a warning', () => {
    const r = parse(['interface GE1/0/1', ' port link-type weird']);
    expect(r.value?.interfaces[0]?.linkType).toBe('weird');
    expect(r.warnings.map((w) => w.code)).toEqual(['unknown-value']);
  });
});

describe('blocks', () => {
  it('merges blocks naming the same interface differently', () => {
    const v = only([
      'interface Route-Aggregation 1',
      ' link-aggregation mode dynamic',
      'quit',
      'int RAGG1',
      ' description up',
      'quit',
    ]);
    expect(v).toHaveLength(1);
    expect(v[0]?.name).toBe('Route-Aggregation 1');
    expect(v[0]?.canonicalName).toBe('Route-Aggregation1');
    expect(v[0]?.description).toBe('up');
    expect(v[0]?.lines.map((l) => l.no)).toEqual([1, 2, 4, 5]);
  });
  it('expands interface range lists and ranges', () => {
    const v = only([
      'interface range GigabitEthernet 1/0/1 to GigabitEthernet 1/0/3 XGE1/0/9',
      ' port link-aggregation group 7',
    ]);
    expect(v.map((i) => [i.name, i.aggregationGroup])).toEqual([
      ['GigabitEthernet 1/0/1', 7],
      ['GigabitEthernet 1/0/2', 7],
      ['GigabitEthernet 1/0/3', 7],
      ['XGE1/0/9', 7],
    ]);
  });
  it('refuses an unreadable or huge range with one warning', () => {
    for (const header of [
      'interface range name uplinks',
      'interface range GE1/0/1 to GE1/0/9999',
      'interface range GE1/0/5 to XGE1/0/6',
    ]) {
      const r = parse([header, ' port link-aggregation group 7', '#', 'interface GE1/0/1']);
      expect(r.warnings.map((w) => `${w.code}@${w.line}`)).toEqual([
        'unrecognised-line@1',
        'outside-interface@2',
      ]);
      expect(r.value?.interfaces.map((i) => i.name)).toEqual(['GE1/0/1']);
    }
  });
  it('an indented block ends at the next line back at column 0', () => {
    const r = parse([
      'interface Bridge-Aggregation33',
      ' port link-type trunk',
      'stp global enable',
      'lldp enable',
    ]);
    expect(r.value?.interfaces[0]?.lines.map((l) => l.no)).toEqual([1, 2]);
    expect(r.warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['outside-interface@3']);
    expect(r.warnings[0]?.message).toContain('2 line');
    expect((r.warnings[0] as { severity?: string }).severity).toBe('info');
  });
  it('an unindented block ends at a top-level section', () => {
    const r = parse([
      'interface Bridge-Aggregation33',
      'port link-type trunk',
      'vlan 10',
      'description Radio',
    ]);
    expect(r.value?.interfaces[0]?.lines.map((l) => l.no)).toEqual([1, 2]);
    expect(r.value?.interfaces[0]?.description).toBeNull();
  });
  it('reads a system-view session with view prompts', () => {
    const v = only([
      '[LB]interface Route-Aggregation1',
      '[LB-Route-Aggregation1]link-aggregation mode dynamic',
      '[LB-Route-Aggregation1]lacp system-priority 100',
    ]);
    expect(v[0]?.aggregationMode).toBe('dynamic');
    expect(v[0]?.lines.map((l) => l.text)).toEqual([
      'interface Route-Aggregation1',
      'link-aggregation mode dynamic',
      'lacp system-priority 100',
    ]);
  });
});

describe('refusals', () => {
  it('configuration without any interface', () => {
    const r = parse(['#', 'vlan 10', ' description Radio', '#', 'return']);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(['no-interface']);
  });
  it('names a link-aggregation paste', () => {
    const r = parse(['Aggregate Interface: Route-Aggregation1', 'Aggregation Mode: Dynamic']);
    expect(r.errors[0]?.code).toBe('wrong-command');
    expect(r.errors[0]?.message).toContain('display link-aggregation');
  });
});

describe('pathological lines finish quickly', () => {
  it.each([
    ['hybrid list of blanks', `interface GE1/0/1\n port hybrid vlan ${' '.repeat(1_000_000)}x`],
    ['huge VLAN list', `interface GE1/0/1\n port trunk permit vlan ${'10 to 20 '.repeat(100_000)}`],
    [
      'huge range list',
      `interface range ${'GE1/0/1 to GE1/0/500 '.repeat(2_000)}\n port link-aggregation group 1`,
    ],
    ['long interface name', `interface GE${'1/'.repeat(300_000)}1`],
  ])('%s', (_name, text) => {
    const start = Date.now();
    const r = parseInterfaceConfig(text);
    expect(typeof r.ok).toBe('boolean');
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
