import type { Evidence, Finding } from '../run-types';
import type { Session, SessionData } from '../parsers/parsed-types';
import {
  canonicalInterfaceName,
  parentInterfaceName as parentInterface,
} from '../parsers/interface-config/interface-names';
import type { RunContext, SessionKind } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { t } from './text';

export type InboundKind = 'reth' | 'aggregate' | 'other' | 'unknown';

export interface SessionFacts {
  /** Sessions in the pastes, and whether one is to the followed server. */
  sessions: number;
  found: boolean;
  vpnMismatch: boolean;
  kind: SessionKind | null;
  replies: number | null;
  inbound: InboundKind;
}

const isPublic = (v: string | null | undefined) =>
  v === null || v === undefined || v === '' || v === '-';
const vpnName = (v: string | null | undefined) => (isPublic(v) ? null : (v ?? null));

/** A server's TLS first flight (ServerHello, certificate chain) is well over this many bytes. */
export const TLS_FLIGHT_BYTES = 1000;

/** IPv4 + TCP headers with options: the most a segment without data weighs (IPv6 adds 20). */
export const CONTROL_SEGMENT_BYTES = 72;

/** The port or application says TLS (HTTPS and the usual TLS ports). */
export function looksTls(s: Session): boolean {
  if (/https|ssl|tls/i.test(s.application ?? '')) return true;
  return [443, 8443, 4443, 9443].includes(s.initiator.destinationPort ?? -1);
}

/**
 * What the session shows, from its state and both counters together:
 * - `syn-sent`: nothing came back;
 * - `reset`: one packet back and closed after a single SYN: the server refused (RST);
 * - `handshake-only`: the SYN-ACK and nothing after it but acknowledgements or a FIN (no data),
 *   still open or closed;
 * - `tls-abort`: a TLS session where the server sent its first flight and the session closed with
 *   little sent by the LB (`tls` says whether the probe is TLS; the template step can tell better);
 * - `data-back`: the server sent more than the handshake;
 * - `other`: anything else.
 */
export function sessionKind(s: Session, tls = looksTls(s)): SessionKind {
  const state = (s.state ?? '').toUpperCase();
  const replies = s.responderToInitiator?.packets ?? null;
  const sent = s.initiatorToResponder?.packets ?? null;
  if (/SYN_SENT/.test(state) || replies === 0) return 'syn-sent';
  const closed = /FIN|CLOSE|TIME_WAIT|LAST_ACK/.test(state);
  if (/RST|RESET/.test(state)) return 'reset';
  if (/^TCP_CLOSE$/.test(state) && (replies ?? 1) <= 1 && (sent ?? 1) <= 1) return 'reset';
  if (replies === 1 && (/ESTABLISHED|SYN_RECV/.test(state) || closed)) return 'handshake-only';
  if (replies !== null && replies >= 2) {
    const back = s.responderToInitiator?.bytes ?? null;
    const out = s.initiatorToResponder?.bytes ?? 0;
    // SYN-ACK, ACKs and a FIN carry no data: a server that only acknowledged the request (a
    // dropped answer, a hung application) has sent nothing a probe could read.
    if (back !== null && back <= replies * CONTROL_SEGMENT_BYTES) return 'handshake-only';
    if (tls && closed && (back ?? 0) >= TLS_FLIGHT_BYTES && out < (back ?? 0)) return 'tls-abort';
    return 'data-back';
  }
  return 'other';
}

export function inboundKind(name: string | null): InboundKind {
  if (!name) return 'unknown';
  const c = canonicalInterfaceName(name);
  if (/^reth/i.test(c)) return 'reth';
  if (/^route-aggregation/i.test(c)) return 'aggregate';
  return 'other';
}

export function evaluateSession(
  inputs: StepInput<SessionData>[],
  ctx: RunContext,
): Evaluation<SessionFacts> {
  const findings: Finding[] = [];
  const all = inputs.flatMap((input) => input.value.sessions.map((s) => ({ s, input })));
  const addresses = ctx.failedServers.map((x) => x.address);
  const toTarget = all.filter(
    ({ s }) => ctx.target !== null && s.initiator.destinationIp === ctx.target.address,
  );
  const toFailed = all.filter(
    ({ s }) => s.initiator.destinationIp !== null && addresses.includes(s.initiator.destinationIp),
  );
  const pool = toTarget.length > 0 ? toTarget : toFailed;
  // Prefer the probe itself: TCP, to the server's port, originated by the device (InLoopBack).
  const score = ({ s }: { s: Session }) =>
    (/tcp/i.test(s.initiator.protocol ?? '') ? 4 : 0) +
    (ctx.target?.port && s.initiator.destinationPort === ctx.target.port ? 2 : 0) +
    (/loop/i.test(s.initiator.inboundInterface ?? '') ? 1 : 0);
  const chosen = [...pool].sort((a, b) => score(b) - score(a))[0] ?? null;

  const server = chosen
    ? (ctx.failedServers.find((x) => x.address === chosen.s.initiator.destinationIp) ?? ctx.target)
    : ctx.target;
  const dest = server?.address ?? ctx.target?.address ?? '';
  if (!chosen) {
    const other = all.length > 0;
    const input = inputs[0];
    // `display session table ipv4 destination-ip 10.1.1.9 verbose`: an empty answer about another address says nothing about ours.
    const asked = inputs
      .map((i) => /destination-ip\s+([0-9A-Fa-f.:]+)/.exec(i.text.slice(0, 2000))?.[1] ?? null)
      .find((a) => a !== null);
    const elsewhere =
      !other && asked !== undefined && asked !== null && dest !== '' && asked !== dest;
    const line = input
      ? fieldLine(input.text, undefined, [], /Total sessions found|display\s+session/i)
      : null;
    findings.push(
      finding(
        other || elsewhere ? 'session-other-target' : 'session-none',
        'session',
        other || elsewhere ? 'warning' : 'problem',
        other || elsewhere
          ? t(
              `The pasted session table is not about ${dest || 'a failed real server'}${elsewhere ? ` (it asked for ${asked})` : ''}: paste the session table for that address.`,
              `粘贴的会话表不是关于 ${dest || '探测失败的实服务器'} 的${elsewhere ? `（查询的是 ${asked}）` : ''}：请粘贴该地址的会话表。`,
            )
          : t(
              `No session to ${dest} in the session table: the probe is not being sent.`,
              `会话表中没有到 ${dest} 的会话：探测报文没有发出。`,
            ),
        input && line ? [ev('session', input.index, [line])] : [],
        dest ? [dest] : [],
      ),
    );
    return {
      facts: {
        sessions: all.length,
        found: false,
        vpnMismatch: false,
        kind: null,
        replies: null,
        inbound: 'unknown',
      },
      findings,
      context: ctx,
      waiting: other || elsewhere,
    };
  }
  const { s, input } = chosen;
  const at = (keys: string[], re: RegExp, from = s.line, to = s.endLine) =>
    fieldLine(input.text, s.fieldLines, keys, re, from, to);
  const vpnLine = fieldLine(
    input.text,
    s.initiator.fieldLines,
    ['vpnInstance'],
    /VPN instance/i,
    s.initiator.line,
    s.endLine,
  );
  const stateLine = at(['state'], /^\s*State:/);
  const r2iLine = at(['responderToInitiator'], /Responder->Initiator/);
  const i2rLine = at(['initiatorToResponder'], /Initiator->Responder/);
  const inLine = fieldLine(
    input.text,
    s.responder.fieldLines,
    ['inboundInterface'],
    /Inbound interface/i,
    s.responder.line,
    s.endLine,
  );
  const flow = `${s.initiator.sourceIp ?? '?'}:${s.initiator.sourcePort ?? '?'} → ${s.initiator.destinationIp ?? '?'}:${s.initiator.destinationPort ?? '?'}`;
  const kind = sessionKind(s);
  const replies = s.responderToInitiator?.packets ?? null;
  const back = s.responderToInitiator?.bytes ?? null;
  const sent = s.initiatorToResponder?.packets ?? null;
  const inbound = s.responder.inboundInterface;
  const sessionVpn = vpnName(s.initiator.vpnInstance);
  const serverVpn = vpnName(server?.vpn);
  const vpnMismatch = server !== null && server.vpn !== null && sessionVpn !== serverVpn;

  if (vpnMismatch) {
    findings.push(
      finding(
        'session-vpn-mismatch',
        'session',
        'problem',
        t(
          `The probe session ${flow} runs in ${sessionVpn ? `VPN instance ${sessionVpn}` : 'the public network'}, but real server ${server?.name ?? dest} is in VPN instance ${serverVpn ?? '(public)'}.`,
          `探测会话 ${flow} 位于${sessionVpn ? ` VPN 实例 ${sessionVpn}` : '公网'}，而实服务器 ${server?.name ?? dest} 属于 VPN 实例 ${serverVpn ?? '（公网）'}。`,
        ),
        [ev('session', input.index, [vpnLine])],
        [sessionVpn ?? '-', serverVpn ?? '-'],
      ),
    );
  }
  const stateEv: Evidence[] = [ev('session', input.index, [stateLine, r2iLine])];
  const countsEv: Evidence[] = [ev('session', input.index, [stateLine, i2rLine, r2iLine])];
  const counts = t(
    `${sent ?? '?'} packets sent, ${replies ?? '?'} back${back !== null ? ` (${back} bytes)` : ''}`,
    `发出 ${sent ?? '?'} 个报文，收回 ${replies ?? '?'} 个${back !== null ? `（${back} 字节）` : ''}`,
  );
  if (kind === 'syn-sent') {
    findings.push(
      finding(
        'session-no-reply',
        'session',
        'problem',
        t(
          `Probe session ${flow} is ${s.state ?? '?'} with ${replies ?? 0} packets back (Responder->Initiator): the server's reply never reaches the session.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '?'}，回程报文数为 ${replies ?? 0}（Responder->Initiator）：服务器的回应没有回到该会话。`,
        ),
        stateEv,
        [dest, s.state ?? ''],
      ),
    );
    if (replies === 0 && sent === 0) {
      findings.push(
        finding(
          'session-counters-zero',
          'session',
          'info',
          t(
            'Both packet counters are 0: session statistics may be off (`session statistics enable` turns them on); the state still tells that no reply arrived.',
            '两个方向的报文计数都为 0：可能未开启会话统计（使用 `session statistics enable` 开启）；会话状态仍表明未收到回应。',
          ),
          [ev('session', input.index, [i2rLine, r2iLine])],
          [],
        ),
      );
    }
  } else if (kind === 'reset') {
    findings.push(
      finding(
        'session-reset',
        'session',
        'problem',
        t(
          `Probe session ${flow} got ${replies ?? '?'} packet(s) back and is ${s.state ?? '?'}: the server answers with a reset, the port is closed.`,
          `探测会话 ${flow} 收到 ${replies ?? '?'} 个回程报文且状态为 ${s.state ?? '?'}：服务器回应了 RST，端口未开放。`,
        ),
        countsEv,
        [dest, String(s.initiator.destinationPort ?? '')],
      ),
    );
  } else if (kind === 'handshake-only') {
    findings.push(
      finding(
        'session-handshake-only',
        'session',
        'info',
        t(
          `Probe session ${flow} is ${s.state ?? '?'} with only the handshake back (${counts['en-US']}, no data): the server accepts the connection. Whether an answer should have followed depends on the probe template; this alone is not an HTTP expectation problem.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '?'}，只收到握手报文（${counts['zh-CN']}，没有数据）：服务器接受了连接。之后是否应有回应取决于探测模板；这本身并不说明是 HTTP 期望问题。`,
        ),
        countsEv,
        [dest, s.state ?? ''],
      ),
    );
  } else if (kind === 'tls-abort') {
    findings.push(
      finding(
        'session-tls-abort',
        'session',
        'warning',
        t(
          `Probe session ${flow} (${s.application ?? 'TLS port'}) is ${s.state ?? '?'} after the server sent ${back ?? '?'} bytes in ${replies ?? '?'} packets, more than it received: the server's first TLS flight (certificate) arrived and the session closed without an exchange. The TLS handshake ends there; the probe template tells why.`,
          `探测会话 ${flow}（${s.application ?? 'TLS 端口'}）在服务器发送 ${replies ?? '?'} 个报文、${back ?? '?'} 字节（多于其收到的）之后变为 ${s.state ?? '?'}：服务器的 TLS 首轮报文（证书）已到达，随后会话关闭，没有后续交互。TLS 握手在此中止；原因要看探测模板。`,
        ),
        countsEv,
        [dest, s.state ?? ''],
      ),
    );
  } else if (kind === 'data-back') {
    findings.push(
      finding(
        'session-data-back',
        'session',
        'info',
        t(
          `Probe session ${flow} is ${s.state ?? '?'}: TCP works and the server sent data back (${counts['en-US']}). Why the probe still fails depends on what the probe template expects.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '?'}：TCP 正常，服务器回送了数据（${counts['zh-CN']}）。探测为何仍失败取决于探测模板的期望。`,
        ),
        countsEv,
        [dest, s.state ?? ''],
      ),
    );
  } else {
    findings.push(
      finding(
        'session-state-other',
        'session',
        'warning',
        t(
          `Probe session ${flow} is in state ${s.state ?? '(none)'} (${counts['en-US']}), which no rule covers.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '（无）'}（${counts['zh-CN']}），没有对应的判断规则。`,
        ),
        countsEv,
        [s.state ?? ''],
      ),
    );
  }
  const ik = inboundKind(inbound);
  if (inbound && kind === 'syn-sent') {
    findings.push(
      finding(
        'session-reply-interface',
        'session',
        'info',
        t(
          `Replies are expected on ${inbound} (Responder inbound interface).`,
          `回程报文应从 ${inbound} 进入（Responder 的入接口）。`,
        ),
        [ev('session', input.index, [inLine])],
        [inbound],
      ),
    );
  }
  return {
    facts: { sessions: all.length, found: true, vpnMismatch, kind, replies, inbound: ik },
    findings,
    context: {
      ...ctx,
      target: server ?? ctx.target,
      sessionVpn,
      probeSource: s.initiator.sourceIp,
      probePort: s.initiator.destinationPort,
      inboundInterface: inbound,
      sessionState: s.state,
      sessionKind: kind,
      session: { s, evidence: countsEv[0] as Evidence },
      reth: ik === 'reth' ? inbound : ctx.reth,
      aggregate: ik === 'aggregate' && inbound ? parentInterface(inbound) : ctx.aggregate,
      egressPort: ik === 'other' ? inbound : ctx.egressPort,
    },
  };
}
