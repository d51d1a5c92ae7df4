import type { Finding } from '../run-types';
import type { RealServer, ServerFarmData } from '../parsers/parsed-types';
import type { RunContext, ServerRef } from './context';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { list, t } from './text';

export interface FarmFacts {
  servers: number;
  active: string[];
  probeFailed: string[];
  shutdown: string[];
  inactive: string[];
  slowOnline: string[];
  other: string[];
}

export interface Evaluation<F> {
  facts: F;
  findings: Finding[];
  context: RunContext;
  /**
   * The pastes do not hold what this step needs (another Reth, another aggregate, sessions to
   * another address): the step keeps waiting for the right paste instead of deciding.
   */
  waiting?: boolean;
}

interface Located {
  rs: RealServer;
  farm: string | null;
  paste: number;
}

const label = (l: Located) => (l.rs.address ? `${l.rs.name} (${l.rs.address})` : l.rs.name);

export function evaluateFarmStatus(
  inputs: StepInput<ServerFarmData>[],
  ctx: RunContext,
): Evaluation<FarmFacts> {
  const seen = new Set<string>();
  const all: Located[] = [];
  const activeLines: Array<{
    paste: number;
    line: number | null;
    farm: string;
    count: number | null;
  }> = [];
  for (const input of inputs) {
    for (const farm of input.value.farms) {
      const line = fieldLine(
        input.text,
        farm.fieldLines,
        ['activeRealServers'],
        /Active real server/i,
        farm.line,
      );
      activeLines.push({
        paste: input.index,
        line,
        farm: farm.name,
        count: farm.activeRealServers,
      });
      for (const rs of farm.realServers) {
        const key = `${rs.name}|${rs.address ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        all.push({ rs, farm: farm.name || (rs.serverFarm ?? null), paste: input.index });
      }
    }
  }
  const by = (pred: (s: string) => boolean) => all.filter((l) => pred(l.rs.state.toLowerCase()));
  const active = by((s) => s === 'active');
  const failed = by((s) => s === 'probe-failed' || s === 'probe failed');
  const shutdown = by((s) => s === 'shutdown');
  const inactive = by((s) => s === 'inactive');
  const slow = by((s) => s === 'standby' || s === 'ramp');
  const known = new Set([...active, ...failed, ...shutdown, ...inactive, ...slow]);
  const other = all.filter((l) => !known.has(l));

  const evOf = (ls: Located[]) => {
    const byPaste = new Map<number, number[]>();
    for (const l of ls) byPaste.set(l.paste, [...(byPaste.get(l.paste) ?? []), l.rs.line]);
    return [...byPaste].map(([p, lines]) => ev('farm-status', p, lines));
  };
  const findings: Finding[] = [];
  const farmNames = [...new Set(all.map((l) => l.farm).filter((f): f is string => !!f))];
  const inFarm =
    farmNames.length > 0
      ? t(` in server farm ${farmNames.join(', ')}`, `（实服务组 ${farmNames.join('、')}）`)
      : t('', '');
  const zeroActive = activeLines.filter((a) => a.count === 0);
  const activeEv = zeroActive.map((a) => ev('farm-status', a.paste, [a.line]));

  if (all.length === 0) {
    findings.push(
      finding(
        'farm-no-real-servers',
        'farm-status',
        'warning',
        t(
          'No real server is listed in this output: paste `display server-farm` (detail) or `display real-server brief`.',
          '输出中没有列出任何实服务器：请粘贴 `display server-farm`（详细）或 `display real-server brief`。',
        ),
        [],
        [],
      ),
    );
  }
  if (failed.length > 0) {
    const names = failed.map(label);
    findings.push(
      finding(
        'farm-probe-failed',
        'farm-status',
        'problem',
        t(
          `${list(names)['en-US']}${inFarm['en-US']} ${failed.length === 1 ? 'is' : 'are'} Probe-failed: the health probe fails${zeroActive.length > 0 ? ', and the farm has 0 active real servers' : ''}.`,
          `${list(names)['zh-CN']}${inFarm['zh-CN']}状态为探测失败（Probe-failed）：健康检测失败${zeroActive.length > 0 ? '，实服务组可用实服务器数为 0' : ''}。`,
        ),
        [...evOf(failed), ...activeEv],
        failed.map((l) => l.rs.address ?? l.rs.name),
      ),
    );
  }
  const simple: Array<[string, Located[], string, string]> = [
    [
      'farm-shutdown',
      shutdown,
      'administratively shut down (Shutdown)',
      '被管理性关闭（Shutdown）',
    ],
    [
      'farm-inactive',
      inactive,
      'Inactive: configuration incomplete, not referenced, or the virtual server is not enabled',
      '不可用（Inactive）：配置不完整、未被引用或虚服务器未使能',
    ],
    [
      'farm-slow-online',
      slow,
      'in slow-online (Standby/Ramp): being brought online gradually',
      '处于慢上线阶段（Standby/Ramp）',
    ],
  ];
  for (const [id, ls, en, zh] of simple) {
    if (ls.length === 0) continue;
    const names = ls.map(label);
    findings.push(
      finding(
        id,
        'farm-status',
        'problem',
        t(
          `${list(names)['en-US']}${inFarm['en-US']}: ${en}.`,
          `${list(names)['zh-CN']}${inFarm['zh-CN']}：${zh}。`,
        ),
        evOf(ls),
        ls.map((l) => l.rs.address ?? l.rs.name),
      ),
    );
  }
  if (other.length > 0) {
    findings.push(
      finding(
        'farm-unknown-state',
        'farm-status',
        'warning',
        t(
          `Unexpected state: ${other.map((l) => `${l.rs.name} ${l.rs.state}`).join(', ')}.`,
          `未知状态：${other.map((l) => `${l.rs.name} ${l.rs.state}`).join('、')}。`,
        ),
        evOf(other),
        other.map((l) => l.rs.name),
      ),
    );
  }
  if (active.length > 0) {
    const names = active.map(label);
    findings.push(
      finding(
        all.length === active.length ? 'farm-all-active' : 'farm-some-active',
        'farm-status',
        all.length === active.length ? 'ok' : 'info',
        t(
          `${list(names)['en-US']} ${active.length === 1 ? 'is' : 'are'} Active.`,
          `${list(names)['zh-CN']} 状态为可用（Active）。`,
        ),
        evOf(active),
        active.map((l) => l.rs.address ?? l.rs.name),
      ),
    );
  }
  for (const l of all) {
    for (const p of l.rs.probes ?? []) {
      if (!/fail|invalid/i.test(p.state)) continue;
      findings.push(
        finding(
          `farm-probe-method-${p.state.toLowerCase()}:${l.rs.name}:${p.method}`,
          'farm-status',
          'warning',
          t(
            `Probe template ${p.method} of ${l.rs.name} is ${p.state}.`,
            `实服务器 ${l.rs.name} 的探测模板 ${p.method} 状态为 ${p.state}。`,
          ),
          [ev('farm-status', l.paste, [p.line])],
          [l.rs.name, p.method],
        ),
      );
    }
  }

  const failedServers: ServerRef[] = failed
    .filter((l) => l.rs.address)
    .map((l) => ({
      name: l.rs.name,
      address: l.rs.address ?? '',
      vpn: l.rs.vpnInstance,
      port: l.rs.port,
      farm: l.farm,
    }));
  return {
    facts: {
      servers: all.length,
      active: active.map((l) => l.rs.name),
      probeFailed: failed.map((l) => l.rs.name),
      shutdown: shutdown.map((l) => l.rs.name),
      inactive: inactive.map((l) => l.rs.name),
      slowOnline: slow.map((l) => l.rs.name),
      other: other.map((l) => l.rs.name),
    },
    findings,
    context: {
      ...ctx,
      farm: farmNames[0] ?? null,
      failedServers,
      shutdownServers: shutdown.map((l) => l.rs.name),
      inactiveServers: inactive.map((l) => l.rs.name),
      slowServers: slow.map((l) => l.rs.name),
    },
    // `display server-farm brief` lists counts only: the real-server states are still to be pasted.
    waiting: all.length === 0,
  };
}
