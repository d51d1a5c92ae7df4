/**
 * Reads one or several `ping` runs from a paste (Comware 7 and Comware 5 layouts, IPv4 and IPv6).
 * The `ping` step needs, per destination, whether it answered and in which VPN instance it was
 * tried; the VPN comes from the statistics line or from the echoed command before the run.
 * No run, no value: a non-empty paste with no ping run is a `wrong-command` error with value null.
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { hasAt, trimIndented } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { PingData, PingRun } from '../parsed-types';
import { buildLines, lineDraft, resetDraft, setLine } from '../shared/line-draft';
import { UNDECIDED_TEXT, numberOf, vpnOfCommand } from './ping-text';

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

/** `ping -vpn-instance HLW -c 10 10.197.44.200` → `HLW`. */
function vpnFromCommand(cmd: EchoedCommand | undefined): string | null {
  if (cmd === undefined) return null;
  const fast = vpnOfCommand(cmd.command);
  if (fast !== UNDECIDED_TEXT) return fast;
  const words = cmd.command.split(/\s+/);
  if (!/^ping$/i.test(words[0] ?? '')) return null;
  const i = words.findIndex((w) => w.toLowerCase() === '-vpn-instance');
  return i >= 0 ? (words[i + 1] ?? null) : null;
}

// Keys of a run's fieldLines in the order a Comware 7 run sets them (the summary line sets
// `lossPercent`, `received`, `transmitted` in that order).
const RUN_KEYS = [
  'destination',
  'vpnInstance',
  'statistics',
  'lossPercent',
  'received',
  'transmitted',
  'rtt',
  'recordRoute',
] as const;
const K_DESTINATION = 0;
const K_VPN_INSTANCE = 1;
const K_STATISTICS = 2;
const K_LOSS_PERCENT = 3;
const K_RECEIVED = 4;
const K_TRANSMITTED = 5;
const K_RTT = 6;
const K_RECORD_ROUTE = 7;

/** A run's fieldLines when a Comware 7 run printed everything in the usual order. */
function usualRunLines(l: readonly number[], next: number): FieldLines | null {
  if (next === K_RTT)
    return {
      destination: l[0],
      vpnInstance: l[1],
      statistics: l[2],
      lossPercent: l[3],
      received: l[4],
      transmitted: l[5],
    };
  if (next === K_RECORD_ROUTE)
    return {
      destination: l[0],
      vpnInstance: l[1],
      statistics: l[2],
      lossPercent: l[3],
      received: l[4],
      transmitted: l[5],
      rtt: l[6],
    };
  return null;
}

/** Placeholder until a run ends and its draft becomes its fieldLines (never returned). */
const PENDING: FieldLines = {};

export function parsePing(text: string): ParseResult<PingParsed> {
  const warnings: ParseIssue[] = [];
  const runs: PingRunRecord[] = [];
  let lastCommand: EchoedCommand | undefined;
  let cur: PingRunRecord | null = null;
  // Inside the current run's `RR:` block.
  let inRoute = false;
  let nonBlank = 0;
  // The current run's fieldLines, made into an object when the run ends.
  const lines = lineDraft(RUN_KEYS, usualRunLines);
  // The VPN named last: thousands of runs name the same one.
  let lastVpn: string | null = null;
  const sameVpn = (vpn: string): string => {
    if (vpn === lastVpn) return lastVpn;
    lastVpn = vpn;
    return vpn;
  };

  /** No more lines go to the current run. */
  const leave = () => {
    if (cur === null) return;
    cur.fieldLines = buildLines(lines);
    cur = null;
  };

  const start = (
    no: number,
    destination: string,
    host: string,
    ipVersion: 4 | 6,
  ): PingRunRecord => {
    leave();
    const found = vpnFromCommand(lastCommand);
    const vpn = found === null ? null : sameVpn(found);
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
      fieldLines: PENDING,
    };
    resetDraft(lines, K_DESTINATION);
    setLine(lines, K_DESTINATION, no);
    if (vpn !== null && lastCommand !== undefined) setLine(lines, K_VPN_INSTANCE, lastCommand.no);
    // The echoed command belongs to this run only.
    lastCommand = undefined;
    inRoute = false;
    runs.push(run);
    cur = run;
    return run;
  };

  /** A reply line (`56 bytes from ...` or `Reply from ...`) with the address it names. */
  const reply = (no: number, address: string) => {
    cur ??= start(no, address, address, address.includes(':') ? 6 : 4);
    cur.replies++;
    cur.endLine = no;
  };

  /** Lines starting with a digit: replies and statistics; false when the line is neither. */
  const digitLine = (no: number, t: string): boolean => {
    // test() makes no match array; the address is only needed when the reply starts a run.
    if (CW7_REPLY.test(t)) {
      reply(no, cur === null ? (CW7_REPLY.exec(t)?.[1] ?? '') : '');
      inRoute = false;
      return true;
    }
    if (cur === null) return false;
    const r = cur;
    const s = CW7_SUMMARY.exec(t);
    if (s !== null) {
      r.transmitted = numberOf(s[1] ?? '');
      r.received = numberOf(s[2] ?? '');
      r.lossPercent = numberOf(s[3] ?? '');
      setLine(lines, K_LOSS_PERCENT, no);
      setLine(lines, K_RECEIVED, no);
      setLine(lines, K_TRANSMITTED, no);
      r.endLine = no;
      return true;
    }
    const tx = CW5_TRANSMITTED.exec(t);
    if (tx !== null) {
      r.transmitted = numberOf(tx[1] ?? '');
      setLine(lines, K_TRANSMITTED, no);
      r.endLine = no;
      return true;
    }
    const rx = CW5_RECEIVED.exec(t);
    if (rx !== null) {
      r.received = numberOf(rx[1] ?? '');
      setLine(lines, K_RECEIVED, no);
      r.endLine = no;
      return true;
    }
    const loss = CW5_LOSS.exec(t);
    if (loss !== null) {
      r.lossPercent = numberOf(loss[1] ?? '');
      setLine(lines, K_LOSS_PERCENT, no);
      r.endLine = no;
      return true;
    }
    return false;
  };

  /** `Ping ...` / `Ping6(...)` / `PING ...` headers; false when the line is none of them. */
  const header = (no: number, t: string): boolean => {
    let m = CW7_HEADER.exec(t);
    if (m !== null) {
      const destination = m[2] ?? '';
      // `Ping 10.1.1.1 (10.1.1.1)`: one string for both.
      const host = m[1] === destination ? destination : (m[1] ?? '');
      start(no, destination, host, destination.includes(':') ? 6 : 4);
      return true;
    }
    m = V6_HEADER.exec(t);
    if (m !== null) {
      start(no, m[2] ?? '', m[2] ?? '', 6);
      return true;
    }
    m = CW5_HEADER.exec(t);
    if (m !== null) {
      start(no, m[1] ?? '', m[1] ?? '', (m[1] ?? '').includes(':') ? 6 : 4);
      return true;
    }
    return false;
  };

  /** `--- Ping statistics for ... ---` (both layouts); false when the line is not one. */
  const statistics = (no: number, t: string): boolean => {
    const s7 = CW7_STATS.exec(t);
    const s5 = s7 === null ? CW5_STATS.exec(t) : null;
    const dest = s7?.[1] ?? s5?.[1];
    if (dest === undefined) return false;
    const r =
      cur === null || cur.hasStatistics ? start(no, dest, dest, dest.includes(':') ? 6 : 4) : cur;
    r.hasStatistics = true;
    r.endLine = no;
    setLine(lines, K_STATISTICS, no);
    const vpn = s7?.[2];
    if (vpn !== undefined) {
      r.vpnInstance = sameVpn(vpn);
      setLine(lines, K_VPN_INSTANCE, no);
    }
    inRoute = false;
    return true;
  };

  /** `round-trip min/avg/max... = ...`; false when the line is not read as one. */
  const roundTrip = (no: number, t: string, r: PingRunRecord): boolean => {
    const m = RTT.exec(t);
    if (m === null) return false;
    const min = numberOf(m[1] ?? '');
    const avg = numberOf(m[2] ?? '');
    const max = numberOf(m[3] ?? '');
    if (min === null || avg === null || max === null) return false;
    r.rtt = { min, avg, max, stdDev: m[4] === undefined ? null : numberOf(m[4]) };
    setLine(lines, K_RTT, no);
    r.endLine = no;
    return true;
  };

  const onLine = (no: number, raw: string): void => {
    const t = trimIndented(raw);
    if (t === '') return;
    nonBlank++;
    const c0 = t.charCodeAt(0);
    if (c0 === 80 /* P */ && header(no, t)) return;
    if (c0 >= 48 && c0 <= 57 && digitLine(no, t)) return;
    if (t === 'Request time out' && cur !== null) {
      cur.timeouts++;
      cur.endLine = no;
      inRoute = false;
      return;
    }
    if (hasAt(t, 'Reply from ', 0)) {
      const m = CW5_REPLY.exec(t);
      if (m !== null) {
        reply(no, m[1] ?? '');
        return;
      }
    }
    if (hasAt(t, '--- ', 0) && statistics(no, t)) return;
    if (cur !== null && hasAt(t, 'round-trip ', 0) && roundTrip(no, t, cur)) return;
    if (cur !== null && hasAt(t, 'RR:', 0)) {
      const m = RR_START.exec(t);
      if (m !== null) {
        cur.recordRoute = [m[1] ?? ''];
        setLine(lines, K_RECORD_ROUTE, no);
        cur.endLine = no;
        inRoute = true;
        return;
      }
    }
    if (cur !== null && inRoute && ADDRESS_ONLY.test(t)) {
      cur.recordRoute?.push(t);
      cur.endLine = no;
      return;
    }
    warnings.push(issue('unrecognised-line', `Not part of ping output: "${t.slice(0, 80)}"`, no));
  };
  // A new command ends the run before it; its VPN goes to the run it starts.
  const onCommand = (cmd: EchoedCommand): void => {
    leave();
    lastCommand = cmd;
  };
  scanPaste(text, onLine, onCommand);
  leave();

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

  for (const run of runs) {
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
  return result<PingParsed>({ pings: runs }, [], warnings);
}
