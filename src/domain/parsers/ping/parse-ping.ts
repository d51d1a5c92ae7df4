/**
 * Reads one or several `ping` runs from a paste (Comware 7 and Comware 5 layouts, IPv4 and IPv6).
 * The `ping` step needs, per destination, whether it answered and in which VPN instance it was
 * tried; the VPN comes from the statistics line or from the echoed command before the run.
 */
import { normalise, type EchoedCommand } from '../shared/normalise';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import type { PingData, PingRun } from '../parsed-types';

export interface PingRunRecord extends PingRun {
  /** Name or address as typed (`Ping www.x.com (1.2.3.4)` → `www.x.com`); equals destination otherwise. */
  host: string;
  ipVersion: 4 | 6;
  /** `round-trip min/avg/max[/std-dev] = ...`; stdDev null on Comware 5. */
  rtt: { min: number; avg: number; max: number; stdDev: number | null } | null;
  /** Addresses of the `RR:` block (`ping -r`), null when absent. */
  recordRoute: string[] | null;
}

export interface PingParsed extends PingData {
  pings: PingRunRecord[];
}

const EXPECTED = 'ping';

// `Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break`
const CW7_HEADER = /^Ping (\S+) \(([^()\s]+)\): \d+ +data bytes/;
// `Ping6(56 data bytes) 2001::1 --> 2001::2, press CTRL_C to break`
const V6_HEADER = /^Ping6\(\d+ data bytes\) (\S+) --> ([^,\s]+)/;
// `PING 1.1.2.2: 56  data bytes, press CTRL_C to break`
const CW5_HEADER = /^PING (\S+?): +\d+ +data bytes/;
// `56 bytes from 1.1.2.2: icmp_seq=1 ttl=254 time=4.834 ms  (same route)` / `56 bytes from 2001::2, icmp_seq=0 hlim=64 time=62.000 ms`
const CW7_REPLY = /^\d+ bytes from ([^\s,]+?)[:,] icmp_seq=\d+ (?:ttl|hlim)=\d+/;
// `Reply from 1.1.2.2: bytes=56 Sequence=1 ttl=254 time=205 ms`
const CW5_REPLY = /^Reply from (\S+?): bytes=\d+ Sequence=\d+/;
// `--- Ping statistics for 10.197.44.200 in VPN instance HLW ---` / `--- Ping6 statistics for 2001::2 ---`
const CW7_STATS = /^--- Ping6? statistics for (\S+)(?: in VPN instance (\S+))? ---$/;
// `--- 1.1.2.2 ping statistics ---`
const CW5_STATS = /^--- (\S+) ping statistics ---$/;
// `5 packet(s) transmitted, 4 packet(s) received, 20.0% packet loss`
const CW7_SUMMARY =
  /^(\d+) packet\(s\) transmitted, (\d+) packet\(s\) received, (\d+(?:\.\d+)?)% packet loss/;
// `5 packet(s) transmitted` / `5 packet(s) received` / `0.00% packet loss` (Comware 5, one per line)
const CW5_TRANSMITTED = /^(\d+) packet\(s\) transmitted$/;
const CW5_RECEIVED = /^(\d+) packet\(s\) received$/;
const CW5_LOSS = /^(\d+(?:\.\d+)?)% packet loss$/;
// `round-trip min/avg/max/std-dev = 4.685/4.761/4.834/0.058 ms` (also `stddev`, and `min/avg/max = 1/41/205 ms`)
const RTT =
  /^round-trip min\/avg\/max(?:\/std-?dev)? = ([\d.]+)\/([\d.]+)\/([\d.]+)(?:\/([\d.]+))? ms$/;
// `RR:      1.1.2.1`
const RR_START = /^RR:\s+(\S+)$/;
// `         1.1.2.2` (further hops of the record-route block)
const ADDRESS_ONLY = /^[0-9A-Fa-f:.]+$/;

interface Draft {
  run: PingRunRecord;
  inRoute: boolean;
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** `ping -vpn-instance HLW -c 10 10.197.44.200` → `HLW`. */
function vpnFromCommand(cmd: EchoedCommand | undefined): string | null {
  if (cmd === undefined) return null;
  const words = cmd.command.split(/\s+/);
  if (!/^ping$/i.test(words[0] ?? '')) return null;
  const i = words.findIndex((w) => w.toLowerCase() === '-vpn-instance');
  return i >= 0 ? (words[i + 1] ?? null) : null;
}

export function parsePing(text: string): ParseResult<PingParsed> {
  const paste = normalise(text);
  const warnings: ParseIssue[] = [];
  const runs: Draft[] = [];
  const commands = paste.commands;
  let cmdIdx = 0;
  let lastCommand: EchoedCommand | undefined;
  let cur: Draft | null = null;
  let nonBlank = 0;

  const start = (no: number, destination: string, host: string, ipVersion: 4 | 6): Draft => {
    const vpn = vpnFromCommand(lastCommand);
    const run: PingRunRecord = {
      destination,
      host,
      ipVersion,
      vpnInstance: vpn,
      transmitted: null,
      received: null,
      lossPercent: null,
      replies: 0,
      timeouts: 0,
      hasStatistics: false,
      rtt: null,
      recordRoute: null,
      line: no,
      endLine: no,
      fieldLines: {
        destination: no,
        ...(vpn !== null && lastCommand !== undefined ? { vpnInstance: lastCommand.no } : {}),
      },
    };
    // The echoed command belongs to this run only.
    lastCommand = undefined;
    const d = { run, inRoute: false };
    runs.push(d);
    return d;
  };

  for (const { no, text: raw } of paste.lines) {
    while (cmdIdx < commands.length && (commands[cmdIdx]?.no ?? Infinity) < no) {
      lastCommand = commands[cmdIdx];
      cmdIdx++;
      // A new command ends the run before it.
      cur = null;
    }
    const t = raw.trim();
    if (t === '') continue;
    nonBlank++;
    const c0 = t.charCodeAt(0);

    if (c0 === 80 /* P */) {
      let m = CW7_HEADER.exec(t);
      if (m !== null) {
        cur = start(no, m[2] ?? '', m[1] ?? '', (m[2] ?? '').includes(':') ? 6 : 4);
        continue;
      }
      m = V6_HEADER.exec(t);
      if (m !== null) {
        cur = start(no, m[2] ?? '', m[2] ?? '', 6);
        continue;
      }
      m = CW5_HEADER.exec(t);
      if (m !== null) {
        cur = start(no, m[1] ?? '', m[1] ?? '', (m[1] ?? '').includes(':') ? 6 : 4);
        continue;
      }
    }
    if (c0 >= 48 && c0 <= 57) {
      const reply = CW7_REPLY.exec(t);
      if (reply !== null) {
        cur ??= start(no, reply[1] ?? '', reply[1] ?? '', (reply[1] ?? '').includes(':') ? 6 : 4);
        cur.run.replies++;
        cur.run.endLine = no;
        cur.inRoute = false;
        continue;
      }
      if (cur !== null) {
        const r = cur.run;
        const s = CW7_SUMMARY.exec(t);
        if (s !== null) {
          r.transmitted = num(s[1]);
          r.received = num(s[2]);
          r.lossPercent = num(s[3]);
          r.fieldLines.transmitted = r.fieldLines.received = r.fieldLines.lossPercent = no;
          r.endLine = no;
          continue;
        }
        const tx = CW5_TRANSMITTED.exec(t);
        if (tx !== null) {
          r.transmitted = num(tx[1]);
          r.fieldLines.transmitted = r.endLine = no;
          continue;
        }
        const rx = CW5_RECEIVED.exec(t);
        if (rx !== null) {
          r.received = num(rx[1]);
          r.fieldLines.received = r.endLine = no;
          continue;
        }
        const loss = CW5_LOSS.exec(t);
        if (loss !== null) {
          r.lossPercent = num(loss[1]);
          r.fieldLines.lossPercent = r.endLine = no;
          continue;
        }
      }
    }
    if (t === 'Request time out') {
      if (cur !== null) {
        cur.run.timeouts++;
        cur.run.endLine = no;
        cur.inRoute = false;
        continue;
      }
    }
    if (t.startsWith('Reply from ')) {
      const reply = CW5_REPLY.exec(t);
      if (reply !== null) {
        cur ??= start(no, reply[1] ?? '', reply[1] ?? '', (reply[1] ?? '').includes(':') ? 6 : 4);
        cur.run.replies++;
        cur.run.endLine = no;
        continue;
      }
    }
    if (t.startsWith('--- ')) {
      const s7 = CW7_STATS.exec(t);
      const s5 = s7 === null ? CW5_STATS.exec(t) : null;
      const dest = s7?.[1] ?? s5?.[1];
      if (dest !== undefined) {
        if (cur === null || cur.run.hasStatistics)
          cur = start(no, dest, dest, dest.includes(':') ? 6 : 4);
        const r = cur.run;
        r.hasStatistics = true;
        r.fieldLines.statistics = r.endLine = no;
        const vpn = s7?.[2];
        if (vpn !== undefined) {
          r.vpnInstance = vpn;
          r.fieldLines.vpnInstance = no;
        }
        cur.inRoute = false;
        continue;
      }
    }
    if (cur !== null && t.startsWith('round-trip ')) {
      const m = RTT.exec(t);
      if (m !== null) {
        const [min, avg, max] = [num(m[1]), num(m[2]), num(m[3])];
        if (min !== null && avg !== null && max !== null) {
          cur.run.rtt = { min, avg, max, stdDev: num(m[4]) };
          cur.run.fieldLines.rtt = cur.run.endLine = no;
          continue;
        }
      }
    }
    if (cur !== null && t.startsWith('RR:')) {
      const m = RR_START.exec(t);
      if (m !== null) {
        cur.run.recordRoute = [m[1] ?? ''];
        cur.run.fieldLines.recordRoute = cur.run.endLine = no;
        cur.inRoute = true;
        continue;
      }
    }
    if (cur !== null && cur.inRoute && ADDRESS_ONLY.test(t)) {
      cur.run.recordRoute?.push(t);
      cur.run.endLine = no;
      continue;
    }
    warnings.push(issue('unrecognised-line', `Not part of ping output: "${t.slice(0, 80)}"`, no));
  }

  if (nonBlank === 0)
    return result<PingParsed>(
      null,
      [issue('empty-input', 'Nothing to read: paste the output of ping.')],
      [],
    );
  if (runs.length === 0) {
    return result<PingParsed>(
      null,
      [
        issue(
          'wrong-command',
          `No ping run found: expected the output of ${EXPECTED} (a "Ping ... data bytes" header, replies and statistics).`,
        ),
      ],
      warnings,
    );
  }

  for (const { run } of runs) {
    if (run.hasStatistics && run.transmitted !== null) continue;
    warnings.push(
      issue(
        'truncated',
        `The ping to ${run.destination} stops before its statistics: what was printed is kept.`,
        run.endLine,
      ),
    );
    if (run.transmitted === null && run.replies + run.timeouts > 0) {
      const sent = run.replies + run.timeouts;
      run.transmitted = sent;
      run.received = run.replies;
      run.lossPercent = Math.round((run.timeouts / sent) * 1000) / 10;
      warnings.push(
        issue(
          'derived-statistics',
          `No statistics for ${run.destination}: ${sent} sent / ${run.replies} received counted from the reply and "Request time out" lines.`,
          run.line,
        ),
      );
    }
  }
  return result<PingParsed>({ pings: runs.map((d) => d.run) }, [], warnings);
}
