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
 *   every other field is null because the brief form does not print it (`source: 'brief'`).
 *
 * Rules: one record per block or brief row, in paste order (an interface printed twice appears
 * twice). `fieldLines` names the line each field was read from, also when the value printed there
 * is `-` or `Never` (null). A paste with no interface block is an error, except a brief table
 * whose headers are printed with no rows (e.g. `display interface brief down` with nothing down),
 * which is a real, empty answer. Every other line is understood or reported (`unrecognised-line`).
 */
import { scanPaste } from '../shared/normalise';
import { hasAt, isDigit, trimIndented, unsignedAt } from '../shared/fast-text';
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
  readCounters,
  readRate,
  type Counter,
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
// `Last 300 seconds input:`, `Last 300 second output:`, `Last 300 seconds input rate:`, `Last 5 minutes input rate`
const RATE = /^Last (\d+) (second|seconds|minute|minutes) (input|output)(?: rate)? ?:? *(.*)$/;
// `40Gbps-speed mode, full-duplex mode`, `1000Mbps-speed mode , full-duplex mode`, `4000Mbps-speed mode`
const SPEED_MODE = /^([^\s,]+?)-speed mode *(?:, *([A-Za-z]+)-duplex mode)?$/;
// `1000Mb/s, Full-duplex, link type: autonegotiation,` (CW7 router), `1000M, Full, link type is autonegotiation` (CW5 router)
const SPEED_ROUTER = /^(\d+(?:\.\d+)?[KMG](?:b\/s|bps)?), ([A-Za-z]+)(?:-duplex)?, link type\b/;
// `Input (total):`, `Input(normal):`, `Input  (total):`, `input:`, `Output:13614549367 packets, ...`
const COUNTER_PREFIX = /^(?:Input|input|Output|output) *(?:\((total|normal|error)\))? *: */;
// VLAN list lines wrapped onto a line of their own: `111-112, 114-115, 116, 118-119, 121-122, 123-125`
const VLAN_CONTINUATION = /^\d+(?:-\d+)?(?:, *\d+(?:-\d+)?)*,?$/;
// Brief rows: route `GE0/0 UP UP 192.168.100.1 description`, bridge `GE0/1 DOWN auto A A 1 description`, cause `GE1/0/1 DOWN Not connected`
const ROUTE_ROW = /^(\S+) +(\S+) +(\S+) +(\S+)(?: +(.*))?$/;
const BRIDGE_ROW = /^(\S+) +(\S+) +(\S+) +(\S+) +(\S+) +(\d+)(?: +(.*))?$/;
const CAUSE_ROW = /^(\S+) +(\S+)(?: +(.*))?$/;

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

/** Text after the first `:` of `t`, trimmed. */
function valueAfterColon(t: string): string {
  const c = t.indexOf(':');
  return c < 0 ? '' : t.slice(c + 1).trim();
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
  let fl: FieldLines = {};
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

  /** Records field `key` as read on line `no`. */
  const saw = (key: string, no: number) => {
    fl[key] = no;
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
    r.fieldLines = fl;
    interfaces.push(r);
  };

  /** `lastFlap` from the physical up/down dates when `Last link flapping` was not printed. */
  const flapFromDates = (r: InterfaceStatusRecord) => {
    const up = r.lastPhysicalUp;
    const down = r.lastPhysicalDown;
    let later: string | null = null;
    let key = '';
    if (up !== null && isStamp(up)) {
      later = up;
      key = 'lastPhysicalUp';
    }
    if (
      down !== null &&
      isStamp(down) &&
      (later === null || down.slice(0, 19) > later.slice(0, 19))
    ) {
      later = down;
      key = 'lastPhysicalDown';
    }
    if (later === null) return;
    const no = fl[key] as number;
    r.lastFlap = later;
    fl.lastFlap = no;
    if (r.systemTime !== null) {
      r.lastFlapSecondsAgo = secondsBetween(later, r.systemTime);
      if (r.lastFlapSecondsAgo !== null) fl.lastFlapSecondsAgo = no;
    }
  };

  const start = (name: string, no: number) => {
    leave();
    brief = 'none';
    lastRow = null;
    cur = newRecord(name, no, 'detail');
    fl = cur.fieldLines;
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
    saw('state', no);
    saw('up', no);
    if (up === undefined)
      warn(
        'unknown-state',
        `${r.name}: state "${state}" is not a known one; "up" left unknown.`,
        no,
      );
  };

  /** A rate line (any layout); false when `t` is not one. */
  const rate = (r: InterfaceStatusRecord | null, no: number, t: string): boolean => {
    const m = RATE.exec(t);
    if (m === null) return false;
    const v = readRate(m[4] as string);
    if (v === undefined) return false;
    if (r === null) return true;
    const unit = (m[2] as string).charCodeAt(0) === 109 /* m */ ? 60 : 1;
    if (r.rateWindowSeconds === null) {
      r.rateWindowSeconds = (unsignedAt(m[1] as string, 0, (m[1] as string).length) ?? 0) * unit;
      saw('rateWindowSeconds', no);
    }
    if (m[3] === 'input') {
      r.inputRate = v;
      saw('inputRate', no);
    } else {
      r.outputRate = v;
      saw('outputRate', no);
    }
    return true;
  };

  /** A counter list (after its `Input:`-style label, if any); false when `rest` is not one. */
  const counters = (r: InterfaceStatusRecord | null, no: number, rest: string): boolean => {
    const items = readCounters(rest);
    if (items === undefined) return false;
    if (r !== null) applyCounters(r, no, items);
    return true;
  };

  const applyCounters = (r: InterfaceStatusRecord, no: number, items: Counter[]) => {
    for (const { label, value } of items) {
      switch (label) {
        case 'packets':
          if (normal) break;
          if (dir === IN) setCounter(r, 'inputPackets', value, no);
          else if (dir === OUT) setCounter(r, 'outputPackets', value, no);
          break;
        case 'packets input':
          setCounter(r, 'inputPackets', value, no);
          break;
        case 'packets output':
          setCounter(r, 'outputPackets', value, no);
          break;
        case 'input errors':
        case 'input error':
          setCounter(r, 'inputErrors', value, no);
          break;
        case 'output errors':
        case 'output error':
          setCounter(r, 'outputErrors', value, no);
          break;
        case 'errors':
          if (dir === IN) setCounter(r, 'inputErrors', value, no);
          else if (dir === OUT) setCounter(r, 'outputErrors', value, no);
          break;
        case 'CRC':
        case 'crc':
          setCounter(r, 'crc', value, no);
          break;
        default:
          break;
      }
    }
  };

  const setCounter = (
    r: InterfaceStatusRecord,
    key: 'inputPackets' | 'outputPackets' | 'inputErrors' | 'outputErrors' | 'crc',
    value: number | null,
    no: number,
  ) => {
    // The first line that prints a counter is the one kept (`Input (total)` before `Input:`).
    if (fl[key] !== undefined) return;
    r[key] = value;
    saw(key, no);
  };

  /** `Input ...` / `Output ...` / `input:` / `output:` lines; false when not a counter line. */
  const labelledCounters = (r: InterfaceStatusRecord | null, no: number, t: string): boolean => {
    const m = COUNTER_PREFIX.exec(t);
    if (m === null) return false;
    const c = t.charCodeAt(0);
    const d = c === 73 || c === 105 ? IN : OUT;
    const rest = t.slice(m[0].length);
    const items = rest === '' ? [] : readCounters(rest);
    if (items === undefined) return false;
    dir = d;
    normal = m[1] === 'normal';
    if (r !== null) applyCounters(r, no, items);
    return true;
  };

  const jumbo = (r: InterfaceStatusRecord, t: string, no: number, allowed: boolean): boolean => {
    if (!/^\w+ jumbo frames? to pass$/.test(t)) return false;
    r.jumboFrames = allowed;
    saw('jumboFrames', no);
    return true;
  };

  const speed = (r: InterfaceStatusRecord, t: string, no: number): boolean => {
    const m = SPEED_MODE.exec(t) ?? SPEED_ROUTER.exec(t);
    if (m === null) return false;
    r.speed = m[1] as string;
    saw('speed', no);
    if (m[2] !== undefined) {
      r.duplex = m[2].toLowerCase();
      saw('duplex', no);
    }
    return true;
  };

  /** Lines of a detailed block; false when the line is not understood. */
  const blockLine = (
    r: InterfaceStatusRecord,
    no: number,
    t: string,
    afterVlanList: boolean,
  ): boolean => {
    const c = t.charCodeAt(0);
    if (isDigit(c)) {
      if (counters(ipStats ? null : r, no, t)) return true;
      if (speed(r, t, no)) return true;
      if (afterVlanList && VLAN_CONTINUATION.test(t)) {
        vlanList = true;
        return true;
      }
      return false;
    }
    switch (c) {
      case 45: // -
        return counters(ipStats ? null : r, no, t);
      case 65: // A
        return hasAt(t, 'Allow ', 0) && jumbo(r, t, no, true);
      case 66: // B
        return hasAt(t, 'Bandwidth:', 0) || hasAt(t, 'Broadcast ', 0);
      case 67: // C
        if (hasAt(t, 'Current state:', 0)) {
          if (r.state !== null) return false;
          setState(r, valueAfterColon(t), no);
          return true;
        }
        if (hasAt(t, 'Current system time:', 0)) {
          r.systemTime = valueAfterColon(t);
          saw('systemTime', no);
          return true;
        }
        return hasAt(t, 'Checksumming of ', 0);
      case 68: // D
        if (hasAt(t, 'Description:', 0) || hasAt(t, 'Description :', 0)) {
          const d = valueAfterColon(t);
          r.description = d === '' ? null : d;
          saw('description', no);
          return true;
        }
        if (hasAt(t, 'Disallow ', 0)) return jumbo(r, t, no, false);
        return hasAt(t, 'DCD:', 0);
      case 69: // E
        return hasAt(t, 'Ethernet port mode:', 0) || hasAt(t, 'Encapsulation is ', 0);
      case 70: // F
        if (hasAt(t, 'Forbid ', 0)) return jumbo(r, t, no, false);
        return hasAt(t, 'Flow-control', 0);
      case 71: // G
        return hasAt(t, 'GRE key ', 0);
      case 73: // I
        if (hasAt(t, 'In', 0) && labelledCounters(ipStats ? null : r, no, t)) return true;
        if (hasAt(t, 'IPv4 traffic statistics:', 0) || hasAt(t, 'IPv6 traffic statistics:', 0)) {
          ipStats = true;
          return true;
        }
        return (
          hasAt(t, 'IP packet frame type', 0) ||
          hasAt(t, 'IP Packet Frame Type', 0) ||
          hasAt(t, 'IPv6 packet frame type', 0) ||
          hasAt(t, 'IPv6 Packet Frame Type', 0) ||
          hasAt(t, 'IPV6 Packet Frame Type', 0) ||
          hasAt(t, "IP Sending Frames' Format", 0) ||
          hasAt(t, 'Internet protocol processing', 0) ||
          hasAt(t, 'Internet address', 0) ||
          hasAt(t, 'Internet Address', 0)
        );
      case 75: // K
        return hasAt(t, 'Known-unicast ', 0);
      case 76: // L
        return lLine(r, no, t);
      case 77: // M
        if (hasAt(t, 'Maximum transmission unit', 0) || hasAt(t, 'Maximum Transmit Unit', 0)) {
          const v = numberAfter(t, t.indexOf('nit') + 3);
          if (v === null) return false;
          r.mtu = v;
          saw('mtu', no);
          return true;
        }
        if (hasAt(t, 'Maximum frame length', 0)) {
          const v = numberAfter(t, 20);
          if (v === null) return false;
          r.maxFrameLength = v;
          saw('maxFrameLength', no);
          return true;
        }
        return (
          hasAt(t, 'Media type', 0) ||
          hasAt(t, 'MDI type:', 0) ||
          hasAt(t, 'Mdi type:', 0) ||
          hasAt(t, 'Multicast ', 0)
        );
      case 78: // N
        return t === 'No connector';
      case 79: // O
        if (hasAt(t, 'Output queue', 0) || hasAt(t, 'Output flow-control', 0)) return true;
        return labelledCounters(ipStats ? null : r, no, t);
      case 80: // P
        return (
          hasAt(t, 'PVID:', 0) ||
          hasAt(t, 'Port ', 0) ||
          hasAt(t, 'Peak ', 0) ||
          hasAt(t, 'Physical', 0) ||
          hasAt(t, 'Phy-mru:', 0) ||
          hasAt(t, 'Promiscuous mode', 0)
        );
      case 84: // T
        if (hasAt(t, 'The Maximum Transmit Unit is ', 0)) {
          const v = numberAfter(t, 29);
          if (v === null) return false;
          r.mtu = v;
          saw('mtu', no);
          return true;
        }
        if (/^The maximum frame length is \d/i.test(t)) {
          const v = numberAfter(t, 28);
          if (v === null) return false;
          r.maxFrameLength = v;
          saw('maxFrameLength', no);
          return true;
        }
        if (hasAt(t, 'Tagged', 0)) {
          vlanList = true;
          return true;
        }
        return (
          hasAt(t, 'Trunk port encapsulation', 0) ||
          hasAt(t, 'Tunnel ', 0) ||
          hasAt(t, 'Transfer time:', 0)
        );
      case 85: // U
        if (hasAt(t, 'Untagged', 0) || hasAt(t, 'UnTagged', 0)) {
          vlanList = true;
          return true;
        }
        if (hasAt(t, 'Unknown-speed', 0)) return speed(r, t, no);
        return hasAt(t, 'Unicast ', 0) || hasAt(t, 'Unknown-multicast ', 0);
      case 86: // V
        if (hasAt(t, 'VLAN ', 0)) {
          vlanList = true;
          return true;
        }
        return false;
      case 102: // f
        return hasAt(t, 'flow-control', 0);
      case 105: // i
      case 111: // o
        return labelledCounters(ipStats ? null : r, no, t);
      default:
        return false;
    }
  };

  /** Lines starting with `L` inside a block. */
  const lLine = (r: InterfaceStatusRecord, no: number, t: string): boolean => {
    if (hasAt(t, 'Last ', 0)) {
      if (rate(ipStats ? null : r, no, t)) return true;
      if (hasAt(t, 'Last link flapping:', 0)) {
        const v = valueAfterColon(t);
        r.lastFlap = v;
        saw('lastFlap', no);
        r.lastFlapSecondsAgo = durationSeconds(v);
        saw('lastFlapSecondsAgo', no);
        if (r.lastFlapSecondsAgo === null && v !== 'Never')
          warn('unreadable-duration', `${r.name}: "${v}" is not a duration: kept as printed.`, no);
        return true;
      }
      if (hasAt(t, 'Last clearing of counters:', 0)) {
        r.countersCleared = valueAfterColon(t);
        saw('countersCleared', no);
        return true;
      }
      if (hasAt(t, 'Last time when physical state changed to ', 0)) {
        const v = valueAfterColon(t);
        const printed = v === '-' || v === '' ? null : v;
        if (hasAt(t, 'up', 41)) {
          r.lastPhysicalUp = printed;
          saw('lastPhysicalUp', no);
          return true;
        }
        if (hasAt(t, 'down', 41)) {
          r.lastPhysicalDown = printed;
          saw('lastPhysicalDown', no);
          return true;
        }
      }
      return false;
    }
    if (hasAt(t, 'Line protocol ', 0)) {
      const m = LINE_PROTOCOL.exec(t);
      if (m === null) return false;
      r.lineProtocol = (m[1] as string).trim();
      saw('lineProtocol', no);
      return true;
    }
    return hasAt(t, 'Link speed type', 0) || hasAt(t, 'Link delay ', 0) || hasAt(t, 'Loopback ', 0);
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
    const t = trimIndented(raw);
    if (t === '') return;
    nonBlank++;
    const c = t.charCodeAt(0);
    if (
      (c === 66 && hasAt(t, 'Brief information ', 0)) ||
      (c === 84 && hasAt(t, 'The brief information ', 0))
    ) {
      leave();
      brief = 'title';
      lastRow = null;
      briefTables++;
      return;
    }
    if (brief !== 'none') {
      if (briefLine(no, t)) return;
      brief = 'none';
      lastRow = null;
    }
    const r = cur;
    if (r !== null) {
      const afterVlanList = vlanList;
      vlanList = false;
      if (blockLine(r, no, t, afterVlanList)) {
        r.endLine = no;
        return;
      }
    }
    // A new block: the name alone (Comware 7) or `<name> current state: UP` (Comware 5).
    if (!t.includes(' ')) {
      if (isInterfaceName(t)) {
        start(t, no);
        return;
      }
    } else if (t.includes(' current state')) {
      const m = CW5_HEADER.exec(t);
      if (m !== null && isInterfaceName(m[1] as string)) {
        start(m[1] as string, no);
        if (cur !== null) setState(cur, (m[2] as string).trim(), no);
        return;
      }
    }
    unrecognised(no, t);
  };

  scanPaste(text, onLine, () => {
    // A new command ends the output before it.
    leave();
    brief = 'none';
    lastRow = null;
  });
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
