/**
 * The farm step. A paste may list many server farms (`display server-farm`, `display real-server
 * brief`): each is judged on its own, and the run follows one — the engineer's choice, or the only
 * farm with failing real servers. With several failing farms and no choice the step waits, and
 * nothing about one farm is ever said with another farm's lines.
 */
import type { Choice, ChoiceOption, Evidence, Finding } from '../run-types';
import type { RealServer, ServerFarmData } from '../parsers/parsed-types';
import type { RunContext, ServerRef } from './context';
import { ev, fieldLine, finding, mergeEvidence, type StepInput } from './evidence';
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
   * another address, a farm to choose): the step keeps waiting instead of deciding.
   */
  waiting?: boolean;
  /** A farm or server to follow, shown on the step. */
  choice?: Choice;
  /** Values for the step's question and command templates that only this step knows. */
  extra?: Record<string, string | null>;
}

interface Located {
  rs: RealServer;
  paste: number;
}

interface FarmView {
  name: string;
  servers: Located[];
  total: number | null;
  active: number | null;
  probes: string[];
  /** Where the farm's header and its `Active real server` count were printed. */
  header: Evidence[];
  activeLine: Evidence[];
}

const label = (l: Located) => (l.rs.address ? `${l.rs.name} (${l.rs.address})` : l.rs.name);
const stateOf = (l: Located) => l.rs.state.toLowerCase();
const isActive = (l: Located) => stateOf(l) === 'active';
const isFailed = (l: Located) => stateOf(l) === 'probe-failed' || stateOf(l) === 'probe failed';
const isSlow = (l: Located) => stateOf(l) === 'standby' || stateOf(l) === 'ramp';

/** Farm names are case-insensitive on the device, and tables cut long ones to `name...`. */
export function sameFarm(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const cut = (s: string) => (s.endsWith('...') ? s.slice(0, -3) : null);
  const cx = cut(x);
  const cy = cut(y);
  if (cx !== null && cx.length > 0 && y.startsWith(cx)) return true;
  return cy !== null && cy.length > 0 && x.startsWith(cy);
}

function collectFarms(inputs: StepInput<ServerFarmData>[]): FarmView[] {
  const farms: FarmView[] = [];
  for (const input of inputs) {
    for (const f of input.value.farms) {
      const name = f.name || f.realServers.find((r) => r.serverFarm)?.serverFarm || '';
      let view = farms.find((v) => sameFarm(v.name, name));
      if (!view) {
        view = {
          name,
          servers: [],
          total: null,
          active: null,
          probes: [],
          header: [],
          activeLine: [],
        };
        farms.push(view);
      }
      if (name.length > view.name.length && !name.endsWith('...')) view.name = name;
      view.header.push(ev('farm-status', input.index, [f.line]));
      if (f.totalRealServers !== null) view.total = f.totalRealServers;
      if (f.activeRealServers !== null) {
        view.active = f.activeRealServers;
        const line = fieldLine(
          input.text,
          f.fieldLines,
          ['activeRealServers'],
          /Active real server/i,
          f.line,
        );
        view.activeLine.push(ev('farm-status', input.index, [line]));
      }
      for (const m of f.probeMethods) if (!view.probes.includes(m)) view.probes.push(m);
      for (const rs of f.realServers) {
        for (const p of rs.probes ?? [])
          if (!view.probes.includes(p.method)) view.probes.push(p.method);
        const known = view.servers.find(
          (s) => s.rs.name === rs.name && (s.rs.address ?? '') === (rs.address ?? ''),
        );
        if (!known) view.servers.push({ rs, paste: input.index });
      }
    }
  }
  return farms;
}

/** Failing: a real server not Active, or fewer Active than configured (a brief table). */
function failing(f: FarmView): boolean {
  if (f.servers.some((s) => !isActive(s))) return true;
  return f.servers.length === 0 && f.total !== null && f.active !== null && f.active < f.total;
}

function summary(f: FarmView) {
  const count = (pred: (l: Located) => boolean) => f.servers.filter(pred).length;
  const total = f.servers.length || f.total || 0;
  const active = f.servers.length ? count(isActive) : (f.active ?? 0);
  const parts: Array<[number, string, string]> = [
    [count(isFailed), 'Probe-failed', '探测失败'],
    [count((l) => stateOf(l) === 'shutdown'), 'Shutdown', 'Shutdown'],
    [count((l) => stateOf(l) === 'inactive'), 'Inactive', 'Inactive'],
    [count(isSlow), 'Standby/Ramp', 'Standby/Ramp'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  return t(
    `${active}/${total} Active${shown.length ? ` (${shown.map(([n, en]) => `${n} ${en}`).join(', ')})` : ''}`,
    `可用 ${active}/${total}${shown.length ? `（${shown.map(([n, , zh]) => `${zh} ${n} 台`).join('，')}）` : ''}`,
  );
}

const evOf = (ls: Located[]) => {
  const byPaste = new Map<number, number[]>();
  for (const l of ls) byPaste.set(l.paste, [...(byPaste.get(l.paste) ?? []), l.rs.line]);
  return [...byPaste].map(([p, lines]) => ev('farm-status', p, lines));
};

function optionOf(f: FarmView): ChoiceOption {
  const bad = f.servers.filter((s) => !isActive(s));
  return {
    value: f.name,
    label: f.name || '(unnamed)',
    summary: summary(f),
    failing: failing(f),
    evidence: mergeEvidence([...f.header, ...f.activeLine, ...evOf(bad)]),
  };
}

export function evaluateFarmStatus(
  inputs: StepInput<ServerFarmData>[],
  ctx: RunContext,
  chosen: string | null = null,
): Evaluation<FarmFacts> {
  const farms = collectFarms(inputs);
  const findings: Finding[] = [];
  const failingFarms = farms.filter(failing);
  const byUser = chosen !== null ? (farms.find((f) => sameFarm(f.name, chosen)) ?? null) : null;
  if (chosen !== null && !byUser) {
    findings.push(
      finding(
        'farm-choice-not-found',
        'farm-status',
        'warning',
        t(
          `The chosen server farm ${chosen} is not in these outputs${farms.length ? ` (they list ${farms.map((f) => f.name).join(', ')})` : ''}.`,
          `选定的实服务组 ${chosen} 不在这些输出中${farms.length ? `（输出中有 ${farms.map((f) => f.name).join('、')}）` : ''}。`,
        ),
        [],
        [chosen],
      ),
    );
  }
  const followed = byUser ?? (failingFarms.length === 1 ? (failingFarms[0] ?? null) : null);
  const choice: Choice | undefined =
    farms.length > 1
      ? {
          kind: 'farm',
          question: t('Which server farm should the wizard follow?', '向导要排查哪个实服务组？'),
          options: farms.map(optionOf),
          selected: followed?.name ?? null,
          byUser: byUser !== null,
          reason:
            byUser !== null
              ? t('You chose it.', '由你选定。')
              : followed
                ? t(
                    `${followed.name} is the only server farm with failing real servers.`,
                    `只有 ${followed.name} 存在故障的实服务器。`,
                  )
                : null,
        }
      : undefined;

  // Healthy farms are only ever cited as healthy.
  for (const f of farms) {
    if (farms.length < 2 || f === followed || failing(f)) continue;
    if (f.servers.length === 0 && f.active === null) continue;
    findings.push(
      finding(
        `farm-healthy:${f.name}`,
        'farm-status',
        'ok',
        t(
          `Server farm ${f.name}: ${summary(f)['en-US']}.`,
          `实服务组 ${f.name}：${summary(f)['zh-CN']}。`,
        ),
        [...f.header, ...f.activeLine],
        [f.name],
      ),
    );
  }

  if (!followed) {
    if (failingFarms.length > 1) {
      findings.push(
        finding(
          'farm-choose',
          'farm-status',
          'warning',
          t(
            `${list(failingFarms.map((f) => `${f.name} (${summary(f)['en-US']})`))['en-US']} have failing real servers: choose the farm to follow.`,
            `${list(failingFarms.map((f) => `${f.name}（${summary(f)['zh-CN']}）`))['zh-CN']} 都有故障的实服务器：请选择要排查的实服务组。`,
          ),
          failingFarms.flatMap((f) => [...f.header, ...f.activeLine]),
          failingFarms.map((f) => f.name),
        ),
      );
      return {
        facts: noFacts(),
        findings,
        context: ctx,
        waiting: true,
        ...(choice ? { choice } : {}),
      };
    }
    // Nothing failing: every farm listed is healthy (or the paste lists no real server at all).
    return judgeAll(farms, findings, ctx, choice);
  }
  return judgeFarm(followed, farms.length > 1, findings, ctx, choice);
}

function noFacts(): FarmFacts {
  return {
    servers: 0,
    active: [],
    probeFailed: [],
    shutdown: [],
    inactive: [],
    slowOnline: [],
    other: [],
  };
}

/** No farm fails: `farm-healthy` when real servers were listed, else the step waits for them. */
function judgeAll(
  farms: FarmView[],
  findings: Finding[],
  ctx: RunContext,
  choice: Choice | undefined,
): Evaluation<FarmFacts> {
  const servers = farms.flatMap((f) => f.servers);
  if (servers.length === 0) {
    findings.push(noServersListed(farms));
    return {
      facts: noFacts(),
      findings,
      context: ctx,
      waiting: true,
      ...(choice ? { choice } : {}),
    };
  }
  const names = servers.map(label);
  // One farm: the same finding as before many farms were judged apart; several: each farm said healthy above.
  if (farms.length === 1) {
    const f = farms[0] as FarmView;
    findings.push(
      finding(
        'farm-all-active',
        'farm-status',
        'ok',
        t(
          `${list(names)['en-US']}${inFarm(f)['en-US']} ${servers.length === 1 ? 'is' : 'are'} Active.`,
          `${list(names)['zh-CN']}${inFarm(f)['zh-CN']} 状态为可用（Active）。`,
        ),
        evOf(servers),
        servers.map((l) => l.rs.address ?? l.rs.name),
      ),
    );
  } else {
    findings.push(
      finding(
        'farm-all-active',
        'farm-status',
        'ok',
        t(
          `Every real server of ${list(farms.map((f) => f.name))['en-US']} is Active.`,
          `${list(farms.map((f) => f.name))['zh-CN']} 的所有实服务器均为可用（Active）。`,
        ),
        [...evOf(servers), ...farms.flatMap((f) => f.activeLine)],
        farms.map((f) => f.name),
      ),
    );
  }
  return {
    facts: { ...noFacts(), servers: servers.length, active: servers.map((l) => l.rs.name) },
    findings,
    context: { ...ctx, farm: farms.length === 1 ? (farms[0]?.name ?? null) : null },
    ...(choice ? { choice } : {}),
  };
}

const inFarm = (f: FarmView) =>
  f.name ? t(` in server farm ${f.name}`, `（实服务组 ${f.name}）`) : t('', '');

function noServersListed(farms: FarmView[]): Finding {
  const brief = farms.some((f) => f.total !== null);
  return finding(
    'farm-no-real-servers',
    'farm-status',
    'warning',
    brief
      ? t(
          'This output gives counts only: paste `display server-farm name <farm>` for the real-server states.',
          '该输出只有数量：请粘贴 `display server-farm name <实服务组>` 查看实服务器状态。',
        )
      : t(
          'No real server is listed in this output: paste `display server-farm` (detail) or `display real-server brief`.',
          '输出中没有列出任何实服务器：请粘贴 `display server-farm`（详细）或 `display real-server brief`。',
        ),
    [],
    [],
  );
}

function judgeFarm(
  f: FarmView,
  several: boolean,
  findings: Finding[],
  ctx: RunContext,
  choice: Choice | undefined,
): Evaluation<FarmFacts> {
  const all = f.servers;
  const by = (pred: (l: Located) => boolean) => all.filter(pred);
  const active = by(isActive);
  const failed = by(isFailed);
  const shutdown = by((l) => stateOf(l) === 'shutdown');
  const inactive = by((l) => stateOf(l) === 'inactive');
  const slow = by(isSlow);
  const known = new Set([...active, ...failed, ...shutdown, ...inactive, ...slow]);
  const other = all.filter((l) => !known.has(l));
  const zeroActive = f.active === 0 ? f.activeLine : [];

  if (several) {
    findings.push(
      finding(
        'farm-followed',
        'farm-status',
        'info',
        choice?.byUser
          ? t(`Following server farm ${f.name}, as chosen.`, `按你的选择，排查实服务组 ${f.name}。`)
          : t(
              `Following server farm ${f.name}: it is the only one with failing real servers.`,
              `排查实服务组 ${f.name}：只有它存在故障的实服务器。`,
            ),
        [...f.header],
        [f.name],
      ),
    );
  }
  if (all.length === 0) {
    findings.push(noServersListed([f]));
    return {
      facts: noFacts(),
      findings,
      context: { ...ctx, farm: f.name || null, farmProbes: f.probes },
      waiting: true,
      ...(choice ? { choice } : {}),
    };
  }
  if (failed.length > 0) {
    findings.push(
      finding(
        'farm-probe-failed',
        'farm-status',
        'problem',
        t(
          `${list(failed.map(label))['en-US']}${inFarm(f)['en-US']} ${failed.length === 1 ? 'is' : 'are'} Probe-failed: the health probe fails${zeroActive.length > 0 ? ', and the farm has 0 active real servers' : ''}.`,
          `${list(failed.map(label))['zh-CN']}${inFarm(f)['zh-CN']}状态为探测失败（Probe-failed）：健康检测失败${zeroActive.length > 0 ? '，实服务组可用实服务器数为 0' : ''}。`,
        ),
        [...evOf(failed), ...zeroActive],
        [...failed.map((l) => l.rs.address ?? l.rs.name), ...(f.name ? [f.name] : [])],
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
    findings.push(
      finding(
        id,
        'farm-status',
        'problem',
        t(
          `${list(ls.map(label))['en-US']}${inFarm(f)['en-US']}: ${en}.`,
          `${list(ls.map(label))['zh-CN']}${inFarm(f)['zh-CN']}：${zh}。`,
        ),
        evOf(ls),
        [...ls.map((l) => l.rs.address ?? l.rs.name), ...(f.name ? [f.name] : [])],
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
    const allActive = all.length === active.length;
    findings.push(
      finding(
        allActive ? 'farm-all-active' : 'farm-some-active',
        'farm-status',
        allActive ? 'ok' : 'info',
        t(
          `${list(active.map(label))['en-US']}${inFarm(f)['en-US']} ${active.length === 1 ? 'is' : 'are'} Active.`,
          `${list(active.map(label))['zh-CN']}${inFarm(f)['zh-CN']} 状态为可用（Active）。`,
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
      farm: f.name || (l.rs.serverFarm ?? null),
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
      farm: f.name || null,
      farmProbes: f.probes,
      failedServers,
      shutdownServers: shutdown.map((l) => l.rs.name),
      inactiveServers: inactive.map((l) => l.rs.name),
      slowServers: slow.map((l) => l.rs.name),
    },
    ...(choice ? { choice } : {}),
  };
}
