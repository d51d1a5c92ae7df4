/**
 * `display interface [<interface>]` (Comware 5 and 7) and `display interface brief`. The wizard
 * reads it for three things: a LAG member that LACP Selected but that is physically bad (flaps,
 * CRC / input errors, no input while its siblings carry traffic), traffic arriving on an
 * Unselected member, and the MTU / jumbo-frame settings along the path.
 *
 * Layouts (all seen in real captures, see __fixtures__/SOURCES.md):
 * - Comware 7: a line with the interface name alone, then `Current state: UP`,
 *   `Line protocol state: UP`, ... Comware 5: `GigabitEthernet1/0/1 current state: UP` (also
 *   `current state : UP`), `Line protocol current state: UP`. Any interface kind is a block:
 *   ports, Bridge-/Route-Aggregation, Reth, Vlan-interface, M-GigabitEthernet, tunnels, loopbacks.
 * - MTU: `Maximum transmission unit: 1500`, `Maximum Transmit Unit: 1500`, CW5 `The Maximum
 *   Transmit Unit is 1500`. Frame length: `Maximum frame length: 9216` (also `:9664`), `The Maximum
 *   Frame Length is 9216` (any case). Jumbo: `Allow jumbo frame(s) to pass` → true,
 *   `Forbid`/`Disallow jumbo frame(s) to pass` → false.
 * - Rates: `Last 300 seconds input:  3143 packets/sec 929430 bytes/sec 0%` (also `300 second`,
 *   `30 seconds`, `-%`, no percentage), `Last 300 seconds input rate: 7 bytes/sec, 56 bits/sec,
 *   0 packets/sec` (fractions on routers; CW5 without the colon), CW5 tunnels `0 bytes/sec,
 *   0 packets/sec`. `Last N minutes` is read as N×60 seconds.
 * - Counters: comma lists `<n|-> <label>`; `-` means the device does not count it (null). The
 *   packet totals come from `Input (total):` / `Input:` / `input:` / `N packets input`, never from
 *   `Input (normal):`; errors from `N input errors` (or `N errors` under `Input:`), CRC from
 *   `N CRC` / `N crc` wherever it is printed. Continuation lines belong to the last `Input`/`Output`.
 *   The `IPv4/IPv6 traffic statistics:` sections at the end of some CW7 ports are read and ignored:
 *   they are not the port's own counters.
 * - Flaps: `Last link flapping: 6 hours 39 minutes 14 seconds` (or `Never`) gives `lastFlap` and
 *   `lastFlapSecondsAgo`. `Last time when physical state changed to up:/down:` and
 *   `Current system time:` are kept as printed (`-` → null); when a block has those dates but no
 *   `Last link flapping` line, `lastFlap` is the later date and `lastFlapSecondsAgo` its distance
 *   to the system time (when both are printed in the same zone).
 * - `display interface brief`: every section title (`Brief information on interfaces in route
 *   mode:`, `... interface(s) under bridge mode:`, `The brief information of interface(s) under
 *   ...`) and column header (`Interface Link Protocol Main IP Description`, `Interface Link Speed
 *   Duplex Type PVID Description`, `Interface Link Cause`) is read; rows give name (as printed,
 *   abbreviated), state/up (Link: `UP`, `DOWN`, `ADM`; `Stby` leaves `up` null), line protocol,
 *   speed and duplex (`F`/`H`/`A` → `full`/`half`/`auto`), description and the `brief down` cause;
 *   every other field is null because the brief form does not print it (`source: 'brief'`). A
 *   table copied without its title is read from its column header on.
 *
 * Rules: one record per block or brief row, in paste order (an interface printed twice appears
 * twice). `fieldLines` names the line each field was read from, also when the value printed there
 * is `-` or `Never` (null). A paste with no interface block is an error, except a brief table
 * whose headers are printed with no rows (e.g. `display interface brief down` with nothing down),
 * which is a real, empty answer. Every other line is understood or reported (`unrecognised-line`).
 */
import { scanPaste } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { hasAt, isDigit, isInk, unsignedAt } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { InterfaceData, InterfaceStatus } from '../parsed-types';
import { isInterfaceName } from '../interface-config/interface-names';
import {
  durationSeconds,
  isStamp,
  counterLabels,
  counterValues,
  readRate,
  scanCounters,
  CRC,
  ERRORS,
  INPUT_ERRORS,
  OUTPUT_ERRORS,
  PACKETS,
  PACKETS_INPUT,
  PACKETS_OUTPUT,
  secondsBetween,
} from './interface-status-text';

export interface InterfaceStatusRecord extends InterfaceStatus {
  /** Which output the record came from: the detailed blocks or a `brief` table row. */
  source: 'detail' | 'brief';
  /** `Last time when physical state changed to up:` as printed; null for `-` or when not printed. */
  lastPhysicalUp: string | null;
  /** `Last time when physical state changed to down:` as printed; null for `-` or when not printed. */
  lastPhysicalDown: string | null;
  /** `Current system time:` as printed: the time the two above are measured against. */
  systemTime: string | null;
  /** `display interface brief down`: the `Cause` column (`Not connected`, ...). */
  downCause: string | null;
}

export interface InterfaceParsed extends InterfaceData {
  interfaces: InterfaceStatusRecord[];
}

const EXPECTED =
  'display interface (an interface name, then "Current state: ...") or display interface brief';

type Brief = 'none' | 'title' | 'route' | 'bridge' | 'cause';
const IN = 1;
const OUT = 2;

// `GigabitEthernet1/0/1 current state: UP`, `Vlan-interface123 current state : UP`
const CW5_HEADER = /^(\S+) current state ?: ?(.*)$/;
// `Line protocol state: UP(spoofing)`, `Line protocol current state: UP`
const LINE_PROTOCOL = /^Line protocol (?:current )?state ?: ?(.*)$/;
// `40Gbps-speed mode, full-duplex mode`, `1000Mbps-speed mode , full-duplex mode`, `4000Mbps-speed mode`
const SPEED_MODE = /^([^\s,]+?)-speed mode *(?:, *([A-Za-z]+)-duplex mode)?$/;
// `1000Mb/s, Full-duplex, link type: autonegotiation,` (CW7 router), `1000M, Full, link type is autonegotiation` (CW5 router)
const SPEED_ROUTER = /^(\d+(?:\.\d+)?[KMG](?:b\/s|bps)?), ([A-Za-z]+)(?:-duplex)?, link type\b/;
// Brief rows: route `GE0/0 UP UP 192.168.100.1 description`, bridge `GE0/1 DOWN auto A A 1 description`, cause `GE1/0/1 DOWN Not connected`
const ROUTE_ROW = /^(\S+) +(\S+) +(\S+) +(\S+)(?: +(.*))?$/;
const BRIDGE_ROW = /^(\S+) +(\S+) +(\S+) +(\S+) +(\S+) +(\d+)(?: +(.*))?$/;
const CAUSE_ROW = /^(\S+) +(\S+)(?: +(.*))?$/;

// fieldLines keys of a detailed record, as indexes into the per-block line table.
const K_STATE = 0;
const K_UP = 1;
const K_LINE_PROTOCOL = 2;
const K_DESCRIPTION = 3;
const K_MTU = 4;
const K_MAX_FRAME_LENGTH = 5;
const K_JUMBO_FRAMES = 6;
const K_SPEED = 7;
const K_DUPLEX = 8;
const K_LAST_FLAP = 9;
const K_LAST_FLAP_SECONDS_AGO = 10;
const K_RATE_WINDOW_SECONDS = 11;
const K_INPUT_RATE = 12;
const K_OUTPUT_RATE = 13;
const K_INPUT_PACKETS = 14;
const K_OUTPUT_PACKETS = 15;
const K_INPUT_ERRORS = 16;
const K_CRC = 17;
const K_OUTPUT_ERRORS = 18;
const K_COUNTERS_CLEARED = 19;
const K_LAST_PHYSICAL_UP = 20;
const K_LAST_PHYSICAL_DOWN = 21;
const K_SYSTEM_TIME = 22;
const KEY_COUNT = 23;

/**
 * A detailed record's `fieldLines` from the line of each field (0: not read), in one fixed key
 * order. Each key is a named store at its own site, so building thousands of these stays cheap; a
 * computed-key store per field read (one site for every key) was a tenth of the parse time.
 */
function buildFieldLines(name: number, l: Int32Array): FieldLines {
  const f: FieldLines = { name };
  if (l[K_STATE] !== 0) f.state = l[K_STATE];
  if (l[K_UP] !== 0) f.up = l[K_UP];
  if (l[K_LINE_PROTOCOL] !== 0) f.lineProtocol = l[K_LINE_PROTOCOL];
  if (l[K_DESCRIPTION] !== 0) f.description = l[K_DESCRIPTION];
  if (l[K_MTU] !== 0) f.mtu = l[K_MTU];
  if (l[K_MAX_FRAME_LENGTH] !== 0) f.maxFrameLength = l[K_MAX_FRAME_LENGTH];
  if (l[K_JUMBO_FRAMES] !== 0) f.jumboFrames = l[K_JUMBO_FRAMES];
  if (l[K_SPEED] !== 0) f.speed = l[K_SPEED];
  if (l[K_DUPLEX] !== 0) f.duplex = l[K_DUPLEX];
  if (l[K_LAST_FLAP] !== 0) f.lastFlap = l[K_LAST_FLAP];
  if (l[K_LAST_FLAP_SECONDS_AGO] !== 0) f.lastFlapSecondsAgo = l[K_LAST_FLAP_SECONDS_AGO];
  if (l[K_RATE_WINDOW_SECONDS] !== 0) f.rateWindowSeconds = l[K_RATE_WINDOW_SECONDS];
  if (l[K_INPUT_RATE] !== 0) f.inputRate = l[K_INPUT_RATE];
  if (l[K_OUTPUT_RATE] !== 0) f.outputRate = l[K_OUTPUT_RATE];
  if (l[K_INPUT_PACKETS] !== 0) f.inputPackets = l[K_INPUT_PACKETS];
  if (l[K_OUTPUT_PACKETS] !== 0) f.outputPackets = l[K_OUTPUT_PACKETS];
  if (l[K_INPUT_ERRORS] !== 0) f.inputErrors = l[K_INPUT_ERRORS];
  if (l[K_CRC] !== 0) f.crc = l[K_CRC];
  if (l[K_OUTPUT_ERRORS] !== 0) f.outputErrors = l[K_OUTPUT_ERRORS];
  if (l[K_COUNTERS_CLEARED] !== 0) f.countersCleared = l[K_COUNTERS_CLEARED];
  if (l[K_LAST_PHYSICAL_UP] !== 0) f.lastPhysicalUp = l[K_LAST_PHYSICAL_UP];
  if (l[K_LAST_PHYSICAL_DOWN] !== 0) f.lastPhysicalDown = l[K_LAST_PHYSICAL_DOWN];
  if (l[K_SYSTEM_TIME] !== 0) f.systemTime = l[K_SYSTEM_TIME];
  return f;
}

/** `up` for a `Current state` or brief `Link` value; undefined when the text is not known. */
function upOf(state: string): boolean | null | undefined {
  if (state === 'UP' || hasAt(state, 'UP ', 0) || hasAt(state, 'UP(', 0)) return true;
  if (state === 'ADM' || /down|storm-constrain/i.test(state)) return false;
  if (state === 'Stby') return null;
  return undefined;
}

/** `F(a)` → `full`: the brief Duplex column. */
function briefDuplex(cell: string): string {
  switch (cell.charCodeAt(0)) {
    case 70: // F
      return 'full';
    case 72: // H
      return 'half';
    case 65: // A
      return 'auto';
    default:
      return cell.toLowerCase();
  }
}

/** Digits after `label` (and an optional `:`/blanks) to the end of `t`; null when not so. */
function numberAfter(t: string, at: number): number | null {
  let i = at;
  const n = t.length;
  while (i < n && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 58)) i++;
  if (i === n || !isDigit(t.charCodeAt(i))) return null;
  return unsignedAt(t, i, n);
}

/** Text after the first `:` of `t`, without the blanks before it (the line end has none). */
function valueAfterColon(t: string): string {
  const c = t.indexOf(':');
  if (c < 0) return '';
  let i = c + 1;
  while (t.charCodeAt(i) === 32) i++;
  return t.slice(i).trimEnd();
}

function newRecord(name: string, no: number, source: 'detail' | 'brief'): InterfaceStatusRecord {
  return {
    name,
    state: null,
    up: null,
    lineProtocol: null,
    description: null,
    mtu: null,
    maxFrameLength: null,
    jumboFrames: null,
    speed: null,
    duplex: null,
    lastFlap: null,
    lastFlapSecondsAgo: null,
    rateWindowSeconds: null,
    inputRate: null,
    outputRate: null,
    inputPackets: null,
    outputPackets: null,
    inputErrors: null,
    crc: null,
    outputErrors: null,
    countersCleared: null,
    source,
    lastPhysicalUp: null,
    lastPhysicalDown: null,
    systemTime: null,
    downCause: null,
    line: no,
    endLine: no,
    fieldLines: { name: no },
  };
}

export function parseInterfaceStatus(text: string): ParseResult<InterfaceParsed> {
  const warnings: ParseIssue[] = [];
  const interfaces: InterfaceStatusRecord[] = [];
  let nonBlank = 0;
  // The detailed block being read, and how much of it: a name line alone is not an interface yet.
  let cur: InterfaceStatusRecord | null = null;
  // Line of each field of the current block (0: not read); `fields` counts what was read.
  const lines = new Int32Array(KEY_COUNT);
  let fields = 0;
  // Counter lines continue the last `Input`/`Output` label; `(normal)` totals are not the totals.
  let dir = 0;
  let normal = false;
  // Inside `IPv4 traffic statistics:` / `IPv6 traffic statistics:` (read, not kept).
  let ipStats = false;
  // The previous line was a VLAN list, which may wrap onto the next line.
  let vlanList = false;
  let brief: Brief = 'none';
  let briefTables = 0;
  let lastRow: InterfaceStatusRecord | null = null;

  const warn = (code: string, message: string, no: number) => {
    warnings.push(issue(code, message, no));
  };
  const unrecognised = (no: number, t: string) => {
    warn(
      'unrecognised-line',
      `Not part of display interface output: "${t.length > 80 ? `${t.slice(0, 80)}…` : t}"`,
      no,
    );
  };

  /** Records field `key` (a K_ index) as read on line `no`. */
  const saw = (key: number, no: number) => {
    lines[key] = no;
    fields++;
  };

  /** No more lines go to the current detailed block. */
  const leave = () => {
    const r = cur;
    if (r === null) return;
    cur = null;
    if (fields === 0) {
      warn(
        'interface-without-data',
        `"${r.name}" is followed by nothing of display interface (a cut paste?): it is not reported.`,
        r.line,
      );
      return;
    }
    if (r.lastFlap === null) flapFromDates(r);
    if (r.state === null)
      warn('missing-state', `${r.name} has no "Current state" line: its state is unknown.`, r.line);
    r.fieldLines = buildFieldLines(r.line, lines);
    interfaces.push(r);
  };

  /** `lastFlap` from the physical up/down dates when `Last link flapping` was not printed. */
  const flapFromDates = (r: InterfaceStatusRecord) => {
    const up = r.lastPhysicalUp;
    const down = r.lastPhysicalDown;
    let later: string | null = null;
    let key = 0;
    if (up !== null && isStamp(up)) {
      later = up;
      key = K_LAST_PHYSICAL_UP;
    }
    if (
      down !== null &&
      isStamp(down) &&
      (later === null || down.slice(0, 19) > later.slice(0, 19))
    ) {
      later = down;
      key = K_LAST_PHYSICAL_DOWN;
    }
    if (later === null) return;
    const no = lines[key] as number;
    r.lastFlap = later;
    lines[K_LAST_FLAP] = no;
    if (r.systemTime !== null) {
      r.lastFlapSecondsAgo = secondsBetween(later, r.systemTime);
      if (r.lastFlapSecondsAgo !== null) lines[K_LAST_FLAP_SECONDS_AGO] = no;
    }
  };

  const start = (name: string, no: number) => {
    leave();
    brief = 'none';
    lastRow = null;
    cur = newRecord(name, no, 'detail');
    lines.fill(0);
    fields = 0;
    dir = 0;
    normal = false;
    ipStats = false;
    vlanList = false;
  };

  const setState = (r: InterfaceStatusRecord, state: string, no: number) => {
    r.state = state;
    const up = upOf(state);
    r.up = up ?? null;
    saw(K_STATE, no);
    saw(K_UP, no);
    if (up === undefined)
      warn(
        'unknown-state',
        `${r.name}: state "${state}" is not a known one; "up" left unknown.`,
        no,
      );
  };

  // Lines are read in place: `t` is the line as the normaliser gave it and `at` where its text
  // starts (after the indent), so the indented counter lines of a 10 MB paste make no copies.

  /**
   * A rate line (any layout): `Last 300 seconds input:`, `Last 300 second output:`, `Last 30
   * seconds input rate:`, `Last 300 seconds input rate 2552703.00 ...`, `Last 5 minutes input
   * rate ...`, then the rates; false when the line is not one. `t` has `Last ` at `at`.
   */
  const rate = (r: InterfaceStatusRecord | null, no: number, t: string, at: number): boolean => {
    const n = t.length;
    let i = at + 5;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    const window = unsignedAt(t, at + 5, i);
    if (window === null || t.charCodeAt(i) !== 32) return false;
    i++;
    let unit: number;
    if (hasAt(t, 'second', i)) unit = 1;
    else if (hasAt(t, 'minute', i)) unit = 60;
    else return false;
    i += 6;
    if (t.charCodeAt(i) === 115 /* s */) i++;
    if (t.charCodeAt(i) !== 32) return false;
    i++;
    let input: boolean;
    if (hasAt(t, 'input', i)) {
      input = true;
      i += 5;
    } else if (hasAt(t, 'output', i)) {
      input = false;
      i += 6;
    } else return false;
    if (hasAt(t, ' rate', i)) i += 5;
    if (t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) === 58) i++;
    const v = readRate(t, i);
    if (v === undefined) return false;
    if (r === null) return true;
    if (r.rateWindowSeconds === null) {
      r.rateWindowSeconds = window * unit;
      saw(K_RATE_WINDOW_SECONDS, no);
    }
    if (input) {
      r.inputRate = v;
      saw(K_INPUT_RATE, no);
    } else {
      r.outputRate = v;
      saw(K_OUTPUT_RATE, no);
    }
    return true;
  };

  const setCounter = (
    r: InterfaceStatusRecord,
    key: 'inputPackets' | 'outputPackets' | 'inputErrors' | 'outputErrors' | 'crc',
    k: number,
    value: number,
    no: number,
  ) => {
    // The first line that prints a counter is the one kept (`Input (total)` before `Input:`).
    if (lines[k] !== 0) return;
    r[key] = Number.isNaN(value) ? null : value;
    saw(k, no);
  };

  /** A counter list from `from` on (after its `Input:`-style label, if any); false when not one. */
  const counters = (
    r: InterfaceStatusRecord | null,
    no: number,
    t: string,
    from: number,
  ): boolean => {
    const items = scanCounters(t, from);
    if (items < 0) return false;
    if (r !== null) applyCounters(r, no, items);
    return true;
  };

  /** The `items` counters `scanCounters` just read, from line `no`. */
  const applyCounters = (r: InterfaceStatusRecord, no: number, items: number): void => {
    for (let k = 0; k < items; k++) {
      const value = counterValues[k] as number;
      switch (counterLabels[k]) {
        case PACKETS:
          if (normal) break;
          if (dir === IN) setCounter(r, 'inputPackets', K_INPUT_PACKETS, value, no);
          else if (dir === OUT) setCounter(r, 'outputPackets', K_OUTPUT_PACKETS, value, no);
          break;
        case PACKETS_INPUT:
          setCounter(r, 'inputPackets', K_INPUT_PACKETS, value, no);
          break;
        case PACKETS_OUTPUT:
          setCounter(r, 'outputPackets', K_OUTPUT_PACKETS, value, no);
          break;
        case INPUT_ERRORS:
          setCounter(r, 'inputErrors', K_INPUT_ERRORS, value, no);
          break;
        case OUTPUT_ERRORS:
          setCounter(r, 'outputErrors', K_OUTPUT_ERRORS, value, no);
          break;
        case ERRORS:
          if (dir === IN) setCounter(r, 'inputErrors', K_INPUT_ERRORS, value, no);
          else if (dir === OUT) setCounter(r, 'outputErrors', K_OUTPUT_ERRORS, value, no);
          break;
        case CRC:
          setCounter(r, 'crc', K_CRC, value, no);
          break;
        default:
          break;
      }
    }
  };

  /**
   * `Input (total): ...`, `Input(normal):`, `Input  (total):`, `Input:` alone, `input:   ...`,
   * `Output:13614549367 packets, ...`; false when the line is not a counter line.
   */
  const labelledCounters = (
    r: InterfaceStatusRecord | null,
    no: number,
    t: string,
    at: number,
  ): boolean => {
    const c = t.charCodeAt(at);
    let i: number;
    if (hasAt(t, 'Input', at) || hasAt(t, 'input', at)) i = at + 5;
    else if (hasAt(t, 'Output', at) || hasAt(t, 'output', at)) i = at + 6;
    else return false;
    const n = t.length;
    while (i < n && t.charCodeAt(i) === 32) i++;
    let isNormal = false;
    if (t.charCodeAt(i) === 40) {
      // `(total)`, `(normal)`, `(error)`
      if (hasAt(t, '(normal)', i)) {
        isNormal = true;
        i += 8;
      } else if (hasAt(t, '(total)', i) || hasAt(t, '(error)', i)) i += 7;
      else return false;
      while (i < n && t.charCodeAt(i) === 32) i++;
    }
    if (t.charCodeAt(i) !== 58) return false;
    i++;
    while (i < n && t.charCodeAt(i) === 32) i++;
    const items = i < n ? scanCounters(t, i) : 0;
    if (items < 0) return false;
    dir = c === 73 || c === 105 ? IN : OUT;
    normal = isNormal;
    if (r !== null && items > 0) applyCounters(r, no, items);
    return true;
  };

  const jumbo = (r: InterfaceStatusRecord, t: string, at: number, no: number, allowed: boolean) => {
    if (!/^\w+ jumbo frames? to pass$/.test(at === 0 ? t : t.slice(at))) return false;
    r.jumboFrames = allowed;
    saw(K_JUMBO_FRAMES, no);
    return true;
  };

  const speed = (r: InterfaceStatusRecord, t: string, at: number, no: number): boolean => {
    const s = at === 0 ? t : t.slice(at);
    const m = SPEED_MODE.exec(s) ?? SPEED_ROUTER.exec(s);
    if (m === null) return false;
    r.speed = m[1] as string;
    saw(K_SPEED, no);
    if (m[2] !== undefined) {
      r.duplex = m[2].toLowerCase();
      saw(K_DUPLEX, no);
    }
    return true;
  };

  const mtu = (r: InterfaceStatusRecord, t: string, from: number, no: number): boolean => {
    const v = numberAfter(t, from);
    if (v === null) return false;
    r.mtu = v;
    saw(K_MTU, no);
    return true;
  };

  const frameLength = (r: InterfaceStatusRecord, t: string, from: number, no: number): boolean => {
    const v = numberAfter(t, from);
    if (v === null) return false;
    r.maxFrameLength = v;
    saw(K_MAX_FRAME_LENGTH, no);
    return true;
  };

  /** Lines of a detailed block; false when the line is not understood. */
  const blockLine = (
    r: InterfaceStatusRecord,
    no: number,
    t: string,
    at: number,
    afterVlanList: boolean,
  ): boolean => {
    const c = t.charCodeAt(at);
    if (isDigit(c)) {
      if (counters(ipStats ? null : r, no, t, at)) return true;
      if (speed(r, t, at, no)) return true;
      if (afterVlanList && isVlanContinuation(t, at)) {
        vlanList = true;
        return true;
      }
      return false;
    }
    switch (c) {
      case 45: // -
        return counters(ipStats ? null : r, no, t, at);
      case 65: // A
        return hasAt(t, 'Allow ', at) && jumbo(r, t, at, no, true);
      case 66: // B
        return hasAt(t, 'Bandwidth:', at) || hasAt(t, 'Broadcast ', at);
      case 67: // C
        if (hasAt(t, 'Current state:', at)) {
          if (r.state !== null) return false;
          setState(r, valueAfterColon(t), no);
          return true;
        }
        if (hasAt(t, 'Current system time:', at)) {
          r.systemTime = valueAfterColon(t);
          saw(K_SYSTEM_TIME, no);
          return true;
        }
        return hasAt(t, 'Checksumming of ', at);
      case 68: // D
        if (hasAt(t, 'Description:', at) || hasAt(t, 'Description :', at)) {
          const d = valueAfterColon(t);
          r.description = d === '' ? null : d;
          saw(K_DESCRIPTION, no);
          return true;
        }
        if (hasAt(t, 'Disallow ', at)) return jumbo(r, t, at, no, false);
        return hasAt(t, 'DCD:', at);
      case 69: // E
        return hasAt(t, 'Ethernet port mode:', at) || hasAt(t, 'Encapsulation is ', at);
      case 70: // F
        if (hasAt(t, 'Forbid ', at)) return jumbo(r, t, at, no, false);
        return hasAt(t, 'Flow-control', at);
      case 71: // G
        return hasAt(t, 'GRE key ', at);
      case 73: // I
        if (hasAt(t, 'Input', at)) return labelledCounters(ipStats ? null : r, no, t, at);
        if (hasAt(t, 'IPv4 traffic statistics:', at) || hasAt(t, 'IPv6 traffic statistics:', at)) {
          ipStats = true;
          return true;
        }
        return (
          hasAt(t, 'IP packet frame type', at) ||
          hasAt(t, 'IP Packet Frame Type', at) ||
          hasAt(t, 'IPv6 packet frame type', at) ||
          hasAt(t, 'IPv6 Packet Frame Type', at) ||
          hasAt(t, 'IPV6 Packet Frame Type', at) ||
          hasAt(t, "IP Sending Frames' Format", at) ||
          hasAt(t, 'Internet protocol processing', at) ||
          hasAt(t, 'Internet address', at) ||
          hasAt(t, 'Internet Address', at)
        );
      case 75: // K
        return hasAt(t, 'Known-unicast ', at);
      case 76: // L
        return lLine(r, no, t, at);
      case 77: // M
        if (hasAt(t, 'Maximum transmission unit', at)) return mtu(r, t, at + 25, no);
        if (hasAt(t, 'Maximum Transmit Unit', at)) return mtu(r, t, at + 21, no);
        if (hasAt(t, 'Maximum frame length', at)) return frameLength(r, t, at + 20, no);
        return (
          hasAt(t, 'Media type', at) ||
          hasAt(t, 'MDI type:', at) ||
          hasAt(t, 'Mdi type:', at) ||
          hasAt(t, 'Multicast ', at)
        );
      case 78: // N
        return t.length - at === 12 && hasAt(t, 'No connector', at);
      case 79: // O
        if (hasAt(t, 'Output queue', at) || hasAt(t, 'Output flow-control', at)) return true;
        return labelledCounters(ipStats ? null : r, no, t, at);
      case 80: // P
        return (
          hasAt(t, 'PVID:', at) ||
          hasAt(t, 'Port ', at) ||
          hasAt(t, 'Peak ', at) ||
          hasAt(t, 'Physical', at) ||
          hasAt(t, 'Phy-mru:', at) ||
          hasAt(t, 'Promiscuous mode', at)
        );
      case 84: // T
        if (hasAt(t, 'The Maximum Transmit Unit is ', at)) return mtu(r, t, at + 29, no);
        if (
          hasAt(t, 'The Maximum Frame Length is ', at) ||
          hasAt(t, 'The maximum frame length is ', at)
        )
          return frameLength(r, t, at + 28, no);
        if (hasAt(t, 'Tagged', at)) {
          vlanList = true;
          return true;
        }
        return (
          hasAt(t, 'Trunk port encapsulation', at) ||
          hasAt(t, 'Tunnel ', at) ||
          hasAt(t, 'Transfer time:', at)
        );
      case 85: // U
        if (hasAt(t, 'Untagged', at) || hasAt(t, 'UnTagged', at)) {
          vlanList = true;
          return true;
        }
        if (hasAt(t, 'Unknown-speed', at)) return speed(r, t, at, no);
        return hasAt(t, 'Unicast ', at) || hasAt(t, 'Unknown-multicast ', at);
      case 86: // V
        if (hasAt(t, 'VLAN ', at)) {
          vlanList = true;
          return true;
        }
        return false;
      case 102: // f
        return hasAt(t, 'flow-control', at);
      case 105: // i
      case 111: // o
        return labelledCounters(ipStats ? null : r, no, t, at);
      default:
        return false;
    }
  };

  /** Lines starting with `L` inside a block. */
  const lLine = (r: InterfaceStatusRecord, no: number, t: string, at: number): boolean => {
    if (hasAt(t, 'Last ', at)) {
      if (rate(ipStats ? null : r, no, t, at)) return true;
      if (hasAt(t, 'Last link flapping:', at)) {
        const v = valueAfterColon(t);
        r.lastFlap = v;
        saw(K_LAST_FLAP, no);
        r.lastFlapSecondsAgo = durationSeconds(v);
        saw(K_LAST_FLAP_SECONDS_AGO, no);
        if (r.lastFlapSecondsAgo === null && v !== 'Never')
          warn('unreadable-duration', `${r.name}: "${v}" is not a duration: kept as printed.`, no);
        return true;
      }
      if (hasAt(t, 'Last clearing of counters:', at)) {
        r.countersCleared = valueAfterColon(t);
        saw(K_COUNTERS_CLEARED, no);
        return true;
      }
      if (hasAt(t, 'Last time when physical state changed to ', at)) {
        const v = valueAfterColon(t);
        const printed = v === '-' || v === '' ? null : v;
        if (hasAt(t, 'up:', at + 41)) {
          r.lastPhysicalUp = printed;
          saw(K_LAST_PHYSICAL_UP, no);
          return true;
        }
        if (hasAt(t, 'down:', at + 41)) {
          r.lastPhysicalDown = printed;
          saw(K_LAST_PHYSICAL_DOWN, no);
          return true;
        }
      }
      return false;
    }
    if (hasAt(t, 'Line protocol ', at)) {
      const m = LINE_PROTOCOL.exec(at === 0 ? t : t.slice(at));
      if (m === null) return false;
      r.lineProtocol = (m[1] as string).trim();
      saw(K_LINE_PROTOCOL, no);
      return true;
    }
    return (
      hasAt(t, 'Link speed type', at) || hasAt(t, 'Link delay ', at) || hasAt(t, 'Loopback ', at)
    );
  };

  /** `display interface brief` lines while a brief section is open; false when not one. */
  const briefLine = (no: number, t: string): boolean => {
    if (
      hasAt(t, 'Link: ', 0) ||
      hasAt(t, 'Protocol: ', 0) ||
      hasAt(t, 'Speed or Duplex:', 0) ||
      hasAt(t, 'Speed: ', 0) ||
      hasAt(t, 'Duplex: ', 0) ||
      hasAt(t, 'Type: ', 0)
    )
      return true;
    if (hasAt(t, 'Interface ', 0)) {
      if (t.includes(' Protocol')) brief = 'route';
      else if (t.includes(' Speed')) brief = 'bridge';
      else if (t.includes(' Cause')) brief = 'cause';
      else return false;
      briefTables++;
      lastRow = null;
      return true;
    }
    if (brief === 'title') return false;
    const m =
      brief === 'route'
        ? ROUTE_ROW.exec(t)
        : brief === 'bridge'
          ? BRIDGE_ROW.exec(t)
          : CAUSE_ROW.exec(t);
    if (m === null || !isInterfaceName(m[1] as string)) {
      // A description longer than its column wraps onto a line of its own (a lone interface name
      // is a detailed block's header instead).
      if (
        lastRow !== null &&
        lastRow.description !== null &&
        !/\s/.test(t) &&
        !isInterfaceName(t)
      ) {
        lastRow.description += t;
        lastRow.endLine = no;
        return true;
      }
      return false;
    }
    const r = newRecord(m[1] as string, no, 'brief');
    const f = r.fieldLines;
    const link = m[2] as string;
    r.state = link;
    const up = upOf(link);
    r.up = up ?? null;
    f.state = no;
    f.up = no;
    if (up === undefined)
      warn(
        'unknown-state',
        `${r.name}: link state "${link}" is not a known one; "up" left unknown.`,
        no,
      );
    let description: string | undefined;
    if (brief === 'route') {
      const p = m[3] as string;
      r.lineProtocol = p === '--' ? null : p;
      f.lineProtocol = no;
      description = m[5];
    } else if (brief === 'bridge') {
      r.speed = m[3] as string;
      r.duplex = briefDuplex(m[4] as string);
      f.speed = no;
      f.duplex = no;
      description = m[7];
    } else {
      r.downCause = m[3] ?? null;
      if (r.downCause !== null) f.downCause = no;
    }
    if (description !== undefined && description !== '--') {
      r.description = description;
      f.description = no;
    }
    interfaces.push(r);
    lastRow = r;
    return true;
  };

  const onLine = (no: number, raw: string): void => {
    // Where the text starts; lines with other blanks than spaces at either end are trimmed as
    // `trim()` would (a NBSP before `Tagged VLANs:` in a real capture).
    const n = raw.length;
    let at = 0;
    while (at < n && raw.charCodeAt(at) === 32) at++;
    if (at === n) return;
    let t = raw;
    if (!isInk(raw.charCodeAt(at)) || !isInk(raw.charCodeAt(n - 1))) {
      t = raw.trim();
      at = 0;
      if (t === '') return;
    }
    nonBlank++;
    const c = t.charCodeAt(at);
    if (
      (c === 66 && hasAt(t, 'Brief information ', at)) ||
      (c === 84 && hasAt(t, 'The brief information ', at))
    ) {
      leave();
      brief = 'title';
      lastRow = null;
      briefTables++;
      return;
    }
    // A brief table copied without its title starts at its column header.
    if (brief === 'none' && c === 73 && hasAt(t, 'Interface ', at) && t.includes(' Link ')) {
      leave();
      brief = 'title';
    }
    if (brief !== 'none') {
      if (briefLine(no, at === 0 ? t : t.slice(at))) return;
      brief = 'none';
      lastRow = null;
    }
    const r = cur;
    if (r !== null) {
      const afterVlanList = vlanList;
      vlanList = false;
      if (blockLine(r, no, t, at, afterVlanList)) {
        r.endLine = no;
        return;
      }
    }
    const s = at === 0 ? t : t.slice(at);
    // A new block: the name alone (Comware 7) or `<name> current state: UP` (Comware 5).
    if (!s.includes(' ')) {
      if (isInterfaceName(s)) {
        start(s, no);
        return;
      }
    } else if (s.includes(' current state')) {
      const m = CW5_HEADER.exec(s);
      if (m !== null && isInterfaceName(m[1] as string)) {
        start(m[1] as string, no);
        if (cur !== null) setState(cur, (m[2] as string).trim(), no);
        return;
      }
    }
    unrecognised(no, s);
  };

  const { hidden } = scanPaste(text, onLine, () => {
    // A new command ends the output before it.
    leave();
    brief = 'none';
    lastRow = null;
  });
  addHiddenWarnings(warnings, hidden);
  leave();

  if (nonBlank === 0)
    return result<InterfaceParsed>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      [],
    );
  if (interfaces.length === 0 && briefTables === 0)
    return result<InterfaceParsed>(
      null,
      [issue('wrong-command', `No interface found: expected the output of ${EXPECTED}.`)],
      warnings,
    );
  return result<InterfaceParsed>({ interfaces }, [], warnings);
}

/**
 * A VLAN list line wrapped onto a line of its own, from `at` to the end:
 * `111-112, 114-115, 116, 118-119, 121-122, 123-125` (`/^\d+(?:-\d+)?(?:, *\d+(?:-\d+)?)*,?$/`).
 * A loop, not that regex: its repeated group keeps a backtracking entry per item, and a line of
 * millions of `1,` overflowed V8's regex stack (issue #15).
 */
export function isVlanContinuation(t: string, at: number): boolean {
  const n = t.length;
  let i = at;
  // A number, then `-` and a number, `,` and blanks before the next number, or the end.
  for (let k = i; ; k = i) {
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (i === k) return false;
    if (i === n) return true;
    const c = t.charCodeAt(i++);
    if (c === 45 /* - */) {
      const s = i;
      while (i < n && isDigit(t.charCodeAt(i))) i++;
      if (i === s) return false;
      if (i === n) return true;
      if (t.charCodeAt(i++) !== 44) return false;
    } else if (c !== 44 /* , */) return false;
    if (i === n) return true;
    while (i < n && t.charCodeAt(i) === 32) i++;
  }
}
