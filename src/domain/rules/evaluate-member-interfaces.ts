/**
 * The member-interfaces step: every member of the LB aggregate is Selected, which only says LACP
 * sees no fault. Each member's `display interface` (and the log buffer, when pasted) shows what
 * LACP cannot: a link that flaps, counts CRC or input errors that keep rising, or receives nothing
 * while its siblings carry traffic (a gray failure).
 */
import type { Evidence, Finding } from '../run-types';
import type { InterfaceStatus } from '../parsers/parsed-types';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { finding } from './evidence';
import { list, t } from './text';
import { inputPps, logEntries, rateLines, snapshots, type Snapshot } from './support';

export interface MemberFacts {
  found: boolean;
  faulty: string[];
  healthy: boolean;
}

/** A flap this recent, on one member only, is part of the incident rather than history. */
const RECENT_FLAP_SECONDS = 3600;
const OLD_FLAP_SECONDS = 24 * 3600;
/** Siblings carrying at least this many packets/sec make a silent member stand out. */
const BUSY_PPS = 100;

function errorsOf(s: InterfaceStatus): number | null {
  if (s.crc === null && s.inputErrors === null) return null;
  return Math.max(s.crc ?? 0, s.inputErrors ?? 0);
}

export function evaluateMemberInterfaces(ctx: RunContext): Evaluation<MemberFacts> {
  const findings: Finding[] = [];
  const members = [...ctx.selectedPorts, ...ctx.unselectedPorts];
  const seen = members.map((port) => ({ port, snaps: snapshots(ctx.support, port) }));
  const missing = seen.filter((m) => m.snaps.length === 0).map((m) => m.port);
  if (members.length === 0 || missing.length > 0) {
    if (members.length > 0 && missing.length < members.length)
      findings.push(
        finding(
          'member-counters-missing',
          'member-interfaces',
          'info',
          t(
            `Still to paste: \`display interface\` of ${list(missing)['en-US']}, to compare every member of ${ctx.aggregate ?? 'the aggregate'}.`,
            `还需粘贴 ${list(missing)['zh-CN']} 的 \`display interface\`，以便比较 ${ctx.aggregate ?? '聚合口'} 的每个成员。`,
          ),
          [],
          missing,
        ),
      );
    return {
      facts: { found: false, faulty: [], healthy: false },
      findings,
      context: ctx,
      waiting: true,
    };
  }
  const current = seen.map((m) => ({
    port: m.port,
    snap: m.snaps[m.snaps.length - 1] as Snapshot,
    snaps: m.snaps,
  }));
  const logs = logEntries(ctx.support);
  const faulty = new Set<string>();
  const faults: RunContext['memberFaults'] = [];
  const mark = (port: string, fault: RunContext['memberFaults'][number]['fault']) => {
    faulty.add(port);
    faults.push({ port, fault });
  };
  const odd = new Set<string>();
  const cite = (snap: Snapshot, keys: string[]): Evidence =>
    snap.evidence([snap.status.line, ...keys.map((k) => snap.status.fieldLines[k])]);

  for (const { port, snap, snaps } of current) {
    const s = snap.status;
    if (s.up === false) {
      mark(port, 'down');
      findings.push(
        finding(
          `member-down:${port}`,
          'member-interfaces',
          'problem',
          t(`${port} is ${s.state ?? 'DOWN'}.`, `${port} 状态为 ${s.state ?? 'DOWN'}。`),
          [cite(snap, ['state'])],
          [port],
        ),
      );
    }
    // Flaps: link events in the log buffer, or a last flap much more recent than the siblings'.
    const events = logs.filter(
      (l) =>
        l.entry.event !== null &&
        (l.entry.event.kind === 'link' || l.entry.event.kind === 'lagg-member') &&
        sameInterface(l.entry.event.interface, port),
    );
    // One flap logs a physical down and a member leaving the group: count one kind, the link's first.
    const linkDowns = events.filter((l) => l.entry.event?.kind === 'link' && !l.entry.event.up);
    const downs = linkDowns.length
      ? linkDowns
      : events.filter((l) => l.entry.event?.kind === 'lagg-member' && !l.entry.event.selected);
    const siblingsOld = current
      .filter((c) => c.port !== port)
      .every((c) => (c.snap.status.lastFlapSecondsAgo ?? Infinity) >= OLD_FLAP_SECONDS);
    const recent = s.lastFlapSecondsAgo !== null && s.lastFlapSecondsAgo <= RECENT_FLAP_SECONDS;
    if (downs.length >= 2 || (recent && siblingsOld && current.length > 1)) {
      mark(port, 'flapping');
      findings.push(
        finding(
          `member-flapping:${port}`,
          'member-interfaces',
          'problem',
          downs.length >= 2
            ? t(
                `${port} went down ${downs.length} times in the log buffer (first ${downs[0]?.entry.time}, last ${downs[downs.length - 1]?.entry.time}): the link flaps.`,
                `${port} 在日志缓冲区中 down 了 ${downs.length} 次（首次 ${downs[0]?.entry.time}，最近 ${downs[downs.length - 1]?.entry.time}）：链路在闪断。`,
              )
            : t(
                `${port} last flapped ${s.lastFlap ?? ''} ago, while the other members have been stable for over a day: the link flapped during the incident.`,
                `${port} 最近一次闪断在 ${s.lastFlap ?? ''} 之前，而其他成员已稳定超过一天：链路在故障期间发生过闪断。`,
              ),
          downs.length >= 2 ? downs.map((d) => d.evidence) : [cite(snap, ['lastFlap'])],
          [port],
        ),
      );
    } else if (s.lastFlapSecondsAgo !== null && s.lastFlapSecondsAgo < OLD_FLAP_SECONDS) {
      odd.add(port);
      findings.push(
        finding(
          `member-flapped-recently:${port}`,
          'member-interfaces',
          'warning',
          t(
            `${port} last flapped ${s.lastFlap ?? ''} ago. One flap is not proof of a faulty link; \`display logbuffer\` shows whether it keeps flapping.`,
            `${port} 最近一次闪断在 ${s.lastFlap ?? ''} 之前。一次闪断不足以证明链路有故障；\`display logbuffer\` 可以看出它是否反复闪断。`,
          ),
          [cite(snap, ['lastFlap'])],
          [port],
        ),
      );
    }
    // Errors: rising between two pastes proves a live fault; a single count may be old.
    const first = snaps[0] as Snapshot;
    const before = errorsOf(first.status);
    const now = errorsOf(s);
    if (snaps.length > 1 && before !== null && now !== null && now > before) {
      mark(port, 'errors-rising');
      findings.push(
        finding(
          `member-errors-rising:${port}`,
          'member-interfaces',
          'problem',
          t(
            `${port}'s input errors rose from ${before} to ${now} between the two pastes (CRC ${first.status.crc ?? '?'} → ${s.crc ?? '?'}): the link corrupts frames now.`,
            `${port} 的输入错误在两次粘贴之间从 ${before} 增加到 ${now}（CRC ${first.status.crc ?? '?'} → ${s.crc ?? '?'}）：链路正在产生错包。`,
          ),
          [cite(first, ['crc', 'inputErrors']), cite(snap, ['crc', 'inputErrors'])],
          [port],
        ),
      );
    } else if (now !== null && now > 0) {
      odd.add(port);
      findings.push(
        finding(
          `member-errors:${port}`,
          'member-interfaces',
          'warning',
          t(
            `${port} has counted ${now} input errors (CRC ${s.crc ?? '?'}) since counters were last cleared (${s.countersCleared ?? 'unknown'}). Paste \`display interface ${port}\` again in a minute: errors that keep rising mean a bad link.`,
            `${port} 自上次清除计数（${s.countersCleared ?? '未知'}）以来共有 ${now} 个输入错误（CRC ${s.crc ?? '?'}）。一分钟后再粘贴一次 \`display interface ${port}\`：错误持续增加说明链路有问题。`,
          ),
          [cite(snap, ['crc', 'inputErrors'])],
          [port],
        ),
      );
    }
  }
  // Gray failure: one member receives nothing while its siblings are busy.
  const rates = current.map((c) => ({ ...c, pps: inputPps(c.snap.status) }));
  const busy = rates.filter((r) => (r.pps ?? 0) >= BUSY_PPS);
  for (const r of rates) {
    if (r.pps !== 0 || busy.length === 0 || r.snap.status.up === false) continue;
    mark(r.port, 'silent');
    findings.push(
      finding(
        `member-silent:${r.port}`,
        'member-interfaces',
        'problem',
        t(
          `${r.port} is up and Selected yet receives 0 packets/sec, while ${list(busy.map((b) => `${b.port} (${b.pps} packets/sec)`))['en-US']} carr${busy.length === 1 ? 'ies' : 'y'} traffic: the flows hashed onto ${r.port} are lost on the way in.`,
          `${r.port} 处于 up 且被选中，但每秒收到 0 个报文，而 ${list(busy.map((b) => `${b.port}（每秒 ${b.pps} 个）`))['zh-CN']} 在承载流量：哈希到 ${r.port} 的流量在入方向丢失。`,
        ),
        [
          r.snap.evidence(rateLines(r.snap.status)),
          ...busy.map((b) => b.snap.evidence(rateLines(b.snap.status))),
        ],
        [r.port, ...busy.map((b) => b.port)],
      ),
    );
  }
  const healthy = faulty.size === 0 && odd.size === 0 && rates.every((r) => (r.pps ?? 0) > 0);
  if (healthy) {
    findings.push(
      finding(
        'members-healthy',
        'member-interfaces',
        'ok',
        t(
          `Every member of ${ctx.aggregate ?? 'the aggregate'} is up, receives traffic (${list(rates.map((r) => `${r.port} ${r.pps} packets/sec`))['en-US']}) and shows no recent flap or input errors: the LB's side of the path looks healthy.`,
          `${ctx.aggregate ?? '聚合口'} 的所有成员均为 up，都在接收流量（${list(rates.map((r) => `${r.port} 每秒 ${r.pps} 个`))['zh-CN']}），没有近期闪断或输入错误：负载均衡这一侧的路径看起来正常。`,
        ),
        rates.map((r) =>
          r.snap.evidence([
            r.snap.status.line,
            ...rateLines(r.snap.status),
            r.snap.status.fieldLines.crc,
          ]),
        ),
        rates.map((r) => r.port),
      ),
    );
  }
  return {
    facts: { found: true, faulty: [...faulty], healthy },
    findings,
    context: { ...ctx, faultyMembers: [...faulty], memberFaults: faults },
  };
}
