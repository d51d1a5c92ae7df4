import { describe, expect, it } from 'vitest';
import { parseLinkAggregation } from '../../parsers/link-aggregation/parse-link-aggregation';
import { guards } from '../../graph/guards';
import { evaluateLag } from '../evaluate-lag';
import { ctxWith, input } from './helpers';

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
    expect(f?.evidence).toEqual([{ step: 'lag', paste: 0, lines: [8, 9] }]);
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
