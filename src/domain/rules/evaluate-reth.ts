import type { Finding } from '../run-types';
import type { RethData, RethMember } from '../parsers/parsed-types';
import {
  canonicalInterfaceName,
  parentInterfaceName as parentInterface,
  sameInterface,
} from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, finding, type Answers, type StepInput } from './evidence';
import { t } from './text';
import { inputPps, latest, rateLines, TRAFFIC_PPS } from './support';

export interface RethFacts {
  found: boolean;
  forwarding: string | null;
  forwardingIsAggregate: boolean;
  /** A member that should carry the traffic is Inactive/down (or a capture showed traffic on it). */
  memberInactive: boolean;
}

interface MergedMember {
  interface: string;
  priority: number | null;
  physicalStatus: string | null;
  forwardingStatus: string | null;
  at: Array<{ paste: number; line: number }>;
}

export const rethCaptureQuestion = 'reth-capture-standby';

const isDown = (m: MergedMember) => /down/i.test(m.physicalStatus ?? '');
const isActive = (m: MergedMember) => /^active$/i.test(m.forwardingStatus ?? '');
const isInactive = (m: MergedMember) => /^inactive$/i.test(m.forwardingStatus ?? '');

function merge(inputs: StepInput<RethData>[], wanted: string | null) {
  const names: string[] = [];
  const members: MergedMember[] = [];
  const headerLines: Array<{ paste: number; line: number }> = [];
  for (const input of inputs) {
    for (const r of input.value.reths) {
      if (
        wanted
          ? !sameInterface(r.name, wanted)
          : names.length > 0 && !sameInterface(r.name, names[0] ?? '')
      )
        continue;
      names.push(r.name);
      headerLines.push({ paste: input.index, line: r.line });
      for (const m of r.members) add(members, m, input.index);
    }
  }
  return { name: names[0] ?? null, members, headerLines };
}

function add(members: MergedMember[], m: RethMember, paste: number) {
  const found = members.find((x) => sameInterface(x.interface, m.interface));
  if (!found) {
    members.push({
      interface: m.interface,
      priority: m.priority,
      physicalStatus: m.physicalStatus,
      forwardingStatus: m.forwardingStatus,
      at: [{ paste, line: m.line }],
    });
    return;
  }
  found.priority ??= m.priority;
  found.physicalStatus ??= m.physicalStatus;
  found.forwardingStatus ??= m.forwardingStatus;
  // Keep the config's full name (`Route-Aggregation1.1973`) over the display's abbreviation.
  if (m.interface.length > found.interface.length) found.interface = m.interface;
  found.at.push({ paste, line: m.line });
}

const evOf = (ms: MergedMember[]) => {
  const byPaste = new Map<number, number[]>();
  for (const m of ms)
    for (const a of m.at) byPaste.set(a.paste, [...(byPaste.get(a.paste) ?? []), a.line]);
  return [...byPaste].map(([p, lines]) => ev('reth', p, lines));
};

export function evaluateReth(
  inputs: StepInput<RethData>[],
  ctx: RunContext,
  answers: Answers,
): Evaluation<RethFacts> {
  const findings: Finding[] = [];
  const { name, members } = merge(inputs, ctx.reth);
  const rethName = name ?? ctx.reth;
  if (!name || members.length === 0) {
    findings.push(
      finding(
        'reth-not-found',
        'reth',
        'warning',
        ctx.reth
          ? t(
              `No member of ${ctx.reth} is listed in this output.`,
              `输出中没有 ${ctx.reth} 的成员接口。`,
            )
          : t('No Reth member is listed in this output.', '输出中没有冗余口成员接口。'),
        [],
        ctx.reth ? [ctx.reth] : [],
      ),
    );
    return {
      facts: {
        found: false,
        forwarding: null,
        forwardingIsAggregate: false,
        memberInactive: false,
      },
      findings,
      context: ctx,
      waiting: true,
    };
  }
  const withPriority = members.filter((m) => m.priority !== null);
  const preferred =
    [...withPriority].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))[0] ?? null;
  const statusKnown = members.some((m) => m.forwardingStatus !== null);
  const forwarding = statusKnown ? (members.find(isActive) ?? null) : preferred;
  const standby = members.filter((m) => m !== forwarding);

  const describe = members
    .map(
      (m) =>
        `${m.interface}${m.priority !== null ? ` priority ${m.priority}` : ''}${m.forwardingStatus ? ` ${m.forwardingStatus}` : ''}${m.physicalStatus ? ` (${m.physicalStatus})` : ''}`,
    )
    .join(', ');
  findings.push(
    finding(
      'reth-members',
      'reth',
      'info',
      forwarding
        ? t(
            `${rethName} members: ${describe}. ${forwarding.interface} forwards${statusKnown ? ' (Active)' : ' (highest priority)'}.`,
            `${rethName} 成员：${describe}。由 ${forwarding.interface} 转发${statusKnown ? '（Active）' : '（优先级最高）'}。`,
          )
        : t(
            `${rethName} members: ${describe}. No member is Active.`,
            `${rethName} 成员：${describe}。没有处于 Active 的成员。`,
          ),
      evOf(members),
      members.map((m) => m.interface),
    ),
  );

  // The member the traffic should use: the highest-priority one; with no Active member at all, any.
  const preferredNotForwarding =
    preferred !== null && statusKnown && (isInactive(preferred) || isDown(preferred));
  const noneActive = statusKnown && !forwarding;
  const forwardingDown = forwarding !== null && isDown(forwarding);
  // Counters answer the capture question when the standby member's `display interface` was pasted.
  const standbyCounters = standby
    .map((m) => ({ m, snap: latest(ctx.support, m.interface) }))
    .find(({ snap }) => snap !== null && (inputPps(snap.status) ?? 0) >= TRAFFIC_PPS);
  if (standbyCounters?.snap) {
    const { m, snap } = standbyCounters;
    findings.push(
      finding(
        `reth-standby-receives:${m.interface}`,
        'reth',
        'problem',
        t(
          `${m.interface} is not the forwarding member of ${rethName}, yet \`display interface\` shows it receiving ${inputPps(snap.status)} packets/sec: the peer sends the traffic to a member that does not forward it.`,
          `${m.interface} 不是 ${rethName} 的转发成员，但 \`display interface\` 显示它每秒收到 ${inputPps(snap.status)} 个报文：对端把流量发往了不转发的成员。`,
        ),
        [snap.evidence(rateLines(snap.status))],
        [m.interface, rethName ?? ''],
      ),
    );
  }
  const capturedOnStandby =
    (answers[rethCaptureQuestion] === 'yes' || standbyCounters !== undefined) && standby.length > 0;
  const memberInactive =
    preferredNotForwarding || noneActive || forwardingDown || capturedOnStandby;
  const bad = preferredNotForwarding
    ? preferred
    : forwardingDown
      ? forwarding
      : noneActive
        ? (members[0] ?? null)
        : capturedOnStandby
          ? (standbyCounters?.m ?? standby[0] ?? null)
          : null;
  if (memberInactive && bad) {
    findings.push(
      finding(
        'reth-member-inactive',
        'reth',
        'problem',
        capturedOnStandby && !preferredNotForwarding && !noneActive && !forwardingDown
          ? t(
              `${standbyCounters ? 'Its input counters show' : 'A capture showed'} traffic arriving on ${bad.interface}, which is not the forwarding member of ${rethName}.`,
              `${standbyCounters ? '接口计数显示' : '抓包显示'}报文从 ${bad.interface} 进入，而它不是 ${rethName} 的转发成员。`,
            )
          : t(
              `${bad.interface} in ${rethName} is ${bad.forwardingStatus ?? ''}${bad.physicalStatus ? ` (${bad.physicalStatus})` : ''}${bad.priority !== null ? `, although it has the highest priority ${bad.priority}` : ''}: traffic sent to it is not forwarded.`,
              `${rethName} 的成员 ${bad.interface} 状态为 ${bad.forwardingStatus ?? ''}${bad.physicalStatus ? `（${bad.physicalStatus}）` : ''}${bad.priority !== null ? `，但它的优先级最高（${bad.priority}）` : ''}：发往它的流量不会被转发。`,
            ),
        evOf([bad]),
        [bad.interface, rethName ?? ''],
      ),
    );
  }
  const fwdCanon = forwarding ? canonicalInterfaceName(forwarding.interface) : '';
  const forwardingIsAggregate = /^route-aggregation/i.test(fwdCanon);
  if (forwarding && forwardingIsAggregate) {
    const parent = parentInterface(forwarding.interface);
    findings.push(
      finding(
        'reth-forwarding-aggregate',
        'reth',
        'info',
        t(
          `The forwarding member ${forwarding.interface} is ${parent === forwarding.interface ? 'an aggregate' : `a subinterface of ${parent}`}: the traffic rides on ${parent}'s member links.`,
          `转发成员 ${forwarding.interface} 是${parent === forwarding.interface ? '聚合接口' : ` ${parent} 的子接口`}：流量经由 ${parent} 的成员链路。`,
        ),
        evOf([forwarding]),
        [forwarding.interface, parent],
      ),
    );
  }
  return {
    facts: {
      found: true,
      forwarding: forwarding?.interface ?? null,
      forwardingIsAggregate,
      memberInactive,
    },
    findings,
    context: {
      ...ctx,
      reth: rethName,
      rethMember: forwarding?.interface ?? null,
      rethInactiveMember: bad?.interface ?? null,
      aggregate:
        forwarding && forwardingIsAggregate ? parentInterface(forwarding.interface) : ctx.aggregate,
      egressPort: forwarding && !forwardingIsAggregate ? forwarding.interface : ctx.egressPort,
    },
  };
}

/** The non-forwarding member, for the capture question. */
export function standbyMember(inputs: StepInput<RethData>[], ctx: RunContext): string | null {
  const { members } = merge(inputs, ctx.reth);
  const forwarding = ctx.rethMember;
  const other = members.find((m) => !forwarding || !sameInterface(m.interface, forwarding));
  return members.length > 1 ? (other?.interface ?? null) : null;
}
