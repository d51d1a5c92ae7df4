/**
 * The probe's path as the run knows it: load balancer (farm, real servers) → egress interface →
 * Reth members → aggregate and its member ports → peer switch and its aggregate → server. Built
 * from the run alone: what the engine followed (`run.followed`) picks the records, the parsed
 * pastes give their states, and the diagnosis says which element is at fault (path-fault.ts).
 * A hop the pastes do not show is never guessed: it says what to paste, or that it was not needed.
 */
import type { Localized, ParsedPaste, Run } from '../run-types';
import type { StepId } from '../wizard-state';
import type {
  InterfaceConfig,
  LagGroup,
  PingRun,
  RealServer,
  RethMember,
  ServerFarm,
} from '../parsers/parsed-types';
import { commandLabels } from '../parsers/command-ids';
import { commandsForStep } from '../parsers/step-commands';
import {
  canonicalInterfaceName,
  isAggregateInterface,
  parentInterfaceName,
  sameInterface,
} from '../parsers/interface-config/interface-names';
import { t } from '../rules/text';
import { faultOf, type PathFault } from './path-fault';

export type HopKind = 'lb' | 'egress' | 'reth' | 'aggregate' | 'peer' | 'server';

/**
 * known: drawn from the pastes. waiting: the run has not read it yet (paste `command`).
 * not-in-paste: its step was read and went on, but the output does not show it (no probe
 * session at all). not-checked: the run reached a diagnosis without it. not-on-path: this path
 * has no such hop (a plain egress port has no Reth or aggregate).
 */
export type HopStatus = 'known' | 'waiting' | 'not-in-paste' | 'not-checked' | 'not-on-path';

export type Tone = 'ok' | 'bad' | 'neutral';

/** One row of a hop: a real server, a Reth member, a member port, the peer aggregate. */
export interface PathItem {
  /** Unique within the model, e.g. `member:XGE1/1/1`. */
  id: string;
  /** As pasted (may hold invisible characters: views show them as marks). */
  name: string;
  state: Localized | null;
  tone: Tone;
  fault: boolean;
  /** Other names findings may use for it (a real server's addresses). */
  aliases?: string[];
}

export interface PathHop {
  kind: HopKind;
  title: Localized;
  status: HopStatus;
  /** The step whose paste supplies this hop. */
  step: StepId;
  name: string | null;
  detail: Localized | null;
  items: PathItem[];
  /** Rows left out to keep the drawing readable (the pastes list them all). */
  more: number;
  /** Why the hop is not drawn from data, and the command that would supply it. */
  missing: { text: Localized; command: string | null } | null;
  /** The hop itself is the faulty element (the server; the load balancer's probe is an item). */
  fault: boolean;
}

export interface PathModel {
  hops: PathHop[];
  fault: PathFault | null;
}

/** Rows per hop: enough for every real case we hold, few enough to read at a glance. */
export const MAX_ITEMS = 6;

const titles: Record<HopKind, Localized> = {
  lb: t('Load balancer', '负载均衡设备'),
  egress: t('Egress interface', '出接口'),
  reth: t('Reth members', '冗余口成员'),
  aggregate: t('Aggregate', '聚合接口'),
  peer: t('Peer switch', '对端交换机'),
  server: t('Server', '服务器'),
};

const sourceStep: Record<HopKind, StepId> = {
  lb: 'farm-status',
  egress: 'session',
  reth: 'reth',
  aggregate: 'lag',
  peer: 'peer-config',
  server: 'ping',
};

// ---- reading the parsed pastes ---------------------------------------------------------------
// A paste's value is typed by the command it was read as; the shape tells the kinds apart here.

function values(run: Run, step: StepId): unknown[] {
  const s = run.steps.find((x) => x.step === step);
  return (s?.pastes ?? [])
    .filter((p: ParsedPaste) => p.misfiled === null && p.result?.value)
    .map((p) => p.result?.value);
}

function listOf<T>(v: unknown, key: string): T[] {
  if (v === null || typeof v !== 'object') return [];
  const list = (v as Record<string, unknown>)[key];
  return Array.isArray(list) ? (list as T[]) : [];
}

const records = <T>(run: Run, step: StepId, key: string): T[] =>
  values(run, step).flatMap((v) => listOf<T>(v, key));

// ---- helpers ---------------------------------------------------------------------------------

const same = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && a.trim().toLowerCase() === b.trim().toLowerCase();

function cap(items: PathItem[]): { items: PathItem[]; more: number } {
  if (items.length <= MAX_ITEMS) return { items, more: 0 };
  // Faulty rows are always kept: the drawing exists to show them.
  const keep = new Set(items.filter((i) => i.fault).slice(0, MAX_ITEMS));
  for (const i of items) if (keep.size < MAX_ITEMS) keep.add(i);
  const shown = items.filter((i) => keep.has(i));
  return { items: shown, more: items.length - shown.length };
}

function commandFor(run: Run, step: StepId): string | null {
  const filled = run.steps.find((s) => s.step === step)?.commands[0]?.command;
  if (filled) return filled;
  const id = commandsForStep(step).find((c): c is keyof typeof commandLabels => c in commandLabels);
  return id ? commandLabels[id] : null;
}

function absent(run: Run, kind: HopKind, status: Exclude<HopStatus, 'known'>): PathHop {
  const step = sourceStep[kind];
  const command = status === 'waiting' ? commandFor(run, step) : null;
  const text =
    status === 'waiting'
      ? command
        ? t(`Not known yet: paste \`${command}\`.`, `尚不清楚：请粘贴 \`${command}\` 的输出。`)
        : t('Not known yet.', '尚不清楚。')
      : status === 'not-in-paste'
        ? t('Not in the pasted output.', '粘贴的输出中没有。')
        : status === 'not-checked'
          ? t('Not checked: the diagnosis did not need it.', '未检查：诊断不需要它。')
          : t('Not on this path.', '不在这条路径上。');
  return {
    kind,
    title: titles[kind],
    status,
    step,
    name: null,
    detail: null,
    items: [],
    more: 0,
    missing: { text, command },
    fault: false,
  };
}

function known(
  kind: HopKind,
  name: string | null,
  detail: Localized | null,
  items: PathItem[],
): PathHop {
  return {
    kind,
    title: titles[kind],
    status: 'known',
    step: sourceStep[kind],
    name,
    detail,
    items,
    more: 0,
    missing: null,
    fault: false,
  };
}

/**
 * What a hop with no data says: its step was read and the run went on without it, the run still
 * waits for input, or it ended before reaching that step.
 */
function unread(run: Run, kind: HopKind): 'waiting' | 'not-in-paste' | 'not-checked' {
  const s = run.steps.find((x) => x.step === sourceStep[kind]);
  if (s && s.decision !== null && s.pastes.length > 0) return 'not-in-paste';
  return run.current === null ? 'not-checked' : 'waiting';
}

// ---- hops ------------------------------------------------------------------------------------

const ACTIVE = /^active$/i;

function serverState(rs: RealServer): { state: Localized; tone: Tone } {
  return { state: t(rs.state, rs.state), tone: ACTIVE.test(rs.state) ? 'ok' : 'bad' };
}

function farmCount(f: ServerFarm): Localized | null {
  if (f.activeRealServers === null || f.totalRealServers === null) return null;
  return t(
    `${f.activeRealServers} of ${f.totalRealServers} real servers active`,
    `${f.totalRealServers} 台实服务器中 ${f.activeRealServers} 台可用`,
  );
}

function lbHop(run: Run): PathHop {
  const farms = records<ServerFarm>(run, 'farm-status', 'farms');
  if (farms.length === 0) return absent(run, 'lb', 'waiting');
  const wanted = run.followed.farm;
  const followed = wanted
    ? farms.filter((f) => same(f.name, wanted))
    : new Set(farms.map((f) => f.name.toLowerCase())).size === 1
      ? farms
      : [];
  const first = followed[0];
  if (!first) {
    // Several farms and none followed (all healthy, or the run waits for a choice): each farm is a row.
    return known(
      'lb',
      null,
      null,
      farms.map((f) => {
        const count = farmCount(f);
        const healthy = f.activeRealServers !== null && f.activeRealServers === f.totalRealServers;
        return {
          id: `farm:${f.name}`,
          name: f.name,
          state: count,
          tone: count === null ? 'neutral' : healthy ? 'ok' : 'bad',
          fault: false,
        };
      }),
    );
  }
  // Several outputs may list one farm (server-farm, then real-server detail): one row per server.
  const servers: RealServer[] = [];
  for (const rs of followed.flatMap((f) => f.realServers)) {
    if (!servers.some((s) => same(s.name, rs.name) && same(s.address, rs.address)))
      servers.push(rs);
  }
  const probes = [...new Set(followed.flatMap((f) => f.probeMethods))];
  const items: PathItem[] = [
    {
      id: 'probe',
      name: probes.length ? probes.join(', ') : '—',
      state: probes.length
        ? t('health probe', '健康检测')
        : t('health probe (not printed)', '健康检测（输出中没有）'),
      tone: 'neutral',
      fault: false,
    },
    ...servers.map((rs) => ({
      id: `rs:${rs.name}:${rs.address ?? ''}`,
      name: rs.address ? `${rs.name} ${rs.address}` : rs.name,
      aliases: [rs.name, rs.address, rs.ipv6Address].filter((a): a is string => !!a),
      ...serverState(rs),
      fault: false,
    })),
  ];
  const count = followed.map(farmCount).find((c) => c !== null) ?? null;
  return known(
    'lb',
    first.name,
    count
      ? t(`Server farm · ${count['en-US']}`, `实服务组 · ${count['zh-CN']}`)
      : t('Server farm', '实服务组'),
    items,
  );
}

function egressHop(run: Run): PathHop {
  const f = run.followed;
  if (!f.egress) return absent(run, 'egress', unread(run, 'egress'));
  return known(
    'egress',
    f.egress,
    f.sessionState ? t(`Probe session: ${f.sessionState}`, `探测会话：${f.sessionState}`) : null,
    [],
  );
}

const isReth = (name: string) => /^reth/i.test(canonicalInterfaceName(name));

function rethHop(run: Run): PathHop {
  const f = run.followed;
  const name = f.reth ?? (f.egress && isReth(f.egress) ? f.egress : null);
  if (!name) {
    return absent(run, 'reth', f.egress ? 'not-on-path' : unread(run, 'reth'));
  }
  const members: RethMember[] = [];
  for (const r of records<{ name: string; members: RethMember[] }>(run, 'reth', 'reths')) {
    if (!sameInterface(r.name, name)) continue;
    for (const m of r.members) {
      const seen = members.find((x) => sameInterface(x.interface, m.interface));
      if (!seen) {
        members.push({ ...m });
        continue;
      }
      // A configuration and a display of one Reth: each fills what the other lacks.
      seen.priority ??= m.priority;
      seen.physicalStatus ??= m.physicalStatus;
      seen.forwardingStatus ??= m.forwardingStatus;
      if (m.interface.length > seen.interface.length) seen.interface = m.interface;
    }
  }
  if (members.length === 0) {
    const hop = absent(run, 'reth', unread(run, 'reth'));
    return { ...hop, name };
  }
  const items = members.map((m): PathItem => {
    const forwards = f.rethMember !== null && sameInterface(m.interface, f.rethMember);
    const down = /down/i.test(m.physicalStatus ?? '');
    const inactive = /^inactive$/i.test(m.forwardingStatus ?? '');
    const parts: Localized[] = [];
    if (m.priority !== null) parts.push(t(`priority ${m.priority}`, `优先级 ${m.priority}`));
    if (m.forwardingStatus) parts.push(t(m.forwardingStatus, m.forwardingStatus));
    if (m.physicalStatus) parts.push(t(m.physicalStatus, m.physicalStatus));
    if (forwards) parts.push(t('forwards', '转发'));
    return {
      id: `reth-member:${m.interface}`,
      name: m.interface,
      state: parts.length ? joinLocalized(parts, ' · ') : null,
      tone: down || inactive ? 'bad' : forwards ? 'ok' : 'neutral',
      fault: false,
    };
  });
  return known('reth', name, null, items);
}

function joinLocalized(parts: Localized[], sep: string): Localized {
  return t(parts.map((p) => p['en-US']).join(sep), parts.map((p) => p['zh-CN']).join(sep));
}

/** The aggregate the path rides on, or why there is none. */
function aggregateName(run: Run): string | 'not-on-path' | null {
  const f = run.followed;
  if (f.aggregate) return f.aggregate;
  if (f.rethMember) {
    return isAggregateInterface(parentInterfaceName(f.rethMember))
      ? parentInterfaceName(f.rethMember)
      : 'not-on-path';
  }
  if (f.egress && !isReth(f.egress)) {
    const parent = parentInterfaceName(f.egress);
    return isAggregateInterface(parent) ? parent : 'not-on-path';
  }
  return null;
}

const statusWords: Record<'S' | 'U' | 'I', Localized> = {
  S: t('S · Selected', 'S · 选中'),
  U: t('U · Unselected', 'U · 非选中'),
  I: t('I · Individual', 'I · 独立'),
};

function aggregateHop(run: Run): PathHop {
  const name = aggregateName(run);
  if (name === 'not-on-path') return absent(run, 'aggregate', 'not-on-path');
  if (name === null) return absent(run, 'aggregate', unread(run, 'aggregate'));
  // A summary names groups without their ports: the paste that lists the members wins.
  const groups = records<LagGroup>(run, 'lag', 'groups').filter((g) => sameInterface(g.name, name));
  const g = groups.find((x) => x.localPorts.length > 0) ?? groups[0];
  if (!g) return { ...absent(run, 'aggregate', unread(run, 'aggregate')), name };
  const peerPorts = run.followed.peerPorts;
  const items = g.localPorts.map((p): PathItem => {
    const peer = Object.entries(peerPorts).find(([lb]) => sameInterface(lb, p.port))?.[1];
    const words = statusWords[p.status];
    return {
      id: `member:${p.port}`,
      name: p.port,
      state: peer ? t(`${words['en-US']} · to ${peer}`, `${words['zh-CN']} · 连 ${peer}`) : words,
      tone: p.status === 'S' ? 'ok' : 'bad',
      fault: false,
    };
  });
  const mode =
    g.mode === 'dynamic' ? t('dynamic (LACP)', '动态聚合（LACP）') : t('static', '静态聚合');
  return known('aggregate', g.name, mode, items);
}

function peerHop(run: Run, aggregate: PathHop): PathHop {
  if (aggregate.status === 'not-on-path') return absent(run, 'peer', 'not-on-path');
  const f = run.followed;
  if (!f.peerAggregate && !f.peerSwitch) return absent(run, 'peer', unread(run, 'peer'));
  const items: PathItem[] = [];
  if (f.peerAggregate) {
    items.push({
      id: 'peer-aggregate',
      name: f.peerAggregate,
      state:
        f.peerMode === 'dynamic'
          ? t('dynamic (LACP)', '动态聚合（LACP）')
          : f.peerMode === 'static'
            ? t('static', '静态聚合')
            : null,
      tone: 'neutral',
      fault: false,
    });
    // Its member ports, as the peer's configuration lists them (`port link-aggregation group N`).
    const n = /(\d+)$/.exec(f.peerAggregate)?.[1];
    const configs = records<InterfaceConfig>(run, 'peer-config', 'interfaces');
    for (const c of configs) {
      if (n === undefined || String(c.aggregationGroup) !== n || isAggregateInterface(c.name))
        continue;
      // The LB's own members may be in the same paste (its aggregate can have the same number).
      if (aggregate.items.some((i) => sameInterface(i.name, c.name))) continue;
      items.push({
        id: `peer-member:${c.name}`,
        name: c.name,
        state: t(`member of group ${n}`, `聚合组 ${n} 的成员`),
        tone: 'neutral',
        fault: false,
      });
    }
  }
  return known(
    'peer',
    f.peerSwitch,
    f.peerSwitch ? null : t('name not known (LLDP not pasted)', '名称未知（未粘贴 LLDP）'),
    items,
  );
}

function serverHop(run: Run): PathHop {
  const s = run.followed.server;
  if (!s) return absent(run, 'server', unread(run, 'server'));
  const pings = [
    ...records<PingRun>(run, 'ping', 'pings'),
    ...records<PingRun>(run, 'path-mtu', 'pings'),
  ].filter((p) => same(p.destination, s.address));
  // Reachability is the small ping's answer; a large Don't-Fragment ping is the path-MTU question.
  const ping = pings.find((p) => !p.dontFragment) ?? pings[0];
  const received = ping ? (ping.received ?? ping.replies) : null;
  const detail: Localized | null = !ping
    ? null
    : received !== null && received > 0
      ? t(
          `answers ping (${received}/${ping.transmitted ?? '?'} received)`,
          `可以 ping 通（收到 ${received}/${ping.transmitted ?? '?'}）`,
        )
      : t('no reply to ping', 'ping 不通');
  return known('server', s.address, detail, [
    {
      id: 'server-name',
      name: s.name,
      state: t('real server', '实服务器'),
      tone: 'neutral',
      fault: false,
    },
  ]);
}

export function buildPathModel(run: Run): PathModel {
  const aggregate = aggregateHop(run);
  const hops = [
    lbHop(run),
    egressHop(run),
    rethHop(run),
    aggregate,
    peerHop(run, aggregate),
    serverHop(run),
  ];
  const fault = faultOf(run, hops);
  // Rows are cut after marking, so a faulty row is never the one left out.
  const marked = fault ? fault.hops : hops;
  return { hops: marked.map((h) => ({ ...h, ...cap(h.items) })), fault: fault?.fault ?? null };
}
