import type { Finding } from '../run-types';
import type { Session, SessionData } from '../parsers/parsed-types';
import {
  canonicalInterfaceName,
  parentInterfaceName as parentInterface,
} from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { t } from './text';

export type SessionKind = 'syn-sent' | 'reset' | 'established' | 'other';
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

/** Classifies the session's TCP state together with the reply counter. */
export function sessionKind(s: Session): SessionKind {
  const state = (s.state ?? '').toUpperCase();
  const replies = s.responderToInitiator?.packets ?? null;
  if (/SYN_SENT/.test(state) || replies === 0) return 'syn-sent';
  // `TCP_CLOSE` after a single reply packet is the RST the server answered with.
  if (/RST|RESET|^TCP_CLOSE$/.test(state)) return 'reset';
  if (/ESTABLISHED|FIN_WAIT|CLOSE_WAIT|LAST_ACK|TIME_WAIT|SYN_RECV/.test(state))
    return 'established';
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
    findings.push(
      finding(
        'session-none',
        'session',
        other ? 'warning' : 'problem',
        other
          ? t(
              `The pasted sessions are not to ${dest || 'a failed real server'}: paste the session table for that address.`,
              `粘贴的会话目的地址不是 ${dest || '探测失败的实服务器'}：请粘贴该地址的会话表。`,
            )
          : t(
              `No session to ${dest} in the session table: the probe is not being sent.`,
              `会话表中没有到 ${dest} 的会话：探测报文没有发出。`,
            ),
        input ? [ev('session', input.index, [1])] : [],
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
      waiting: other,
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
  const stateEv = [ev('session', input.index, [stateLine, r2iLine])];
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
    if (replies === 0 && (s.initiatorToResponder?.packets ?? null) === 0) {
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
        stateEv,
        [dest, String(s.initiator.destinationPort ?? '')],
      ),
    );
  } else if (kind === 'established') {
    findings.push(
      finding(
        'session-established',
        'session',
        'warning',
        t(
          `Probe session ${flow} is ${s.state ?? '?'} with ${replies ?? '?'} packets back: TCP works, so the probe's own expectations (URL, status code, Host header) are not met.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '?'}，回程报文 ${replies ?? '?'} 个：TCP 正常，问题在探测模板的期望（URL、状态码、Host 头）。`,
        ),
        stateEv,
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
          `Probe session ${flow} is in state ${s.state ?? '(none)'}, which no rule covers.`,
          `探测会话 ${flow} 状态为 ${s.state ?? '（无）'}，没有对应的判断规则。`,
        ),
        stateEv,
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
      reth: ik === 'reth' ? inbound : ctx.reth,
      aggregate: ik === 'aggregate' && inbound ? parentInterface(inbound) : ctx.aggregate,
    },
  };
}
