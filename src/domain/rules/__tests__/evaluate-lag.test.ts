import { describe, expect, it } from 'vitest';
import { parseLinkAggregation } from '../../parsers/link-aggregation/parse-link-aggregation';
import { guards } from '../../graph/guards';
import { evaluateLag } from '../evaluate-lag';
import { ctxWith, input } from './helpers';
import { emptySupport } from '../context';

const lag = (rows: string[], mode = 'Dynamic') => `Aggregate Interface: Route-Aggregation1
Aggregation Mode: ${mode}
Loadsharing Type: Shar
System ID: 0x8000, 9023-b46c-4400
Local:
  Port             Status  Priority Oper-Key  Flag
--------------------------------------------------------------------------------
${rows.join('\n')}
`;
const ctx = ctxWith({ aggregate: 'Route-Aggregation1', lostServer: '10.197.44.200' });
const first = (facts: Parameters<(typeof guards)['lag']['unselected']>[0]) =>
  Object.entries(guards.lag).find(([, fn]) => fn(facts))?.[0];

describe('evaluateLag', () => {
  it('seed: XGE1/1/1 U with the same Oper-Key → peer-config, finding names both ports and the group', () => {
    const text = lag([
      '  XGE1/1/0         S       32768    3         {ACDEFG}',
      '  XGE1/1/1         U       32768    3         {ACG}',
    ]);
    const r = evaluateLag([input(parseLinkAggregation, text)], ctx, {});
    expect(first(r.facts)).toBe('unselected');
    const f = r.findings.find((x) => x.id === 'lag-member-unselected:XGE1/1/1');
    expect(f?.text['en-US']).toContain(
      'XGE1/1/1 is Unselected (U) in Route-Aggregation1 while XGE1/1/0 is Selected',
    );
    expect(f?.text['zh-CN']).toContain('非选中');
    expect(f?.evidence).toEqual([{ step: 'lag', paste: 0, lines: [8, 9], healthy: [8] }]);
    expect(r.findings.map((x) => x.id)).toContain('lag-no-lacp-partner:XGE1/1/1');
    expect(r.context.lagMode).toBe('dynamic');
    expect(r.context.lagModeEvidence).toEqual({ step: 'lag', paste: 0, lines: [2] });
  });

  it('all Selected → all-selected', () => {
    const text = lag([
      '  XGE1/1/0         S       32768    3         {ACDEF}',
      '  XGE1/1/1         S       32768    3         {ACDEF}',
    ]);
    const r = evaluateLag([input(parseLinkAggregation, text)], ctx, {});
    expect(first(r.facts)).toBe('all-selected');
  });

  it('U member with another Oper-Key → oper-key-differs', () => {
    const text = lag([
      '  XGE1/1/0         S       32768    3         {ACDEF}',
      '  XGE1/1/1         U       32768    4         {AC}',
    ]);
    const r = evaluateLag([input(parseLinkAggregation, text)], ctx, {});
    expect(first(r.facts)).toBe('oper-key-differs');
    expect(r.context.operKeyPorts).toEqual(['XGE1/1/1']);
  });

  it('the capture answer adds a finding naming the port and the server', () => {
    const text = lag([
      '  XGE1/1/0         S       32768    3         {ACDEFG}',
      '  XGE1/1/1         U       32768    3         {ACG}',
    ]);
    const yes = evaluateLag([input(parseLinkAggregation, text)], ctx, {
      'lag-capture-unselected': 'yes',
    });
    expect(yes.findings.find((f) => f.id === 'lag-capture-on-unselected')?.text['en-US']).toContain(
      'capture on XGE1/1/1 showed traffic to or from 10.197.44.200',
    );
    const no = evaluateLag([input(parseLinkAggregation, text)], ctx, {
      'lag-capture-unselected': 'no',
    });
    expect(no.findings.map((f) => f.id)).toContain('lag-capture-none');
  });

  it('another aggregate than the one followed → otherwise', () => {
    const text = lag(['  XGE1/1/0         S       32768    3         {ACDEF}']).replace(
      'Route-Aggregation1',
      'Route-Aggregation2',
    );
    const r = evaluateLag([input(parseLinkAggregation, text)], ctx, {});
    expect(first(r.facts)).toBe('otherwise');
    expect(r.findings[0]?.id).toBe('lag-group-not-found');
  });
});

describe('evaluateLag: partners, LLDP and counters', () => {
  const withRemote = (local: string[], remote: string[]) =>
    `${lag(local)}Remote:
  Actor            Partner Priority Oper-Key  SystemID               Flag
--------------------------------------------------------------------------------
${remote.join('\n')}
`;

  it('members answering LACP from two systems → partners-differ, citing both remote rows', () => {
    const text = withRemote(
      [
        '  XGE1/1/0         S       32768    3         {ACDEF}',
        '  XGE1/1/1         U       32768    3         {ACG}',
      ],
      [
        '  XGE1/1/0         25      32768    33        0x8000, 3cd2-e54f-0a00 {ACDEF}',
        '  XGE1/1/1         25      32768    33        0x8000, 3cd2-e54f-7b80 {ACD}',
      ],
    );
    const r = evaluateLag([input(parseLinkAggregation, text)], ctx, {});
    expect(first(r.facts)).toBe('partners-differ');
    const f = r.findings.find((x) => x.id === 'lag-partners-differ');
    expect(f?.text['en-US']).toContain('XGE1/1/0 → 3cd2-e54f-0a00; XGE1/1/1 → 3cd2-e54f-7b80');
    expect(f?.evidence).toEqual([{ step: 'lag', paste: 0, lines: [13, 14] }]);
  });

  it('a member without an LACP partner (all-zero ID) is not a second partner', () => {
    const text = withRemote(
      [
        '  XGE1/1/0         S       32768    3         {ACDEF}',
        '  XGE1/1/1         U       32768    3         {ACG}',
      ],
      [
        '  XGE1/1/0         25      32768    33        0x8000, 3cd2-e54f-0a00 {ACDEF}',
        '  XGE1/1/1         0       32768    0         0x8000, 0000-0000-0000 {DEF}',
      ],
    );
    expect(first(evaluateLag([input(parseLinkAggregation, text)], ctx, {}).facts)).toBe(
      'unselected',
    );
  });

  it('LLDP naming two switches while LACP sees one partner is an M-LAG pair, not a fault', () => {
    const text = withRemote(
      [
        '  XGE1/1/0         S       32768    3         {ACDEF}',
        '  XGE1/1/1         S       32768    3         {ACDEF}',
      ],
      [
        '  XGE1/1/0         25      32768    33        0x8000, 0001-0001-0001 {ACDEF}',
        '  XGE1/1/1         25      32768    33        0x8000, 0001-0001-0001 {ACDEF}',
      ],
    );
    const support = emptySupport();
    support.lldp.push({
      step: 'lag',
      index: 1,
      text: '',
      value: {
        neighbors: [
          {
            localPort: 'XGE1/1/0',
            systemName: 'CORE-A',
            chassisId: null,
            portId: 'Ten-GigabitEthernet1/0/25',
            portDescription: null,
            line: 5,
            fieldLines: {},
          },
          {
            localPort: 'XGE1/1/1',
            systemName: 'CORE-B',
            chassisId: null,
            portId: 'Ten-GigabitEthernet1/0/25',
            portDescription: null,
            line: 6,
            fieldLines: {},
          },
        ],
      },
    });
    const r = evaluateLag([input(parseLinkAggregation, text)], { ...ctx, support }, {});
    expect(first(r.facts)).toBe('all-selected');
    expect(r.findings.find((f) => f.id === 'lldp-members-differ')?.severity).toBe('info');
  });

  it('counters of the Unselected member answer the capture question', () => {
    const text = lag([
      '  XGE1/1/0         S       32768    3         {ACDEFG}',
      '  XGE1/1/1         U       32768    3         {ACG}',
    ]);
    const support = emptySupport();
    support.iface.push({
      step: 'lag',
      index: 1,
      text: '',
      value: {
        interfaces: [
          {
            name: 'Ten-GigabitEthernet1/1/1',
            state: 'UP',
            up: true,
            lineProtocol: 'UP',
            description: null,
            mtu: null,
            maxFrameLength: null,
            jumboFrames: null,
            speed: '10Gbps',
            duplex: 'full',
            lastFlap: null,
            lastFlapSecondsAgo: null,
            rateWindowSeconds: 300,
            inputRate: { packetsPerSecond: 2210, bytesPerSecond: 1_350_000 },
            outputRate: null,
            inputPackets: null,
            outputPackets: null,
            inputErrors: 0,
            crc: 0,
            outputErrors: 0,
            countersCleared: null,
            line: 1,
            endLine: 20,
            fieldLines: { inputRate: 12 },
          },
        ],
      },
    });
    const r = evaluateLag([input(parseLinkAggregation, text)], { ...ctx, support }, {});
    const f = r.findings.find((x) => x.id === 'lag-unselected-receives:XGE1/1/1');
    expect(f?.severity).toBe('problem');
    expect(f?.evidence).toEqual([
      { step: 'lag', paste: 0, lines: [9] },
      { step: 'lag', paste: 1, lines: [12] },
    ]);
  });
});
