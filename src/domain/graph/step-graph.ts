/**
 * THE step graph, as data: for each step its title, the commands to paste (templates filled from
 * what earlier steps found), its yes/no questions and its ordered transitions. Guards are named
 * (guards.ts); the first whose guard holds wins; `otherwise` comes last on every step.
 * Templates: `{name}` is filled from the run context (a placeholder such as `Bridge-Aggregation<n>`
 * when unknown); a `[...]` segment is dropped when a value inside it is unknown.
 */
import type { DiagnosisId, Localized } from '../run-types';
import type { GraphStepId } from '../wizard-state';
import { t } from '../rules/text';
import type { GuardName } from './guards';

export type Device = 'lb' | 'peer' | 'server';

export interface CommandTemplate {
  device: Device;
  template: string;
  /**
   * Repeat once per Probe-failed real server (`{ip}`, `{vpn}` then refer to it), per member of the
   * LB aggregate (`{member}`), or per switch port the members reach (`{peerPort}`, from LLDP).
   */
  each?: 'failed-server' | 'member' | 'peer-port';
  /** Shown only when this value is known (a command that only makes sense then). */
  when?: string;
  /** Shown only when this value is unknown (the form to use without it). */
  unless?: string;
  purpose?: Localized;
}

export interface QuestionTemplate {
  /** Stable id: answers are stored under it. */
  id: string;
  text: Localized;
  /** The command that answers it (a capture), filled in like the step's commands. */
  command?: string;
  /** A finding (id prefix) that answers the question from pasted output, so it need not be asked. */
  answeredBy?: string;
}

export type Target = { step: GraphStepId } | { diagnosis: DiagnosisId };

export interface Transition<S extends GraphStepId> {
  guard: GuardName<S>;
  to: Target;
  reason: Localized;
}

export interface StepNode<S extends GraphStepId> {
  id: S;
  title: Localized;
  commands: CommandTemplate[];
  questions: QuestionTemplate[];
  transitions: Transition<S>[];
  /** What to run next when no rule fits at this step (for `inconclusive`). */
  next: CommandTemplate[];
}

export type StepGraph = { [S in GraphStepId]: StepNode<S> };

export const firstStep: GraphStepId = 'farm-status';

export const stepGraph: StepGraph = {
  'farm-status': {
    id: 'farm-status',
    title: t('Server farm and real-server state', '实服务组与实服务器状态'),
    commands: [
      {
        device: 'lb',
        template: 'display server-farm[ name {farm}]',
        purpose: t('Real-server State values', '查看实服务器状态'),
      },
      {
        device: 'lb',
        template: 'display real-server brief',
        purpose: t('Alternative: every real server in one table', '或者：列出所有实服务器'),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'all-active',
        to: { diagnosis: 'farm-healthy' },
        reason: t('Every real server is Active.', '所有实服务器均为 Active。'),
      },
      {
        guard: 'only-shutdown',
        to: { diagnosis: 'real-server-shutdown' },
        reason: t(
          'The only unavailable real servers are Shutdown.',
          '不可用的实服务器均为 Shutdown。',
        ),
      },
      {
        guard: 'only-inactive',
        to: { diagnosis: 'real-server-inactive' },
        reason: t(
          'The only unavailable real servers are Inactive.',
          '不可用的实服务器均为 Inactive。',
        ),
      },
      {
        guard: 'only-slow-online',
        to: { diagnosis: 'slow-online' },
        reason: t(
          'The only unavailable real servers are in Standby/Ramp.',
          '不可用的实服务器均处于 Standby/Ramp。',
        ),
      },
      {
        guard: 'any-probe-failed',
        to: { step: 'ping' },
        reason: t(
          'Real servers are Probe-failed: test reachability next.',
          '存在探测失败的实服务器：下一步测试连通性。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('No real-server state that a rule covers.', '实服务器状态不符合任何规则。'),
      },
    ],
    next: [{ device: 'lb', template: 'display real-server name <real-server>' }],
  },
  ping: {
    id: 'ping',
    title: t('Ping each failed real server', '逐个 ping 探测失败的实服务器'),
    commands: [
      {
        device: 'lb',
        template: 'ping[ -vpn-instance {vpn}] {ip}',
        each: 'failed-server',
        purpose: t("Reachability in the server's VPN", '在实服务器所在 VPN 中测试连通性'),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'otherwise',
        to: { step: 'session' },
        reason: t('Follow the probe session of {target}.', '查看 {target} 的探测会话。'),
      },
    ],
    next: [
      { device: 'lb', template: 'display session table ipv4 destination-ip {target} verbose' },
    ],
  },
  session: {
    id: 'session',
    title: t('The probe session', '探测会话'),
    commands: [
      {
        device: 'lb',
        template: 'display session table ipv4 destination-ip {target} verbose',
        purpose: t(
          'Where the probe goes and whether replies come back',
          '探测报文的走向以及是否有回应',
        ),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'no-session',
        to: { diagnosis: 'probe-not-sent' },
        reason: t('No session to {target}.', '没有到 {target} 的会话。'),
      },
      {
        guard: 'vpn-mismatch',
        to: { diagnosis: 'vpn-instance-mismatch' },
        reason: t(
          'The session is in another VPN instance than {target}.',
          '会话所在 VPN 实例与 {target} 不同。',
        ),
      },
      {
        guard: 'server-reset',
        to: { diagnosis: 'server-port-closed' },
        reason: t('{target} answered with a reset.', '{target} 回应了 RST。'),
      },
      {
        guard: 'replied',
        to: { step: 'probe-template' },
        reason: t(
          '{target} answers the TCP handshake: what the probe expects next decides.',
          '{target} 回应了 TCP 握手：接下来要看探测期望什么。',
        ),
      },
      {
        guard: 'no-reply-via-reth',
        to: { step: 'reth' },
        reason: t(
          'No reply; replies should arrive on {inbound}.',
          '无回应；回程报文应从 {inbound} 进入。',
        ),
      },
      {
        guard: 'no-reply-via-aggregate',
        to: { step: 'lag' },
        reason: t(
          'No reply; replies should arrive on {inbound}.',
          '无回应；回程报文应从 {inbound} 进入。',
        ),
      },
      {
        guard: 'no-reply',
        to: { step: 'arp' },
        reason: t(
          'No reply; replies should arrive on {inbound}: check that the LB resolves {target} there.',
          '无回应；回程报文应从 {inbound} 进入：检查负载均衡设备能否在该接口解析 {target}。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The session matches no rule.', '会话不符合任何规则。'),
      },
    ],
    next: [
      { device: 'lb', template: 'display ip routing-table[ vpn-instance {vpn}] {target} verbose' },
    ],
  },
  reth: {
    id: 'reth',
    title: t('Which Reth member forwards', '冗余口由哪个成员转发'),
    commands: [
      {
        device: 'lb',
        template: 'display current-configuration interface {reth}',
        purpose: t('Members and priorities', '成员及优先级'),
      },
      {
        device: 'lb',
        template: 'display reth interface reth {rethNumber}',
        purpose: t('Which member is Active', '哪个成员为 Active'),
      },
      {
        device: 'lb',
        template: 'display interface {standbyMember}',
        when: 'standbyMember',
        purpose: t(
          'Traffic arriving on the member that does not forward (answers the question below)',
          '不转发的成员上是否有流量进入（可回答下面的问题）',
        ),
      },
    ],
    questions: [
      {
        id: 'reth-capture-standby',
        text: t(
          'Did a capture on {standbyMember} show traffic to or from {target}?',
          '在 {standbyMember} 上抓包是否看到了与 {target} 交互的报文？',
        ),
        command:
          'packet-capture interface {standbyMember} capture-filter "host {target}" limit-captured-frames 50',
        answeredBy: 'reth-standby-receives',
      },
    ],
    transitions: [
      {
        guard: 'forwarding-is-aggregate',
        to: { step: 'lag' },
        reason: t(
          '{rethMember} forwards: check the members of {aggregate}.',
          '由 {rethMember} 转发：检查 {aggregate} 的成员端口。',
        ),
      },
      {
        guard: 'member-inactive',
        to: { diagnosis: 'reth-member-inactive' },
        reason: t(
          '{rethInactiveMember} should carry the traffic but is not forwarding.',
          '{rethInactiveMember} 应承载流量但不在转发。',
        ),
      },
      {
        guard: 'forwarding-is-port',
        to: { step: 'arp' },
        reason: t(
          '{rethMember} is a plain port and forwards: check that the LB resolves {target} on it.',
          '{rethMember} 为普通接口且在转发：检查负载均衡设备能否在该接口解析 {target}。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The Reth members match no rule.', '冗余口成员不符合任何规则。'),
      },
    ],
    next: [{ device: 'lb', template: 'display redundancy group' }],
  },
  lag: {
    id: 'lag',
    title: t('Aggregate members: Selected or not', '聚合成员端口是否选中'),
    commands: [
      {
        device: 'lb',
        template: 'display link-aggregation verbose {aggregate}',
        purpose: t(
          'Member Status (S/U), Oper-Key, LACP flags and partners',
          '成员状态（S/U）、Oper-Key、LACP 标志和对端',
        ),
      },
      {
        device: 'lb',
        template: 'display lldp neighbor-information list',
        purpose: t(
          'Which switch and port each member reaches (names the peer ports later)',
          '每个成员连到哪台交换机的哪个端口（后续命令会用到）',
        ),
      },
      {
        device: 'lb',
        template: 'display interface {unselected}',
        when: 'unselected',
        purpose: t(
          'Traffic arriving on the Unselected member (answers the question below)',
          '非选中成员上是否有流量进入（可回答下面的问题）',
        ),
      },
    ],
    questions: [
      {
        id: 'lag-capture-unselected',
        text: t(
          'Did a capture on {unselected} show traffic to or from {lostServer}?',
          '在 {unselected} 上抓包是否看到了与 {lostServer} 交互的报文？',
        ),
        command:
          'packet-capture interface {unselected} capture-filter "host {lostServer}" limit-captured-frames 50',
        answeredBy: 'lag-unselected-receives',
      },
    ],
    transitions: [
      {
        guard: 'partners-differ',
        to: { diagnosis: 'lag-cross-connected' },
        reason: t(
          'The members of {aggregate} answer LACP from different devices.',
          '{aggregate} 的成员对应不同设备的 LACP。',
        ),
      },
      {
        guard: 'all-selected',
        to: { step: 'member-interfaces' },
        reason: t(
          'LACP sees no fault on {aggregate}: the members’ own counters come next.',
          'LACP 在 {aggregate} 上没有发现故障：接下来看成员端口自身的计数。',
        ),
      },
      {
        guard: 'oper-key-differs',
        to: { diagnosis: 'lag-member-unselected' },
        reason: t('An Unselected member has another Oper-Key.', '非选中成员的 Oper-Key 不同。'),
      },
      {
        guard: 'unselected',
        to: { step: 'peer-config' },
        reason: t(
          '{unselected} is Unselected: compare with the peer switch.',
          '{unselected} 未被选中：对比对端交换机配置。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The aggregate matches no rule.', '聚合口不符合任何规则。'),
      },
    ],
    next: [{ device: 'lb', template: 'display link-aggregation summary' }],
  },
  'peer-config': {
    id: 'peer-config',
    title: t('The peer switch aggregate', '对端交换机的聚合口'),
    commands: [
      {
        device: 'peer',
        template: 'display current-configuration interface {peerAggregate}',
        purpose: t(
          'The aggregate facing {aggregate} (its number is on the peer)',
          '连接 {aggregate} 的聚合口（编号以对端为准）',
        ),
      },
      {
        device: 'peer',
        template: 'display current-configuration interface {peerPort}',
        each: 'peer-port',
        purpose: t('Each of its member ports', '它的每个成员端口'),
      },
      {
        device: 'lb',
        template: 'display current-configuration interface {aggregate}',
        purpose: t('Optional: the LB side', '可选：负载均衡设备侧'),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'members-split',
        to: { diagnosis: 'lag-cross-connected' },
        reason: t(
          'The switch ports {aggregate} reaches are in different aggregates.',
          '{aggregate} 所连的交换机端口属于不同的聚合组。',
        ),
      },
      {
        guard: 'mode-mismatch',
        to: { diagnosis: 'lacp-mode-mismatch' },
        reason: t(
          '{peerAggregate} and {aggregate} use different aggregation modes.',
          '{peerAggregate} 与 {aggregate} 聚合模式不一致。',
        ),
      },
      {
        guard: 'attributes-differ',
        to: { diagnosis: 'lag-member-unselected' },
        reason: t(
          'Both ends use the same mode, and a member attribute differs.',
          '两端模式一致，但成员端口属性不一致。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The peer configuration matches no rule.', '对端配置不符合任何规则。'),
      },
    ],
    next: [
      { device: 'peer', template: 'display link-aggregation verbose {peerAggregate}' },
      { device: 'lb', template: 'display link-aggregation member-port {unselected}' },
      { device: 'lb', template: 'display interface {unselected}' },
    ],
  },
  'member-interfaces': {
    id: 'member-interfaces',
    title: t('Member links: errors, flaps and traffic', '成员链路：错包、闪断与流量'),
    commands: [
      {
        device: 'lb',
        template: 'display interface {member}',
        each: 'member',
        purpose: t(
          'State, last flap, input rate and CRC/error counters',
          '状态、最近闪断、入方向速率和 CRC/错误计数',
        ),
      },
      {
        device: 'lb',
        template: 'display logbuffer',
        purpose: t(
          'Optional: link and LACP events around the failure',
          '可选：故障前后的链路和 LACP 事件',
        ),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'member-faulty',
        to: { diagnosis: 'lag-member-faulty' },
        reason: t(
          'A member of {aggregate} is physically faulty.',
          '{aggregate} 的一个成员链路存在物理故障。',
        ),
      },
      {
        guard: 'members-healthy',
        to: { diagnosis: 'server-no-reply' },
        reason: t(
          'Every member of {aggregate} is up, clean and carries traffic.',
          '{aggregate} 的所有成员均为 up、无错包且在承载流量。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t(
          'The member counters show nothing decisive.',
          '成员端口计数没有显示决定性的问题。',
        ),
      },
    ],
    next: [
      { device: 'lb', template: 'display interface {member}', each: 'member' },
      { device: 'lb', template: 'display logbuffer' },
    ],
  },
  arp: {
    id: 'arp',
    title: t('Does the LB resolve the server?', '负载均衡设备能否解析服务器'),
    commands: [
      {
        device: 'lb',
        template: 'display arp {target}',
        unless: 'vpn',
        purpose: t('The server’s MAC, VLAN and port', '服务器的 MAC、VLAN 和端口'),
      },
      {
        device: 'lb',
        // Comware has no form that names both a VPN instance and an address.
        template: 'display arp vpn-instance {vpn} | include {target}',
        when: 'vpn',
        purpose: t(
          'The server’s MAC, VLAN and port in its VPN instance (nothing printed: no entry)',
          '服务器在其 VPN 实例中的 MAC、VLAN 和端口（无输出即没有表项）',
        ),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'unresolved',
        to: { diagnosis: 'arp-unresolved' },
        reason: t(
          'The LB does not resolve {target} where the replies should arrive.',
          '负载均衡设备无法在回程接口上解析 {target}。',
        ),
      },
      {
        guard: 'resolved',
        to: { diagnosis: 'server-no-reply' },
        reason: t(
          '{target} resolves on the expected interface: the LB reaches it.',
          '{target} 在预期接口上解析成功：负载均衡设备可以到达它。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The ARP output matches no rule.', 'ARP 输出不符合任何规则。'),
      },
    ],
    next: [
      { device: 'lb', template: 'display ip routing-table[ vpn-instance {vpn}] {target} verbose' },
      { device: 'lb', template: 'display interface {inbound}' },
    ],
  },
  'probe-template': {
    id: 'probe-template',
    title: t('What the probe expects', '探测模板的期望'),
    commands: [
      {
        device: 'lb',
        template: 'display current-configuration | begin nqa template',
        purpose: t(
          'The probe templates: type, port, timeout, URL, expected status, SSL policy',
          '探测模板：类型、端口、超时、URL、期望状态码、SSL 策略',
        ),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'timeout-too-short',
        to: { diagnosis: 'probe-timeout-too-short' },
        reason: t(
          '{target} answers more slowly than the probe waits.',
          '{target} 的回应慢于探测等待的时间。',
        ),
      },
      {
        guard: 'tls-handshake-fails',
        to: { diagnosis: 'probe-tls-failure' },
        reason: t(
          'The TLS handshake of the probe ends after the server’s certificate.',
          '探测的 TLS 握手在服务器证书之后中止。',
        ),
      },
      {
        guard: 'http-expectations',
        to: { diagnosis: 'probe-l7-mismatch' },
        reason: t(
          'The server answers; the template expects something else.',
          '服务器有回应，但模板期望的是别的内容。',
        ),
      },
      {
        guard: 'answer-never-arrives',
        to: { step: 'path-mtu' },
        reason: t(
          'The probe waits for an answer that never arrives: test large packets on the path.',
          '探测在等待一个始终没有到达的回应：测试路径上的大报文。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The template and session match no rule.', '模板和会话不符合任何规则。'),
      },
    ],
    next: [
      { device: 'lb', template: 'display real-server name {targetName}' },
      { device: 'server', template: 'curl -kv {probeUrl}', when: 'probeUrl' },
      {
        device: 'server',
        template: 'tcpdump -ni any host {probeSource} and port {port}',
        when: 'probeSource',
      },
    ],
  },
  'path-mtu': {
    id: 'path-mtu',
    title: t('Do large packets pass?', '大报文能否通过'),
    commands: [
      {
        device: 'lb',
        template: '{pingCmd}[ -vpn-instance {vpn}] {dfFlag}-s {largeSize} {target}',
        purpose: t('A full-size packet that may not be fragmented', '一个不允许分片的满长报文'),
      },
      {
        device: 'lb',
        template: '{pingCmd}[ -vpn-instance {vpn}] {dfFlag}-s 1200 {target}',
        purpose: t(
          'A smaller one, to bracket the path MTU',
          '一个较小的报文，用于确定路径 MTU 的范围',
        ),
      },
    ],
    questions: [],
    transitions: [
      {
        guard: 'large-packets-lost',
        to: { diagnosis: 'path-mtu-blackhole' },
        reason: t(
          'Small packets reach {target}, large ones do not.',
          '小报文能到达 {target}，大报文不能。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('Large packets are not shown to be lost.', '没有证据表明大报文丢失。'),
      },
    ],
    next: [
      {
        device: 'server',
        template: 'tcpdump -ni any host {probeSource} and port {port}',
        when: 'probeSource',
      },
      {
        device: 'server',
        template: 'openssl s_client -connect {target}:{port} -servername <host-name>',
        when: 'tlsProbe',
      },
      { device: 'lb', template: 'display real-server name {targetName}' },
    ],
  },
};
