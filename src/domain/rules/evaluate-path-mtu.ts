/**
 * The path-mtu step: the handshake completes but the server's answer never arrives. Pings with the
 * Don't-Fragment bit set show whether large packets die on the path while small ones pass (IPv6
 * routers never fragment, so a large IPv6 ping tests the same).
 */
import type { Evidence, Finding } from '../run-types';
import type { PingData, PingRun } from '../parsers/parsed-types';
import { LARGE_PING_BYTES } from '../parsers/registry';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { t } from './text';
import { latest } from './support';
import { received } from './evaluate-ping';

export interface PathMtuFacts {
  found: boolean;
  largeLost: boolean;
  smallOk: boolean;
  largeOk: boolean;
}

/** IPv4 and ICMP headers on top of the payload `ping -s` sets. */
const IPV4_OVERHEAD = 28;
const IPV6_OVERHEAD = 48;

const isV6 = (p: PingRun) => p.destination.includes(':');
const sizeOf = (p: PingRun) => p.size ?? 56;

export function evaluatePathMtu(
  inputs: StepInput<PingData>[],
  ctx: RunContext,
): Evaluation<PathMtuFacts> {
  const findings: Finding[] = [];
  const target = ctx.target?.address ?? null;
  const none: PathMtuFacts = { found: false, largeLost: false, smallOk: false, largeOk: false };
  if (!target) return { facts: none, findings, context: ctx, waiting: true };
  const runs = inputs.flatMap((input) =>
    input.value.pings
      .filter((p) => p.destination === target)
      .map((p) => ({
        p,
        evidence: ev('path-mtu', input.index, [
          p.line,
          fieldLine(
            input.text,
            p.fieldLines,
            ['received', 'transmitted', 'lossPercent'],
            /packet\(s\) received|packet loss/i,
            p.line,
            p.endLine,
          ),
        ]),
      })),
  );
  if (runs.length === 0) {
    findings.push(
      finding(
        'mtu-no-ping',
        'path-mtu',
        'warning',
        t(`None of these pings is to ${target}.`, `这些 ping 都不是发往 ${target} 的。`),
        [],
        [target],
      ),
    );
    return { facts: none, findings, context: ctx, waiting: true };
  }
  const large = runs.filter(({ p }) => sizeOf(p) >= LARGE_PING_BYTES);
  const tested = large.filter(({ p }) => p.dontFragment === true || isV6(p));
  const unknownDf = large.filter(({ p }) => p.dontFragment !== true && !isV6(p));
  const lost = tested.filter(({ p }) => received(p) === 0);
  const passed = tested.filter(({ p }) => (received(p) ?? 0) > 0);
  const small = runs.filter(({ p }) => sizeOf(p) < LARGE_PING_BYTES && (received(p) ?? 0) > 0);
  const smallEv: Evidence[] = small.length
    ? small.map((r) => r.evidence)
    : ctx.pingOkEvidence[target]
      ? [ctx.pingOkEvidence[target] as Evidence]
      : [];
  const smallOk = smallEv.length > 0;
  if (unknownDf.length > 0 && tested.length === 0) {
    findings.push(
      finding(
        'mtu-df-unknown',
        'path-mtu',
        'warning',
        t(
          `A ${sizeOf(unknownDf[0]?.p as PingRun)}-byte ping was pasted without its command line, so whether it set Don't-Fragment (\`-f\`) is unknown; without \`-f\` the LB fragments it and it proves nothing about the path MTU.`,
          `粘贴的 ${sizeOf(unknownDf[0]?.p as PingRun)} 字节 ping 没有命令行，无法确定是否设置了不分片（\`-f\`）；不带 \`-f\` 时设备会分片，无法说明路径 MTU。`,
        ),
        unknownDf.map((r) => r.evidence),
        [target],
      ),
    );
  }
  const maxLost = Math.min(...lost.map(({ p }) => sizeOf(p)));
  const maxPassed = Math.max(...passed.map(({ p }) => sizeOf(p)));
  const overhead = isV6(runs[0]?.p as PingRun) ? IPV6_OVERHEAD : IPV4_OVERHEAD;
  const low = maxPassed + overhead;
  const high = maxLost + overhead - 1;
  const bracket =
    low >= high
      ? t(`exactly up to ${low} bytes`, `最大恰为 ${low} 字节`)
      : t(`up to between ${low} and ${high} bytes`, `最大在 ${low} 到 ${high} 字节之间`);
  if (lost.length > 0) {
    findings.push(
      finding(
        `mtu-df-lost:${target}`,
        'path-mtu',
        'problem',
        t(
          `${lost.map(({ p }) => `${sizeOf(p)}-byte`).join(', ')} ping${lost.length > 1 ? 's' : ''} to ${target} ${isV6(lost[0]?.p as PingRun) ? '(IPv6, never fragmented on the way)' : 'with Don\u2019t-Fragment set'} got no reply${passed.length ? `, while ${maxPassed}-byte ones pass: the path carries packets of ${bracket['en-US']}` : ''}.`,
          `到 ${target} 的 ${lost.map(({ p }) => `${sizeOf(p)} 字节`).join('、')} ping${isV6(lost[0]?.p as PingRun) ? '（IPv6，途中不分片）' : '（设置了不分片）'}没有回应${passed.length ? `，而 ${maxPassed} 字节的可以通过：路径能承载的报文${bracket['zh-CN']}` : ''}。`,
        ),
        lost.map((r) => r.evidence),
        [target, ...lost.map(({ p }) => String(sizeOf(p)))],
      ),
    );
  }
  if (passed.length > 0) {
    findings.push(
      finding(
        `mtu-df-ok:${target}`,
        'path-mtu',
        lost.length > 0 ? 'info' : 'ok',
        t(
          `${maxPassed}-byte pings to ${target} pass without fragmentation.`,
          `到 ${target} 的 ${maxPassed} 字节不分片 ping 可以通过。`,
        ),
        passed.map((r) => r.evidence),
        [target],
      ),
    );
  }
  if (smallOk) {
    findings.push(
      finding(
        `mtu-small-ok:${target}`,
        'path-mtu',
        'ok',
        t(`Small pings to ${target} get replies.`, `到 ${target} 的小报文 ping 有回应。`),
        smallEv,
        [target],
      ),
    );
  }
  // A member or egress interface with a small MTU, when its counters were pasted.
  for (const name of [ctx.egressPort, ctx.rethMember, ctx.aggregate, ...ctx.selectedPorts]) {
    if (!name) continue;
    const snap = latest(ctx.support, name);
    const mtu = snap?.status.mtu ?? null;
    if (!snap || mtu === null || mtu >= 1500) continue;
    findings.push(
      finding(
        `mtu-interface:${name}`,
        'path-mtu',
        'info',
        t(`${name} has MTU ${mtu}.`, `${name} 的 MTU 为 ${mtu}。`),
        [snap.evidence([snap.status.fieldLines.mtu])],
        [name, String(mtu)],
      ),
    );
  }
  // Large DF pings that pass at the size the probe needs leave the MTU innocent.
  const largeOk = passed.length > 0 && lost.length === 0;
  if (largeOk && ctx.template && /^(https|ssl)$/i.test(ctx.template.type)) {
    findings.push(
      finding(
        'mtu-innocent-tls',
        'path-mtu',
        'warning',
        t(
          `Full-size packets reach ${target}, so the server's certificate is not lost on the path, yet the TLS probe got no answer: the server may end the handshake itself (no protocol version or cipher in common with the probe's SSL client policy, or a name it requires through SNI). \`openssl s_client\` from a host beside the LB shows which.`,
          `满长报文可以到达 ${target}，说明服务器证书没有在路径上丢失，但 TLS 探测没有得到回应：服务器可能自己终止了握手（与探测的 SSL 客户端策略没有共同的协议版本或加密套件，或需要通过 SNI 指定名称）。在负载均衡设备旁的主机上用 \`openssl s_client\` 可以看出原因。`,
        ),
        passed.map((r) => r.evidence),
        [target],
      ),
    );
  }
  return {
    facts: { found: true, largeLost: lost.length > 0, smallOk, largeOk },
    findings,
    context: ctx,
  };
}
