import type { StepId } from '@/domain/wizard-state';
import type { Lang } from '@/domain/run-types';

/** Short names for navigation; the engine's StepRun.title is the full heading. */
export const stepNames: Record<StepId, Record<Lang, string>> = {
  'farm-status': { 'en-US': 'Server farm status', 'zh-CN': '实服务组状态' },
  ping: { 'en-US': 'Ping the real servers', 'zh-CN': 'Ping 实服务器' },
  session: { 'en-US': 'Probe session', 'zh-CN': '探测会话' },
  reth: { 'en-US': 'Reth members', 'zh-CN': '冗余口成员' },
  lag: { 'en-US': 'Link aggregation', 'zh-CN': '链路聚合' },
  'peer-config': { 'en-US': 'Peer switch configuration', 'zh-CN': '对端交换机配置' },
};
