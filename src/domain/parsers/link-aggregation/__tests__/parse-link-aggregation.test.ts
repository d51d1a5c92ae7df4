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
});

describe('no group is never an ok empty list', () => {
  const errorOf = (r: ReturnType<typeof parse>) => {
    expect(r.ok).toBe(false);
    // The engine reads `value` even when ok is false: an empty list must not reach it.
    expect(r.value).toBeNull();
    return r.errors.map((e) => e.code);
  };
  it('only legends: no-groups', () => {
    const r = parse([
      'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
      'Port Status: S -- Selected, U -- Unselected',
    ]);
    expect(errorOf(r)).toEqual(['no-groups']);
    expect(r.errors[0]?.message).toMatch(/legend/);
  });
  it('a summary table with no row: no-groups, saying the device lists none', () => {
    const r = parse([
      '<SW>display link-aggregation summary',
      'Aggregation Interface Type:',
      'BAGG -- Bridge-Aggregation, RAGG -- Route-Aggregation',
      'Actor System ID: 0x8000, d07e-289d-c027',
      'AGG         AGG       Partner ID               Select Unselect   Share',
      'Interface   Mode                               Ports  Ports      Type',
      '-------------------------------------------------------------------------------',
      '<SW>',
    ]);
    expect(errorOf(r)).toEqual(['no-groups']);
    expect(r.errors[0]?.message).toMatch(/summary table lists no aggregation group/);
  });
  it('port tables whose group nobody names: group-not-named', () => {
    const r = parse([
      '<LB>display link-aggregation verbose',
      'Port Status: S -- Selected, U -- Unselected',
      'Aggregation Mode: Dynamic',
      'Local:',
      '  Port             Status  Priority Oper-Key  Flag',
      '  XGE1/1/0         S       32768    3         {ACDEFG}',
    ]);
    expect(errorOf(r)).toEqual(['group-not-named']);
  });
  it('another command: wrong-command', () => {
    expect(errorOf(parse(['Total sessions found: 0']))).toEqual(['wrong-command']);
  });
});

describe('a verbose group whose header line was cut', () => {
  const body = [
    'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
    'Port Status: S -- Selected, U -- Unselected, I -- Individual',
    'Aggregation Mode: Dynamic',
    'Loadsharing Type: Shar',
    'System ID: 0x8000, 9023-b46c-4400',
    'Local:',
    '  Port             Status  Priority Oper-Key  Flag',
    '--------------------------------------------------------------------------------',
    '  XGE1/1/0         S       32768    3         {ACDEFG}',
    '  XGE1/1/1         U       32768    3         {ACG}',
  ];
  it('is named from the echoed command, cited there, with a warning', () => {
    const r = parse(['[LB]display link-aggregation verbose Route-Aggregation 1', ...body]);
    expect(r.ok).toBe(true);
    const g = r.value?.groups[0];
    expect(r.value?.groups).toHaveLength(1);
    expect([g?.name, g?.mode, g?.nameFromCommand, g?.line, g?.fieldLines.name]).toEqual([
      'Route-Aggregation1',
      'dynamic',
      true,
      4,
      1,
    ]);
    expect(g?.localPorts.map((p) => [p.port, p.status])).toEqual([
      ['XGE1/1/0', 'S'],
      ['XGE1/1/1', 'U'],
    ]);
    expect(codes(r)).toEqual(['group-header-missing@4']);
    expect(r.warnings[0]?.message).toMatch(/Route-Aggregation1.*line 1/);
  });
  it.each([
    ['<LB>dis link-agg verb route-agg 1', 'Route-Aggregation1'],
    ['<LB>display link-aggregation verbose Route-Aggregation1', 'Route-Aggregation1'],
    ['<SW>display link-aggregation verbose bridge-Aggregation2', 'Bridge-Aggregation2'],
    [
      '<SW>display link-aggregation verbose Bridge-Aggregation 33 | begin Local',
      'Bridge-Aggregation33',
    ],
  ])('%s names %s', (echo, name) => {
    const r = parse([echo, ...body]);
    expect(r.value?.groups.map((g) => g.name)).toEqual([name]);
  });
  it('an echo that names no single aggregate names nothing', () => {
    for (const echo of [
      '<LB>display link-aggregation verbose',
      '<LB>display link-aggregation verbose route-aggregation',
      '<LB>display link-aggregation summary',
      '<LB>display link-aggregation verbose route-aggregation 1 2',
    ])
      expect(parse([echo, ...body]).errors.map((e) => e.code)).toEqual(['group-not-named']);
  });
  it('a printed header wins: no warning, nothing named from the command', () => {
    const r = parse([
      '[LB]display link-aggregation verbose Route-Aggregation 1',
      'Aggregate Interface: Route-Aggregation1',
      ...body.slice(2),
    ]);
    expect(codes(r)).toEqual([]);
    expect(r.value?.groups[0]?.nameFromCommand).toBeUndefined();
  });
  it('the next command starts a new output: its rows never join the group read before it', () => {
    const r = parse([
      '[LB]display link-aggregation verbose Route-Aggregation 1',
      'Aggregate Interface: Route-Aggregation1',
      ...body.slice(2),
      '[LB]display link-aggregation verbose Route-Aggregation 2',
      ...body,
    ]);
    expect(r.value?.groups.map((g) => [g.name, g.localPorts.length])).toEqual([
      ['Route-Aggregation1', 2],
      ['Route-Aggregation2', 2],
    ]);
    expect(codes(r)).toEqual(['group-header-missing@14']);
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
  it('Comware 5 columns (Select / Unselect, no Individual): static rows with none or no partner', () => {
    const r = parse([
      'AGG         AGG       Partner ID               Select Unselect   Share',
      'Interface   Mode                               Ports  Ports      Type',
      '-------------------------------------------------------------------------------',
      'BAGG10      D         0x8000, 000f-e267-57ad   2      0          Shar',
      'BAGG20      S         none                     1      0          NonS',
      'BAGG30      S                                  0      2          Shar',
    ]);
    expect(codes(r)).toEqual([]);
    expect(
      r.value?.groups.map((g) => [
        g.name,
        g.mode,
        g.partnerId,
        g.selectedPorts,
        g.unselectedPorts,
        g.individualPorts,
      ]),
    ).toEqual([
      ['BAGG10', 'dynamic', '0x8000, 000f-e267-57ad', 2, 0, null],
      ['BAGG20', 'static', 'none', 1, 0, null],
      ['BAGG30', 'static', null, 0, 2, null],
    ]);
  });
  it('a Comware 5 row cut before its share type is truncated, not read', () => {
    const r = parse([
      'AGG         AGG       Partner ID               Select Unselect   Share',
      'Interface   Mode                               Ports  Ports      Type',
      'BAGG1       D         0x8000, d07e-281c-2a0a   2      0          Shar',
      'BAGG2       D         0x8000, 4431-92b1-ed6a   2      0',
    ]);
    expect(r.value?.groups.map((g) => g.name)).toEqual(['BAGG1']);
    expect(codes(r)).toEqual(['truncated@4']);
  });
  it('a summary group gets its own port lists when verbose rows follow; the others stay empty', () => {
    const r = parse([
      'AGG        AGG   Partner ID              Selected  Unselected  Individual  Share',
      'Interface  Mode                          Ports     Ports       Ports       Type',
      'RAGG1      D     0x8000, 0000-0000-0000  0         1           0           Shar',
      'RAGG2      D     0x8000, 0000-0000-0000  0         1           0           Shar',
      'Aggregate Interface: RAGG1',
      'Aggregation Mode: Dynamic',
      'Local:',
      '  Port Status Priority Oper-Key Flag',
      '  XGE1/1/1 U 32768 3 {ACG}',
      'Remote:',
      '  Actor Partner Priority Oper-Key SystemID Flag',
      '  XGE1/1/1 0 32768 0 0x8000, 0000-0000-0000 {EF}',
    ]);
    const [one, two] = r.value?.groups ?? [];
    expect([one?.localPorts.length, one?.remotePorts.length]).toEqual([1, 1]);
    expect([two?.localPorts, two?.remotePorts]).toEqual([[], []]);
    // The empty lists are shared and frozen: output is read, never pushed to.
    expect(Object.isFrozen(two?.localPorts)).toBe(true);
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
