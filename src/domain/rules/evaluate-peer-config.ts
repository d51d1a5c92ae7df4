/**
 * The peer-config step: the switch's aggregate facing the LB and its member ports (and, when
 * pasted, the LB's own aggregate and members). It names a cause only from what differs in the
 * pasted configuration: the aggregation mode, or an attribute that keeps a member Unselected —
 * each named with its value on each end. Identical configurations name no cause.
 */
import type { Evidence, Finding } from '../run-types';
import type { InterfaceConfig, InterfaceConfigData } from '../parsers/parsed-types';
import { canonicalInterfaceName, sameInterface } from '../parsers/interface-config/interface-names';
import type { AttributeDifference, RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { list, t } from './text';

export interface PeerConfigFacts {
  found: boolean;
  lbMode: 'dynamic' | 'static' | null;
  peerMode: 'dynamic' | 'static' | null;
  /** Differences that keep a member Unselected (attribute configuration, Oper-Key, both ends passive). */
  decisive: number;
  /** The LB's members reach ports that sit in different aggregates on the peer. */
  membersSplit: boolean;
}

interface Located {
  c: InterfaceConfig;
  paste: number;
  text: string;
}

const aggregateNumber = (name: string) =>
  /aggregation\s*(\d+)$/i.exec(canonicalInterfaceName(name))?.[1] ?? null;
const isAggregate = (name: string) => /aggregation\s*(\d+)$/i.test(canonicalInterfaceName(name));

const vlans = (v: Array<[number, number]> | null) =>
  v === null ? 'none' : v.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b}`)).join(' ');

interface Setting {
  value: string;
  line: number | null;
}

/** The first configuration line matching `re` (group 1 is the value, else `present`), or the default. */
function setting(c: InterfaceConfig, re: RegExp, fallback: string): Setting {
  for (const l of c.lines) {
    const m = re.exec(l.text);
    if (m) return { value: (m[1] ?? 'present').toLowerCase(), line: l.no };
  }
  return { value: fallback, line: null };
}

/**
 * Attributes compared between members (and ends). Decisive ones keep a member Unselected on
 * Comware: the attribute configuration (link type, permitted VLANs, PVID) and the Oper-Key inputs
 * (speed, duplex). The others are worth aligning but do not by themselves unselect a port.
 */
const memberSettings: Array<{
  key: string;
  en: string;
  zh: string;
  re: RegExp;
  fallback: string;
  decisive: boolean;
}> = [
  {
    key: 'speed',
    en: 'speed',
    zh: '速率',
    re: /^\s*speed\s+(\S+)/i,
    fallback: 'auto',
    decisive: true,
  },
  {
    key: 'duplex',
    en: 'duplex',
    zh: '双工',
    re: /^\s*duplex\s+(\S+)/i,
    fallback: 'auto',
    decisive: true,
  },
  {
    key: 'lacp-period',
    en: 'LACP period',
    zh: 'LACP 超时',
    re: /^\s*lacp\s+period\s+(short)/i,
    fallback: 'long',
    decisive: false,
  },
  {
    key: 'mtu',
    en: 'MTU',
    zh: 'MTU',
    re: /^\s*mtu\s+(\d+)/i,
    fallback: 'default',
    decisive: false,
  },
  {
    key: 'jumboframe',
    en: 'jumbo frames',
    zh: '巨帧',
    re: /^\s*jumboframe\s+enable(?:\s+(\d+))?/i,
    fallback: 'default',
    decisive: false,
  },
];
const PVID = /^\s*port\s+(?:trunk|hybrid)\s+pvid\s+vlan\s+(\d+)/i;
const ACCESS_VLAN = /^\s*port\s+access\s+vlan\s+(\d+)/i;
const PASSIVE = /^\s*lacp\s+mode\s+(passive)/i;

export function evaluatePeerConfig(
  inputs: StepInput<InterfaceConfigData>[],
  ctx: RunContext,
): Evaluation<PeerConfigFacts> {
  const findings: Finding[] = [];
  const all: Located[] = inputs.flatMap((i) =>
    i.value.interfaces.map((c) => ({ c, paste: i.index, text: i.text })),
  );
  const at = (l: Located, lines: Array<number | null | undefined>) =>
    ev('peer-config', l.paste, lines);
  const lbPorts = [...ctx.selectedPorts, ...ctx.unselectedPorts];
  const lbAgg = ctx.aggregate
    ? all.find((l) => sameInterface(l.c.name, ctx.aggregate ?? ''))
    : undefined;
  const lbNumber = lbAgg ? aggregateNumber(lbAgg.c.name) : null;
  const lbMembers = all.filter(
    (l) =>
      lbNumber !== null &&
      String(l.c.aggregationGroup) === lbNumber &&
      lbPorts.some((p) => sameInterface(p, l.c.name)),
  );
  const aggregates = all.filter((l) => isAggregate(l.c.name) && l !== lbAgg);
  const lbMode = lbAgg?.c.aggregationMode ?? ctx.lagMode;
  const lbEvidence: Evidence | null = lbAgg
    ? at(lbAgg, [
        lbAgg.c.line,
        fieldLine(
          lbAgg.text,
          lbAgg.c.fieldLines,
          ['aggregationMode'],
          /link-aggregation mode/i,
          lbAgg.c.line,
        ),
      ])
    : ctx.lagModeEvidence;
  const facts = (over: Partial<PeerConfigFacts>): PeerConfigFacts => ({
    found: false,
    lbMode,
    peerMode: null,
    decisive: 0,
    membersSplit: false,
    ...over,
  });

  // LLDP names the peer port of each LB member: their aggregation groups tell which aggregate faces the LB.
  const peerPortNames = Object.values(ctx.peerPorts);
  const reachedPorts = all.filter(
    (l) => !isAggregate(l.c.name) && peerPortNames.some((p) => sameInterface(p, l.c.name)),
  );
  const groups = new Map<string, Located[]>();
  for (const l of reachedPorts) {
    const g = l.c.aggregationGroup === null ? 'none' : String(l.c.aggregationGroup);
    groups.set(g, [...(groups.get(g) ?? []), l]);
  }
  if (groups.size > 1) {
    const describe = [...groups]
      .map(
        ([g, ls]) =>
          `${list(ls.map((l) => l.c.name))['en-US']} in ${g === 'none' ? 'no aggregate' : `Bridge-Aggregation${g}`}`,
      )
      .join('; ');
    const describeZh = [...groups]
      .map(
        ([g, ls]) =>
          `${list(ls.map((l) => l.c.name))['zh-CN']} ${g === 'none' ? '不属于任何聚合组' : `属于 Bridge-Aggregation${g}`}`,
      )
      .join('；');
    findings.push(
      finding(
        'peer-members-split',
        'peer-config',
        'problem',
        t(
          `The switch ports that ${ctx.aggregate ?? 'the LB aggregate'}'s members reach (LLDP) are not in one aggregate: ${describe}. The LB bundles links that the switch keeps apart.`,
          `${ctx.aggregate ?? '负载均衡聚合口'} 的成员所连的交换机端口（LLDP）不在同一个聚合组中：${describeZh}。负载均衡把交换机分开处理的链路聚合在了一起。`,
        ),
        reachedPorts.map((l) =>
          at(l, [
            l.c.line,
            fieldLine(
              l.text,
              l.c.fieldLines,
              ['aggregationGroup'],
              /link-aggregation group/i,
              l.c.line,
            ),
          ]),
        ),
        [...reachedPorts.map((l) => l.c.name), ...(ctx.aggregate ? [ctx.aggregate] : [])],
      ),
    );
    // Keep the group a Selected LB member reaches: LACP bundled that side, traffic flows there.
    const selectedPeer = ctx.selectedPorts
      .map((p) => Object.entries(ctx.peerPorts).find(([lb]) => sameInterface(lb, p))?.[1])
      .find((x): x is string => x !== undefined);
    const keepGroup =
      [...groups].find(([, ls]) =>
        ls.some((l) => selectedPeer && sameInterface(l.c.name, selectedPeer)),
      )?.[0] ?? null;
    const crossConnect: RunContext['crossConnect'] = {
      kind: 'two-aggregates',
      keep: keepGroup === 'none' ? null : keepGroup,
      move: reachedPorts
        .filter((l) => keepGroup === null || String(l.c.aggregationGroup ?? 'none') !== keepGroup)
        .map((l) => l.c.name),
    };
    return {
      facts: facts({ found: true, membersSplit: true }),
      findings,
      context: { ...ctx, crossConnect },
    };
  }
  const viaLldp = [...groups.keys()][0];
  const peer =
    viaLldp !== undefined && viaLldp !== 'none'
      ? aggregates.find((l) => aggregateNumber(l.c.name) === viaLldp)
      : aggregates.length === 1
        ? aggregates[0]
        : undefined;
  if (!peer) {
    const several = aggregates.length > 1;
    findings.push(
      finding(
        several ? 'peer-aggregate-ambiguous' : 'peer-aggregate-not-found',
        'peer-config',
        'warning',
        several
          ? t(
              `The configuration holds ${list(aggregates.map((l) => l.c.name))['en-US']}: which one faces ${ctx.aggregate ?? 'the LB'} is not known. Paste \`display lldp neighbor-information list\` on the LB (or \`display link-aggregation verbose\` on the switch).`,
              `配置中有 ${list(aggregates.map((l) => l.c.name))['zh-CN']}：不清楚哪一个连接 ${ctx.aggregate ?? '负载均衡设备'}。请在负载均衡设备上粘贴 \`display lldp neighbor-information list\`（或在交换机上粘贴 \`display link-aggregation verbose\`）。`,
            )
          : viaLldp !== undefined
            ? t(
                `The configuration does not hold Bridge-Aggregation${viaLldp}, the aggregate the LB's members reach.`,
                `配置中没有负载均衡成员所连接的 Bridge-Aggregation${viaLldp}。`,
              )
            : t(
                'No peer aggregate interface (Bridge-Aggregation) is in this configuration.',
                '配置中没有对端的聚合接口（Bridge-Aggregation）。',
              ),
        several ? aggregates.map((l) => at(l, [l.c.line])) : [],
        aggregates.map((l) => l.c.name),
      ),
    );
    return { facts: facts({}), findings, context: ctx, waiting: true };
  }

  const pc = peer.c;
  const peerMode = pc.aggregationMode ?? 'static';
  const n = aggregateNumber(pc.name);
  const members = all.filter(
    (l) =>
      l.c.aggregationGroup !== null &&
      String(l.c.aggregationGroup) === n &&
      !lbMembers.includes(l) &&
      !isAggregate(l.c.name),
  );
  const peerModeLine = fieldLine(
    peer.text,
    pc.fieldLines,
    ['aggregationMode'],
    /link-aggregation mode/i,
    pc.line,
    pc.line + pc.lines.length,
  );
  const peerEv = at(peer, [pc.line, peerModeLine]);
  const modeWord = (m: 'dynamic' | 'static' | null) =>
    m === 'dynamic'
      ? t('dynamic (LACP)', '动态聚合（LACP）')
      : m === 'static'
        ? t('static', '静态聚合')
        : t('of unknown mode', '模式未知');
  const lbName = ctx.aggregate ?? 'the LB aggregate';
  if (lbMode && lbMode !== peerMode) {
    findings.push(
      finding(
        'peer-lacp-mode-mismatch',
        'peer-config',
        'problem',
        t(
          `${pc.name} on the peer switch is ${modeWord(peerMode)['en-US']}${peerMode === 'static' ? ' (no `link-aggregation mode dynamic`)' : ''} while ${lbName} on the load balancer is ${modeWord(lbMode)['en-US']}: the LB keeps the member without an LACP partner Unselected, yet the peer still sends on it.`,
          `对端交换机的 ${pc.name} 为${modeWord(peerMode)['zh-CN']}${peerMode === 'static' ? '（没有 `link-aggregation mode dynamic`）' : ''}，而负载均衡设备的 ${lbName} 为${modeWord(lbMode)['zh-CN']}：本端把没有 LACP 协商的成员置为非选中，但对端仍往该链路发送流量。`,
        ),
        [peerEv, ...(lbEvidence ? [lbEvidence] : [])],
        [pc.name, lbName, ...ctx.unselectedPorts],
      ),
    );
  } else if (lbMode) {
    findings.push(
      finding(
        'peer-mode-matches',
        'peer-config',
        'ok',
        t(
          `${pc.name} and ${lbName} are both ${modeWord(peerMode)['en-US']}.`,
          `${pc.name} 与 ${lbName} 均为${modeWord(peerMode)['zh-CN']}。`,
        ),
        [peerEv, ...(lbEvidence ? [lbEvidence] : [])],
        [pc.name, lbName],
      ),
    );
  }
  if (members.length > 0) {
    findings.push(
      finding(
        'peer-members',
        'peer-config',
        'info',
        t(
          `Members of ${pc.name}: ${list(members.map((m) => m.c.name))['en-US']}.`,
          `${pc.name} 的成员端口：${list(members.map((m) => m.c.name))['zh-CN']}。`,
        ),
        members.map((m) =>
          at(m, [
            m.c.line,
            fieldLine(
              m.text,
              m.c.fieldLines,
              ['aggregationGroup'],
              /link-aggregation group/i,
              m.c.line,
            ),
          ]),
        ),
        members.map((m) => m.c.name),
      ),
    );
  } else {
    findings.push(
      finding(
        'peer-members-missing',
        'peer-config',
        'info',
        t(
          `The member ports of ${pc.name} are not in this paste; add their configuration to compare attributes.`,
          `粘贴内容中没有 ${pc.name} 的成员端口配置；请补充以便比较属性。`,
        ),
        [],
        [pc.name],
      ),
    );
  }

  const differences: AttributeDifference[] = [];
  const report = (
    d: AttributeDifference,
    decisive: boolean,
    en: string,
    zh: string,
    evidence: Evidence[],
  ) => {
    if (decisive) differences.push(d);
    findings.push(
      finding(
        `${decisive ? 'peer-attribute-differs' : 'peer-attribute-also-differs'}:${d.port}:${d.attribute}`,
        'peer-config',
        decisive ? 'problem' : 'warning',
        decisive
          ? t(
              `${d.port} has ${en} ${d.value} but ${d.reference} has ${d.expected}: a member must match its aggregate and siblings to be Selected.`,
              `${d.port} 的${zh}为 ${d.value}，而 ${d.reference} 为 ${d.expected}：成员端口须与聚合接口及其他成员一致才能被选中。`,
            )
          : t(
              `${d.port} has ${en} ${d.value} but ${d.reference} has ${d.expected}. Worth aligning, but this does not by itself keep a member Unselected.`,
              `${d.port} 的${zh}为 ${d.value}，而 ${d.reference} 为 ${d.expected}。建议保持一致，但这本身不会导致成员非选中。`,
            ),
        evidence,
        [d.port, d.reference, d.attribute],
      ),
    );
  };

  // Attribute configuration: each member against its aggregate.
  for (const m of members) {
    if (pc.linkType !== null && m.c.linkType !== null && pc.linkType !== m.c.linkType)
      report(
        {
          attribute: 'link-type',
          port: m.c.name,
          reference: pc.name,
          value: m.c.linkType,
          expected: pc.linkType,
          device: 'peer',
        },
        true,
        'link type',
        '链路类型',
        [
          at(m, [
            m.c.line,
            fieldLine(m.text, m.c.fieldLines, ['linkType'], /link-type/i, m.c.line),
          ]),
          at(peer, [
            pc.line,
            fieldLine(peer.text, pc.fieldLines, ['linkType'], /link-type/i, pc.line),
          ]),
        ],
      );
    if (
      (pc.permitVlans !== null || m.c.permitVlans !== null) &&
      vlans(pc.permitVlans) !== vlans(m.c.permitVlans)
    )
      report(
        {
          attribute: 'permitted-vlans',
          port: m.c.name,
          reference: pc.name,
          value: vlans(m.c.permitVlans),
          expected: vlans(pc.permitVlans),
          device: 'peer',
        },
        true,
        'permitted VLANs',
        '允许通过的 VLAN',
        [
          at(m, [
            m.c.line,
            fieldLine(m.text, m.c.fieldLines, ['permitVlans'], /permit vlan/i, m.c.line),
          ]),
          at(peer, [
            pc.line,
            fieldLine(peer.text, pc.fieldLines, ['permitVlans'], /permit vlan/i, pc.line),
          ]),
        ],
      );
    const pvidRe = (pc.linkType ?? m.c.linkType) === 'access' ? ACCESS_VLAN : PVID;
    const a = setting(pc, pvidRe, '1');
    const b = setting(m.c, pvidRe, '1');
    if (a.value !== b.value)
      report(
        {
          attribute: 'pvid',
          port: m.c.name,
          reference: pc.name,
          value: b.value,
          expected: a.value,
          device: 'peer',
        },
        true,
        pvidRe === ACCESS_VLAN ? 'access VLAN' : 'PVID',
        pvidRe === ACCESS_VLAN ? 'Access VLAN' : 'PVID',
        [at(m, [m.c.line, b.line]), at(peer, [pc.line, a.line])],
      );
  }
  // Port settings: each member against the first one, on each end.
  const compareSiblings = (ms: Located[], device: 'peer' | 'lb') => {
    const first = ms[0];
    if (!first) return;
    for (const m of ms.slice(1)) {
      for (const s of memberSettings) {
        const a = setting(first.c, s.re, s.fallback);
        const b = setting(m.c, s.re, s.fallback);
        if (a.value === b.value) continue;
        report(
          {
            attribute: s.key,
            port: m.c.name,
            reference: first.c.name,
            value: b.value,
            expected: a.value,
            device,
          },
          s.decisive,
          s.en,
          s.zh,
          [at(m, [m.c.line, b.line]), at(first, [first.c.line, a.line])],
        );
      }
    }
  };
  compareSiblings(members, 'peer');
  compareSiblings(lbMembers, 'lb');
  // Both ends passive: neither starts LACP, so no member is ever Selected.
  const peerPassive =
    members.length > 0 && members.every((m) => setting(m.c, PASSIVE, 'active').value === 'passive');
  const lbPassive =
    lbMembers.length > 0 &&
    lbMembers.every((m) => setting(m.c, PASSIVE, 'active').value === 'passive');
  if (lbMode === 'dynamic' && peerMode === 'dynamic' && peerPassive && lbPassive) {
    const pm = members[0] as Located;
    const lm = lbMembers[0] as Located;
    report(
      {
        attribute: 'lacp-passive',
        port: pm.c.name,
        reference: lm.c.name,
        value: 'passive',
        expected: 'active on one end',
        device: 'peer',
      },
      true,
      'LACP mode',
      'LACP 模式',
      [
        ...members.map((m) => at(m, [m.c.line, setting(m.c, PASSIVE, '').line])),
        ...lbMembers.map((m) => at(m, [m.c.line, setting(m.c, PASSIVE, '').line])),
      ],
    );
  } else if (lbMode === 'dynamic' && peerMode === 'dynamic' && (peerPassive || lbPassive)) {
    const side = peerPassive ? members : lbMembers;
    findings.push(
      finding(
        'peer-lacp-passive-one-end',
        'peer-config',
        'info',
        t(
          `${list(side.map((m) => m.c.name))['en-US']} use \`lacp mode passive\`; the other end is active, so LACP still starts.`,
          `${list(side.map((m) => m.c.name))['zh-CN']} 配置了 \`lacp mode passive\`；另一端为主动模式，LACP 仍能协商。`,
        ),
        side.map((m) => at(m, [m.c.line, setting(m.c, PASSIVE, '').line])),
        side.map((m) => m.c.name),
      ),
    );
  }
  if (lbMode !== null && lbMode === peerMode && differences.length === 0 && members.length > 0) {
    findings.push(
      finding(
        'peer-config-same',
        'peer-config',
        'info',
        t(
          `Nothing in the pasted configuration of ${pc.name} and its members differs in a way that keeps a member Unselected (link type, permitted VLANs, PVID, speed, duplex).`,
          `粘贴的 ${pc.name} 及其成员配置中，没有会导致成员非选中的差异（链路类型、允许的 VLAN、PVID、速率、双工）。`,
        ),
        [peerEv],
        [pc.name],
      ),
    );
  }
  return {
    facts: facts({ found: true, peerMode, decisive: differences.length }),
    findings,
    context: {
      ...ctx,
      peerAggregate: pc.name,
      peerMode,
      peerMembers: members.map((m) => m.c.name),
      differences: [...ctx.differences, ...differences],
      peerLinkType: pc.linkType,
      peerPermitVlans: pc.permitVlans ? vlans(pc.permitVlans) : null,
      lagMode: lbMode,
    },
  };
}
