/** The arp, probe-template and path-mtu steps, on hand-made parsed values. */
import { describe, expect, it } from 'vitest';
import type { ArpData, PingRun, ProbeTemplate, Session } from '../../parsers/parsed-types';
import { guards } from '../../graph/guards';
import { evaluateArp } from '../evaluate-arp';
import { evaluateProbeTemplate } from '../evaluate-probe-template';
import { evaluatePathMtu } from '../evaluate-path-mtu';
import { ev } from '../evidence';
import { ctxWith, seedServers } from './helpers';

const target = seedServers[1] ?? null;
const firstOf = <F>(table: Record<string, (f: F) => boolean>, facts: F) =>
  Object.entries(table).find(([, fn]) => fn(facts))?.[0];

describe('evaluateArp', () => {
  const ctx = ctxWith({ failedServers: seedServers, target, egressPort: 'Vlan-interface20' });
  const arp = (
    over: Partial<ArpData>,
    text = '[LB]display arp 10.197.44.201\n',
  ): Parameters<typeof evaluateArp>[0] => [
    {
      step: 'arp',
      index: 0,
      text,
      value: { entries: [], query: '10.197.44.201', vpnInstance: null, answered: true, ...over },
    },
  ];
  const entry = (ip: string, vlan: number, iface: string) => ({
    ip,
    mac: '0050-56a1-0001',
    vlan,
    interface: iface,
    aging: 16,
    type: 'D',
    vpnInstance: null,
    line: 3,
  });

  it('asked for the server, nothing printed → arp-missing citing the command', () => {
    const r = evaluateArp(arp({}), ctx);
    expect(firstOf(guards.arp, r.facts)).toBe('unresolved');
    expect(r.findings[0]?.id).toBe('arp-missing:10.197.44.201');
    expect(r.findings[0]?.evidence).toEqual([{ step: 'arp', paste: 0, lines: [1] }]);
  });

  it('an entry in the expected VLAN → resolved; in another → wrong interface', () => {
    const ok = evaluateArp(arp({ entries: [entry('10.197.44.201', 20, 'XGE1/0/3')] }), ctx);
    expect(firstOf(guards.arp, ok.facts)).toBe('resolved');
    const wrong = evaluateArp(arp({ entries: [entry('10.197.44.201', 30, 'XGE1/0/7')] }), ctx);
    expect(firstOf(guards.arp, wrong.facts)).toBe('unresolved');
    expect(wrong.findings[0]?.id).toBe('arp-wrong-interface:10.197.44.201');
  });

  it('an answer about another address waits for the right one', () => {
    const r = evaluateArp(arp({ query: '10.197.44.9' }), ctx);
    expect(r.waiting).toBe(true);
    expect(r.findings[0]?.id).toBe('arp-other-target');
  });
});

function tpl(over: Partial<ProbeTemplate>): ProbeTemplate {
  return {
    type: 'tcp',
    name: 't1',
    destinationPort: null,
    destinationIp: null,
    timeoutMs: null,
    frequencyMs: null,
    url: null,
    expectStatus: null,
    expectData: null,
    version: null,
    operation: null,
    vpnInstance: null,
    sourceIp: null,
    sslClientPolicy: null,
    reactionProbeFail: null,
    reactionProbePass: null,
    lines: [],
    line: 1,
    fieldLines: { timeoutMs: 3, url: 2, expectStatus: 4, sslClientPolicy: 5 },
    ...over,
  };
}

function session(
  state: string,
  sent: [number, number],
  back: [number, number],
  port = 443,
): Session {
  const end = {
    sourceIp: null,
    sourcePort: null,
    destinationIp: null,
    destinationPort: null,
    vpnInstance: 'HLW',
    protocol: 'TCP(6)',
    inboundInterface: null,
    line: 1,
    fieldLines: {},
  };
  return {
    initiator: { ...end, destinationIp: '10.197.44.201', destinationPort: port },
    responder: { ...end },
    state,
    application: port === 443 ? 'HTTPS' : 'HTTP',
    initiatorToResponder: { packets: sent[0], bytes: sent[1] },
    responderToInitiator: { packets: back[0], bytes: back[1] },
    line: 1,
    endLine: 20,
    fieldLines: {},
  };
}

describe('evaluateProbeTemplate', () => {
  const input = (...templates: ProbeTemplate[]) => [
    { step: 'probe-template' as const, index: 0, text: '', value: { templates } },
  ];
  const base = ctxWith({ failedServers: seedServers, target, farmProbes: ['t1'] });

  it('ping slower than the timeout → timeout-too-short, citing the timeout and the round-trip line', () => {
    const ctx = {
      ...base,
      pingRtt: { '10.197.44.201': { avg: 812, max: 1400, evidence: ev('ping', 1, [9]) } },
    };
    const r = evaluateProbeTemplate(input(tpl({ timeoutMs: 500 })), ctx);
    expect(firstOf(guards['probe-template'], r.facts)).toBe('timeout-too-short');
    const f = r.findings.find((x) => x.id === 'template-timeout-below-rtt');
    expect(f?.evidence).toEqual([
      { step: 'probe-template', paste: 0, lines: [1, 3] },
      { step: 'ping', paste: 1, lines: [9] },
    ]);
  });

  it('a TLS template whose session closed after the certificate → tls-handshake-fails', () => {
    const s = session('TCP_TIME_WAIT', [5, 517], [4, 3921]);
    const ctx = {
      ...base,
      sessionKind: 'tls-abort' as const,
      session: { s, evidence: ev('session', 0, [17, 22, 23]) },
    };
    const r = evaluateProbeTemplate(input(tpl({ type: 'https', sslClientPolicy: 'cp1' })), ctx);
    expect(firstOf(guards['probe-template'], r.facts)).toBe('tls-handshake-fails');
  });

  it('the same session with a plain TCP template is not called a TLS failure', () => {
    const s = session('TCP_TIME_WAIT', [5, 517], [4, 3921], 8443);
    const ctx = {
      ...base,
      sessionKind: 'data-back' as const,
      session: { s, evidence: ev('session', 0, [17]) },
    };
    const r = evaluateProbeTemplate(input(tpl({ type: 'tcp' })), ctx);
    expect(firstOf(guards['probe-template'], r.facts)).toBe('otherwise');
  });

  it('handshake only and an HTTP template waiting for its answer → path-mtu next', () => {
    const s = session('TCP_ESTABLISHED', [3, 180], [1, 60], 80);
    const ctx = {
      ...base,
      sessionKind: 'handshake-only' as const,
      session: { s, evidence: ev('session', 0, [17]) },
    };
    const r = evaluateProbeTemplate(input(tpl({ type: 'http', url: 'http://app/health' })), ctx);
    expect(firstOf(guards['probe-template'], r.facts)).toBe('answer-never-arrives');
  });

  it('several templates and no probe method to pick one → waits', () => {
    const r = evaluateProbeTemplate(input(tpl({ name: 'a' }), tpl({ name: 'b' })), {
      ...base,
      farmProbes: [],
    });
    expect(r.waiting).toBe(true);
  });
});

describe('evaluatePathMtu', () => {
  const run = (over: Partial<PingRun>): PingRun => ({
    destination: '10.197.44.201',
    vpnInstance: 'HLW',
    transmitted: 5,
    received: 0,
    lossPercent: 100,
    replies: 0,
    timeouts: 5,
    hasStatistics: true,
    line: 1,
    endLine: 8,
    fieldLines: { received: 8 },
    size: 1472,
    dontFragment: true,
    source: null,
    rtt: null,
    times: [],
    ...over,
  });
  const input = (...pings: PingRun[]) => [
    { step: 'path-mtu' as const, index: 0, text: '', value: { pings } },
  ];
  const ctx = ctxWith({
    failedServers: seedServers,
    target,
    pingOk: ['10.197.44.201'],
    pingOkEvidence: { '10.197.44.201': ev('ping', 1, [1, 9]) },
  });

  it('DF 1472 lost while the 56-byte ping worked → large-packets-lost', () => {
    const r = evaluatePathMtu(input(run({})), ctx);
    expect(firstOf(guards['path-mtu'], r.facts)).toBe('large-packets-lost');
    expect(r.findings.map((f) => f.id)).toEqual([
      'mtu-df-lost:10.197.44.201',
      'mtu-small-ok:10.197.44.201',
    ]);
  });

  it('a large ping without -f proves nothing', () => {
    const r = evaluatePathMtu(input(run({ dontFragment: null })), ctx);
    expect(firstOf(guards['path-mtu'], r.facts)).toBe('otherwise');
    expect(r.findings[0]?.id).toBe('mtu-df-unknown');
  });

  it('DF 1472 answered → the MTU is not the problem', () => {
    const r = evaluatePathMtu(
      input(run({ received: 5, replies: 5, lossPercent: 0, timeouts: 0 })),
      ctx,
    );
    expect(firstOf(guards['path-mtu'], r.facts)).toBe('otherwise');
    expect(r.findings[0]?.id).toBe('mtu-df-ok:10.197.44.201');
  });
});
