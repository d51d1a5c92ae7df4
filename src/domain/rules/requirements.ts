/**
 * What each diagnosis rests on. The graph points at a diagnosis; the engine gives it only when
 * every piece of evidence listed here is among the run's findings and no contradicting finding is.
 * Otherwise the run ends `inconclusive`, naming the diagnosis it withheld and why. Finding ids match
 * by prefix (`lag-member-unselected` matches `lag-member-unselected:XGE1/1/1`).
 */
import type { DiagnosisId, Finding, Localized } from '../run-types';
import { t } from './text';

export interface Requirement {
  text: Localized;
  /** Any one of these findings supplies the evidence. */
  anyOf: string[];
}

export interface Contradiction {
  text: Localized;
  ids: string[];
}

export interface DiagnosisRule {
  requires: Requirement[];
  contradictedBy: Contradiction[];
}

const req = (en: string, zh: string, anyOf: string[]): Requirement => ({ text: t(en, zh), anyOf });
const not = (en: string, zh: string, ids: string[]): Contradiction => ({ text: t(en, zh), ids });

const probeFailed = req(
  'Real servers of the farm are Probe-failed',
  '实服务组中有探测失败的实服务器',
  ['farm-probe-failed'],
);
const noReply = req('The probe session got no reply', '探测会话没有收到回应', ['session-no-reply']);
const unselected = req(
  'A member of the LB aggregate is Unselected',
  '负载均衡聚合口有成员为非选中状态',
  ['lag-member-unselected'],
);
const crossWired = not('The members reach different devices', '成员端口连到了不同设备', [
  'lag-partners-differ',
  'peer-members-split',
]);

export const diagnosisRules: Record<Exclude<DiagnosisId, 'inconclusive'>, DiagnosisRule> = {
  'farm-healthy': {
    requires: [req('Every real server is Active', '所有实服务器均为 Active', ['farm-all-active'])],
    contradictedBy: [
      not('A real server is not Active', '有实服务器不是 Active', [
        'farm-probe-failed',
        'farm-shutdown',
        'farm-inactive',
        'farm-slow-online',
        'farm-unknown-state',
      ]),
    ],
  },
  'real-server-shutdown': {
    requires: [req('Real servers are Shutdown', '有实服务器为 Shutdown', ['farm-shutdown'])],
    contradictedBy: [
      not('Real servers are also Probe-failed', '同时有实服务器探测失败', ['farm-probe-failed']),
    ],
  },
  'real-server-inactive': {
    requires: [req('Real servers are Inactive', '有实服务器为 Inactive', ['farm-inactive'])],
    contradictedBy: [
      not('Real servers are also Probe-failed', '同时有实服务器探测失败', ['farm-probe-failed']),
    ],
  },
  'slow-online': {
    requires: [
      req('Real servers are in Standby/Ramp', '有实服务器处于 Standby/Ramp', ['farm-slow-online']),
    ],
    contradictedBy: [
      not('Real servers are also Probe-failed', '同时有实服务器探测失败', ['farm-probe-failed']),
    ],
  },
  'probe-not-sent': {
    requires: [
      probeFailed,
      req('No probe session to the server exists', '不存在到该服务器的探测会话', ['session-none']),
    ],
    contradictedBy: [],
  },
  'vpn-instance-mismatch': {
    requires: [
      probeFailed,
      req(
        'The probe session runs in another VPN instance than the server',
        '探测会话所在 VPN 实例与服务器不同',
        ['session-vpn-mismatch'],
      ),
    ],
    contradictedBy: [],
  },
  'server-port-closed': {
    requires: [
      probeFailed,
      req('The server answered the SYN with a reset', '服务器对 SYN 回应了 RST', ['session-reset']),
    ],
    contradictedBy: [],
  },
  'probe-l7-mismatch': {
    requires: [
      probeFailed,
      req('The server sent data back over TCP', '服务器通过 TCP 回送了数据', ['session-data-back']),
      req(
        'The HTTP template expects a URL, status or content',
        'HTTP 模板对 URL、状态码或内容有期望',
        ['template-http-expectations'],
      ),
    ],
    contradictedBy: [
      not('Only the handshake came back', '只收到握手报文', ['session-handshake-only']),
      not('The server answers later than the probe waits', '服务器回应慢于探测超时', [
        'template-timeout-below-rtt',
      ]),
    ],
  },
  'reth-member-inactive': {
    requires: [
      req(
        'The Reth member that should carry the traffic does not forward',
        '应承载流量的冗余口成员不在转发',
        ['reth-member-inactive'],
      ),
    ],
    contradictedBy: [],
  },
  'lacp-mode-mismatch': {
    requires: [
      unselected,
      req(
        'One end is dynamic (LACP), the other static',
        '一端为动态聚合（LACP），另一端为静态聚合',
        ['peer-lacp-mode-mismatch'],
      ),
    ],
    contradictedBy: [crossWired],
  },
  'lag-member-unselected': {
    requires: [
      unselected,
      req(
        'The member differs from the others in Oper-Key or in an attribute that decides selection',
        '该成员的 Oper-Key 或决定选中状态的属性与其他成员不同',
        ['lag-oper-key-differs', 'peer-attribute-differs'],
      ),
    ],
    contradictedBy: [crossWired],
  },
  'server-no-reply': {
    requires: [
      noReply,
      req(
        "The LB's side of the path is shown healthy (members clean and carrying traffic, or the server resolved on the expected interface)",
        '负载均衡这一侧的路径被证明正常（成员链路无故障且在承载流量，或在预期接口上解析到服务器）',
        ['members-healthy', 'arp-resolved'],
      ),
    ],
    contradictedBy: [
      not('A member link is faulty', '有成员链路故障', [
        'member-flapping',
        'member-errors-rising',
        'member-silent',
        'member-down',
      ]),
      not('The server is not resolved where expected', '未在预期接口上解析到服务器', [
        'arp-missing',
        'arp-wrong-interface',
      ]),
    ],
  },
  'lag-cross-connected': {
    requires: [
      req(
        "One aggregate's members reach different devices or different aggregates",
        '同一聚合口的成员连到了不同设备或不同聚合组',
        ['lag-partners-differ', 'peer-members-split'],
      ),
    ],
    contradictedBy: [],
  },
  'lag-member-faulty': {
    requires: [
      req(
        'A member of the aggregate flaps, counts rising errors, is down or receives nothing while its siblings carry traffic',
        '聚合口的某个成员在闪断、错误计数持续增加、down，或在其他成员承载流量时收不到任何报文',
        ['member-flapping', 'member-errors-rising', 'member-silent', 'member-down'],
      ),
    ],
    contradictedBy: [],
  },
  'path-mtu-blackhole': {
    requires: [
      req('Only the TCP handshake came back', '只收到了 TCP 握手报文', ['session-handshake-only']),
      req("Large pings with Don't-Fragment are lost", '设置了不分片的大报文 ping 丢失', [
        'mtu-df-lost',
      ]),
      req('Small pings pass', '小报文 ping 可以通过', ['mtu-small-ok']),
    ],
    contradictedBy: [],
  },
  'probe-tls-failure': {
    requires: [
      probeFailed,
      req(
        "The session closed right after the server's first TLS flight",
        '会话在服务器的首轮 TLS 报文之后立即关闭',
        ['session-tls-abort', 'template-tls-abort'],
      ),
      req('The probe template is a TLS probe', '探测模板是 TLS 探测', ['template-tls-abort']),
    ],
    contradictedBy: [],
  },
  'arp-unresolved': {
    requires: [
      noReply,
      req(
        'The LB has no usable ARP entry for the server on the expected interface',
        '负载均衡设备在预期接口上没有该服务器可用的 ARP 表项',
        ['arp-missing', 'arp-wrong-interface'],
      ),
    ],
    contradictedBy: [],
  },
  'probe-timeout-too-short': {
    requires: [
      probeFailed,
      req(
        "The server's round-trip time reaches the probe template's timeout",
        '服务器的往返时延达到了探测模板的超时时间',
        ['template-timeout-below-rtt'],
      ),
    ],
    contradictedBy: [],
  },
};

export const matches = (id: string, prefix: string) => id === prefix || id.startsWith(`${prefix}:`);

export interface Check {
  met: Array<{ text: Localized; findings: string[] }>;
  missing: Localized[];
  contradicted: Localized[];
}

/** Which requirements the findings meet (and with which findings), which they miss, what contradicts. */
export function checkDiagnosis(
  id: Exclude<DiagnosisId, 'inconclusive'>,
  findings: Finding[],
): Check {
  const rule = diagnosisRules[id];
  const out: Check = { met: [], missing: [], contradicted: [] };
  for (const r of rule.requires) {
    const by = findings.filter(
      (f) => r.anyOf.some((p) => matches(f.id, p)) && f.evidence.length > 0,
    );
    if (by.length) out.met.push({ text: r.text, findings: by.map((f) => f.id) });
    else out.missing.push(r.text);
  }
  for (const c of rule.contradictedBy)
    if (findings.some((f) => c.ids.some((p) => matches(f.id, p)))) out.contradicted.push(c.text);
  return out;
}
