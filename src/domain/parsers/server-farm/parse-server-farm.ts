/**
 * Reads every output the `farm-status` step accepts: `display server-farm` (detail and brief) and
 * `display real-server` (detail, brief, `name X`). Real-server outputs are grouped into farms by
 * their `Server farm` field so the step's rules see one shape whatever the engineer pasted.
 *
 * Other LB outputs name farms too, without their state: `display loadbalance action`
 * (`  Server farm: sf (in use)` in an `LB action:` block) and `display virtual-server`
 * (`Primary server farm: sf (in use)`). Their blocks are read as another command's: no line of
 * them makes a farm (a `Server farm:` value ending in `(in use)` never does), and only a farm
 * header after a blank line, a real-server block or a table header of ours ends them.
 *
 * No farm, no value: a paste with no farm and no real server is an error with value null, never
 * `ok` with an empty list (no Probe-failed server would read as "farm healthy"). There is no
 * "positively none" answer here: the step asks about a farm the engineer named, and every form of
 * the output prints at least its header. The error names the other command when one was seen.
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { RealServer, ServerFarm, ServerFarmData } from '../parsed-types';
import { digitsAt, hasAt, isInk, isIpAt } from '../shared/fast-text';

export interface RealServerRecord extends RealServer {
  /** The device cut the name to 13 characters + `...` (list and brief tables). */
  nameTruncated: boolean;
  serverFarm: string | null;
  ipv6Address: string | null;
}

export interface ServerFarmRecord extends ServerFarm {
  /** Only in `display real-server brief`, whose farm column is cut with `...`. */
  nameTruncated: boolean;
  description: string | null;
  /** `NAT: Enabled` (also the doc's `Enbaled`) → true; brief column `Y`/`N`. */
  nat: boolean | null;
  snatPool: string | null;
  failedAction: string | null;
  probeSuccessCriteria: string | null;
  realServers: RealServerRecord[];
}

export interface ServerFarmParsed extends ServerFarmData {
  farms: ServerFarmRecord[];
}

const EXPECTED = 'display server-farm or display real-server';
const KNOWN_STATES = new Set(['Active', 'Inactive', 'Probe-failed', 'Ramp', 'Shutdown', 'Standby']);
const KNOWN_PROBE_STATES = new Set(['Failed', 'In progress', 'Invalid', 'Succeeded']);

/** Constants by length: a piece of a line is compared, in place, only with those of its length. */
type Words = readonly (readonly string[] | undefined)[];

function byLength(words: Iterable<string>): Words {
  const out: string[][] = [];
  for (const w of words) (out[w.length] ??= []).push(w);
  return out;
}

/** The constant in `words` that `s[from, to)` spells, or null. */
function wordAt(words: Words, s: string, from: number, to: number): string | null {
  const same = words[to - from];
  if (same === undefined) return null;
  for (const w of same) if (hasAt(s, w, from)) return w;
  return null;
}

/** `s.startsWith('--', from)`. */
function dashesAt(s: string, from: number): boolean {
  return s.charCodeAt(from) === 45 && s.charCodeAt(from + 1) === 45;
}

// A known state is stored as the shared constant instead of a fresh copy cut out of every line.
const STATE_WORDS = byLength(KNOWN_STATES);
const PROBE_STATE_WORDS = byLength(KNOWN_PROBE_STATES);

/** Records the line a detail key was read from under its fieldLines name (`Slow-online` → `slowOnline`). */
type Cite = (fl: FieldLines, no: number) => void;
// One Map lookup per line finds the key and its citation. Each citation is a named store on
// purpose: adding more than a dozen properties through computed keys (`fl[name] = no`) turns
// a real server's fieldLines (~19 fields) into a slow, large dictionary-mode object in V8.
// Farm detail lines we understand but do not type (the rules do not need them).
const FARM_OTHER_KEYS = new Map<string, Cite>([
  ['Proximity', (fl, no) => (fl.proximity = no)],
  ['Active threshold', (fl, no) => (fl.activeThreshold = no)],
  ['Lower', (fl, no) => (fl.lower = no)],
  ['Upper', (fl, no) => (fl.upper = no)],
  ['Slow-online', (fl, no) => (fl.slowOnline = no)],
  ['Standby time', (fl, no) => (fl.standbyTime = no)],
  ['Ramp-up time', (fl, no) => (fl.rampUpTime = no)],
  ['Selected server', (fl, no) => (fl.selectedServer = no)],
  ['Min server', (fl, no) => (fl.minServer = no)],
  ['Max server', (fl, no) => (fl.maxServer = no)],
  ['Busy action', (fl, no) => (fl.busyAction = no)],
]);
// Real-server detail lines we understand but do not type.
const RS_OTHER_KEYS = new Map<string, Cite>([
  ['Description', (fl, no) => (fl.description = no)],
  ['Cost', (fl, no) => (fl.cost = no)],
  ['Slow shutdown', (fl, no) => (fl.slowShutdown = no)],
  ['Connection limit', (fl, no) => (fl.connectionLimit = no)],
  ['Connections', (fl, no) => (fl.connections = no)],
  ['Bandwidth', (fl, no) => (fl.bandwidth = no)],
  ['Inbound bandwidth', (fl, no) => (fl.inboundBandwidth = no)],
  ['Outbound bandwidth', (fl, no) => (fl.outboundBandwidth = no)],
  ['Max bandwidth', (fl, no) => (fl.maxBandwidth = no)],
  ['Max inbound bandwidth', (fl, no) => (fl.maxInboundBandwidth = no)],
  ['Max outbound bandwidth', (fl, no) => (fl.maxOutboundBandwidth = no)],
  ['Busy rate', (fl, no) => (fl.busyRate = no)],
  ['Inbound busy rate', (fl, no) => (fl.inboundBusyRate = no)],
  ['Outbound busy rate', (fl, no) => (fl.outboundBusyRate = no)],
  ['Probe success criteria', (fl, no) => (fl.probeSuccessCriteria = no)],
]);
// Real-server section headers (`Rate limit:` with nothing after the colon).
const RS_SECTIONS = new Map<string, Cite>([
  ['Rate limit', (fl, no) => (fl.rateLimit = no)],
  ['Bandwidth busy', (fl, no) => (fl.bandwidthBusy = no)],
  ['Probe information', (fl, no) => (fl.probeInformation = no)],
]);
// Only `display real-server statistics` prints these.
const STATISTICS_KEYS = new Set([
  'Total connections',
  'Active connections',
  'Max connections',
  'Connections per second',
  'Server input',
  'Server output',
  'Throughput',
  'Received packets',
  'Connection failures',
]);
// Every key some layout reads (the switches in readFarmField / readServerField, and the maps above).
const KNOWN_KEYS = new Set([
  'Real server',
  'Server farm',
  'Description',
  'Predictor',
  'NAT',
  'SNAT pool',
  'Failed action',
  'Probe information',
  'Probe success criteria',
  'Probe method',
  'Total real server',
  'Active real server',
  'Real server list',
  'State',
  'IPv4 address',
  'IPv6 address',
  'VPN instance',
  'Port',
  'Weight',
  'Priority',
  ...FARM_OTHER_KEYS.keys(),
  ...RS_OTHER_KEYS.keys(),
  ...RS_SECTIONS.keys(),
  ...STATISTICS_KEYS,
]);
const KEY_WORDS = byLength(KNOWN_KEYS);

/** `other`: inside a block of another LB output (an `LB action:` block, a virtual server). */
type Mode = 'farm' | 'rs' | 'farm-brief' | 'rs-brief' | 'other' | null;

// Headers of other LB outputs that print `Server farm: X (in use)`-like lines, and the command.
const OTHER_HEADERS: readonly [string, string][] = [
  ['LB action:', 'display loadbalance action'],
  ['LB policy:', 'display loadbalance policy'],
  ['Virtual server:', 'display virtual-server'],
];
// A virtual server's farm lines, when its `Virtual server:` header was not pasted.
const VS_FARM_KEYS = ['Primary server farm:', 'Default server farm:'];

/** What each other output says instead of a farm's state, for the error. */
const OTHER_SAYS: Record<string, string> = {
  'display loadbalance action':
    'it names the server farm an LB action forwards to ("Server farm: X (in use)")',
  'display loadbalance policy': 'it lists the classes and actions of LB policies',
  'display virtual-server':
    'it names the server farm a virtual server uses ("Primary server farm: X (in use)")',
};

/** The command whose block header `s` (from `at`) is, or null. */
function otherHeader(s: string, at: number): string | null {
  const c = s.charCodeAt(at);
  if (c !== 76 && c !== 86) return null; // L, V
  for (const [header, command] of OTHER_HEADERS) if (hasAt(s, header, at)) return command;
  return null;
}

/** `Server farm: sf (in use)`: the farm another output uses, never a farm block's header. */
function inUse(s: string): boolean {
  return s.endsWith('(in use)');
}

/** The detail block (`Real server: x`) being read; one per parse, reused from block to block. */
interface ServerDraft {
  rs: RealServerRecord | null;
  hasState: boolean;
  sawProbeInfo: boolean;
  /** A section header (`Rate limit:`) still waiting for its first sub-line. */
  openSection: boolean;
}

function toInt(s: string | undefined): number | null {
  return s === undefined ? null : digitsAt(s, 0, s.length);
}

function orNull(s: string): string | null {
  return s === '' || s === '--' ? null : s;
}

function enabled(s: string): boolean | null {
  if (s === 'Enabled' || s === 'Enbaled' || s === 'Y') return true;
  if (s === 'Disabled' || s === 'N') return false;
  return null;
}

function truncatedName(s: string): boolean {
  return s.endsWith('...');
}

/**
 * Cell boundaries of the table line being read. One buffer is reused from row to row (a row is
 * read completely before the next line is cut), and a cell becomes a string only when a record
 * keeps it.
 */
const cells = { line: '', count: 0, start: [] as number[], end: [] as number[] };

/** Cells of `s` from `at`: runs of anything but a blank (only U+0020 separates cells). Returns their count. */
function cutCells(s: string, at: number): number {
  const { start, end } = cells;
  const n = s.length;
  let k = 0;
  let i = at;
  while (i < n) {
    while (i < n && s.charCodeAt(i) === 32) i++;
    if (i === n) break;
    start[k] = i;
    // indexOf finds the cell's end natively, at about half the cost of a charCodeAt loop.
    const blank = s.indexOf(' ', i);
    i = blank < 0 ? n : blank;
    end[k] = i;
    k++;
  }
  cells.line = s;
  cells.count = k;
  return k;
}

/** Cell `i` of the cut line (callers stay below `cells.count`: the buffer may hold older cells). */
function cellText(i: number): string {
  return cells.line.slice(cells.start[i] ?? 0, cells.end[i] ?? 0);
}

function cellInt(i: number): number | null {
  return digitsAt(cells.line, cells.start[i] ?? 0, cells.end[i] ?? 0);
}

/** `orNull(cellText(i))` (a cell is never empty). */
function cellOrNull(i: number): string | null {
  const from = cells.start[i] ?? 0;
  const to = cells.end[i] ?? 0;
  return to - from === 2 && dashesAt(cells.line, from) ? null : cells.line.slice(from, to);
}

/** `cellText(i)`, as the shared constant when it is one of `words`. */
function cellKnown(i: number, words: Words): string {
  return wordAt(words, cells.line, cells.start[i] ?? 0, cells.end[i] ?? 0) ?? cellText(i);
}

function cellIsAddress(i: number): boolean {
  const from = cells.start[i] ?? 0;
  const to = cells.end[i] ?? 0;
  return (to - from === 2 && dashesAt(cells.line, from)) || isIpAt(cells.line, from, to);
}

function cellTruncated(i: number): boolean {
  const from = cells.start[i] ?? 0;
  const to = cells.end[i] ?? 0;
  const s = cells.line;
  return (
    to - from >= 3 &&
    s.charCodeAt(to - 1) === 46 &&
    s.charCodeAt(to - 2) === 46 &&
    s.charCodeAt(to - 3) === 46
  );
}

/**
 * The known key `s.slice(at, colon).trim()` is, or '' for any other key. The usual ASCII key is
 * matched where it stands; anything unusual before the colon takes the plain trim.
 */
function keyAt(s: string, at: number, colon: number): string {
  let end = colon;
  while (end > at && s.charCodeAt(end - 1) === 32) end--;
  if (!isInk(s.charCodeAt(end - 1))) {
    const key = s.slice(at, colon).trim();
    return KNOWN_KEYS.has(key) ? key : '';
  }
  return wordAt(KEY_WORDS, s, at, end) ?? '';
}

// Values of `Key: value` lines. The line `s` ends in ink (it is trimmed), so a value that starts
// with ink right after `: ` runs to the end of the line as it is.

/** Start of the value in the usual `Key: value` form, else -1. */
function plainValueStart(s: string, colon: number): number {
  return s.charCodeAt(colon + 1) === 32 && isInk(s.charCodeAt(colon + 2)) ? colon + 2 : -1;
}

/** `s.slice(colon + 1).trim()`. */
function valueAfter(s: string, colon: number): string {
  if (colon === s.length - 1) return '';
  const from = plainValueStart(s, colon);
  return from >= 0 ? s.slice(from) : s.slice(colon + 1).trim();
}

/** `orNull(valueAfter(s, colon))`. */
function valueOrNull(s: string, colon: number): string | null {
  const from = plainValueStart(s, colon);
  if (from < 0) return orNull(valueAfter(s, colon));
  return s.length - from === 2 && dashesAt(s, from) ? null : s.slice(from);
}

/** `toInt(valueAfter(s, colon))`. */
function valueInt(s: string, colon: number): number | null {
  const from = plainValueStart(s, colon);
  return from >= 0 ? digitsAt(s, from, s.length) : toInt(valueAfter(s, colon));
}

/** `valueAfter(s, colon)`, as the shared constant when it is one of `words`. */
function valueKnown(words: Words, s: string, colon: number): string {
  const from = plainValueStart(s, colon);
  if (from < 0) return valueAfter(s, colon);
  return wordAt(words, s, from, s.length) ?? s.slice(from);
}

function newFarm(name: string, line: number): ServerFarmRecord {
  return {
    name,
    nameTruncated: false,
    description: null,
    predictor: null,
    nat: null,
    snatPool: null,
    failedAction: null,
    probeSuccessCriteria: null,
    probeMethods: [],
    totalRealServers: null,
    activeRealServers: null,
    realServers: [],
    line,
    fieldLines: { name: line },
  };
}

/** A `Real server: x` block's record, all its fields (probes last) set at once. */
function newDetailServer(name: string, line: number): RealServerRecord {
  return {
    name,
    nameTruncated: truncatedName(name),
    state: '',
    vpnInstance: null,
    address: null,
    ipv6Address: null,
    port: null,
    weight: null,
    priority: null,
    serverFarm: null,
    line,
    fieldLines: { name: line },
    probes: [],
  };
}

/** Adds the next piece of a wrapped address, from line `no`, to the row it continues. */
function appendAddress(rs: RealServerRecord, frag: string, no: number): void {
  if (rs.address === null) rs.address = frag;
  else if (rs.ipv6Address !== null) rs.ipv6Address += frag;
  else if (rs.address.includes(':')) rs.address += frag;
  else {
    // An IPv6 address under an IPv4 one: cite where it starts, not the row's first line.
    rs.ipv6Address = frag;
    rs.fieldLines.ipv6Address = no;
  }
}

// `push` on an empty array reserves room for 17 elements, and most farms have one probe method.
// The first method's line is cited: under a bare `Probe method:` the names follow on their own lines.
function addProbeMethod(f: ServerFarmRecord, method: string, no: number): void {
  if (f.probeMethods.length === 0) {
    f.probeMethods = [method];
    f.fieldLines.probeMethods = no;
  } else f.probeMethods.push(method);
}

export function parseServerFarm(text: string): ParseResult<ServerFarmParsed> {
  const warnings: ParseIssue[] = [];
  const farms: ServerFarmRecord[] = [];
  // Real servers that printed a state, in paste order; a detail block joins when it is closed.
  const stateful: RealServerRecord[] = [];
  const cur: ServerDraft = { rs: null, hasState: false, sawProbeInfo: false, openSection: false };
  let mode: Mode = null;
  let farm: ServerFarmRecord | null = null;
  let farmSawList = false;
  let pendingReset = false;
  let inProbeMethods = false;
  let inFarmTable = false;
  let farmTableVpn = false;
  let inProbeTable = false;
  let legend = false;
  let lastRow: RealServerRecord | null = null;
  let statisticsSeen = false;
  let lastLine = 0;
  let nonBlank = 0;
  let afterBlank = true;
  /** The first block of another LB output met (named in the error when no farm is read). */
  let other: { command: string; line: number } | null = null;

  const unrecognised = (no: number, s: string, at: number) =>
    warnings.push(
      issue('unrecognised-line', `Not part of ${EXPECTED} output: "${s.slice(at, at + 80)}"`, no),
    );
  // A detail block can no longer change once another record starts.
  const closeServer = () => {
    if (cur.rs !== null && cur.hasState) stateful.push(cur.rs);
    cur.rs = null;
  };

  /** A block of another output starts at `no`: what follows is not ours until a header of ours. */
  const enterOther = (command: string, no: number) => {
    mode = 'other';
    farm = null;
    closeServer();
    inProbeMethods = inFarmTable = inProbeTable = legend = false;
    lastRow = null;
    other ??= { command, line: no };
  };

  // A new echoed command starts a new output: the next line forgets which layout we were in.
  const onCommand = (): void => {
    pendingReset = true;
  };

  const onLine = (no: number, raw: string): void => {
    if (pendingReset) {
      pendingReset = false;
      mode = null;
      farm = null;
      closeServer();
      inProbeMethods = inFarmTable = inProbeTable = legend = false;
      lastRow = null;
    }
    // The line is read as `s` from `at` (= `raw.trim()`): the indent is skipped, not cut off,
    // unless an unusual character at either end needs the real trim.
    const n = raw.length;
    let s = raw;
    let at = 0;
    while (at < n && raw.charCodeAt(at) === 32) at++;
    if (at === n || !isInk(raw.charCodeAt(at)) || !isInk(raw.charCodeAt(n - 1))) {
      s = raw.trim();
      at = 0;
      if (s === '') {
        afterBlank = true;
        return;
      }
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    nonBlank++;
    lastLine = no;
    // Every header below starts with N, P, R or S: one look at the first character rules them out.
    const c0 = s.charCodeAt(at);

    // ---- tables first: their cells contain colons -------------------------------------------
    // `Name             State         Address              Port  Weight Priority`
    // `Name          State        VPN-instance  Address         Port  Weight Priority`
    if (
      farm !== null &&
      c0 === 78 &&
      s.startsWith('Name ', at) &&
      s.includes(' State', at) &&
      s.includes('Address', at)
    ) {
      inFarmTable = true;
      inProbeMethods = false;
      farmTableVpn = s.includes('VPN', at);
      farmSawList = true;
      return;
    }
    if (inFarmTable && farm !== null) {
      cutCells(s, at);
      // `                                 5555:6666:7777:888` (wrapped IPv6 under the Address column)
      if (cells.count === 1 && lastRow !== null && isIpAt(s, at, s.length)) {
        appendAddress(lastRow, s.slice(at), no);
        return;
      }
      const row = farmRow(farmTableVpn, no, farm.name);
      if (row !== null) {
        checkState(row.state, no, warnings);
        farm.realServers.push(row);
        lastRow = row;
        return;
      }
      inFarmTable = false;
      lastRow = null;
    }
    // `Real server      Address              Port  State          Server farm`
    if (
      c0 === 82 &&
      hasAt(s, 'Real server ', at) &&
      s.includes('Address', at) &&
      s.includes('State', at)
    ) {
      mode = 'rs-brief';
      farm = null;
      closeServer();
      lastRow = null;
      return;
    }
    if (mode === 'rs-brief') {
      cutCells(s, at);
      if (cells.count === 1 && lastRow !== null && isIpAt(s, at, s.length)) {
        appendAddress(lastRow, s.slice(at), no);
        return;
      }
      const row = rsBriefRow(no);
      if (row !== null) {
        checkState(row.state, no, warnings);
        stateful.push(row);
        lastRow = row;
        return;
      }
    }
    // `Server farm       Predictor       NAT  SNAT  Total  Active`
    if (
      c0 === 83 &&
      hasAt(s, 'Server farm ', at) &&
      s.includes('Predictor', at) &&
      s.includes('Total', at)
    ) {
      mode = 'farm-brief';
      farm = null;
      closeServer();
      legend = false;
      return;
    }
    if (mode === 'farm-brief') {
      cutCells(s, at);
      const f = farmBriefRow(no);
      if (f !== null) {
        farms.push(f);
        return;
      }
    }
    if (inProbeTable && cur.rs !== null) {
      // `t4                Succeeded`, `t1                In progress`
      if (!s.includes(':', at) && cutCells(s, at) >= 2) {
        addProbe(cur.rs, no, warnings);
        return;
      }
      inProbeTable = false;
    }
    // `Predictor: RR - round robin, RD - random, LC - least connection,` and its continuation lines
    if (farm === null && c0 === 80 && hasAt(s, 'Predictor:', at) && s.includes(' - ', at)) {
      legend = true;
      return;
    }
    if (legend) {
      // `HASH(SIP) - hash address source IP,` / `NAT/SNAT: Y - enabled, N - disabled`
      if (s.includes(' - ', at)) return;
      legend = false;
    }

    // `Probe method      State` (header of a real server's probe table)
    if (cur.rs !== null && c0 === 80 && hasAt(s, 'Probe method ', at) && s.endsWith('State')) {
      inProbeTable = true;
      cur.openSection = false;
      cur.rs.fieldLines.probes = no;
      return;
    }

    // ---- `Key: value` lines ------------------------------------------------------------------
    const colon = s.indexOf(':', at);
    if (colon <= at) {
      // `tcp-temp` under `Probe method:` (one NQA template per line)
      if (inProbeMethods && farm !== null && !s.includes(' ', at)) {
        addProbeMethod(farm, at === 0 ? s : s.slice(at), no);
        return;
      }
      unrecognised(no, s, at);
      return;
    }
    const key = keyAt(s, at, colon);

    // `LB action: lba2`, `Virtual server: vs1`: another output's block starts.
    const otherCommand = key === '' ? otherHeader(s, at) : null;
    if (otherCommand !== null) {
      enterOther(otherCommand, no);
      unrecognised(no, s, at);
      return;
    }
    if (key === 'Server farm' && inUse(s)) {
      enterOther('display loadbalance action', no);
      unrecognised(no, s, at);
      return;
    }
    // `Primary server farm: kippo (in use)`: a virtual server's, even when its header was not pasted.
    if (key === '' && (c0 === 80 || c0 === 68) && VS_FARM_KEYS.some((k) => hasAt(s, k, at))) {
      enterOther('display virtual-server', no);
      unrecognised(no, s, at);
      return;
    }
    if (mode === 'other' && !(key === 'Real server' || (key === 'Server farm' && blankBefore))) {
      unrecognised(no, s, at);
      return;
    }

    // `Real server: 12.151:8080_rs_113.55.12.151_8080`
    if (key === 'Real server') {
      mode = 'rs';
      farm = null;
      inProbeMethods = inFarmTable = inProbeTable = false;
      closeServer();
      cur.rs = newDetailServer(valueAfter(s, colon), no);
      cur.hasState = false;
      cur.sawProbeInfo = false;
      cur.openSection = false;
      return;
    }
    // `Server farm: 12.151:8080_sf` starts a farm unless it is a field of a real server block
    if (key === 'Server farm' && mode !== 'rs') {
      mode = 'farm';
      closeServer();
      inProbeMethods = inFarmTable = inProbeTable = false;
      lastRow = null;
      farm = newFarm(valueAfter(s, colon), no);
      farmSawList = false;
      farms.push(farm);
      return;
    }
    if (cur.rs !== null && mode === 'rs') {
      if (readServerField(cur, cur.rs, key, s, colon, no, warnings)) return;
    }
    if (farm !== null && mode === 'farm') {
      inProbeMethods = false;
      if (readFarmField(farm, key, s, colon, no)) {
        // `Probe method:` is followed by the template names, one per line
        if (key === 'Probe method') inProbeMethods = true;
        return;
      }
    }
    if (STATISTICS_KEYS.has(key)) statisticsSeen = true;
    unrecognised(no, s, at);
  };

  const { commands, hidden } = scanPaste(text, onLine, onCommand);
  addHiddenWarnings(warnings, hidden);

  // What was open when the paste ended (the casts undo the narrowing to the initial values:
  // TypeScript does not see the assignments made inside onLine).
  const endMode = mode as Mode;
  const openFarm = farm as ServerFarmRecord | null;
  const openServer = cur.rs as RealServerRecord | null;
  let truncated = false;
  if (openFarm !== null && endMode === 'farm') {
    if (
      !farmSawList ||
      (openFarm.totalRealServers !== null &&
        openFarm.realServers.length < openFarm.totalRealServers)
    )
      truncated = true;
  }
  if (
    openServer !== null &&
    endMode === 'rs' &&
    (!cur.sawProbeInfo || cur.openSection || !cur.hasState)
  )
    truncated = true;
  closeServer();
  return finish(commands, truncated);

  function finish(commands: EchoedCommand[], truncated: boolean): ParseResult<ServerFarmParsed> {
    const errors: ParseIssue[] = [];
    if (nonBlank === 0) {
      return result<ServerFarmParsed>(
        null,
        [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
        [],
      );
    }
    // `display real-server statistics` / `dis real-server statistics name x`
    const statisticsCommand = commands.some((c) =>
      /^dis\S*\s+real-server\s+statistics/i.test(c.command),
    );
    if (statisticsCommand || (stateful.length === 0 && farms.length === 0 && statisticsSeen)) {
      return result<ServerFarmParsed>(
        null,
        [
          issue(
            'wrong-command',
            `This looks like display real-server statistics, not ${EXPECTED}: it has no real-server state.`,
          ),
        ],
        warnings,
      );
    }
    if (farms.length === 0 && stateful.length === 0) {
      const seen = other as { command: string; line: number } | null;
      return result<ServerFarmParsed>(
        null,
        [
          seen === null
            ? issue(
                'wrong-command',
                `No server farm or real server found: expected the output of ${EXPECTED}.`,
              )
            : issue(
                'wrong-command',
                `This looks like ${seen.command}, not ${EXPECTED}: ${OTHER_SAYS[seen.command] ?? 'it is another output'}, not a farm's real servers and their state. Paste display server-farm for the farm.`,
                seen.line,
              ),
        ],
        warnings,
      );
    }
    if (truncated)
      warnings.push(
        issue(
          'truncated',
          'The output stops in the middle of a record: what was printed before is kept.',
          lastLine,
        ),
      );

    if (stateful.length > 0) {
      // Totals are only known when the paste is the full, untruncated listing of every real server.
      const cmd = commands.find((c) => /^dis\S*\s+real-server\b/i.test(c.command));
      const complete =
        !truncated &&
        cmd !== undefined &&
        /^dis\S*\s+real-server(?:\s+brief)?\s*$/i.test(cmd.command);
      const byName = groupByFarm(stateful, farms);
      if (complete) {
        for (const f of byName.values()) {
          let active = 0;
          for (const s of f.realServers) if (s.state === 'Active') active++;
          f.totalRealServers = f.realServers.length;
          f.activeRealServers = active;
        }
      }
    }
    return result<ServerFarmParsed>({ farms }, errors, warnings);
  }
}

/** Puts real servers into farms by their `Server farm` field; new farms are added to `farms`. */
function groupByFarm(
  servers: RealServerRecord[],
  farms: ServerFarmRecord[],
): Map<string, ServerFarmRecord> {
  const byName = new Map<string, ServerFarmRecord>();
  // A listing prints a farm's servers one after another: most servers join the farm just used.
  let last: ServerFarmRecord | null = null;
  for (const server of servers) {
    const name = server.serverFarm ?? '';
    let f: ServerFarmRecord | undefined =
      last !== null && last.name === name ? last : byName.get(name);
    if (f === undefined) {
      f = newFarm(name, server.fieldLines.serverFarm ?? server.line);
      f.nameTruncated = truncatedName(name);
      f.fieldLines =
        server.fieldLines.serverFarm !== undefined ? { name: server.fieldLines.serverFarm } : {};
      byName.set(name, f);
      farms.push(f);
    }
    f.realServers.push(server);
    last = f;
  }
  return byName;
}

function checkState(state: string, no: number, warnings: ParseIssue[]): void {
  if (!KNOWN_STATES.has(state))
    warnings.push(
      issue('unknown-value', `Unknown real-server state "${state}" kept as printed`, no),
    );
}

// `t4                Succeeded` / `t1                In progress`, cut by `cutCells`
function addProbe(rs: RealServerRecord, no: number, warnings: ParseIssue[]): void {
  const method = cellText(0);
  let state: string;
  if (cells.count === 2) state = cellKnown(1, PROBE_STATE_WORDS);
  else {
    state = cellText(1);
    for (let i = 2; i < cells.count; i++) state += ` ${cellText(i)}`;
  }
  if (!KNOWN_PROBE_STATES.has(state))
    warnings.push(issue('unknown-value', `Unknown probe state "${state}" kept as printed`, no));
  const probe = { method, state, line: no };
  // Most servers have one probe: a one-element array instead of push's room for 17.
  if (rs.probes === undefined || rs.probes.length === 0) rs.probes = [probe];
  else rs.probes.push(probe);
}

// `  test1         Probe-failed HLW           10.197.44.200   80    100    4`, cut by `cutCells`
function farmRow(hasVpn: boolean, no: number, farmName: string): RealServerRecord | null {
  const n = cells.count;
  if (n < 5 || n > 7) return null;
  const port = cellInt(n - 3);
  const weight = cellInt(n - 2);
  const priority = cellInt(n - 1);
  if (port === null || weight === null || priority === null) return null;
  // The cells between State and Port: VPN-instance and Address, or one of them.
  let vpn: string | null = null;
  let address: string | null = null;
  if (n === 7) {
    vpn = cellOrNull(2);
    address = cellOrNull(3);
  } else if (n === 6) {
    if (!hasVpn || cellIsAddress(2)) address = cellOrNull(2);
    else vpn = cellOrNull(2);
  }
  // Built in one literal (same fields as newServer) because farm tables are the bulk of a large paste.
  return {
    name: cellText(0),
    nameTruncated: cellTruncated(0),
    state: cellKnown(1, STATE_WORDS),
    vpnInstance: vpn,
    address,
    ipv6Address: null,
    port,
    weight,
    priority,
    serverFarm: farmName,
    line: no,
    fieldLines: hasVpn
      ? { name: no, state: no, address: no, port: no, weight: no, priority: no, vpnInstance: no }
      : { name: no, state: no, address: no, port: no, weight: no, priority: no },
  };
}

// `12.151:8080_r... 113.55.12.151        8080  Active         12.151:8080_sf`, cut by `cutCells`
function rsBriefRow(no: number): RealServerRecord | null {
  const n = cells.count;
  if (n < 4 || n > 5) return null;
  const port = cellInt(2);
  if (port === null || !cellIsAddress(1)) return null;
  const hasFarm = n === 5;
  return {
    name: cellText(0),
    nameTruncated: cellTruncated(0),
    state: cellKnown(3, STATE_WORDS),
    vpnInstance: null,
    address: cellOrNull(1),
    ipv6Address: null,
    port,
    weight: null,
    priority: null,
    serverFarm: hasFarm ? cellText(4) : null,
    line: no,
    fieldLines: hasFarm
      ? { name: no, address: no, port: no, state: no, serverFarm: no }
      : { name: no, address: no, port: no, state: no },
  };
}

// `sf                RR              Y    N     3      3`, cut by `cutCells`
function farmBriefRow(no: number): ServerFarmRecord | null {
  if (cells.count !== 6) return null;
  const totalN = cellInt(4);
  const activeN = cellInt(5);
  if (totalN === null || activeN === null) return null;
  const nat = cellText(2);
  const snat = cellText(3);
  if ((nat !== 'Y' && nat !== 'N') || (snat !== 'Y' && snat !== 'N')) return null;
  const f = newFarm(cellText(0), no);
  f.predictor = cellText(1);
  f.nat = enabled(nat);
  f.totalRealServers = totalN;
  f.activeRealServers = activeN;
  f.fieldLines = {
    name: no,
    predictor: no,
    nat: no,
    snat: no,
    totalRealServers: no,
    activeRealServers: no,
  };
  return f;
}

function readFarmField(
  f: ServerFarmRecord,
  key: string,
  s: string,
  colon: number,
  no: number,
): boolean {
  const fl = f.fieldLines;
  switch (key) {
    case 'Description':
      f.description = valueOrNull(s, colon);
      fl.description = no;
      return true;
    case 'Predictor':
      f.predictor = valueOrNull(s, colon);
      fl.predictor = no;
      return true;
    case 'NAT':
      f.nat = enabled(valueAfter(s, colon));
      fl.nat = no;
      return true;
    case 'SNAT pool':
      f.snatPool = valueOrNull(s, colon);
      fl.snatPool = no;
      return true;
    case 'Failed action':
      f.failedAction = valueOrNull(s, colon);
      fl.failedAction = no;
      return true;
    case 'Probe information':
      fl.probeInformation = no;
      return true;
    case 'Probe success criteria':
      f.probeSuccessCriteria = valueOrNull(s, colon);
      fl.probeSuccessCriteria = no;
      return true;
    case 'Probe method': {
      // `Probe method: t1` (same line) as well as the template names on the following lines
      const value = valueAfter(s, colon);
      fl.probeMethods = no;
      if (value !== '') addProbeMethod(f, value, no);
      return true;
    }
    case 'Total real server':
      f.totalRealServers = valueInt(s, colon);
      fl.totalRealServers = no;
      return true;
    case 'Active real server':
      f.activeRealServers = valueInt(s, colon);
      fl.activeRealServers = no;
      return true;
    case 'Real server list':
      fl.realServers = no;
      return true;
    default: {
      const cite = FARM_OTHER_KEYS.get(key);
      if (cite === undefined) return false;
      cite(fl, no);
      return true;
    }
  }
}

function readServerField(
  d: ServerDraft,
  rs: RealServerRecord,
  key: string,
  s: string,
  colon: number,
  no: number,
  warnings: ParseIssue[],
): boolean {
  const fl = rs.fieldLines;
  d.openSection = false;
  switch (key) {
    case 'State': {
      const value = valueKnown(STATE_WORDS, s, colon);
      rs.state = value;
      d.hasState = true;
      checkState(value, no, warnings);
      fl.state = no;
      return true;
    }
    case 'IPv4 address': {
      const value = valueOrNull(s, colon);
      if (value !== null) {
        // IPv4 is the primary address; an IPv6 read before becomes the second one.
        if (rs.address !== null && rs.ipv6Address === null) rs.ipv6Address = rs.address;
        rs.address = value;
        fl.address = no;
      }
      return true;
    }
    case 'IPv6 address': {
      const value = valueOrNull(s, colon);
      if (value !== null) {
        if (rs.address === null) {
          rs.address = value;
          fl.address = no;
        } else {
          rs.ipv6Address = value;
          fl.ipv6Address = no;
        }
      }
      return true;
    }
    case 'VPN instance':
      rs.vpnInstance = valueOrNull(s, colon);
      fl.vpnInstance = no;
      return true;
    case 'Port':
      rs.port = valueInt(s, colon);
      fl.port = no;
      return true;
    case 'Server farm':
      rs.serverFarm = valueOrNull(s, colon);
      fl.serverFarm = no;
      return true;
    case 'Weight':
      rs.weight = valueInt(s, colon);
      fl.weight = no;
      return true;
    case 'Priority':
      rs.priority = valueInt(s, colon);
      fl.priority = no;
      return true;
    default: {
      // `Rate limit:` opens a section only with nothing after the colon.
      const section = colon === s.length - 1 ? RS_SECTIONS.get(key) : undefined;
      if (section !== undefined) {
        d.openSection = true;
        if (key === 'Probe information') d.sawProbeInfo = true;
        section(fl, no);
        return true;
      }
      const cite = RS_OTHER_KEYS.get(key);
      if (cite === undefined) return false;
      cite(fl, no);
      return true;
    }
  }
}
