import { describe, expect, it } from 'vitest';
import { parseReth } from '../../parsers/reth/parse-reth';
import { guards } from '../../graph/guards';
import { evaluateReth, type RethFacts } from '../evaluate-reth';
import { ctxWith, input, seedServers } from './helpers';

const config = (a: string, pa: number, b: string, pb: number) => `interface Reth2
 description output-int
 ip binding vpn-instance HLW
 ip address 10.197.0.122 255.255.255.252
 member interface ${a} priority ${pa}
 member interface ${b} priority ${pb}
`;
const display = (rows: Array<[string, string, string]>) => `<LB> display reth interface reth 2
Reth2 :
  Redundancy group  : aa
  Member         Physical status       Forwarding status      Presence status
${rows.map(([m, p, f]) => `  ${m.padEnd(13)}${p.padEnd(22)}${f.padEnd(23)}Normal`).join('\n')}
`;
const ctx = ctxWith({ failedServers: seedServers, target: seedServers[1] ?? null, reth: 'Reth2' });
const first = (facts: RethFacts) =>
  Object.entries(guards.reth as Record<string, (f: RethFacts) => boolean>).find(([, fn]) =>
    fn(facts),
  )?.[0];

describe('evaluateReth', () => {
  it('seed: the higher-priority member is a Route-Aggregation subinterface → lag on its parent', () => {
    const r = evaluateReth(
      [input(parseReth, config('Route-Aggregation1.1973', 100, 'Route-Aggregation2.1973', 50))],
      ctx,
      {},
    );
    expect(first(r.facts)).toBe('forwarding-is-aggregate');
    expect(r.context.aggregate).toBe('Route-Aggregation1');
    expect(r.context.rethMember).toBe('Route-Aggregation1.1973');
    expect(r.findings.find((f) => f.id === 'reth-members')?.evidence).toEqual([
      { step: 'reth', paste: 0, lines: [5, 6] },
    ]);
  });

  it('plain ports, the Active one forwarding and the preferred one Active → server-no-reply', () => {
    const r = evaluateReth(
      [
        input(
          parseReth,
          display([
            ['GE1/0/1', 'UP', 'Active'],
            ['GE1/0/2', 'UP', 'Inactive'],
          ]),
        ),
      ],
      ctx,
      {},
    );
    expect(first(r.facts)).toBe('forwarding-is-port');
    expect(r.facts.forwarding).toBe('GE1/0/1');
  });

  it('the highest-priority member Inactive and DOWN (config + display) → member-inactive naming it', () => {
    const r = evaluateReth(
      [
        input(parseReth, config('GigabitEthernet1/0/1', 100, 'GigabitEthernet1/0/2', 50), 0),
        input(
          parseReth,
          display([
            ['GE1/0/1', 'DOWN', 'Inactive'],
            ['GE1/0/2', 'UP', 'Active'],
          ]),
          1,
        ),
      ],
      ctx,
      {},
    );
    expect(first(r.facts)).toBe('member-inactive');
    const f = r.findings.find((x) => x.id === 'reth-member-inactive');
    expect(f?.text['en-US']).toContain(
      'GigabitEthernet1/0/1 in Reth2 is Inactive (DOWN), although it has the highest priority 100',
    );
    expect(f?.evidence).toEqual([
      { step: 'reth', paste: 0, lines: [5] },
      { step: 'reth', paste: 1, lines: [5] },
    ]);
    expect(r.context.rethInactiveMember).toBe('GigabitEthernet1/0/1');
  });

  it('no member Active → member-inactive', () => {
    const r = evaluateReth(
      [
        input(
          parseReth,
          display([
            ['GE1/0/1', 'DOWN(redundancy down)', 'Inactive'],
            ['GE1/0/2', 'DOWN', 'Inactive'],
          ]),
        ),
      ],
      ctx,
      {},
    );
    expect(first(r.facts)).toBe('member-inactive');
  });

  it('a capture on the standby member (answer yes) → member-inactive; answer no keeps server-no-reply', () => {
    const text = display([
      ['GE1/0/1', 'UP', 'Active'],
      ['GE1/0/2', 'UP', 'Inactive'],
    ]);
    const yes = evaluateReth([input(parseReth, text)], ctx, { 'reth-capture-standby': 'yes' });
    expect(first(yes.facts)).toBe('member-inactive');
    expect(yes.findings.find((f) => f.id === 'reth-member-inactive')?.text['en-US']).toContain(
      'arriving on GE1/0/2',
    );
    const no = evaluateReth([input(parseReth, text)], ctx, { 'reth-capture-standby': 'no' });
    expect(first(no.facts)).toBe('forwarding-is-port');
  });

  it('another Reth than the one followed → otherwise', () => {
    const r = evaluateReth(
      [input(parseReth, config('GE1/0/1', 100, 'GE1/0/2', 50).replace('Reth2', 'Reth7'))],
      ctx,
      {},
    );
    expect(first(r.facts)).toBe('otherwise');
    expect(r.findings[0]?.id).toBe('reth-not-found');
  });
});
