/**
 * The arp step: the probe left and nothing came back through a plain port. Before blaming the
 * server, the LB must be able to resolve the server's MAC on the interface the replies should use:
 * no ARP entry (or one on another interface or VLAN) means the probe never reaches the server.
 */
import type { Finding } from '../run-types';
import type { ArpData, ArpEntry } from '../parsers/parsed-types';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { t } from './text';

export interface ArpFacts {
  found: boolean;
  resolved: boolean;
  missing: boolean;
  wrongInterface: boolean;
}

/** The entry's interface matches the one expected (a VLAN interface matches the entry's VLAN). */
function onInterface(e: ArpEntry, expected: string): boolean {
  if (e.interface && sameInterface(e.interface, expected)) return true;
  const vlan = /^vlan-?interface\s*(\d+)$/i.exec(expected.trim())?.[1];
  return vlan !== undefined && e.vlan !== null && String(e.vlan) === vlan;
}

const INVALID = /^I/i;

export function evaluateArp(inputs: StepInput<ArpData>[], ctx: RunContext): Evaluation<ArpFacts> {
  const findings: Finding[] = [];
  const target = ctx.target?.address ?? null;
  // The replies' way in, however it is named: a Reth or VLAN interface learns the entry, a
  // member port or the VLAN's port may be printed instead.
  const ways = [ctx.egressPort, ctx.inboundInterface, ctx.reth, ctx.rethMember].filter(
    (x): x is string => !!x,
  );
  const expected = ways[0] ?? null;
  const none: ArpFacts = { found: false, resolved: false, missing: false, wrongInterface: false };
  if (!target) return { facts: none, findings, context: ctx, waiting: true };
  const hits = inputs.flatMap((input) =>
    input.value.entries.filter((e) => e.ip === target).map((e) => ({ e, input })),
  );
  // An answer about our address: the echo asked for it, or a whole table was printed.
  const answering = inputs.filter(
    (i) => i.value.answered && (i.value.query === null || i.value.query === target),
  );
  if (hits.length === 0 && answering.length === 0) {
    const asked = inputs.map((i) => i.value.query).filter((q): q is string => q !== null);
    findings.push(
      finding(
        'arp-other-target',
        'arp',
        'warning',
        t(
          `This ARP output is not about ${target}${asked.length ? ` (it asked for ${asked.join(', ')})` : ''}: paste \`display arp ${target}\`.`,
          `该 ARP 输出不是关于 ${target} 的${asked.length ? `（查询的是 ${asked.join('、')}）` : ''}：请粘贴 \`display arp ${target}\`。`,
        ),
        [],
        [target],
      ),
    );
    return { facts: none, findings, context: ctx, waiting: true };
  }
  const vpn = ctx.target?.vpn ?? null;
  for (const i of inputs) {
    if (vpn && i.value.vpnInstance !== null && i.value.vpnInstance !== vpn) {
      findings.push(
        finding(
          `arp-vpn-differs:${i.value.vpnInstance}`,
          'arp',
          'warning',
          t(
            `This ARP table is of VPN instance ${i.value.vpnInstance}, but ${target} is in VPN instance ${vpn}.`,
            `该 ARP 表属于 VPN 实例 ${i.value.vpnInstance}，而 ${target} 属于 VPN 实例 ${vpn}。`,
          ),
          [ev('arp', i.index, [fieldLine(i.text, undefined, [], /vpn-instance/i)])],
          [i.value.vpnInstance, vpn],
        ),
      );
    }
  }
  if (hits.length === 0) {
    const i = answering[0] as StepInput<ArpData>;
    // The command asked and the table header it printed (or nothing after it): that is the answer.
    const echoLine = fieldLine(i.text, undefined, [], /display\s+arp/i);
    const header = fieldLine(i.text, undefined, [], /IP\s+address\s+MAC\s+address/i);
    findings.push(
      finding(
        `arp-missing:${target}`,
        'arp',
        'problem',
        t(
          `The LB has no ARP entry for ${target}${expected ? ` (replies should arrive on ${expected})` : ''}: it cannot resolve the server's MAC, so the probe's SYN never leaves toward the server.`,
          `负载均衡设备上没有 ${target} 的 ARP 表项${expected ? `（回程报文应从 ${expected} 进入）` : ''}：无法解析服务器的 MAC 地址，探测的 SYN 报文发不到服务器。`,
        ),
        [ev('arp', i.index, [echoLine, header])],
        [target],
      ),
    );
    return {
      facts: { found: true, resolved: false, missing: true, wrongInterface: false },
      findings,
      context: ctx,
    };
  }
  // Several entries for one address (another VPN, a stale copy): the one where the replies arrive
  // is the one that matters, then one in the server's VPN.
  const { e, input } = (hits.find((h) => ways.some((w) => onInterface(h.e, w))) ??
    hits.find((h) => vpn !== null && (h.e.vpnInstance ?? h.input.value.vpnInstance) === vpn) ??
    hits[hits.length - 1]) as { e: ArpEntry; input: StepInput<ArpData> };
  if (INVALID.test(e.type)) {
    findings.push(
      finding(
        `arp-missing:${target}`,
        'arp',
        'problem',
        t(
          `The ARP entry for ${target} is Invalid (type ${e.type}): the LB cannot use it to reach the server.`,
          `${target} 的 ARP 表项无效（类型 ${e.type}）：负载均衡设备无法用它到达服务器。`,
        ),
        [ev('arp', input.index, [e.line])],
        [target],
      ),
    );
    return {
      facts: { found: true, resolved: false, missing: true, wrongInterface: false },
      findings,
      context: ctx,
    };
  }
  const where = `${e.interface ?? '?'}${e.vlan !== null ? ` (VLAN ${e.vlan})` : ''}`;
  if (ways.length > 0 && !ways.some((w) => onInterface(e, w))) {
    findings.push(
      finding(
        `arp-wrong-interface:${target}`,
        'arp',
        'problem',
        t(
          `${target} resolves to ${e.mac} on ${where}, but the probe's replies are expected on ${ways.join(' / ')}: the server answers from another segment (an address conflict, or the server in the wrong VLAN).`,
          `${target} 解析到 ${where} 上的 ${e.mac}，而探测的回程报文应从 ${ways.join(' / ')} 进入：服务器从另一个网段应答（地址冲突，或服务器接入了错误的 VLAN）。`,
        ),
        [ev('arp', input.index, [e.line])],
        [target, e.interface ?? '', ...ways],
      ),
    );
    return {
      facts: { found: true, resolved: false, missing: false, wrongInterface: true },
      findings,
      context: ctx,
    };
  }
  findings.push(
    finding(
      `arp-resolved:${target}`,
      'arp',
      'ok',
      t(
        `${target} resolves to ${e.mac} on ${where}${expected ? `, the interface the replies should use` : ''} (type ${e.type}): the LB reaches the server at layer 2.`,
        `${target} 解析到 ${where} 上的 ${e.mac}${expected ? '，正是回程报文应使用的接口' : ''}（类型 ${e.type}）：负载均衡设备在二层可以到达服务器。`,
      ),
      [ev('arp', input.index, [e.line])],
      [target],
    ),
  );
  return {
    facts: { found: true, resolved: true, missing: false, wrongInterface: false },
    findings,
    context: ctx,
  };
}
