import type { Finding } from '../run-types';
import type { LagData, LagGroup } from '../parsers/parsed-types';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type Answers, type StepInput } from './evidence';
import { list, t } from './text';
import { inputPps, latest, neighbour, rateLines, TRAFFIC_PPS } from './support';

export interface LagFacts {
  found: boolean;
  members: number;
  allSelected: boolean;
  unselected: string[];
  /** Unselected members whose Oper-Key differs from the Selected members'. */
  operKeyDiffers: string[];
  /** Members answer LACP from different partner systems: one aggregate, two devices. */
  partnersDiffer: boolean;
}

/** `0x8000, 5c8a-3830-e4fe` → `5c8a-3830-e4fe`; null for the all-zero "no partner" ID. */
export function partnerSystem(systemId: string | null): string | null {
  if (!systemId) return null;
  const mac = /([0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})/i.exec(systemId)?.[1]?.toLowerCase() ?? null;
  return mac === null || mac === '0000-0000-0000' ? null : mac;
}

export const lagCaptureQuestion = 'lag-capture-unselected';

function pickGroup(
  inputs: StepInput<LagData>[],
  aggregate: string | null,
): { g: LagGroup; input: StepInput<LagData> } | null {
  // A summary names groups without their ports: a paste that lists the members wins.
  const all = inputs
    .flatMap((input) => input.value.groups.map((g) => ({ g, input })))
    .sort((a, b) => Number(b.g.localPorts.length > 0) - Number(a.g.localPorts.length > 0));
  if (aggregate) return all.find(({ g }) => sameInterface(g.name, aggregate)) ?? null;
  return all.find(({ g }) => g.localPorts.some((p) => p.status === 'U')) ?? all[0] ?? null;
}

export function evaluateLag(
  inputs: StepInput<LagData>[],
  ctx: RunContext,
  answers: Answers,
): Evaluation<LagFacts> {
  const findings: Finding[] = [];
  const picked = pickGroup(inputs, ctx.aggregate);
  if (!picked || picked.g.localPorts.length === 0) {
    const names = inputs.flatMap((i) => i.value.groups.map((g) => g.name));
    findings.push(
      finding(
        'lag-group-not-found',
        'lag',
        'warning',
        t(
          `${ctx.aggregate ?? 'The aggregate'} is not in this output${names.length ? ` (it lists ${names.join(', ')})` : ''}, or it has no member ports.`,
          `输出中没有 ${ctx.aggregate ?? '该聚合口'}${names.length ? `（只有 ${names.join('、')}）` : ''}，或它没有成员端口。`,
        ),
        [],
        ctx.aggregate ? [ctx.aggregate] : [],
      ),
    );
    return {
      facts: {
        found: false,
        members: 0,
        allSelected: false,
        unselected: [],
        operKeyDiffers: [],
        partnersDiffer: false,
      },
      findings,
      context: ctx,
      waiting: true,
    };
  }
  const { g, input } = picked;
  const at = (lines: Array<number | null | undefined>) => ev('lag', input.index, lines);
  // The member at fault, with the Selected members cited as the healthy side of the comparison.
  const compared = (
    line: number | null | undefined,
    healthy: Array<{ line: number | null | undefined }>,
  ) => {
    const e = at([line, ...healthy.map((s) => s.line)]);
    const ok = at(healthy.map((s) => s.line)).lines.filter((n) => n !== line);
    return ok.length ? { ...e, healthy: ok } : e;
  };
  const selected = g.localPorts.filter((p) => p.status === 'S');
  const unselected = g.localPorts.filter((p) => p.status === 'U');
  const selectedKeys = new Set(
    selected.map((p) => p.operKey).filter((k): k is number => k !== null),
  );
  const keyDiffers = unselected.filter(
    (p) => p.operKey !== null && selectedKeys.size > 0 && !selectedKeys.has(p.operKey),
  );
  const modeLine = fieldLine(input.text, g.fieldLines, ['mode'], /Aggregation Mode/i, g.line);
  const modeEv = at([modeLine]);
  const modeText =
    g.mode === 'dynamic' ? t('dynamic (LACP)', '动态聚合（LACP）') : t('static', '静态聚合');
  findings.push(
    finding(
      'lag-mode',
      'lag',
      'info',
      t(`${g.name} is ${modeText['en-US']}.`, `${g.name} 为${modeText['zh-CN']}。`),
      [modeEv],
      [g.name, g.mode],
    ),
  );

  if (unselected.length === 0 && selected.length === g.localPorts.length) {
    findings.push(
      finding(
        'lag-all-selected',
        'lag',
        'ok',
        g.mode === 'dynamic'
          ? t(
              `LACP sees no fault: every member of ${g.name} is Selected (${list(selected.map((p) => p.port))['en-US']}). It cannot see a member that is Selected yet forwards nothing, flaps or corrupts frames: the members' own counters tell that.`,
              `LACP 没有发现故障：${g.name} 的所有成员端口均为选中状态（${list(selected.map((p) => p.port))['zh-CN']}）。但 LACP 看不到“选中却不转发”、反复闪断或产生错包的成员：这要看成员端口自身的计数。`,
            )
          : t(
              `Every member of the static aggregate ${g.name} is Selected (${list(selected.map((p) => p.port))['en-US']}): a static aggregate only checks that each link is up, not what is at its far end or whether it forwards. The members' own counters tell that.`,
              `静态聚合 ${g.name} 的所有成员端口均为选中状态（${list(selected.map((p) => p.port))['zh-CN']}）：静态聚合只检查链路是否 up，不检查对端是谁、是否在转发。这要看成员端口自身的计数。`,
            ),
        [at(selected.map((p) => p.line))],
        [g.name, ...selected.map((p) => p.port)],
      ),
    );
  }
  // One aggregate, two partners: LACP partner system IDs (or keys) differ between members.
  const partners = new Map<string, { ports: string[]; lines: number[] }>();
  const keys = new Map<number, { ports: string[]; lines: number[] }>();
  for (const r of g.remotePorts) {
    const sys = partnerSystem(r.systemId);
    if (sys === null) continue;
    const e = partners.get(sys) ?? { ports: [], lines: [] };
    e.ports.push(r.port);
    e.lines.push(r.line);
    partners.set(sys, e);
    if (r.operKey !== null && r.operKey !== 0) {
      const k = keys.get(r.operKey) ?? { ports: [], lines: [] };
      k.ports.push(r.port);
      k.lines.push(r.line);
      keys.set(r.operKey, k);
    }
  }
  const partnersDiffer = partners.size > 1;
  // LLDP says which device and port each member reaches.
  const reached = g.localPorts.map((p) => ({ port: p.port, lldp: neighbour(ctx.support, p.port) }));
  const systems = new Map<string, string[]>();
  for (const r of reached) {
    const sys = r.lldp?.n.systemName ?? r.lldp?.n.chassisId ?? null;
    if (sys) systems.set(sys, [...(systems.get(sys) ?? []), r.port]);
  }
  const lldpEv = reached.flatMap((r) => (r.lldp ? [r.lldp.evidence] : []));
  const describeSets = (m: Map<string | number, { ports: string[] } | string[]>) =>
    [...m].map(([k, v]) => `${list(Array.isArray(v) ? v : v.ports)['en-US']} → ${k}`).join('; ');
  const describeSetsZh = (m: Map<string | number, { ports: string[] } | string[]>) =>
    [...m].map(([k, v]) => `${list(Array.isArray(v) ? v : v.ports)['zh-CN']} → ${k}`).join('；');
  if (partnersDiffer) {
    findings.push(
      finding(
        'lag-partners-differ',
        'lag',
        'problem',
        t(
          `The members of ${g.name} have different LACP partners (${describeSets(partners)}): one aggregate is cabled to two devices, so only the members facing one of them can be Selected.${systems.size > 1 ? ` LLDP agrees: ${describeSets(systems)}.` : ''}`,
          `${g.name} 的成员端口对应不同的 LACP 对端（${describeSetsZh(partners)}）：一个聚合口连到了两台设备，只有连到其中一台的成员能被选中。${systems.size > 1 ? `LLDP 也显示：${describeSetsZh(systems)}。` : ''}`,
        ),
        [at([...partners.values()].flatMap((e) => e.lines)), ...(systems.size > 1 ? lldpEv : [])],
        [g.name, ...g.remotePorts.map((r) => r.port)],
      ),
    );
  } else if (keys.size > 1) {
    findings.push(
      finding(
        'lag-partner-keys-differ',
        'lag',
        'warning',
        t(
          `The members of ${g.name} reach one partner system but with different partner Oper-Keys (${describeSets(keys)}): on the peer they sit in different aggregates, or their speed/attributes differ. The peer's configuration tells which.`,
          `${g.name} 的成员端口对应同一对端系统，但对端 Oper-Key 不同（${describeSetsZh(keys)}）：它们在对端属于不同的聚合组，或速率/属性不一致。要看对端配置。`,
        ),
        [at([...keys.values()].flatMap((e) => e.lines))],
        [g.name, ...[...keys.values()].flatMap((e) => e.ports)],
      ),
    );
  }
  if (!partnersDiffer && systems.size > 1) {
    // LACP sees one partner: two switches presenting one system ID are an M-LAG/stack, not a fault;
    // a static aggregate cannot tell, so this stays a question.
    const oneLacpPartner = g.mode === 'dynamic' && partners.size === 1;
    findings.push(
      finding(
        'lldp-members-differ',
        'lag',
        oneLacpPartner ? 'info' : 'warning',
        oneLacpPartner
          ? t(
              `LLDP shows the members of ${g.name} reaching ${list([...systems.keys()])['en-US']} (${describeSets(systems)}), while LACP sees one partner system: the two switches act as one (M-LAG or a stack).`,
              `LLDP 显示 ${g.name} 的成员连到 ${list([...systems.keys()])['zh-CN']}（${describeSetsZh(systems)}），而 LACP 只看到一个对端系统：两台交换机作为一个整体工作（M-LAG 或堆叠）。`,
            )
          : t(
              `LLDP shows the members of ${g.name} reaching different devices (${describeSets(systems)}). Unless these form an M-LAG pair or a stack, the aggregate is cabled across two devices; ${g.mode === 'static' ? 'a static aggregate cannot detect that' : 'LACP partner IDs would tell'}.`,
              `LLDP 显示 ${g.name} 的成员连到不同设备（${describeSetsZh(systems)}）。除非它们组成 M-LAG 或堆叠，否则这个聚合口跨接在两台设备上；${g.mode === 'static' ? '静态聚合无法发现这一点' : 'LACP 对端系统 ID 可以说明'}。`,
            ),
        lldpEv,
        [g.name, ...[...systems.keys()]],
      ),
    );
  }
  const selectedPartner = g.remotePorts.find(
    (r) =>
      partnerSystem(r.systemId) !== null && selected.some((p) => sameInterface(p.port, r.port)),
  );
  const keep = selectedPartner ? partnerSystem(selectedPartner.systemId) : null;
  const crossConnect: RunContext['crossConnect'] = partnersDiffer
    ? {
        kind: 'two-devices',
        keep,
        move: g.remotePorts
          .filter((r) => {
            const sys = partnerSystem(r.systemId);
            return sys !== null && sys !== keep;
          })
          .map((r) => r.port),
      }
    : ctx.crossConnect;
  const peerSystems = [...systems.keys()];
  const peerPorts: Record<string, string> = {};
  for (const r of reached) if (r.lldp?.n.portId) peerPorts[r.port] = r.lldp.n.portId;
  for (const p of unselected) {
    const sel = selected.map((s) => s.port);
    findings.push(
      finding(
        `lag-member-unselected:${p.port}`,
        'lag',
        'problem',
        t(
          `${p.port} is Unselected (U) in ${g.name}${sel.length ? ` while ${list(sel)['en-US']} ${sel.length === 1 ? 'is' : 'are'} Selected` : ''}: it cannot forward, so flows the peer hashes onto it are lost.`,
          `${p.port} 在 ${g.name} 中为非选中状态（U）${sel.length ? `，而 ${list(sel)['zh-CN']} 为选中状态` : ''}：该端口不能转发，对端哈希到它上面的流量会丢失。`,
        ),
        [compared(p.line, selected)],
        [p.port, g.name],
      ),
    );
    if (keyDiffers.includes(p)) {
      findings.push(
        finding(
          `lag-oper-key-differs:${p.port}`,
          'lag',
          'problem',
          t(
            `${p.port} has Oper-Key ${p.operKey} while the Selected members have ${[...selectedKeys].join(', ')}: its speed, duplex or attribute configuration differs.`,
            `${p.port} 的 Oper-Key 为 ${p.operKey}，而选中端口为 ${[...selectedKeys].join('、')}：速率、双工或属性配置不一致。`,
          ),
          [compared(p.line, selected)],
          [p.port, g.name],
        ),
      );
    }
    const remote = g.remotePorts.find((r) => sameInterface(r.port, p.port));
    const defaulted =
      g.mode === 'dynamic' &&
      ((p.flags ?? '').includes('G') || /0000-0000-0000/.test(remote?.systemId ?? ''));
    if (defaulted) {
      findings.push(
        finding(
          `lag-no-lacp-partner:${p.port}`,
          'lag',
          'warning',
          t(
            `${p.port} flags {${p.flags ?? ''}}${remote?.systemId ? `, partner ${remote.systemId}` : ''}: no LACPDU received from the peer (G = Defaulted). The peer end may be a static aggregate.`,
            `${p.port} 标志位 {${p.flags ?? ''}}${remote?.systemId ? `，对端系统 ID ${remote.systemId}` : ''}：未收到对端的 LACP 报文（G = Defaulted），对端可能是静态聚合。`,
          ),
          [at([p.line, remote?.line])],
          [p.port, g.name],
        ),
      );
    }
  }
  let counted = false;
  for (const p of unselected) {
    const snap = latest(ctx.support, p.port);
    const pps = snap ? inputPps(snap.status) : null;
    if (!snap || pps === null || pps < TRAFFIC_PPS) continue;
    counted = true;
    findings.push(
      finding(
        `lag-unselected-receives:${p.port}`,
        'lag',
        'problem',
        t(
          `${p.port} is Unselected in ${g.name}, yet \`display interface\` shows it receiving ${pps} packets/sec — far more than LACP alone sends: the peer forwards traffic on a link ${g.name} does not accept.`,
          `${p.port} 在 ${g.name} 中为非选中状态，但 \`display interface\` 显示它每秒收到 ${pps} 个报文，远多于 LACP 协议报文：对端在本端不接收的链路上转发流量。`,
        ),
        [at([p.line]), snap.evidence(rateLines(snap.status))],
        [p.port, g.name],
      ),
    );
  }
  const firstU = unselected[0];
  const answer = answers[lagCaptureQuestion];
  if (firstU && answer && !counted) {
    const server = ctx.lostServer ?? ctx.target?.address ?? 'the server';
    findings.push(
      answer === 'yes'
        ? finding(
            'lag-capture-on-unselected',
            'lag',
            'problem',
            t(
              `A capture on ${firstU.port} showed traffic to or from ${server}: the peer sends on a link ${g.name} has Unselected.`,
              `在 ${firstU.port} 上抓包看到了与 ${server} 交互的报文：对端在本端未选中的链路上发送流量。`,
            ),
            [at([firstU.line])],
            [firstU.port, server],
          )
        : finding(
            'lag-capture-none',
            'lag',
            'info',
            t(
              `A capture on ${firstU.port} showed no traffic for ${server}.`,
              `在 ${firstU.port} 上抓包没有看到 ${server} 的报文。`,
            ),
            [at([firstU.line])],
            [firstU.port, server],
          ),
    );
  }
  return {
    facts: {
      found: true,
      members: g.localPorts.length,
      allSelected: unselected.length === 0 && selected.length === g.localPorts.length,
      unselected: unselected.map((p) => p.port),
      operKeyDiffers: keyDiffers.map((p) => p.port),
      partnersDiffer,
    },
    findings,
    context: {
      ...ctx,
      crossConnect,
      peerSwitch: peerSystems.length === 1 ? (peerSystems[0] ?? null) : ctx.peerSwitch,
      peerPorts: Object.keys(peerPorts).length ? peerPorts : ctx.peerPorts,
      aggregate: g.name,
      lagMode: g.mode,
      lagModeEvidence: modeEv.lines.length ? modeEv : null,
      selectedPorts: selected.map((p) => p.port),
      unselectedPorts: unselected.map((p) => p.port),
      operKeyPorts: keyDiffers.map((p) => p.port),
    },
  };
}
