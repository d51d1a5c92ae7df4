import { describe, expect, it } from 'vitest';
import { parseSession } from '../../parsers/session/parse-session';
import { guards } from '../../graph/guards';
import { evaluateSession } from '../evaluate-session';
import { ctxWith, input, seedServers } from './helpers';

interface Opts {
  vpn?: string;
  state?: string;
  inbound?: string;
  i2r?: number;
  r2i?: number;
  /** Bytes back; by default 60 a packet (headers only, no data). */
  r2iBytes?: number;
}
const session = ({
  vpn = 'HLW',
  state = 'TCP_SYN_SENT',
  inbound = 'Reth2',
  i2r = 0,
  r2i = 0,
  r2iBytes = r2i * 60,
}: Opts = {}) => `[L5030]display session table ipv4 destination-ip 10.197.44.201 verbose
Slot 1:
Initiator:
  Source      IP/port: 10.197.0.122/51188
  Destination IP/port: 10.197.44.201/80
  DS-Lite tunnel peer: -
  VPN instance/VLAN ID/Inline ID: ${vpn}/-/-
  Protocol: TCP(6)
  Inbound interface: InLoopBack0
Responder:
  Source      IP/port: 10.197.44.201/80
  Destination IP/port: 10.197.0.122/51188
  DS-Lite tunnel peer: -
  VPN instance/VLAN ID/Inline ID: ${vpn}/-/-
  Protocol: TCP(6)
  Inbound interface: ${inbound}
State: ${state}
Application: HTTP
Rule ID: -/-/-
Rule name:
Start time: 2023-06-25 13:53:05  TTL: 2s
Initiator->Responder:            ${i2r} packets          ${i2r * 60} bytes
Responder->Initiator:            ${r2i} packets          ${r2iBytes} bytes

Total sessions found: 1
`;
const ctx = ctxWith({ failedServers: seedServers, target: seedServers[1] ?? null });
const g = guards.session;
const first = <T extends Record<string, (f: never) => boolean>>(table: T, facts: unknown) =>
  Object.entries(table).find(([, fn]) => (fn as (f: unknown) => boolean)(facts))?.[0];

describe('evaluateSession', () => {
  it('TCP_SYN_SENT with 0 replies via Reth2 → reth, with the state and counter lines as evidence', () => {
    const r = evaluateSession([input(parseSession, session())], ctx);
    expect(first(g, r.facts)).toBe('no-reply-via-reth');
    const f = r.findings.find((x) => x.id === 'session-no-reply');
    expect(f?.text['en-US']).toContain(
      '10.197.0.122:51188 → 10.197.44.201:80 is TCP_SYN_SENT with 0 packets back',
    );
    expect(f?.evidence).toEqual([{ step: 'session', paste: 0, lines: [17, 23] }]);
    expect(r.findings.find((x) => x.id === 'session-reply-interface')?.evidence[0]?.lines).toEqual([
      16,
    ]);
    expect(r.context.reth).toBe('Reth2');
    expect(r.context.probeSource).toBe('10.197.0.122');
  });

  it('no reply via a Route-Aggregation subinterface → lag on its parent', () => {
    const r = evaluateSession(
      [input(parseSession, session({ inbound: 'Route-Aggregation1.1973', i2r: 3 }))],
      ctx,
    );
    expect(first(g, r.facts)).toBe('no-reply-via-aggregate');
    expect(r.context.aggregate).toBe('Route-Aggregation1');
  });

  it('no reply via a plain port → server-no-reply', () => {
    const r = evaluateSession(
      [input(parseSession, session({ inbound: 'GigabitEthernet1/0/2', i2r: 3 }))],
      ctx,
    );
    expect(first(g, r.facts)).toBe('no-reply');
  });

  it('session in another VPN than the real server → vpn-mismatch', () => {
    const r = evaluateSession([input(parseSession, session({ vpn: '-' }))], ctx);
    expect(first(g, r.facts)).toBe('vpn-mismatch');
    const f = r.findings.find((x) => x.id === 'session-vpn-mismatch');
    expect(f?.text['en-US']).toContain(
      'runs in the public network, but real server test2 is in VPN instance HLW',
    );
    expect(f?.evidence[0]?.lines).toEqual([7]);
  });

  it('a reply then TCP_CLOSE → server-reset', () => {
    const r = evaluateSession(
      [input(parseSession, session({ state: 'TCP_CLOSE', i2r: 1, r2i: 1 }))],
      ctx,
    );
    expect(first(g, r.facts)).toBe('server-reset');
  });

  it('TCP_ESTABLISHED with data back → replied, read as data-back, not as an HTTP problem', () => {
    const r = evaluateSession(
      [input(parseSession, session({ state: 'TCP_ESTABLISHED', i2r: 4, r2i: 3, r2iBytes: 780 }))],
      ctx,
    );
    expect(first(g, r.facts)).toBe('replied');
    expect(r.facts.kind).toBe('data-back');
    expect(r.findings[0]?.id).toBe('session-data-back');
    expect(r.findings[0]?.severity).toBe('info');
  });

  it('established with only the SYN-ACK back → handshake-only, said as odd, not as a cause', () => {
    const r = evaluateSession(
      [input(parseSession, session({ state: 'TCP_ESTABLISHED', i2r: 3, r2i: 1 }))],
      ctx,
    );
    expect(r.facts.kind).toBe('handshake-only');
    expect(first(g, r.facts)).toBe('replied');
    expect(r.findings[0]?.id).toBe('session-handshake-only');
    expect(r.findings[0]?.text['en-US']).toContain('not an HTTP expectation problem');
  });

  it('acknowledgements and a FIN without data are handshake-only, not data back', () => {
    const r = evaluateSession(
      [input(parseSession, session({ state: 'TCP_FIN_WAIT', i2r: 4, r2i: 3, r2iBytes: 172 }))],
      ctx,
    );
    expect(r.facts.kind).toBe('handshake-only');
  });

  it('a SYN-ACK then a reset from the LB is handshake-only, not the server refusing', () => {
    const r = evaluateSession(
      [input(parseSession, session({ state: 'TCP_CLOSE', i2r: 2, r2i: 1 }))],
      ctx,
    );
    expect(r.facts.kind).toBe('handshake-only');
  });

  it('a session table asked for another address says nothing about ours → waits', () => {
    const other =
      '[L5030]display session table ipv4 destination-ip 10.197.44.9 verbose\nTotal sessions found: 0\n';
    const r = evaluateSession([input(parseSession, other)], ctx);
    expect(r.waiting).toBe(true);
    expect(r.findings[0]?.id).toBe('session-other-target');
  });

  it('no session in the table → no-session', () => {
    const none =
      '[L5030]display session table ipv4 destination-ip 10.197.44.201 verbose\nTotal sessions found: 0\n';
    const r = evaluateSession([input(parseSession, none)], ctx);
    expect(first(g, r.facts)).toBe('no-session');
    expect(r.findings[0]?.text['en-US']).toContain('No session to 10.197.44.201');
  });
});
