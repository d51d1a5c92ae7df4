import { describe, expect, it } from 'vitest';
import { parseLinkAggregation } from '../parse-link-aggregation';

const parse = (lines: string[]) => parseLinkAggregation(lines.join('\n'));
const codes = (r: ReturnType<typeof parse>) => r.warnings.map((w) => `${w.code}@${w.line}`);

describe('verbose variants', () => {
  it('newer CW7 layout: Index column, no Partner, reference-port mark, odd system-ID spacing', () => {
    const r = parse([
      'Port: A -- Auto port, M -- Management port, R -- Reference port',
      'Aggregate Interface: Bridge-Aggregation1',
      'Creation Mode: Manual',
      'Aggregation Mode: Dynamic',
      'Loadsharing Type: Shar',
      'Management VLANs: None',
      'System ID: 0x7b  , 0001-0001-0001',
      'Local:',
      '  Port                Status   Priority Index    Oper-Key               Flag',
      '  XGE1/0/49(R)        S        32768    1        1                      {ACDEF}',
      'Remote:',
      '  Actor               Priority Index    Oper-Key SystemID               Flag',
      '  XGE1/0/49           32768    1        1        0x8000, 0001-0001-0002 {ACDEF}',
    ]);
    expect(codes(r)).toEqual([]);
    const g = r.value?.groups[0];
    expect(g?.systemId).toBe('0x7b  , 0001-0001-0001');
    expect(g?.localPorts).toEqual([
      {
        port: 'XGE1/0/49',
        marks: 'R',
        status: 'S',
        priority: 32768,
        operKey: 1,
        flags: 'ACDEF',
        line: 10,
      },
    ]);
    expect(g?.remotePorts).toEqual([
      {
        port: 'XGE1/0/49',
        partner: null,
        priority: 32768,
        operKey: 1,
        systemId: '0x8000, 0001-0001-0002',
        flags: 'ACDEF',
        line: 13,
      },
    ]);
  });
  it('unknown port status: warned, row left out', () => {
    const r = parse([
      'Aggregate Interface: Bridge-Aggregation1',
      'Aggregation Mode: Static',
      'Port Status Priority Oper-Key',
      'GE1/0/1 X 32768 1',
      'GE1/0/2 S 32768 1',
    ]);
    expect(codes(r)).toEqual(['unknown-value@4']);
    expect(r.value?.groups[0]?.localPorts.map((p) => p.port)).toEqual(['GE1/0/2']);
  });
  it('a row cut off at the end is reported as truncated, earlier rows kept', () => {
    const r = parse([
      'Aggregate Interface: Route-Aggregation1',
      'Aggregation Mode: Dynamic',
      'Local:',
      '  Port Status Priority Oper-Key Flag',
      '  XGE1/1/0 S 32768 3 {ACDEF}',
      '  XGE1/1/1 U 327',
    ]);
    expect(codes(r)).toEqual(['truncated@6']);
    expect(r.value?.groups[0]?.localPorts.map((p) => p.port)).toEqual(['XGE1/1/0']);
  });
  it('a row with too few cells in the middle is unrecognised', () => {
    const r = parse([
      'Aggregate Interface: Route-Aggregation1',
      'Aggregation Mode: Dynamic',
      'Local:',
      '  Port Status Priority Oper-Key Flag',
      '  XGE1/1/1 U 327',
      '  XGE1/1/0 S 32768 3 {ACDEF}',
    ]);
    expect(codes(r)).toEqual(['unrecognised-line@5']);
  });
  it('unknown lines between blocks are warned, legends are not', () => {
    const r = parse([
      'Flags:  A -- LACP_Activity, B -- LACP_Timeout,',
      '        G -- Defaulted, H -- Expired',
      'something odd',
      'Aggregate Interface: BAGG1',
      'Aggregation Mode: Static',
    ]);
    expect(codes(r)).toEqual(['unrecognised-line@3', 'truncated@5']);
  });
  it('only legends: ok with no groups', () => {
    const r = parse([
      'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
      'Port Status: S -- Selected, U -- Unselected',
    ]);
    expect(r.ok).toBe(true);
    expect(r.value?.groups).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-groups']);
  });
});

describe('summary', () => {
  it('an unknown AGG Mode letter falls back on the Partner ID', () => {
    const r = parse([
      'Actor System ID: 0x8000, 000f-e267-6c6a',
      'AGG        AGG   Partner ID              Selected  Unselected  Individual  Share',
      'Interface  Mode                          Ports     Ports       Ports       Type',
      '--------------------------------------------------------------------------------',
      'RAGG10     ?     None                    1         0           0           NonS',
      'BAGG20     ?     0x8000, 00e0-fcff-ff01  2         0           0           Shar',
    ]);
    expect(r.value?.groups.map((g) => [g.name, g.mode, g.systemId, g.localPorts.length])).toEqual([
      ['RAGG10', 'static', null, 0],
      ['BAGG20', 'dynamic', '0x8000, 000f-e267-6c6a', 0],
    ]);
    expect(codes(r)).toEqual(['unknown-value@5', 'unknown-value@6']);
  });
  it('summary and verbose of the same group merge', () => {
    const r = parse([
      'Aggregate Interface: Route-Aggregation1',
      'Aggregation Mode: Dynamic',
      'System ID: 0x8000, 9023-b46c-4400',
      'Local:',
      '  Port Status Priority Oper-Key Flag',
      '  XGE1/1/1 U 32768 3 {ACG}',
      'AGG        AGG   Partner ID              Selected  Unselected  Individual  Share',
      'Interface  Mode                          Ports     Ports       Ports       Type',
      'RAGG1      D     0x8000, 0000-0000-0000  0         1           0           Shar',
    ]);
    expect(r.value?.groups).toHaveLength(1);
    expect(r.value?.groups[0]?.unselectedPorts).toBe(1);
    expect(r.value?.groups[0]?.localPorts).toHaveLength(1);
  });
});

describe('member-port', () => {
  it('a port without an aggregate line goes to a group named unknown, with a warning', () => {
    const r = parse([
      'GigabitEthernet1/0/1:',
      'Local:',
      '    Port Number: 1',
      '    Port Priority: 32768',
      '    Oper-Key: 1',
      '    Flag: {ACG}',
    ]);
    expect(r.value?.groups.map((g) => g.name)).toEqual(['unknown']);
    expect(codes(r)).toEqual(['group-not-printed@1', 'truncated@6']);
  });
  it('adds member-port ports to a verbose group without duplicating ports named differently', () => {
    const r = parse([
      'Aggregate Interface: Route-Aggregation1',
      'Aggregation Mode: Dynamic',
      'Local:',
      '  Port Status Priority Oper-Key Flag',
      '  XGE1/1/1 U 32768 3 {ACG}',
      'Ten-GigabitEthernet1/1/1:',
      'Aggregate Interface: Route-Aggregation1',
      'Local:',
      '    Port Number: 2',
      '    Port Priority: 32768',
      '    Oper-Key: 3',
      '    Flag: {ACG}',
      'Remote:',
      '    System ID: 0x8000, 0000-0000-0000',
      '    Port Number: 0',
      '    Port Priority: 32768',
      '    Oper-Key: 0',
      '    Flag: {EF}',
      'Received LACP Packets: 0 packet(s)',
      'Illegal: 0 packet(s)',
      'Sent LACP Packets: 7 packet(s)',
    ]);
    expect(codes(r)).toEqual([]);
    const g = r.value?.groups[0];
    expect(g?.localPorts.map((p) => p.port)).toEqual(['XGE1/1/1']);
    expect(g?.remotePorts.map((p) => [p.port, p.partner, p.systemId])).toEqual([
      ['Ten-GigabitEthernet1/1/1', '0', '0x8000, 0000-0000-0000'],
    ]);
  });
});

describe('pathological lines finish quickly', () => {
  it.each([
    [
      'remote row of blanks',
      `Aggregate Interface: BAGG1\nRemote:\n  Actor Partner Priority Oper-Key SystemID Flag\n  GE1/0/1 ${' '.repeat(1_000_000)}x`,
    ],
    ['legend-like line', `Flags: ${'A -- B, '.repeat(150_000)}`],
    ['summary row of blanks', `AGG Interface Partner\nBAGG1 ${' 1'.repeat(400_000)}`],
    ['member-port name', `${'GE1/'.repeat(250_000)}1:\nAggregate Interface: BAGG1\nPort Number: 1`],
  ])('%s', (_name, text) => {
    const start = Date.now();
    const r = parseLinkAggregation(text);
    expect(typeof r.ok).toBe('boolean');
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
