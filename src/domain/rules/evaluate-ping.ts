import type { Choice, Evidence, Finding } from '../run-types';
import type { PingData, PingRun } from '../parsers/parsed-types';
import type { RunContext, ServerRef } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type StepInput } from './evidence';
import { list, t } from './text';

export interface PingFacts {
  pinged: number;
  reachable: string[];
  lost: string[];
  /** Some failed servers answer ping and some do not, all in one /24: per-flow hashing suspect. */
  partialSameSubnet: boolean;
}

/** Round-trip times from the statistics line, else from the reply times printed. */
function roundTrip(p: PingRun): { avg: number; max: number } | null {
  if (p.rtt) return { avg: p.rtt.avg, max: p.rtt.max };
  const times = p.times ?? [];
  if (times.length === 0) return null;
  return { avg: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) };
}

/** A failed server "answers" when any reply came back; 0 received means lost. */
export function received(p: PingRun): number | null {
  if (p.received !== null) return p.received;
  if (p.replies > 0) return p.replies;
  return p.timeouts > 0 ? 0 : null;
}

const subnet24 = (ip: string) => ip.split('.').slice(0, 3).join('.');
const isPublic = (v: string | null) => v === null || v === '' || v === '-';

/**
 * The server the session step follows: the user's choice, else one that answers ping yet fails the
 * probe (the probe, not reachability, is then the question), else the first failed one.
 */
export function chooseTarget(
  failed: ServerRef[],
  reachable: string[],
  chosen: string | null,
): ServerRef | null {
  const byChoice = chosen
    ? failed.find((s) => s.address === chosen || s.name === chosen)
    : undefined;
  if (byChoice) return byChoice;
  return failed.find((s) => reachable.includes(s.address)) ?? failed[0] ?? null;
}

/** The real servers the session step can follow, each with its ping result at a glance. */
function serverChoice(
  ctx: RunContext,
  target: ServerRef | null,
  chosen: string | null,
  reachable: string[],
  lost: string[],
  evidence: Record<string, Evidence[]>,
): Choice | undefined {
  if (ctx.failedServers.length < 2) return undefined;
  const byUser =
    chosen !== null && target !== null && (target.address === chosen || target.name === chosen);
  const answers = target !== null && reachable.includes(target.address);
  return {
    kind: 'server',
    question: t('Which real server should the wizard follow?', '向导要跟踪哪台实服务器？'),
    options: ctx.failedServers.map((s) => ({
      value: s.address,
      label: `${s.name} (${s.address})`,
      summary: reachable.includes(s.address)
        ? t('Probe-failed, answers ping', '探测失败，可以 ping 通')
        : lost.includes(s.address)
          ? t('Probe-failed, no ping reply', '探测失败，ping 不通')
          : t('Probe-failed, not pinged yet', '探测失败，尚未 ping'),
      failing: true,
      evidence: evidence[s.address] ?? [],
    })),
    selected: target?.address ?? null,
    byUser,
    reason: byUser
      ? t('You chose it.', '由你选定。')
      : answers
        ? t(
            'It answers ping yet fails the probe: the probe itself, not reachability, is the question.',
            '它可以 ping 通但探测失败：问题在探测本身，而不是连通性。',
          )
        : t('The first Probe-failed real server listed.', '列出的第一台探测失败的实服务器。'),
  };
}

export function evaluatePing(
  inputs: StepInput<PingData>[],
  ctx: RunContext,
  chosen: string | null,
): Evaluation<PingFacts> {
  const findings: Finding[] = [];
  const reachable: string[] = [];
  const lost: string[] = [];
  const evidence: Record<string, Evidence[]> = {};
  const pingRtt: RunContext['pingRtt'] = {};
  const pingOkEvidence: RunContext['pingOkEvidence'] = {};
  const lossy: string[] = [];
  let pinged = 0;
  const statLine = (input: StepInput<PingData>, p: PingRun) =>
    fieldLine(
      input.text,
      p.fieldLines,
      ['received', 'transmitted', 'lossPercent'],
      /packet\(s\) received|packet loss/i,
      p.line,
      p.endLine,
    );
  for (const input of inputs) {
    for (const p of input.value.pings) {
      pinged++;
      const got = received(p);
      const server = ctx.failedServers.find((s) => s.address === p.destination);
      const who = server ? `${server.name} (${p.destination})` : p.destination;
      const vpnEn = p.vpnInstance ? ` in VPN instance ${p.vpnInstance}` : '';
      const vpnZh = p.vpnInstance ? `（VPN 实例 ${p.vpnInstance}）` : '';
      const counts =
        p.transmitted !== null && got !== null ? ` (${got}/${p.transmitted} received)` : '';
      const countsZh =
        p.transmitted !== null && got !== null ? `（收到 ${got}/${p.transmitted}）` : '';
      const lines = [p.line, statLine(input, p)];
      if (got === null) continue;
      if (!server && ctx.failedServers.length > 0) {
        // Another farm's server, or a healthy one: not part of the story being followed.
        findings.push(
          finding(
            `ping-other:${p.destination}`,
            'ping',
            'info',
            t(
              `${p.destination} is not a Probe-failed real server${ctx.farm ? ` of server farm ${ctx.farm}` : ''}: this ping is not used.`,
              `${p.destination} 不是${ctx.farm ? `实服务组 ${ctx.farm} 中` : ''}探测失败的实服务器：不使用该 ping 结果。`,
            ),
            [],
            [p.destination],
          ),
        );
        continue;
      }
      const at = ev('ping', input.index, lines);
      (evidence[p.destination] ??= []).push(at);
      if (got > 0) {
        reachable.push(p.destination);
        pingOkEvidence[p.destination] ??= at;
        const rtt = roundTrip(p);
        if (rtt) {
          const rttLine = fieldLine(
            input.text,
            p.fieldLines,
            ['rtt'],
            /round-trip/i,
            p.line,
            p.endLine,
          );
          const old = pingRtt[p.destination];
          if (!old || rtt.avg > old.avg)
            pingRtt[p.destination] = {
              ...rtt,
              evidence: ev('ping', input.index, [rttLine ?? p.line]),
            };
        }
        findings.push(
          finding(
            `ping-ok:${p.destination}`,
            'ping',
            server ? 'info' : 'ok',
            server
              ? t(
                  `${who} answers ping${vpnEn}${counts} yet fails the probe.`,
                  `${who}${vpnZh}可以 ping 通${countsZh}，但探测失败。`,
                )
              : t(
                  `${who} answers ping${vpnEn}${counts}.`,
                  `${who}${vpnZh}可以 ping 通${countsZh}。`,
                ),
            [ev('ping', input.index, lines)],
            [p.destination],
          ),
        );
        if (p.lossPercent !== null && p.lossPercent > 0) {
          lossy.push(p.destination);
          findings.push(
            finding(
              `ping-partial-loss:${p.destination}`,
              'ping',
              'warning',
              t(
                `${who} answers only ${p.transmitted !== null ? `${got} of ${p.transmitted} pings` : 'some pings'} (${p.lossPercent}% packet loss): the path loses packets, which is not a clean "reachable".`,
                `${who} 只回应了${p.transmitted !== null ? ` ${p.transmitted} 个中的 ${got} 个` : '部分'} ping（丢包率 ${p.lossPercent}%）：路径在丢包，不能算作完全可达。`,
              ),
              [at],
              [p.destination],
            ),
          );
        }
      } else {
        lost.push(p.destination);
        findings.push(
          finding(
            `ping-lost:${p.destination}`,
            'ping',
            'problem',
            t(
              `${who} does not answer ping${vpnEn}${p.lossPercent !== null ? ` (${p.lossPercent}% packet loss)` : ''}.`,
              `${who}${vpnZh}无法 ping 通${p.lossPercent !== null ? `（丢包率 ${p.lossPercent}%）` : ''}。`,
            ),
            [ev('ping', input.index, lines)],
            [p.destination],
          ),
        );
      }
      if (server && !isPublic(server.vpn) && p.vpnInstance !== server.vpn) {
        findings.push(
          finding(
            `ping-vpn-differs:${p.destination}`,
            'ping',
            'warning',
            t(
              `This ping ran ${p.vpnInstance ? `in VPN instance ${p.vpnInstance}` : 'in the public network'}, but ${server.name} is in VPN instance ${server.vpn}: repeat it with -vpn-instance ${server.vpn}.`,
              `该 ping ${p.vpnInstance ? `在 VPN 实例 ${p.vpnInstance} 中执行` : '在公网中执行'}，而 ${server.name} 属于 VPN 实例 ${server.vpn}：请加 -vpn-instance ${server.vpn} 重试。`,
            ),
            [ev('ping', input.index, [p.line])],
            [p.destination],
          ),
        );
      }
    }
  }
  const failedOk = ctx.failedServers.filter((s) => reachable.includes(s.address));
  const failedLost = ctx.failedServers.filter((s) => lost.includes(s.address));
  const partialSameSubnet =
    failedOk.length > 0 &&
    failedLost.length > 0 &&
    new Set([...failedOk, ...failedLost].map((s) => subnet24(s.address))).size === 1;
  if (partialSameSubnet) {
    const okA = failedOk.map((s) => s.address);
    const lostA = failedLost.map((s) => s.address);
    findings.push(
      finding(
        'ping-partial-reachability',
        'ping',
        'warning',
        t(
          `${list(okA)['en-US']} answer${okA.length === 1 ? 's' : ''} ping but ${list(lostA)['en-US']} do${lostA.length === 1 ? 'es' : ''} not, in the same subnet: this points at per-flow hashing on an aggregate (one member link drops the flows hashed onto it).`,
          `同一网段内 ${list(okA)['zh-CN']} 可以 ping 通而 ${list(lostA)['zh-CN']} 不通：怀疑聚合链路按流哈希，某条成员链路丢弃了哈希到它上面的流量。`,
        ),
        findings
          .filter((f) => f.id.startsWith('ping-ok:') || f.id.startsWith('ping-lost:'))
          .flatMap((f) => f.evidence),
        [...okA, ...lostA],
      ),
    );
  } else if (
    failedOk.length > 0 &&
    failedLost.length === 0 &&
    lossy.length === 0 &&
    ctx.failedServers.length > 0
  ) {
    findings.push(
      finding(
        'ping-all-reachable',
        'ping',
        'info',
        t(
          'Every failed server answers ping: the probe itself (TCP port, template) is the question.',
          '所有探测失败的实服务器都能 ping 通：问题在探测本身（TCP 端口、模板）。',
        ),
        [],
        failedOk.map((s) => s.address),
      ),
    );
  }
  const missing = ctx.failedServers.filter(
    (s) => !reachable.includes(s.address) && !lost.includes(s.address),
  );
  if (pinged > 0 && missing.length > 0) {
    findings.push(
      finding(
        'ping-missing',
        'ping',
        'info',
        t(
          `Not pinged yet: ${list(missing.map((s) => s.address))['en-US']}.`,
          `尚未 ping：${list(missing.map((s) => s.address))['zh-CN']}。`,
        ),
        [],
        missing.map((s) => s.address),
      ),
    );
  }
  const target = chooseTarget(ctx.failedServers, reachable, chosen);
  const choice = serverChoice(ctx, target, chosen, reachable, lost, evidence);
  return {
    facts: { pinged, reachable, lost, partialSameSubnet },
    findings,
    context: {
      ...ctx,
      pingOk: reachable,
      pingLost: lost,
      pingRtt,
      pingOkEvidence,
      target,
      lostServer: failedLost[0]?.address ?? lost[0] ?? null,
    },
    ...(choice ? { choice } : {}),
  };
}
