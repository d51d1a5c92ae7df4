/**
 * The diagnosis catalogue: for every DiagnosisId, the cause, the fix as CLI blocks per device with
 * the view they run in, the rollback and how to verify, written with the incident's real names.
 * Fixes follow domain/TREE.md (leaf ids in comments).
 */
import type {
  CliBlock,
  Diagnosis,
  DiagnosisId,
  Finding,
  Localized,
  NextCommand,
  Verification,
} from '../run-types';
import type { StepId } from '../wizard-state';
import type { RunContext } from './context';
import { lbDevice, list, peerDevice, serverDevice, t } from './text';

/** A fix block that is the second choice, not the recommended one. */
export interface AlternativeBlock extends CliBlock {
  alternative: true;
}

export interface DiagnosisInput {
  ctx: RunContext;
  findings: Finding[];
  /** The step the run stopped at (for `inconclusive`). */
  stoppedAt: StepId | null;
  /** The commands of that step, filled in. */
  next: NextCommand[];
}

type Entry = Omit<Diagnosis, 'id' | 'findings'>;

const block = (device: Localized, view: string[], commands: string[]): CliBlock => ({
  device,
  view,
  commands,
});
const alt = (device: Localized, view: string[], commands: string[]): AlternativeBlock => ({
  device: t(`${device['en-US']} (alternative)`, `${device['zh-CN']}（备选方案）`),
  view,
  commands,
  alternative: true,
});
const verify = (device: Localized, command: string, expect: Localized): Verification => ({
  device,
  command,
  expect,
});

const farmCmd = (c: RunContext) =>
  c.farm ? `display server-farm name ${c.farm}` : 'display server-farm';
const farmOk = (c: RunContext) => {
  const n =
    c.failedServers.length ||
    c.shutdownServers.length ||
    c.inactiveServers.length ||
    c.slowServers.length;
  return verify(
    lbDevice,
    farmCmd(c),
    n > 0
      ? t(
          `\`Active real server: ${n}\` (or more) and the real servers in State Active.`,
          `显示 \`Active real server: ${n}\`（或更多），实服务器状态为 Active。`,
        )
      : t('The real servers in State Active.', '实服务器状态为 Active。'),
  );
};
const target = (c: RunContext) => c.target?.address ?? c.failedServers[0]?.address ?? '<server-ip>';
const targetName = (c: RunContext) => c.target?.name ?? c.failedServers[0]?.name ?? '<real-server>';
const vpn = (c: RunContext) => c.target?.vpn ?? c.failedServers[0]?.vpn ?? null;
const port = (c: RunContext) => c.probePort ?? c.target?.port ?? null;
const sessionCmd = (c: RunContext) =>
  `display session table ipv4 destination-ip ${target(c)} verbose`;
const pingCmd = (c: RunContext, ip: string) =>
  `ping ${vpn(c) ? `-vpn-instance ${vpn(c)} ` : ''}${ip}`;
const names = (xs: string[], fallback: string) => (xs.length ? xs : [fallback]);
const agg = (c: RunContext) => c.aggregate ?? 'Route-Aggregation<n>';
const peerAgg = (c: RunContext) => c.peerAggregate ?? 'Bridge-Aggregation<n>';

const catalogue: Record<Exclude<DiagnosisId, 'inconclusive'>, (c: RunContext) => Entry> = {
  'farm-healthy': (c) => ({
    title: t('Server farm healthy', '实服务组正常'),
    cause: t(
      'Every real server is Active: nothing is down.',
      '所有实服务器均为 Active：没有故障。',
    ),
    fix: [],
    rollback: [],
    verify: [
      verify(
        lbDevice,
        farmCmd(c),
        t(
          'All real servers Active; if clients still fail, check the virtual server and connection limits (TREE.md N10).',
          '所有实服务器为 Active；若业务仍异常，请检查虚服务器和连接数限制（TREE.md N10）。',
        ),
      ),
    ],
  }),
  // L0-b
  'real-server-shutdown': (c) => ({
    title: t('Real server administratively shut down', '实服务器被手工关闭'),
    cause: t(
      `${list(names(c.shutdownServers, '<real-server>'))['en-US']} ${c.shutdownServers.length > 1 ? 'are' : 'is'} shut down in real-server view.`,
      `${list(names(c.shutdownServers, '<real-server>'))['zh-CN']} 在实服务器视图下被配置了 shutdown。`,
    ),
    fix: names(c.shutdownServers, '<real-server>').map((rs) =>
      block(lbDevice, ['system-view', `real-server ${rs}`], ['undo shutdown']),
    ),
    rollback: names(c.shutdownServers, '<real-server>').map((rs) =>
      block(lbDevice, ['system-view', `real-server ${rs}`], ['shutdown']),
    ),
    verify: [farmOk(c)],
  }),
  // L0-a
  'real-server-inactive': (c) => ({
    title: t('Real server configuration incomplete', '实服务器配置不完整'),
    cause: t(
      `${list(names(c.inactiveServers, '<real-server>'))['en-US']} ${c.inactiveServers.length > 1 ? 'are' : 'is'} Inactive: the configuration is incomplete, not referenced by a server farm, or the virtual server is not enabled.`,
      `${list(names(c.inactiveServers, '<real-server>'))['zh-CN']} 状态为 Inactive：配置不完整、未被实服务组引用，或虚服务器未使能。`,
    ),
    fix: [
      ...names(c.inactiveServers, '<real-server>').map((rs) =>
        block(
          lbDevice,
          ['system-view', `real-server ${rs}`],
          ['ip address <server-ip>', `server-farm ${c.farm ?? '<server-farm>'}`],
        ),
      ),
      block(
        lbDevice,
        ['system-view', 'virtual-server <virtual-server>'],
        [`default server-farm ${c.farm ?? '<server-farm>'}`, 'service enable'],
      ),
    ],
    rollback: [
      block(lbDevice, ['system-view', 'virtual-server <virtual-server>'], ['undo service enable']),
    ],
    verify: [
      farmOk(c),
      verify(
        lbDevice,
        'display virtual-server',
        t('The virtual server is Active.', '虚服务器状态为 Active。'),
      ),
    ],
  }),
  // L0-c
  'slow-online': (c) => ({
    title: t('Real servers coming online slowly (not a fault)', '实服务器慢上线中（非故障）'),
    cause: t(
      `${list(names(c.slowServers, '<real-server>'))['en-US']} ${c.slowServers.length > 1 ? 'are' : 'is'} in Standby/Ramp because slow-online is enabled: wait for the Standby and Ramp-up times.`,
      `${list(names(c.slowServers, '<real-server>'))['zh-CN']} 因开启慢上线处于 Standby/Ramp 阶段：等待 Standby 时间和 Ramp-up 时间结束即可。`,
    ),
    fix: [],
    rollback: [],
    verify: [
      farmOk(c),
      verify(
        lbDevice,
        farmCmd(c),
        t(
          '`Slow-online: Enabled` with its `Standby time` and `Ramp-up time`; to skip it, `undo slow-online` in server-farm view.',
          '`Slow-online: Enabled` 及其 `Standby time`、`Ramp-up time`；如需取消，在实服务组视图下执行 `undo slow-online`。',
        ),
      ),
    ],
  }),
  // N2 / N7 / N11
  'probe-not-sent': (c) => ({
    title: t('The probe is never sent', '探测报文没有发出'),
    cause: t(
      `There is no session to ${target(c)}: the probe template is incomplete or bound nowhere, its source address is not on an up interface, it runs in the wrong VPN, or a security policy drops locally originated packets.`,
      `没有到 ${target(c)} 的会话：探测模板不完整或未被引用、源地址不在 up 的接口上、VPN 不对，或安全策略丢弃了本机发出的报文。`,
    ),
    fix: [
      block(
        lbDevice,
        ['system-view', 'nqa template tcp <template>'],
        [
          ...(port(c) ? [`destination port ${port(c)}`] : ['destination port <port>']),
          ...(vpn(c) ? [`vpn-instance ${vpn(c)}`] : []),
          'undo source ip',
        ],
      ),
      block(
        lbDevice,
        ['system-view', 'security-policy ip'],
        [
          'rule name LB-probe-to-servers',
          ' action pass',
          ' source-zone local',
          ' destination-zone <servers-zone>',
          ' service http',
        ],
      ),
    ],
    rollback: [
      block(
        lbDevice,
        ['system-view', 'security-policy ip'],
        ['undo rule name LB-probe-to-servers'],
      ),
    ],
    verify: [
      verify(
        lbDevice,
        sessionCmd(c),
        t(
          'A probe session to the server appears (Inbound interface InLoopBack0).',
          '出现到该服务器的探测会话（入接口 InLoopBack0）。',
        ),
      ),
      farmOk(c),
    ],
  }),
  // L11-a
  'vpn-instance-mismatch': (c) => ({
    title: t('Probe runs in the wrong VPN instance', '探测所在 VPN 实例错误'),
    cause: t(
      `The probe runs in ${c.sessionVpn ? `VPN instance ${c.sessionVpn}` : 'the public network'} but ${targetName(c)} lives in VPN instance ${vpn(c) ?? '(public)'}.`,
      `探测在${c.sessionVpn ? ` VPN 实例 ${c.sessionVpn}` : '公网'}中进行，而 ${targetName(c)} 属于 VPN 实例 ${vpn(c) ?? '（公网）'}。`,
    ),
    fix: [
      block(
        lbDevice,
        ['system-view', 'nqa template tcp <template>'],
        [vpn(c) ? `vpn-instance ${vpn(c)}` : 'undo vpn-instance'],
      ),
      alt(
        lbDevice,
        ['system-view', `real-server ${targetName(c)}`],
        [vpn(c) ? `vpn-instance ${vpn(c)}` : 'undo vpn-instance'],
      ),
    ],
    rollback: [
      block(
        lbDevice,
        ['system-view', 'nqa template tcp <template>'],
        [c.sessionVpn ? `vpn-instance ${c.sessionVpn}` : 'undo vpn-instance'],
      ),
    ],
    verify: [
      verify(
        lbDevice,
        sessionCmd(c),
        t(
          `The probe session shows \`VPN instance/VLAN ID/Inline ID: ${vpn(c) ?? '-'}/-/-\`.`,
          `探测会话显示 \`VPN instance/VLAN ID/Inline ID: ${vpn(c) ?? '-'}/-/-\`。`,
        ),
      ),
      farmOk(c),
    ],
  }),
  // L4-a
  'server-port-closed': (c) => ({
    title: t('Server refuses the probe port', '服务器拒绝探测端口'),
    cause: t(
      `${targetName(c)} (${target(c)}) answers the probe to port ${port(c) ?? '?'} with a reset: the service is down, listens elsewhere, or the port is wrong.`,
      `${targetName(c)}（${target(c)}）对端口 ${port(c) ?? '?'} 的探测回应了 RST：服务未启动、监听在其他地址，或端口配置错误。`,
    ),
    fix: [
      block(
        serverDevice,
        ['shell'],
        [
          `ss -lntp | grep :${port(c) ?? '<port>'}`,
          '# start the service and bind it to 0.0.0.0 or the server address',
        ],
      ),
      alt(
        lbDevice,
        ['system-view', 'nqa template tcp <template>'],
        ['destination port <service-port>'],
      ),
    ],
    rollback: [],
    verify: [
      verify(
        serverDevice,
        `ss -lntp | grep :${port(c) ?? '<port>'}`,
        t(
          `A listener on 0.0.0.0:${port(c) ?? '<port>'} or ${target(c)}:${port(c) ?? '<port>'}.`,
          `存在 0.0.0.0:${port(c) ?? '<port>'} 或 ${target(c)}:${port(c) ?? '<port>'} 的监听。`,
        ),
      ),
      farmOk(c),
    ],
  }),
  // N2 HTTP rows
  'probe-l7-mismatch': (c) => ({
    title: t("TCP works; the probe's expectations do not", 'TCP 正常，探测期望不匹配'),
    cause: t(
      `The TCP handshake with ${target(c)} succeeds, so the probe fails on what it expects: URL, status code or Host header.`,
      `与 ${target(c)} 的 TCP 握手成功，探测失败在期望内容上：URL、状态码或 Host 头。`,
    ),
    fix: [
      block(
        lbDevice,
        ['system-view', 'nqa template http <template>'],
        [`url http://${target(c)}/<health-page>`, 'version v1.1', 'expect status 200 to 399'],
      ),
    ],
    rollback: [
      block(
        lbDevice,
        ['system-view', 'nqa template http <template>'],
        ['undo expect status', 'undo version'],
      ),
    ],
    verify: [
      verify(
        serverDevice,
        `curl -v http://${target(c)}:${port(c) ?? 80}/<health-page>`,
        t('A 2xx/3xx answer the template accepts.', '返回模板接受的 2xx/3xx 状态码。'),
      ),
      farmOk(c),
    ],
  }),
  // L6a-1
  'reth-member-inactive': (c) => {
    const reth = c.reth ?? 'Reth<n>';
    const member = c.rethInactiveMember ?? '<member>';
    return {
      title: t('Traffic arrives on a non-forwarding Reth member', '流量到达冗余口的非转发成员'),
      cause: t(
        `${member} in ${reth} is not the forwarding member, yet it is the one that should (or does) carry the traffic, so the replies are black-holed.`,
        `${reth} 的成员 ${member} 不是转发成员，但流量应该（或实际）经由它，回程报文因此被丢弃。`,
      ),
      fix: [
        block(lbDevice, ['system-view', `interface ${member}`], ['undo shutdown']),
        alt(
          lbDevice,
          ['system-view', `interface ${reth}`],
          [`member interface ${member} priority <higher-priority>`],
        ),
      ],
      rollback: [
        block(
          lbDevice,
          ['system-view', `interface ${reth}`],
          [`member interface ${member} priority <old-priority>`],
        ),
      ],
      verify: [
        verify(
          lbDevice,
          `display reth interface ${reth.replace(/^reth\s*/i, 'reth ')}`,
          t(`${member} UP and Active.`, `${member} 为 UP 且 Active。`),
        ),
        verify(
          lbDevice,
          'display redundancy group',
          t(
            'The node that holds the member is Primary; no Track shows Negative.',
            '成员所在节点为 Primary；没有 Track 为 Negative。',
          ),
        ),
        farmOk(c),
      ],
    };
  },
  // L6b-1 — TREE.md: make both ends dynamic (LACP); static on both ends is the alternative.
  'lacp-mode-mismatch': (c) => {
    const lb = agg(c);
    const peer = peerAgg(c);
    const peerStatic = c.peerMode !== 'dynamic';
    const u = c.unselectedPorts;
    return {
      title: t(
        'LACP mode mismatch: one end dynamic, the other static',
        '聚合模式不一致：一端动态、一端静态',
      ),
      cause: t(
        `${peerStatic ? `${peer} on the peer switch is static while ${lb} on the load balancer is dynamic (LACP)` : `${lb} on the load balancer is static while ${peer} on the peer switch is dynamic (LACP)`}: ${u.length ? list(u)['en-US'] : 'a member'} stays Unselected on the LB, yet the peer keeps hashing flows onto it and they are dropped.`,
        `${peerStatic ? `对端交换机的 ${peer} 为静态聚合，而负载均衡设备的 ${lb} 为动态聚合（LACP）` : `负载均衡设备的 ${lb} 为静态聚合，而对端交换机的 ${peer} 为动态聚合（LACP）`}：${u.length ? list(u)['zh-CN'] : '成员端口'} 在本端为非选中状态，但对端仍把流量哈希到该链路上，报文被丢弃。`,
      ),
      fix: peerStatic
        ? [
            block(
              peerDevice,
              ['system-view', `interface ${peer}`],
              ['link-aggregation mode dynamic'],
            ),
            alt(lbDevice, ['system-view', `interface ${lb}`], ['undo link-aggregation mode']),
          ]
        : [
            block(lbDevice, ['system-view', `interface ${lb}`], ['link-aggregation mode dynamic']),
            alt(peerDevice, ['system-view', `interface ${peer}`], ['undo link-aggregation mode']),
          ],
      rollback: peerStatic
        ? [block(peerDevice, ['system-view', `interface ${peer}`], ['undo link-aggregation mode'])]
        : [block(lbDevice, ['system-view', `interface ${lb}`], ['undo link-aggregation mode'])],
      verify: [
        verify(
          lbDevice,
          `display link-aggregation verbose ${lb}`,
          t(
            `Every member${c.selectedPorts.length + u.length ? ` (${list([...c.selectedPorts, ...u])['en-US']})` : ''} shows Status S and flags {ACDEF}.`,
            `所有成员${c.selectedPorts.length + u.length ? `（${list([...c.selectedPorts, ...u])['zh-CN']}）` : ''}状态为 S，标志位为 {ACDEF}。`,
          ),
        ),
        verify(
          peerDevice,
          `display link-aggregation verbose ${peer}`,
          t(
            `${peer} shows \`Aggregation Mode: Dynamic\` and all members Selected.`,
            `${peer} 显示 \`Aggregation Mode: Dynamic\`，所有成员为选中状态。`,
          ),
        ),
        ...(c.lostServer
          ? [verify(lbDevice, pingCmd(c, c.lostServer), t('0.0% packet loss.', '丢包率 0.0%。'))]
          : []),
        farmOk(c),
      ],
    };
  },
  // L6b-2 / L6b-3
  'lag-member-unselected': (c) => {
    const lb = agg(c);
    const ports = c.operKeyPorts.length ? c.operKeyPorts : c.unselectedPorts;
    const attrs = c.differingAttributes;
    const why = c.operKeyPorts.length
      ? t(
          'its Oper-Key differs from the Selected members (speed, duplex)',
          '其 Oper-Key 与选中端口不同（速率、双工）',
        )
      : attrs.length
        ? t(
            `its attribute configuration differs from the aggregate (${attrs.join(', ')})`,
            `其属性配置与聚合接口不一致（${attrs.join('、')}）`,
          )
        : t('its attribute configuration differs from the aggregate', '其属性配置与聚合接口不一致');
    const members = c.differingMembers.length ? c.differingMembers : ['<member-port>'];
    const fix: CliBlock[] = c.operKeyPorts.length
      ? ports.map((p) =>
          block(
            lbDevice,
            ['system-view', `interface ${p}`],
            ['speed <same-as-selected>', 'duplex full'],
          ),
        )
      : members.map((member) =>
          block(
            peerDevice,
            ['system-view', `interface ${member}`],
            [
              ...(attrs.includes('link type')
                ? [`port link-type ${c.peerLinkType ?? '<same-as-aggregate>'}`]
                : []),
              ...(attrs.includes('permitted VLANs') || attrs.length === 0
                ? [
                    'undo port trunk permit vlan all',
                    `port trunk permit vlan ${c.peerPermitVlans ?? '<same-as-aggregate>'}`,
                  ]
                : []),
              ...(attrs.includes('speed') ? ['speed <same-as-other-members>'] : []),
              ...(attrs.includes('duplex') ? ['duplex full'] : []),
            ],
          ),
        );
    return {
      title: t('Aggregate member Unselected', '聚合成员端口未被选中'),
      cause: t(
        `${list(names(ports, '<member>'))['en-US']} in ${lb} is Unselected because ${why['en-US']}.`,
        `${list(names(ports, '<member>'))['zh-CN']} 在 ${lb} 中为非选中状态，原因是${why['zh-CN']}。`,
      ),
      fix,
      rollback: [],
      verify: [
        verify(
          lbDevice,
          `display link-aggregation verbose ${lb}`,
          t(
            'Every member shows Status S with the same Oper-Key.',
            '所有成员状态为 S，且 Oper-Key 相同。',
          ),
        ),
        farmOk(c),
      ],
    };
  },
  // N5 / N12
  'server-no-reply': (c) => ({
    title: t('Probe sent, server does not reply', '探测已发出，服务器无回应'),
    cause: t(
      `The LB sends the probe to ${target(c)} and its egress path is healthy, but no reply comes back: the server's host firewall drops it, or the server replies through another gateway.`,
      `负载均衡设备已向 ${target(c)} 发出探测且出接口路径正常，但没有回应：服务器主机防火墙丢弃了报文，或服务器经其他网关回包。`,
    ),
    fix: [
      block(
        serverDevice,
        ['shell'],
        [
          `tcpdump -ni any host ${c.probeSource ?? '<probe-source>'} and port ${port(c) ?? '<port>'}`,
          `ip route get ${c.probeSource ?? '<probe-source>'}`,
          `# allow ${c.probeSource ?? '<probe-source>'} in the host firewall; add a return route via the LB if it points elsewhere`,
        ],
      ),
    ],
    rollback: [],
    verify: [
      verify(
        lbDevice,
        sessionCmd(c),
        t(
          'The probe session leaves TCP_SYN_SENT; Responder->Initiator counts packets.',
          '探测会话不再是 TCP_SYN_SENT；Responder->Initiator 有报文计数。',
        ),
      ),
      farmOk(c),
    ],
  }),
};

export function diagnose(id: DiagnosisId, input: DiagnosisInput): Diagnosis {
  const findingIds = input.findings.filter((f) => f.severity !== 'info').map((f) => f.id);
  if (id === 'inconclusive') return inconclusive(input, findingIds);
  return { id, findings: findingIds, ...catalogue[id](input.ctx) };
}

function inconclusive(input: DiagnosisInput, findingIds: string[]): Diagnosis {
  const known = input.findings
    .filter((f) => f.severity !== 'info' && f.severity !== 'ok')
    .map((f) => f.text);
  const where = input.stoppedAt ?? 'farm-status';
  return {
    id: 'inconclusive',
    title: t('No rule fits these outputs', '没有规则符合这些输出'),
    cause: t(
      `The outputs at step ${where} match none of the known patterns; what is known so far is listed, with the command to run next.`,
      `${where} 步骤的输出不符合任何已知情形；下面列出目前已知的信息和下一步要执行的命令。`,
    ),
    findings: findingIds,
    fix: [],
    rollback: [],
    verify: [],
    known: known.length
      ? known
      : [t('Nothing conclusive has been found yet.', '目前尚无明确发现。')],
    next: input.next.length ? input.next : [{ device: lbDevice, command: sessionCmd(input.ctx) }],
  };
}
