/**
 * THE step graph, as data: for each step its title, the commands to paste (templates filled from
 * what earlier steps found), its yes/no questions and its ordered transitions. Guards are named
 * (guards.ts); the first whose guard holds wins; `otherwise` comes last on every step.
 * Templates: `{name}` is filled from the run context (a placeholder such as `Bridge-Aggregation<n>`
 * when unknown); a `[...]` segment is dropped when a value inside it is unknown.
 */
import type { DiagnosisId, Localized } from '../run-types';
import type { StepId } from '../wizard-state';
import { t } from '../rules/text';
import type { GuardName } from './guards';

export type Device = 'lb' | 'peer';

export interface CommandTemplate {
  device: Device;
  template: string;
  /** Repeat once per Probe-failed real server (`{ip}`, `{vpn}` then refer to it). */
  each?: 'failed-server';
  purpose?: Localized;
}

export interface QuestionTemplate {
  /** Stable id: answers are stored under it. */
  id: string;
  text: Localized;
}

export type Target = { step: StepId } | { diagnosis: DiagnosisId };

export interface Transition<S extends StepId> {
  guard: GuardName<S>;
  to: Target;
  reason: Localized;
}

export interface StepNode<S extends StepId> {
  id: S;
  title: Localized;
  commands: CommandTemplate[];
  questions: QuestionTemplate[];
  transitions: Transition<S>[];
  /** What to run next when no rule fits at this step (for `inconclusive`). */
  next: CommandTemplate[];
}

export type StepGraph = { [S in StepId]: StepNode<S> };

export const firstStep: StepId = 'farm-status';

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
        guard: 'established',
        to: { diagnosis: 'probe-l7-mismatch' },
        reason: t('TCP to {target} works.', '到 {target} 的 TCP 连接正常。'),
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
        to: { diagnosis: 'server-no-reply' },
        reason: t(
          'No reply; replies should arrive on a plain port.',
          '无回应；回程报文应从普通接口进入。',
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
    ],
    questions: [
      {
        id: 'reth-capture-standby',
        text: t(
          'Did a capture on {standbyMember} show traffic to or from {target}?',
          '在 {standbyMember} 上抓包是否看到了与 {target} 交互的报文？',
        ),
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
        to: { diagnosis: 'server-no-reply' },
        reason: t(
          '{rethMember} is a plain port and forwards.',
          '{rethMember} 为普通接口且在转发。',
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
          'Member Status (S/U), Oper-Key and LACP flags',
          '成员状态（S/U）、Oper-Key 和 LACP 标志',
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
      },
    ],
    transitions: [
      {
        guard: 'all-selected',
        to: { diagnosis: 'server-no-reply' },
        reason: t(
          'Every member of {aggregate} is Selected.',
          '{aggregate} 的所有成员均为选中状态。',
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
        template: 'display current-configuration interface <member-port>',
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
        guard: 'mode-mismatch',
        to: { diagnosis: 'lacp-mode-mismatch' },
        reason: t(
          '{peerAggregate} and {aggregate} use different aggregation modes.',
          '{peerAggregate} 与 {aggregate} 聚合模式不一致。',
        ),
      },
      {
        guard: 'same-mode',
        to: { diagnosis: 'lag-member-unselected' },
        reason: t(
          'Both ends use the same mode: a member attribute differs.',
          '两端模式一致：成员端口属性不一致。',
        ),
      },
      {
        guard: 'otherwise',
        to: { diagnosis: 'inconclusive' },
        reason: t('The peer configuration matches no rule.', '对端配置不符合任何规则。'),
      },
    ],
    next: [{ device: 'peer', template: 'display link-aggregation verbose {peerAggregate}' }],
  },
};
