import type { Finding } from '../run-types';
import type { InterfaceConfig, InterfaceConfigData } from '../parsers/parsed-types';
import { canonicalInterfaceName, sameInterface } from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { list, t } from './text';

export interface PeerConfigFacts {
  found: boolean;
  lbMode: 'dynamic' | 'static' | null;
  peerMode: 'dynamic' | 'static' | null;
  differingAttributes: string[];
}

interface Located {
  c: InterfaceConfig;
  paste: number;
  text: string;
}

const aggregateNumber = (name: string) =>
  /aggregation\s*(\d+)$/i.exec(canonicalInterfaceName(name))?.[1] ?? null;
const isAggregate = (name: string) => /aggregation\s*\d+$/i.test(canonicalInterfaceName(name));

// ` speed 1000` / ` duplex full`
const SPEED = /^\s*speed\s+(\S+)/i;
const DUPLEX = /^\s*duplex\s+(\S+)/i;
const setting = (c: InterfaceConfig, re: RegExp) =>
  c.lines.map((l) => re.exec(l.text)?.[1]).find((v) => v !== undefined) ?? null;
const vlans = (v: Array<[number, number]> | null) =>
  v === null ? 'none' : v.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b}`)).join(' ');

export function evaluatePeerConfig(
  inputs: StepInput<InterfaceConfigData>[],
  ctx: RunContext,
): Evaluation<PeerConfigFacts> {
  const findings: Finding[] = [];
  const all: Located[] = inputs.flatMap((i) =>
    i.value.interfaces.map((c) => ({ c, paste: i.index, text: i.text })),
  );
  const lbAgg = ctx.aggregate
    ? all.find((l) => sameInterface(l.c.name, ctx.aggregate ?? ''))
    : undefined;
  const aggregates = all.filter((l) => isAggregate(l.c.name) && l !== lbAgg);
  const peer =
    aggregates.find((l) => /bridge/i.test(canonicalInterfaceName(l.c.name))) ?? aggregates[0];
  const lbMode = lbAgg?.c.aggregationMode ?? ctx.lagMode;
  const lbEvidence = lbAgg
    ? ev('peer-config', lbAgg.paste, [
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
  if (!peer) {
    findings.push(
      finding(
        'peer-aggregate-not-found',
        'peer-config',
        'warning',
        t(
          'No peer aggregate interface (Bridge-Aggregation) is in this configuration.',
          '配置中没有对端的聚合接口（Bridge-Aggregation）。',
        ),
        [],
        [],
      ),
    );
    return {
      facts: { found: false, lbMode, peerMode: null, differingAttributes: [] },
      findings,
      context: ctx,
      waiting: true,
    };
  }
  const pc = peer.c;
  const peerMode = pc.aggregationMode ?? 'static';
  const n = aggregateNumber(pc.name);
  const lbPorts = [...ctx.selectedPorts, ...ctx.unselectedPorts];
  const members = all.filter(
    (l) =>
      l.c.aggregationGroup !== null &&
      String(l.c.aggregationGroup) === n &&
      !lbPorts.some((p) => sameInterface(p, l.c.name)),
  );
  const peerModeLine = fieldLine(
    peer.text,
    pc.fieldLines,
    ['aggregationMode'],
    /link-aggregation mode/i,
    pc.line,
    pc.line + pc.lines.length,
  );
  const peerEv = ev('peer-config', peer.paste, [pc.line, peerModeLine]);
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
          ev('peer-config', m.paste, [
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
  // Attribute configuration a member must share with its aggregate to be Selected, plus speed/duplex between members.
  const differing: string[] = [];
  const differingMembers: string[] = [];
  const firstMember = members[0];
  for (const m of members) {
    const diffs: Array<[string, string, string, string, number | null]> = [];
    if (pc.linkType !== null && m.c.linkType !== null && pc.linkType !== m.c.linkType)
      diffs.push([
        'link type',
        '链路类型',
        pc.linkType,
        m.c.linkType,
        fieldLine(m.text, m.c.fieldLines, ['linkType'], /link-type/i, m.c.line),
      ]);
    if (
      (pc.permitVlans !== null || m.c.permitVlans !== null) &&
      vlans(pc.permitVlans) !== vlans(m.c.permitVlans)
    )
      diffs.push([
        'permitted VLANs',
        '允许通过的 VLAN',
        vlans(pc.permitVlans),
        vlans(m.c.permitVlans),
        fieldLine(m.text, m.c.fieldLines, ['permitVlans'], /permit vlan/i, m.c.line),
      ]);
    if (firstMember && m !== firstMember) {
      for (const [en, zh, re] of [
        ['speed', '速率', SPEED],
        ['duplex', '双工', DUPLEX],
      ] as const) {
        const a = setting(firstMember.c, re) ?? 'auto';
        const b = setting(m.c, re) ?? 'auto';
        if (a !== b)
          diffs.push([
            en,
            zh,
            `${a} (${firstMember.c.name})`,
            b,
            m.c.lines.find((l) => re.test(l.text))?.no ?? null,
          ]);
      }
    }
    for (const [en, zh, want, got, line] of diffs) {
      if (!differing.includes(en)) differing.push(en);
      if (!differingMembers.includes(m.c.name)) differingMembers.push(m.c.name);
      findings.push(
        finding(
          `peer-attribute-differs:${m.c.name}:${en.replace(/\s+/g, '-')}`,
          'peer-config',
          'problem',
          t(
            `${m.c.name} has ${en} ${got} but ${pc.name} has ${want}: a member must match its aggregate to be Selected.`,
            `${m.c.name} 的${zh}为 ${got}，而 ${pc.name} 为 ${want}：成员端口须与聚合接口一致才能被选中。`,
          ),
          [ev('peer-config', m.paste, [m.c.line, line]), peerEv],
          [m.c.name, pc.name, en],
        ),
      );
    }
  }
  return {
    facts: { found: true, lbMode, peerMode, differingAttributes: differing },
    findings,
    context: {
      ...ctx,
      peerAggregate: pc.name,
      peerMode,
      peerMembers: members.map((m) => m.c.name),
      differingAttributes: differing,
      differingMembers,
      peerLinkType: pc.linkType,
      peerPermitVlans: pc.permitVlans ? vlans(pc.permitVlans) : null,
      lagMode: lbMode,
    },
  };
}
