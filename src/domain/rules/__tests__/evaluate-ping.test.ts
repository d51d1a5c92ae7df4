import { describe, expect, it } from 'vitest';
import { parsePing } from '../../parsers/ping/parse-ping';
import { evaluatePing } from '../evaluate-ping';
import { ctxWith, input, seedServers } from './helpers';

const lost = `[LB]ping -vpn-instance HLW 10.197.44.200
Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break
Request time out
Request time out
Request time out
Request time out
Request time out
--- Ping statistics for 10.197.44.200 in VPN instance HLW ---
5 packet(s) transmitted, 0 packet(s) received, 100.0% packet loss
`;
const ok = (ip: string, vpn = 'HLW') => `[LB]ping -vpn-instance ${vpn} ${ip}
Ping ${ip} (${ip}): 56 data bytes, press CTRL_C to break
56 bytes from ${ip}: icmp_seq=0 ttl=63 time=0.993 ms
56 bytes from ${ip}: icmp_seq=1 ttl=63 time=0.865 ms
56 bytes from ${ip}: icmp_seq=2 ttl=63 time=0.814 ms
56 bytes from ${ip}: icmp_seq=3 ttl=63 time=0.828 ms
56 bytes from ${ip}: icmp_seq=4 ttl=63 time=0.864 ms
--- Ping statistics for ${ip} in VPN instance ${vpn} ---
5 packet(s) transmitted, 5 packet(s) received, 0.0% packet loss
round-trip min/avg/max/std-dev = 0.814/0.873/0.993/0.061 ms
`;
const ctx = ctxWith({ failedServers: seedServers });

describe('evaluatePing', () => {
  it('one lost, one answering in the same subnet: partial reachability, target is the one that answers', () => {
    const r = evaluatePing(
      [input(parsePing, lost, 0), input(parsePing, ok('10.197.44.201'), 1)],
      ctx,
      null,
    );
    expect(r.facts.partialSameSubnet).toBe(true);
    const partial = r.findings.find((f) => f.id === 'ping-partial-reachability');
    expect(partial?.text['en-US']).toContain('per-flow hashing on an aggregate');
    expect(partial?.subjects).toEqual(['10.197.44.201', '10.197.44.200']);
    const l = r.findings.find((f) => f.id === 'ping-lost:10.197.44.200');
    expect(l?.evidence).toEqual([{ step: 'ping', paste: 0, lines: [2, 9] }]);
    expect(r.context.target?.address).toBe('10.197.44.201');
    expect(r.context.lostServer).toBe('10.197.44.200');
  });

  it('both pings in one paste are read, with the line numbers of each', () => {
    const r = evaluatePing([input(parsePing, lost + ok('10.197.44.201'))], ctx, null);
    expect(r.facts.lost).toEqual(['10.197.44.200']);
    expect(r.facts.reachable).toEqual(['10.197.44.201']);
    expect(r.findings.find((f) => f.id === 'ping-ok:10.197.44.201')?.evidence[0]?.lines).toEqual([
      11, 18,
    ]);
  });

  it('all lost: no partial finding, target is the first failed server; the user choice wins', () => {
    const r = evaluatePing([input(parsePing, lost)], ctx, null);
    expect(r.facts.partialSameSubnet).toBe(false);
    expect(r.context.target?.address).toBe('10.197.44.200');
    expect(r.findings.map((f) => f.id)).toContain('ping-missing');
    expect(evaluatePing([input(parsePing, lost)], ctx, '10.197.44.201').context.target?.name).toBe(
      'test2',
    );
  });

  it('all answering: the probe itself is the question', () => {
    const r = evaluatePing(
      [input(parsePing, ok('10.197.44.200') + ok('10.197.44.201'))],
      ctx,
      null,
    );
    expect(r.findings.map((f) => f.id)).toContain('ping-all-reachable');
    expect(r.facts.partialSameSubnet).toBe(false);
  });

  it('a ping run outside the server VPN is flagged', () => {
    const pub = ok('10.197.44.201')
      .replace('-vpn-instance HLW ', '')
      .replace(' in VPN instance HLW', '');
    const r = evaluatePing([input(parsePing, pub)], ctx, null);
    expect(r.findings.map((f) => f.id)).toContain('ping-vpn-differs:10.197.44.201');
  });
});
