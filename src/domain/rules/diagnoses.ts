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
import type { AttributeDifference, RunContext } from './context';
import { checkDiagnosis, type Check } from './requirements';
import { stepNames } from '../graph/step-names';
import { lbDevice, list, peerDevice, serverDevice, t } from './text';
import { placeholdersIn } from '../placeholders';

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
  /** Steps on the path the engineer skipped. */
  skipped?: StepId[];
}

type Entry = Omit<Diagnosis, 'id' | 'findings' | 'evidence'>;

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
/**
 * The probe template's view, named from the probe-template step or the farm's probe list. The type
 * is only what the template step read: a wrong type would create a second, empty template.
 */
const tplView = (c: RunContext) =>
  `nqa template ${c.template?.type ?? '<template-type>'} ${c.template?.name ?? c.farmProbes[0] ?? '<template>'}`;

const aggWindow = t(
  'Run it in a change window: the aggregate renegotiates its members, so expect a short loss on it (a few seconds).',
  '请在变更窗口内执行：聚合口会重新协商成员，预计会有短暂中断（几秒）。',
);
const moveWindow = t(
  'Run it in a change window: traffic moves to another link, so expect a short loss while it does.',
  '请在变更窗口内执行：流量会切换到另一条链路，切换期间预计有短暂中断。',
);
/** A block that renegotiates an aggregate or moves traffic: it carries the change-window warning. */
const risky = <B extends CliBlock>(b: B, why: Localized = aggWindow): B => ({
  ...b,
  changeWindow: why,
});
/** Names the pre-check of a block explicitly (otherwise `finish` derives one from its view). */
const checked = <B extends CliBlock>(b: B, before: Verification): B => ({ ...b, before });
const lagNow = (c: RunContext, what: Localized): Verification =>
  verify(lbDevice, `display link-aggregation verbose ${agg(c)}`, what);
const selectedNow = (c: RunContext) =>
  lagNow(
    c,
    t(
      'Which members are Selected (S) now: they carry the traffic while the aggregate renegotiates.',
      '当前哪些成员为选中状态（S）：聚合重新协商期间由它们承载流量。',
    ),
  );
const mtuWindow = t(
  'Run it in a change window: routing neighbours on that link may restart when its MTU changes, so expect a short loss.',
  '请在变更窗口内执行：修改 MTU 时该链路上的路由邻居可能重建，预计有短暂中断。',
);

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
        ['system-view', tplView(c)],
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
          ` service-port tcp destination eq ${port(c) ?? '<port>'}`,
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
        ['system-view', tplView(c)],
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
        ['system-view', tplView(c)],
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
      alt(lbDevice, ['system-view', tplView(c)], ['destination port <service-port>']),
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
        ['system-view', tplView(c)],
        [`url http://${target(c)}/<health-page>`, 'version v1.1', 'expect status 200 to 399'],
      ),
    ],
    rollback: [
      block(lbDevice, ['system-view', tplView(c)], ['undo expect status', 'undo version']),
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
    const rethNow = verify(
      lbDevice,
      `display reth interface ${reth.replace(/^reth\s*/i, 'reth ')}`,
      t(
        `Which member is Active now, and the priorities: the traffic moves to ${member} once it forwards.`,
        `当前哪个成员为 Active 及各成员优先级：${member} 开始转发后流量会切换到它上面。`,
      ),
    );
    return {
      title: t('Traffic arrives on a non-forwarding Reth member', '流量到达冗余口的非转发成员'),
      cause: t(
        `${member} in ${reth} is not the forwarding member, yet it is the one that should (or does) carry the traffic, so the replies are black-holed.`,
        `${reth} 的成员 ${member} 不是转发成员，但流量应该（或实际）经由它，回程报文因此被丢弃。`,
      ),
      fix: [
        checked(
          risky(
            block(lbDevice, ['system-view', `interface ${member}`], ['undo shutdown']),
            moveWindow,
          ),
          rethNow,
        ),
        checked(
          risky(
            alt(
              lbDevice,
              ['system-view', `interface ${reth}`],
              [`member interface ${member} priority <higher-priority>`],
            ),
            moveWindow,
          ),
          rethNow,
        ),
      ],
      rollback: [
        risky(
          block(
            lbDevice,
            ['system-view', `interface ${reth}`],
            [`member interface ${member} priority <old-priority>`],
          ),
          moveWindow,
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
      fix: (peerStatic
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
          ]
      ).map((b) => checked(risky(b), selectedNow(c))),
      rollback: (peerStatic
        ? [block(peerDevice, ['system-view', `interface ${peer}`], ['undo link-aggregation mode'])]
        : [block(lbDevice, ['system-view', `interface ${lb}`], ['undo link-aggregation mode'])]
      ).map((b) => risky(b)),
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
    if (c.operKeyPorts.length) {
      const ports = c.operKeyPorts;
      return {
        title: t('Aggregate member Unselected', '聚合成员端口未被选中'),
        cause: t(
          `${list(ports)['en-US']} in ${lb} ${ports.length > 1 ? 'are' : 'is'} Unselected because ${ports.length > 1 ? 'their' : 'its'} Oper-Key differs from the Selected members' (speed, duplex).`,
          `${list(ports)['zh-CN']} 在 ${lb} 中为非选中状态，原因是其 Oper-Key 与选中端口不同（速率、双工）。`,
        ),
        fix: ports.map((p) =>
          checked(
            risky(
              block(
                lbDevice,
                ['system-view', `interface ${p}`],
                ['speed <same-as-selected>', 'duplex full'],
              ),
            ),
            selectedNow(c),
          ),
        ),
        rollback: [],
        verify: [lagVerify(c), farmOk(c)],
      };
    }
    const diffs = c.differences;
    const byPort = new Map<string, { device: 'peer' | 'lb'; commands: string[] }>();
    for (const d of diffs) {
      const e = byPort.get(d.port) ?? { device: d.device, commands: [] };
      e.commands.push(...alignCommands(d, c));
      byPort.set(d.port, e);
    }
    const named = diffs.map(
      (d) =>
        `${attributeName(d.attribute)['en-US']} (${d.port}: ${d.value}, ${d.reference}: ${d.expected})`,
    );
    const namedZh = diffs.map(
      (d) =>
        `${attributeName(d.attribute)['zh-CN']}（${d.port}：${d.value}，${d.reference}：${d.expected}）`,
    );
    const ports = c.unselectedPorts.length ? c.unselectedPorts : ['<member>'];
    return {
      title: t('Aggregate member Unselected', '聚合成员端口未被选中'),
      cause: t(
        `${list(ports)['en-US']} in ${lb} ${ports.length > 1 ? 'are' : 'is'} Unselected because the configuration differs where a member must match: ${named.join('; ')}.`,
        `${list(ports)['zh-CN']} 在 ${lb} 中为非选中状态，原因是成员必须一致的配置存在差异：${namedZh.join('；')}。`,
      ),
      fix: (byPort.size
        ? [...byPort].map(([port, e]) =>
            block(
              e.device === 'peer' ? peerDev(c) : lbDevice,
              ['system-view', `interface ${port}`],
              e.commands,
            ),
          )
        : [
            block(
              peerDev(c),
              ['system-view', 'interface <member-port>'],
              ['# give it the link type, permitted VLANs, PVID, speed and duplex of the aggregate'],
            ),
          ]
      ).map((b) => checked(risky(b), selectedNow(c))),
      rollback: [],
      verify: [lagVerify(c), farmOk(c)],
    };
  },
  // N5 / N12
  'server-no-reply': (c) => ({
    title: t('Probe sent, server does not reply', '探测已发出，服务器无回应'),
    cause: t(
      `The LB sends the probe to ${target(c)} and its side of the path is shown healthy (${c.aggregate ? `every member of ${c.aggregate} up, clean and carrying traffic` : `${target(c)} resolved on ${c.egressPort ?? 'the expected interface'}`}), but no reply comes back: the server's host firewall drops the probe, or the server replies through another gateway.`,
      `负载均衡设备向 ${target(c)} 发出了探测，且本侧路径被证明正常（${c.aggregate ? `${c.aggregate} 的所有成员均为 up、无错包且在承载流量` : `在 ${c.egressPort ?? '预期接口'} 上解析到了 ${target(c)}`}），但没有回应：服务器主机防火墙丢弃了探测，或服务器经其他网关回包。`,
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
  // L6b-5
  'lag-cross-connected': (c) => {
    const lb = agg(c);
    const x = c.crossConnect;
    const reached = Object.entries(c.peerPorts).map(
      ([lbPort, peerPort]) => `${lbPort} → ${peerPort}`,
    );
    const twoAggregates = x?.kind === 'two-aggregates';
    const fixBlocks: CliBlock[] = twoAggregates
      ? (x.move.length ? x.move : ['<switch-port-in-the-other-aggregate>']).map((port) =>
          block(
            peerDev(c),
            ['system-view', `interface ${port}`],
            [`port link-aggregation group ${x.keep ?? '<n>'}`],
          ),
        )
      : [
          // Cabling, not CLI: no view, only what to do, as comment lines.
          block(
            t('On site (cabling)', '现场（线缆）'),
            [],
            (x?.move.length ? x.move : ['<member-on-the-other-device>']).map(
              (p) =>
                `# connect ${p} to the device the other members reach${x?.keep ? ` (LACP system ${x.keep})` : ''}, in the same aggregation group`,
            ),
          ),
          alt(
            lbDevice,
            [
              'system-view',
              `interface ${x?.move[0] ?? c.unselectedPorts[0] ?? '<member-on-the-other-device>'}`,
            ],
            ['undo port link-aggregation group'],
          ),
        ];
    return {
      title: t(
        'Aggregate cabled across two devices or two aggregates',
        '聚合链路跨接到了两台设备或两个聚合组',
      ),
      cause: t(
        `The members of ${lb} do not all reach the same aggregate on the same device${reached.length ? ` (${reached.join(', ')})` : ''}: only the members facing one partner can be Selected, and a peer that still sends on the others loses those flows.`,
        `${lb} 的成员没有全部连到同一台设备的同一个聚合组${reached.length ? `（${reached.join('，')}）` : ''}：只有连到其中一个对端的成员能被选中，对端若仍在其他链路上发送，这些流量就会丢失。`,
      ),
      fix: fixBlocks.map((b) => checked(risky(b), selectedNow(c))),
      rollback: (twoAggregates
        ? (x.move.length ? x.move : ['<switch-port>']).map((port) =>
            block(
              peerDev(c),
              ['system-view', `interface ${port}`],
              ['port link-aggregation group <old-group>'],
            ),
          )
        : [
            block(
              lbDevice,
              ['system-view', `interface ${x?.move[0] ?? c.unselectedPorts[0] ?? '<member>'}`],
              [`port link-aggregation group ${/\d+$/.exec(lb)?.[0] ?? '<n>'}`],
            ),
          ]
      ).map((b) => risky(b)),
      verify: [
        verify(
          lbDevice,
          'display lldp neighbor-information list',
          t(
            'Every member of the aggregate reaches the same switch.',
            '聚合口的所有成员都连到同一台交换机。',
          ),
        ),
        verify(
          lbDevice,
          `display link-aggregation verbose ${lb}`,
          t(
            'Every member Selected, one partner System ID.',
            '所有成员为选中状态，只有一个对端系统 ID。',
          ),
        ),
        farmOk(c),
      ],
    };
  },
  // L6b-4 and the gray failure LACP cannot see
  'lag-member-faulty': (c) => {
    const lb = agg(c);
    const bad = c.faultyMembers.length ? c.faultyMembers : ['<member>'];
    const how: Record<string, Localized> = {
      down: t('is down', '处于 down 状态'),
      flapping: t('flaps (its link keeps going down and up)', '在闪断（链路反复 down/up）'),
      'errors-rising': t(
        'corrupts frames (CRC/input errors rising)',
        '在产生错包（CRC/输入错误持续增加）',
      ),
      silent: t(
        'receives nothing while its siblings carry traffic',
        '在其他成员承载流量时收不到任何报文',
      ),
    };
    const said = c.memberFaults.map((f) => `${f.port} ${how[f.fault]?.['en-US'] ?? f.fault}`);
    const saidZh = c.memberFaults.map((f) => `${f.port} ${how[f.fault]?.['zh-CN'] ?? f.fault}`);
    return {
      title: t('A member link of the aggregate is faulty', '聚合口的成员链路故障'),
      cause: t(
        `${said.length ? list(said)['en-US'] : `${list(bad)['en-US']} is physically faulty`} in ${lb}, while the aggregate keeps ${bad.length > 1 ? 'them' : 'it'} Selected: flows hashed onto ${bad.length > 1 ? 'them' : 'it'} are lost, which is why some servers fail and others do not.`,
        `${lb} 中 ${saidZh.length ? list(saidZh)['zh-CN'] : `${list(bad)['zh-CN']} 存在物理故障`}，而聚合仍把它保持为选中状态：哈希到它上面的流量会丢失，所以部分服务器失败而其他正常。`,
      ),
      fix: [
        ...bad.map((p) =>
          checked(
            risky(block(lbDevice, ['system-view', `interface ${p}`], ['shutdown']), moveWindow),
            lagNow(
              c,
              t(
                `Another member of ${lb} shows Status S: otherwise shutting ${p} down cuts the aggregate.`,
                `${lb} 中另有成员状态为 S：否则关闭 ${p} 会使聚合口中断。`,
              ),
            ),
          ),
        ),
        block(
          peerDev(c),
          ['user-view'],
          bad.map((p) => `display interface ${c.peerPorts[p] ?? '<peer-port-of-' + p + '>'}`),
        ),
      ],
      rollback: bad.map((p) =>
        risky(block(lbDevice, ['system-view', `interface ${p}`], ['undo shutdown'])),
      ),
      verify: [
        ...bad.map((p) =>
          verify(
            lbDevice,
            `display interface ${p}`,
            t(
              'After replacing the optic or cable: CRC and input errors stop rising, no new flap, input rate like its siblings.',
              '更换光模块或线缆后：CRC 和输入错误不再增加，没有新的闪断，入方向速率与其他成员相当。',
            ),
          ),
        ),
        ...(c.lostServer
          ? [verify(lbDevice, pingCmd(c, c.lostServer), t('0.0% packet loss.', '丢包率 0.0%。'))]
          : []),
        farmOk(c),
      ],
    };
  },
  // L8-a
  'path-mtu-blackhole': (c) => {
    const egress = c.egressPort ?? c.rethMember ?? c.aggregate ?? '<egress-interface>';
    return {
      title: t('Large packets die on the path (MTU black hole)', '大报文在路径上丢失（MTU 黑洞）'),
      cause: t(
        `Small packets reach ${target(c)} but full-size ones do not, and the "fragmentation needed" messages never come back: the handshake completes, then the server's larger answer (a page or a TLS certificate) is dropped on the way, so the probe waits until it times out.`,
        `小报文可以到达 ${target(c)}，满长报文却不行，而且"需要分片"的 ICMP 报文没有返回：握手完成后，服务器较大的回应（页面或 TLS 证书）在途中被丢弃，探测一直等到超时。`,
      ),
      fix: [
        risky(
          block(
            peerDev(c),
            ['system-view', 'interface <the-hop-with-the-smaller-MTU>'],
            ['mtu 1500', '# or enable jumbo frames on every link of the path'],
          ),
          mtuWindow,
        ),
        alt(lbDevice, ['system-view', `interface ${egress}`], ['tcp mss 1360']),
      ],
      rollback: [block(lbDevice, ['system-view', `interface ${egress}`], ['undo tcp mss'])],
      verify: [
        verify(
          lbDevice,
          `ping ${vpn(c) ? `-vpn-instance ${vpn(c)} ` : ''}-f -s 1472 ${target(c)}`,
          t('Replies with 0.0% packet loss.', '有回应，丢包率 0.0%。'),
        ),
        verify(
          lbDevice,
          sessionCmd(c),
          t(
            'The probe session carries the server’s answer (more than one packet back).',
            '探测会话收到了服务器的回应（回程报文多于一个）。',
          ),
        ),
        farmOk(c),
      ],
    };
  },
  // N2 HTTPS row
  'probe-tls-failure': (c) => {
    const tpl = c.template;
    const policy = tpl?.sslClientPolicy ?? '<policy>';
    return {
      title: t('The probe’s TLS handshake fails', '探测的 TLS 握手失败'),
      cause: t(
        `The TLS probe${tpl ? ` (template ${tpl.name})` : ''} reaches ${target(c)}, receives the server's certificate and ends the handshake: the LB's SSL client rejects that certificate — one it does not trust (a CA missing from its PKI domain, self-signed, incomplete chain), expired, for another name (the default certificate a server sends when the probe gives no SNI), or with a key or signature algorithm it does not accept.`,
        `TLS 探测${tpl ? `（模板 ${tpl.name}）` : ''}到达 ${target(c)}，收到服务器证书后中止了握手：负载均衡设备的 SSL 客户端拒绝了该证书——不受信任（PKI 域中没有其 CA、自签名、证书链不完整）、已过期、名称不符（探测不带 SNI 时服务器返回的缺省证书），或其密钥或签名算法不被接受。`,
      ),
      fix: [
        block(
          serverDevice,
          ['shell'],
          [
            `echo | openssl s_client -connect ${target(c)}:${port(c) ?? 443} -showcerts`,
            `echo | openssl s_client -connect ${target(c)}:${port(c) ?? 443} -servername <host-name>`,
            '# fix what it shows: renew the certificate, install the full chain, enable TLS 1.2',
          ],
        ),
        block(
          lbDevice,
          ['system-view', `ssl client-policy ${policy}`],
          ['pki-domain <domain-trusting-the-server-CA>'],
        ),
        ...(tpl && !tpl.sslClientPolicy
          ? [
              block(
                lbDevice,
                ['system-view', `nqa template ${tpl.type} ${tpl.name}`],
                [`ssl-client-policy ${policy}`],
              ),
            ]
          : []),
      ],
      rollback: [
        block(lbDevice, ['system-view', `ssl client-policy ${policy}`], ['undo pki-domain']),
      ],
      verify: [
        verify(
          serverDevice,
          `echo | openssl s_client -connect ${target(c)}:${port(c) ?? 443}`,
          t('`Verify return code: 0 (ok)`.', '`Verify return code: 0 (ok)`。'),
        ),
        farmOk(c),
      ],
    };
  },
  // L3-b
  'arp-unresolved': (c) => {
    const iface = c.egressPort ?? c.inboundInterface ?? '<interface>';
    return {
      title: t(
        'The LB cannot resolve the real server (ARP)',
        '负载均衡设备无法解析实服务器（ARP）',
      ),
      cause: t(
        `The LB has no usable ARP entry for ${target(c)} on ${iface}: the probe's SYN never reaches the server. The server is down or disconnected, in another VLAN, or its address answers from another segment (an address conflict).`,
        `负载均衡设备在 ${iface} 上没有 ${target(c)} 可用的 ARP 表项：探测的 SYN 到不了服务器。服务器宕机或断开、处于其他 VLAN，或其地址从另一个网段应答（地址冲突）。`,
      ),
      fix: [
        block(
          lbDevice,
          ['user-view'],
          [`display interface ${iface}`, `display mac-address | include <server-MAC>`],
        ),
        block(
          peerDev(c),
          ['user-view'],
          ['display mac-address vlan <server-VLAN>', 'display interface <server-facing-port>'],
        ),
        block(
          serverDevice,
          ['shell'],
          ['ip -br addr', 'ip neigh', '# correct the address, mask or VLAN of the server NIC'],
        ),
      ],
      rollback: [],
      verify: [
        verify(
          lbDevice,
          `display arp ${target(c)}`,
          t(`An entry for ${target(c)} on ${iface}.`, `${target(c)} 的表项位于 ${iface}。`),
        ),
        verify(lbDevice, pingCmd(c, target(c)), t('Replies.', '有回应。')),
        farmOk(c),
      ],
    };
  },
  // N2 timers row
  'probe-timeout-too-short': (c) => {
    const tpl = c.template;
    const rtt = c.target ? c.pingRtt[c.target.address] : undefined;
    const want = Math.max(3000, Math.ceil(((rtt?.max ?? 1500) * 2) / 1000) * 1000);
    const view = ['system-view', tplView(c)];
    return {
      title: t('The probe times out before the server answers', '探测在服务器回应之前超时'),
      cause: t(
        `${targetName(c)} (${target(c)}) answers in ${rtt ? `${Math.round(rtt.avg)} ms on average, up to ${Math.round(rtt.max)} ms` : 'more time'}, but template ${tpl?.name ?? '<template>'} gives up after ${tpl?.timeoutMs ?? 3000} ms: the server is healthy, only slower than the probe waits.`,
        `${targetName(c)}（${target(c)}）的回应时间${rtt ? `平均 ${Math.round(rtt.avg)} ms、最大 ${Math.round(rtt.max)} ms` : '较长'}，而模板 ${tpl?.name ?? '<template>'} 在 ${tpl?.timeoutMs ?? 3000} ms 后放弃：服务器本身正常，只是比探测等待的时间慢。`,
      ),
      fix: [
        block(lbDevice, view, [
          `probe timeout ${want}`,
          ...(tpl?.frequencyMs && tpl.frequencyMs < want ? [`frequency ${want * 2}`] : []),
        ]),
      ],
      rollback: [
        block(lbDevice, view, [
          tpl?.timeoutMs ? `probe timeout ${tpl.timeoutMs}` : 'undo probe timeout',
        ]),
      ],
      verify: [
        verify(
          lbDevice,
          `display real-server name ${targetName(c)}`,
          t('Probe method State Succeeded.', '探测方法状态为 Succeeded。'),
        ),
        farmOk(c),
      ],
    };
  },
};

const lagVerify = (c: RunContext) =>
  verify(
    lbDevice,
    `display link-aggregation verbose ${agg(c)}`,
    t(
      'Every member shows Status S with the same Oper-Key.',
      '所有成员状态为 S，且 Oper-Key 相同。',
    ),
  );

const peerDev = (c: RunContext) =>
  c.peerSwitch ? t(`Peer switch ${c.peerSwitch}`, `对端交换机 ${c.peerSwitch}`) : peerDevice;

function attributeName(key: string): Localized {
  const names: Record<string, Localized> = {
    'link-type': t('link type', '链路类型'),
    'permitted-vlans': t('permitted VLANs', '允许通过的 VLAN'),
    pvid: t('PVID', 'PVID'),
    speed: t('speed', '速率'),
    duplex: t('duplex', '双工'),
    'lacp-passive': t('LACP mode (both ends passive)', 'LACP 模式（两端均为被动）'),
  };
  return names[key] ?? t(key, key);
}

/** The commands that give `d.port` the value its reference has. */
function alignCommands(d: AttributeDifference, c: RunContext): string[] {
  switch (d.attribute) {
    case 'link-type':
      return [`port link-type ${d.expected}`];
    case 'permitted-vlans':
      return [
        'undo port trunk permit vlan all',
        `port trunk permit vlan ${d.expected === 'none' ? '<vlans>' : d.expected}`,
      ];
    case 'pvid':
      return c.peerLinkType === 'access'
        ? [`port access vlan ${d.expected}`]
        : [`port trunk pvid vlan ${d.expected}`];
    case 'speed':
      return d.expected === 'auto' ? ['undo speed'] : [`speed ${d.expected}`];
    case 'duplex':
      return d.expected === 'auto' ? ['undo duplex'] : [`duplex ${d.expected}`];
    case 'lacp-passive':
      return ['undo lacp mode'];
    default:
      return [`# align ${d.attribute} with ${d.reference}`];
  }
}

const SAVE = 'save force';
const keptBefore = t('The same lines you kept before the fix.', '与修改前保留的配置相同。');
const fixLeft = t(
  'What the fix left: the lines this rollback undoes.',
  '修复后的配置：即本次回退要撤销的内容。',
);
const asNow = t(
  'How it is configured now: keep it, it is what the rollback restores.',
  '当前的配置：请保留，回退时要恢复的就是它。',
);

/**
 * Makes every block safe to run: a configuration change ends with `save` so it survives a reboot,
 * gets a look at the configuration before and the diagnosis's own check after it, and a block
 * still holding a placeholder says so (it is filled in by hand, never copied as is).
 */
function finishBlock(b: CliBlock, verifications: Verification[], rollback: boolean): CliBlock {
  const changes = b.view[0] === 'system-view';
  const commands =
    changes && b.commands[b.commands.length - 1] !== SAVE
      ? [...b.commands, 'return', SAVE]
      : b.commands;
  const where = b.view[b.view.length - 1] ?? '';
  const iface = /^interface\s+(\S.*)$/.exec(where)?.[1];
  const configNow = iface
    ? `display current-configuration interface ${iface}`
    : `display current-configuration | begin ${where}`;
  const before =
    b.before ?? (changes ? verify(b.device, configNow, rollback ? fixLeft : asNow) : undefined);
  const sameDevice = verifications.find((v) => v.device['en-US'] === b.device['en-US']);
  // A rollback is checked against the configuration kept before the fix, not the fix's own checks.
  const after =
    b.after ??
    (rollback && changes
      ? verify(b.device, configNow, keptBefore)
      : changes || b.view[0] === 'shell' || b.view.length === 0
        ? (sameDevice ?? verifications[0])
        : undefined);
  const fillIn = placeholdersIn([...b.view, ...commands].join('\n'));
  return {
    ...b,
    commands,
    ...(fillIn.length ? { fillIn } : {}),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

function finish(e: Entry): Entry {
  return {
    ...e,
    fix: e.fix.map((b) => finishBlock(b, e.verify, false)),
    rollback: e.rollback.map((b) => finishBlock(b, e.verify, true)),
  };
}

/** The catalogue entry itself, written with the run's names, before any evidence is checked. */
export function describeDiagnosis(
  id: Exclude<DiagnosisId, 'inconclusive'>,
  ctx: RunContext,
): Omit<Diagnosis, 'findings' | 'evidence'> {
  return { id, ...finish(catalogue[id](ctx)) };
}

export function diagnose(id: DiagnosisId, input: DiagnosisInput): Diagnosis {
  const findingIds = input.findings.filter((f) => f.severity !== 'info').map((f) => f.id);
  if (id === 'inconclusive') return inconclusive(input, findingIds, null);
  const check = checkDiagnosis(id, input.findings);
  if (check.missing.length > 0 || check.contradicted.length > 0)
    return inconclusive(input, findingIds, { id, check });
  return {
    id,
    findings: findingIds,
    evidence: check.met,
    ...finish(catalogue[id](input.ctx)),
    ...notChecked(input),
  };
}

function inconclusive(
  input: DiagnosisInput,
  findingIds: string[],
  withheld: { id: Exclude<DiagnosisId, 'inconclusive'>; check: Check } | null,
): Diagnosis {
  // Facts, good or bad, that cite lines; warnings are what looks odd.
  const known = input.findings
    .filter((f) => f.severity !== 'warning' && (f.severity !== 'info' || f.evidence.length > 0))
    .map((f) => f.text);
  const odd = input.findings.filter((f) => f.severity === 'warning').map((f) => f.text);
  const where = input.stoppedAt ?? 'farm-status';
  const title = withheld ? catalogue[withheld.id](input.ctx).title : null;
  const skippedHere = !withheld && (input.skipped ?? []).includes(where);
  const cause = withheld
    ? t(
        `The outputs point at “${title?.['en-US'] ?? withheld.id}”, but its evidence does not hold: ${[...withheld.check.missing.map((m) => `missing — ${m['en-US']}`), ...withheld.check.contradicted.map((m) => `contradicted — ${m['en-US']}`)].join('; ')}. What is known, what looks odd and what to run next are listed below.`,
        `输出指向“${title?.['zh-CN'] ?? withheld.id}”，但其证据不成立：${[...withheld.check.missing.map((m) => `缺少——${m['zh-CN']}`), ...withheld.check.contradicted.map((m) => `存在矛盾——${m['zh-CN']}`)].join('；')}。下面列出已知情况、可疑之处和下一步要执行的命令。`,
      )
    : skippedHere
      ? t(
          `The step “${stepNames[where]['en-US']}” could not be run here, and no later step can stand in for it; what is known, what looks odd and what would answer it are listed below.`,
          `“${stepNames[where]['zh-CN']}”步骤在此处无法执行，后面也没有能代替它的步骤；下面列出已知情况、可疑之处以及能回答它的命令。`,
        )
      : t(
          `The outputs at the step “${stepNames[where]['en-US']}” match none of the known causes; what is known, what looks odd and what to run next are listed below.`,
          `“${stepNames[where]['zh-CN']}”步骤的输出不符合任何已知原因；下面列出已知情况、可疑之处和下一步要执行的命令。`,
        );
  const gaps = notChecked(input).notChecked;
  return {
    id: 'inconclusive',
    title: t('No cause is proven by these outputs', '这些输出不足以证明原因'),
    cause: gaps
      ? t(
          `${cause['en-US']} Not checked (skipped): ${list(gaps.map((s) => stepNames[s]['en-US']))['en-US']}.`,
          `${cause['zh-CN']}未检查（已跳过）：${list(gaps.map((s) => stepNames[s]['zh-CN']))['zh-CN']}。`,
        )
      : cause,
    findings: findingIds,
    evidence: withheld ? withheld.check.met : [],
    fix: [],
    rollback: [],
    verify: [],
    known: known.length
      ? known
      : [t('Nothing conclusive has been found yet.', '目前尚无明确发现。')],
    ...(odd.length ? { odd } : {}),
    next: input.next.length ? input.next : [{ device: lbDevice, command: sessionCmd(input.ctx) }],
    ...(withheld
      ? {
          withheld: {
            id: withheld.id,
            title: title ?? t(withheld.id, withheld.id),
            missing: withheld.check.missing,
            contradicted: withheld.check.contradicted,
          },
        }
      : {}),
    ...(gaps ? { notChecked: gaps } : {}),
  };
}

function notChecked(input: DiagnosisInput): { notChecked?: StepId[] } {
  return input.skipped && input.skipped.length > 0 ? { notChecked: [...input.skipped] } : {};
}
