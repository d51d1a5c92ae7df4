/**
 * Reads one or several `ping` runs from a paste (Comware 7 and Comware 5 layouts, IPv4 and IPv6).
 * The `ping` step needs, per destination, whether it answered and in which VPN instance it was
 * tried; the VPN comes from the statistics line or from the echoed command before the run. The
 * path-MTU and slow-server diagnoses also need the payload size, the DF flag, the source address
 * and the reply times.
 *
 * Rules:
 * - `ping -a SRC ...` prints `Ping X (X) from SRC: 56 data bytes` (real capture in
 *   __fixtures__/SOURCES.md); `Ping6(56 data bytes) SRC --> DST` always names its source.
 * - `size` is the header's `N data bytes` (what the device sent), else the echoed `-s`.
 *   `dontFragment` is true when the echoed command has `-f`, false when an echoed `ping` has
 *   none, null when no echoed command shows the run's command. `source` is the header's source,
 *   else the echoed `-a`.
 * - `Request time out` lines printed before a run's header was pasted (cut-off top) belong to
 *   the run a following reply or statistics line opens; before a header or another command they
 *   belong to a run we cannot see and are reported (`orphan-timeout`).
 * - DF pings larger than the MTU: the H3C command reference says `-f` makes the device drop a
 *   request longer than the outgoing interface's MTU, and nothing else: no Comware capture or
 *   document shows an error line, so such a run reads as `Request time out` lines and 100% loss
 *   (the data `dontFragment`, `size` and the loss carry it). Lines `ping: ...` / `Ping: ...` are
 *   the error form of the BSD ping Comware 7's output follows (`ping: connect: Invalid argument`
 *   is seen in a public test of an HPE 12908 parser, and BSD prints `ping: sendto: Message too
 *   long` for a DF packet over the local MTU); they are kept in the run's `sendErrors`, and those
 *   saying the packet is too big or too long warn `packet-too-big`, others `ping-error`.
 * - No run, no value: a non-empty paste with no ping run is a `wrong-command` error with value null.
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { hasAt, hasWordAt, trimIndented } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { PingData, PingRun } from '../parsed-types';
import { numberOf, readPingCommand, replyTime, type PingCommand } from './ping-text';

export interface PingRunRecord extends PingRun {
  /** Name or address as typed (`Ping www.x.com (1.2.3.4)` → `www.x.com`); equals destination otherwise. */
  host: string;
  ipVersion: 4 | 6;
  /** `round-trip min/avg/max[/std-dev] = ...`; stdDev null on Comware 5. */
  rtt: { min: number; avg: number; max: number; stdDev: number | null } | null;
  /** Addresses of the `RR:` block (`ping -r`), null when absent. */
  recordRoute: string[] | null;
  /** `ping: sendto: Message too long`-style lines printed inside the run. */
  sendErrors: { line: number; text: string; packetTooBig: boolean }[];
}

export interface PingParsed extends PingData {
  pings: PingRunRecord[];
}

const EXPECTED = 'ping';

// `Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break`
// `Ping 10.1.1.2 (10.1.1.2) from 10.1.1.1: 56 data bytes, press CTRL+C to break` (ping -a)
// `PING 10.10.10.2 (10.10.10.2): 56 data bytes, press CTRL_C to break` (H3C IPsec debugging doc)
const CW7_HEADER = /^(?:Ping|PING) (\S+) \(([^()\s]+)\)(?: from (\S+?))?: (\d+) +data bytes/;
// `Ping6(56 data bytes) 2001::1 --> 2001::2, press CTRL_C to break`
const V6_HEADER = /^Ping6\((\d+) data bytes\) (\S+) --> ([^,\s]+)/;
// `PING 1.1.2.2: 56  data bytes, press CTRL_C to break`
const CW5_HEADER = /^PING (\S+?): +(\d+) +data bytes/;
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
// `ping: sendto: Message too long`, `Ping: Packet too big`, `... Frag needed ...`
const TOO_BIG = /too (?:big|long|large)|frag(?:mentation)? needed/i;

// A run's fieldLines keys, each a bit of the run's `mask`.
const K_DESTINATION = 0;
const K_SIZE = 1;
const K_SOURCE = 2;
const K_DONT_FRAGMENT = 3;
const K_VPN_INSTANCE = 4;
const K_TIMES = 5;
const K_STATISTICS = 6;
const K_LOSS_PERCENT = 7;
const K_RECEIVED = 8;
const K_TRANSMITTED = 9;
const K_RTT = 10;
const K_RECORD_ROUTE = 11;
const RUN_KEYS = [
  'destination',
  'size',
  'source',
  'dontFragment',
  'vpnInstance',
  'times',
  'statistics',
  'lossPercent',
  'received',
  'transmitted',
  'rtt',
  'recordRoute',
] as const;

const bits = (...keys: number[]) => keys.reduce((m, k) => m | (1 << k), 0);
const SUMMARY = bits(K_STATISTICS, K_LOSS_PERCENT, K_RECEIVED, K_TRANSMITTED);
// The shapes nearly every run has, made as one object literal each (see shared/line-draft.ts for
// why: objects grown key by key on tens of thousands of runs are mostly garbage-collector work).
// Echoed `ping -vpn-instance V X`, replies, statistics with or without the round-trip line:
const ECHO_VPN = bits(K_DESTINATION, K_SIZE, K_DONT_FRAGMENT, K_VPN_INSTANCE) | SUMMARY;
const ECHO_VPN_REPLIES = ECHO_VPN | bits(K_TIMES);
const ECHO_VPN_RTT = ECHO_VPN_REPLIES | bits(K_RTT);
// No echoed command (documentation examples, pastes of the output alone):
const BARE = bits(K_DESTINATION, K_SIZE) | SUMMARY;
const BARE_RTT = BARE | bits(K_TIMES, K_RTT);

/** A run's fieldLines from its line per key (0: not read) and the set of keys read. */
function runLines(l: readonly number[], mask: number): FieldLines {
  switch (mask) {
    case ECHO_VPN:
      return {
        destination: l[0],
        size: l[1],
        dontFragment: l[3],
        vpnInstance: l[4],
        statistics: l[6],
        lossPercent: l[7],
        received: l[8],
        transmitted: l[9],
      };
    case ECHO_VPN_REPLIES:
      return {
        destination: l[0],
        size: l[1],
        dontFragment: l[3],
        vpnInstance: l[4],
        times: l[5],
        statistics: l[6],
        lossPercent: l[7],
        received: l[8],
        transmitted: l[9],
      };
    case ECHO_VPN_RTT:
      return {
        destination: l[0],
        size: l[1],
        dontFragment: l[3],
        vpnInstance: l[4],
        times: l[5],
        statistics: l[6],
        lossPercent: l[7],
        received: l[8],
        transmitted: l[9],
        rtt: l[10],
      };
    case BARE_RTT:
      return {
        destination: l[0],
        size: l[1],
        times: l[5],
        statistics: l[6],
        lossPercent: l[7],
        received: l[8],
        transmitted: l[9],
        rtt: l[10],
      };
    default: {
      const fl: FieldLines = {};
      for (let k = 0; k < RUN_KEYS.length; k++)
        if ((mask & (1 << k)) !== 0) fl[RUN_KEYS[k] as string] = l[k];
      return fl;
    }
  }
}

/** Placeholder until a run ends and its lines become its fieldLines (never returned). */
const PENDING: FieldLines = {};
// Runs with no reply time or no error line share these (tens of thousands of empty arrays were a
// visible share of the garbage on the bench paste); times are gathered in one reused array and
// copied out, exactly sized, when the run ends.
const NO_TIMES: number[] = Object.freeze([]) as unknown as number[];
const NO_ERRORS: PingRunRecord['sendErrors'] = Object.freeze(
  [],
) as unknown as PingRunRecord['sendErrors'];

export function parsePing(text: string): ParseResult<PingParsed> {
  const warnings: ParseIssue[] = [];
  const runs: PingRunRecord[] = [];
  let lastCommand: EchoedCommand | undefined;
  // What lastCommand asks for, when it is a `ping`.
  let lastPing: PingCommand | null = null;
  let cur: PingRunRecord | null = null;
  // Inside the current run's `RR:` block.
  let inRoute = false;
  let nonBlank = 0;
  // `Request time out` lines seen while no run was open (the top of the paste was cut).
  const orphans: number[] = [];
  // `ping: ...` error lines seen outside any run.
  let strayErrors = 0;
  // The current run's line per fieldLines key (0: not read), and which keys were read.
  const lines: number[] = RUN_KEYS.map(() => 0);
  let mask = 0;
  // The current run's reply times.
  const times: number[] = [];
  let timeCount = 0;
  const setLine = (key: number, no: number) => {
    lines[key] = no;
    mask |= 1 << key;
  };
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
    cur.fieldLines = runLines(lines, mask);
    if (timeCount > 0) {
      cur.times = times.slice(0, timeCount);
      timeCount = 0;
    }
    for (let k = 0; mask !== 0; k++, mask >>>= 1) if ((mask & 1) !== 0) lines[k] = 0;
    cur = null;
  };

  /** Timeouts nothing visible owns: a run whose header was not pasted. */
  const dropOrphans = () => {
    for (const no of orphans)
      warnings.push(
        issue(
          'orphan-timeout',
          'A "Request time out" line with no ping header before it: not counted in any run.',
          no,
        ),
      );
    orphans.length = 0;
  };

  const start = (
    no: number,
    destination: string,
    host: string,
    ipVersion: 4 | 6,
    size: number | null,
    source: string | null,
  ): PingRunRecord => {
    leave();
    const cmd = lastPing;
    const vpn = cmd === null || cmd.vpn === null ? null : sameVpn(cmd.vpn);
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
      size: size ?? cmd?.size ?? null,
      dontFragment: cmd === null ? null : cmd.dontFragment,
      source: source ?? cmd?.source ?? null,
      rtt: null,
      times: NO_TIMES,
      recordRoute: null,
      sendErrors: NO_ERRORS,
      line: no,
      endLine: no,
      fieldLines: PENDING,
    };
    setLine(K_DESTINATION, no);
    const cmdNo = lastCommand?.no ?? no;
    if (size !== null) setLine(K_SIZE, no);
    else if (run.size !== null) setLine(K_SIZE, cmdNo);
    if (source !== null) setLine(K_SOURCE, no);
    else if (run.source !== null) setLine(K_SOURCE, cmdNo);
    if (cmd !== null) setLine(K_DONT_FRAGMENT, cmdNo);
    if (vpn !== null) setLine(K_VPN_INSTANCE, cmdNo);
    // The echoed command belongs to this run only.
    lastCommand = undefined;
    lastPing = null;
    inRoute = false;
    runs.push(run);
    cur = run;
    return run;
  };

  /** A run opened by a reply or statistics line: timeouts printed just before it are its own. */
  const startHeaderless = (no: number, address: string): PingRunRecord => {
    const ipVersion = address.includes(':') ? 6 : 4;
    const first = orphans[0];
    const run = start(first ?? no, address, address, ipVersion, null, null);
    if (first !== undefined) {
      run.timeouts = orphans.length;
      lines[K_DESTINATION] = no;
      orphans.length = 0;
    }
    return run;
  };

  /** A reply line (`56 bytes from ...` or `Reply from ...`) with the address it names. */
  const reply = (no: number, address: string, t: string) => {
    const r = cur ?? startHeaderless(no, address);
    r.replies++;
    r.endLine = no;
    const ms = replyTime(t);
    if (ms !== null) {
      if (timeCount === 0) setLine(K_TIMES, no);
      times[timeCount++] = ms;
    }
  };

  /** Lines starting with a digit: replies and statistics; false when the line is neither. */
  const digitLine = (no: number, t: string): boolean => {
    // test() makes no match array; the address is only needed when the reply starts a run.
    if (CW7_REPLY.test(t)) {
      reply(no, cur === null ? (CW7_REPLY.exec(t)?.[1] ?? '') : '', t);
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
      setLine(K_LOSS_PERCENT, no);
      setLine(K_RECEIVED, no);
      setLine(K_TRANSMITTED, no);
      r.endLine = no;
      return true;
    }
    const tx = CW5_TRANSMITTED.exec(t);
    if (tx !== null) {
      r.transmitted = numberOf(tx[1] ?? '');
      setLine(K_TRANSMITTED, no);
      r.endLine = no;
      return true;
    }
    const rx = CW5_RECEIVED.exec(t);
    if (rx !== null) {
      r.received = numberOf(rx[1] ?? '');
      setLine(K_RECEIVED, no);
      r.endLine = no;
      return true;
    }
    const loss = CW5_LOSS.exec(t);
    if (loss !== null) {
      r.lossPercent = numberOf(loss[1] ?? '');
      setLine(K_LOSS_PERCENT, no);
      r.endLine = no;
      return true;
    }
    return false;
  };

  /** `Ping ...` / `Ping6(...)` / `PING ...` headers; false when the line is none of them. */
  const header = (no: number, t: string): boolean => {
    let m = CW7_HEADER.exec(t);
    if (m !== null) {
      dropOrphans();
      const destination = m[2] ?? '';
      // `Ping 10.1.1.1 (10.1.1.1)`: one string for both.
      const host = m[1] === destination ? destination : (m[1] ?? '');
      const ipVersion = destination.includes(':') ? 6 : 4;
      start(no, destination, host, ipVersion, numberOf(m[4] ?? ''), m[3] ?? null);
      return true;
    }
    m = V6_HEADER.exec(t);
    if (m !== null) {
      dropOrphans();
      start(no, m[3] ?? '', m[3] ?? '', 6, numberOf(m[1] ?? ''), m[2] ?? null);
      return true;
    }
    m = CW5_HEADER.exec(t);
    if (m !== null) {
      dropOrphans();
      const destination = m[1] ?? '';
      start(
        no,
        destination,
        destination,
        destination.includes(':') ? 6 : 4,
        numberOf(m[2] ?? ''),
        null,
      );
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
    const r = cur === null || cur.hasStatistics ? startHeaderless(no, dest) : cur;
    r.hasStatistics = true;
    r.endLine = no;
    setLine(K_STATISTICS, no);
    const vpn = s7?.[2];
    if (vpn !== undefined) {
      r.vpnInstance = sameVpn(vpn);
      setLine(K_VPN_INSTANCE, no);
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
    setLine(K_RTT, no);
    r.endLine = no;
    return true;
  };

  /** `ping: sendto: Message too long` / `Ping: Packet too big`: the device's own error line. */
  const errorLine = (no: number, t: string) => {
    const packetTooBig = TOO_BIG.test(t);
    const shown = t.slice(0, 80);
    warnings.push(
      packetTooBig
        ? issue(
            'packet-too-big',
            `The device would not send the request: "${shown}" (a DF ping larger than the MTU of the way out).`,
            no,
          )
        : issue('ping-error', `The device reported an error instead of sending: "${shown}".`, no),
    );
    if (cur === null) {
      strayErrors++;
      return;
    }
    const error = { line: no, text: t, packetTooBig };
    if (cur.sendErrors === NO_ERRORS) cur.sendErrors = [error];
    else cur.sendErrors.push(error);
    cur.endLine = no;
    inRoute = false;
  };

  const onLine = (no: number, raw: string): void => {
    const t = trimIndented(raw);
    if (t === '') return;
    nonBlank++;
    const c0 = t.charCodeAt(0);
    if (c0 === 80 /* P */ && header(no, t)) return;
    if (c0 >= 48 && c0 <= 57 && digitLine(no, t)) return;
    if (t === 'Request time out') {
      if (cur === null) orphans.push(no);
      else {
        cur.timeouts++;
        cur.endLine = no;
        inRoute = false;
      }
      return;
    }
    if (hasAt(t, 'Reply from ', 0)) {
      const m = CW5_REPLY.exec(t);
      if (m !== null) {
        reply(no, m[1] ?? '', t);
        return;
      }
    }
    if (hasAt(t, '--- ', 0) && statistics(no, t)) return;
    if (cur !== null && hasAt(t, 'round-trip ', 0) && roundTrip(no, t, cur)) return;
    if (cur !== null && hasAt(t, 'RR:', 0)) {
      const m = RR_START.exec(t);
      if (m !== null) {
        cur.recordRoute = [m[1] ?? ''];
        setLine(K_RECORD_ROUTE, no);
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
    if ((c0 | 32) === 112 /* p */ && hasWordAt(t, 0, 'ping: ')) {
      errorLine(no, t);
      return;
    }
    warnings.push(issue('unrecognised-line', `Not part of ping output: "${t.slice(0, 80)}"`, no));
  };
  // A new command ends the run before it; its VPN goes to the run it starts.
  const onCommand = (cmd: EchoedCommand): void => {
    leave();
    dropOrphans();
    lastCommand = cmd;
    lastPing = readPingCommand(cmd.command);
  };
  addHiddenWarnings(warnings, scanPaste(text, onLine, onCommand).hidden);
  leave();
  dropOrphans();

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
        strayErrors > 0
          ? issue(
              'ping-failed',
              'The ping printed an error instead of a run: see the warnings for what the device said.',
            )
          : issue(
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
