/** Short step names for navigation and the report; the graph's StepNode.title is the full heading. */
import type { Localized } from '../run-types';
import type { StepId } from '../wizard-state';

export const stepNames: Record<StepId, Localized> = {
  'farm-status': { 'en-US': 'Server farm status', 'zh-CN': '实服务组状态' },
  ping: { 'en-US': 'Ping the real servers', 'zh-CN': 'Ping 实服务器' },
  session: { 'en-US': 'Probe session', 'zh-CN': '探测会话' },
  reth: { 'en-US': 'Reth members', 'zh-CN': '冗余口成员' },
  lag: { 'en-US': 'Link aggregation', 'zh-CN': '链路聚合' },
  'peer-config': { 'en-US': 'Peer switch configuration', 'zh-CN': '对端交换机配置' },
  'member-interfaces': { 'en-US': 'Member link counters', 'zh-CN': '成员链路计数' },
  arp: { 'en-US': 'ARP for the server', 'zh-CN': '服务器的 ARP' },
  'probe-template': { 'en-US': 'Probe template', 'zh-CN': '探测模板' },
  'path-mtu': { 'en-US': 'Path MTU', 'zh-CN': '路径 MTU' },
  verify: { 'en-US': 'Verify the fix', 'zh-CN': '验证修复' },
};
