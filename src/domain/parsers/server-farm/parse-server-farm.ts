/**
 * Reads every output the `farm-status` step accepts: `display server-farm` (detail and brief) and
 * `display real-server` (detail, brief, `name X`). Real-server outputs are grouped into farms by
 * their `Server farm` field so the step's rules see one shape whatever the engineer pasted.
 */
import { normalise } from '../shared/normalise';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { RealServer, ServerFarm, ServerFarmData } from '../parsed-types';
import { digitsAt, isInk, trimIndented } from '../shared/fast-text';

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

type Mode = 'farm' | 'rs' | 'farm-brief' | 'rs-brief' | null;

interface RsDraft {
  rs: RealServerRecord;
  hasState: boolean;
  sawProbeInfo: boolean;
  /** A section header (`Rate limit:`) still waiting for its first sub-line. */
  openSection: boolean;
  statistics: boolean;
}

interface FarmDraft {
  farm: ServerFarmRecord;
  sawList: boolean;
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

// `1111:2222:3333:4444:`, `1.2.3.4`, `5555:6666:7777:888`: a cell that can only be (part of) an address.
function isAddressFragment(s: string): boolean {
  let sep = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 58 || c === 46) sep = true;
    else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return sep;
}

function isAddress(s: string): boolean {
  return s === '--' || isAddressFragment(s);
}

/** Cells of a table row: runs of anything but a blank (only U+0020 separates cells). */
function tokens(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && s.charCodeAt(i) === 32) i++;
    if (i === n) break;
    const start = i;
    while (i < n && s.charCodeAt(i) !== 32) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/**
 * Cell boundaries of the farm-table line being read, for the rows that make up most of a large
 * `display server-farm`. One buffer is reused from row to row (a row is read completely before
 * the next line is cut), and a cell becomes a string only when the record keeps it.
 */
const cells = { line: '', count: 0, start: [] as number[], end: [] as number[] };

/** Same cells as `tokens(t)`, as boundaries in the shared buffer. */
function cutCells(t: string): void {
  const { start, end } = cells;
  const n = t.length;
  let k = 0;
  let i = 0;
  while (i < n) {
    while (i < n && t.charCodeAt(i) === 32) i++;
    if (i === n) break;
    start[k] = i;
    while (i < n && t.charCodeAt(i) !== 32) i++;
    end[k] = i;
    k++;
  }
  cells.line = t;
  cells.count = k;
}

/** Cell `i` of the cut line (callers stay below `cells.count`: the buffer may hold older cells). */
function cellText(i: number): string {
  return cells.line.slice(cells.start[i] ?? 0, cells.end[i] ?? 0);
}

function cellInt(i: number): number | null {
  return digitsAt(cells.line, cells.start[i] ?? 0, cells.end[i] ?? 0);
}

/** `t.slice(0, colon).trim()` for a trimmed line, without the trim when the key ends in ink. */
function keyBefore(t: string, colon: number): string {
  return isInk(t.charCodeAt(colon - 1)) ? t.slice(0, colon) : t.slice(0, colon).trim();
}

/** `t.slice(colon + 1).trim()` for a trimmed line; `Port: 80` has exactly one blank after the colon. */
function valueAfter(t: string, colon: number): string {
  if (colon === t.length - 1) return '';
  if (t.charCodeAt(colon + 1) === 32 && isInk(t.charCodeAt(colon + 2))) return t.slice(colon + 2);
  return t.slice(colon + 1).trim();
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

function newServer(name: string, line: number): RealServerRecord {
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
  };
}

/** Adds the next piece of a wrapped address to the row it continues. */
function appendAddress(rs: RealServerRecord, frag: string): void {
  if (rs.address === null) rs.address = frag;
  else if (rs.ipv6Address !== null) rs.ipv6Address += frag;
  else if (rs.address.includes(':')) rs.address += frag;
  else rs.ipv6Address = frag;
}

export function parseServerFarm(text: string): ParseResult<ServerFarmParsed> {
  const paste = normalise(text);
  const warnings: ParseIssue[] = [];
  const farms: ServerFarmRecord[] = [];
  const servers: RsDraft[] = [];
  const farmDrafts: FarmDraft[] = [];
  const commands = paste.commands;
  let cmdIdx = 0;
  let mode: Mode = null;
  let farm: FarmDraft | null = null;
  let rs: RsDraft | null = null;
  let inProbeMethods = false;
  let inFarmTable = false;
  let farmTableVpn = false;
  let inProbeTable = false;
  let legend = false;
  let lastRow: RealServerRecord | null = null;
  let statisticsSeen = false;
  let statisticsCommand = false;
  let lastLine = 0;
  let nonBlank = 0;

  const unrecognised = (no: number, t: string) =>
    warnings.push(
      issue('unrecognised-line', `Not part of ${EXPECTED} output: "${t.slice(0, 80)}"`, no),
    );

  for (const cmd of commands) {
    // `display real-server statistics` / `dis real-server statistics name x`
    if (/^dis\S*\s+real-server\s+statistics/i.test(cmd.command)) statisticsCommand = true;
  }

  for (const { no, text: raw } of paste.lines) {
    // A new echoed command starts a new output: forget which layout we were in.
    while (cmdIdx < commands.length && (commands[cmdIdx]?.no ?? Infinity) < no) {
      cmdIdx++;
      mode = null;
      farm = null;
      rs = null;
      inProbeMethods = inFarmTable = inProbeTable = legend = false;
      lastRow = null;
    }
    const t = trimIndented(raw);
    if (t === '') continue;
    nonBlank++;
    lastLine = no;

    // ---- tables first: their cells contain colons -------------------------------------------
    // `Name             State         Address              Port  Weight Priority`
    // `Name          State        VPN-instance  Address         Port  Weight Priority`
    if (farm !== null && t.startsWith('Name ') && t.includes(' State') && t.includes('Address')) {
      inFarmTable = true;
      inProbeMethods = false;
      farmTableVpn = t.includes('VPN');
      farm.sawList = true;
      continue;
    }
    if (inFarmTable && farm !== null) {
      cutCells(t);
      // `                                 5555:6666:7777:888` (wrapped IPv6 under the Address column)
      if (cells.count === 1 && lastRow !== null && isAddressFragment(t)) {
        appendAddress(lastRow, t);
        continue;
      }
      const row = farmRow(farmTableVpn, no, farm.farm.name);
      if (row !== null) {
        checkState(row.state, no, warnings);
        farm.farm.realServers.push(row);
        lastRow = row;
        continue;
      }
      inFarmTable = false;
      lastRow = null;
    }
    // `Real server      Address              Port  State          Server farm`
    if (t.startsWith('Real server ') && t.includes('Address') && t.includes('State')) {
      mode = 'rs-brief';
      farm = null;
      rs = null;
      lastRow = null;
      continue;
    }
    if (mode === 'rs-brief') {
      const cells = tokens(t);
      if (cells.length === 1 && lastRow !== null && isAddressFragment(t)) {
        appendAddress(lastRow, t);
        continue;
      }
      const row = rsBriefRow(cells, no);
      if (row !== null) {
        checkState(row.state, no, warnings);
        servers.push({
          rs: row,
          hasState: true,
          sawProbeInfo: true,
          openSection: false,
          statistics: false,
        });
        lastRow = row;
        continue;
      }
    }
    // `Server farm       Predictor       NAT  SNAT  Total  Active`
    if (t.startsWith('Server farm ') && t.includes('Predictor') && t.includes('Total')) {
      mode = 'farm-brief';
      farm = null;
      rs = null;
      legend = false;
      continue;
    }
    if (mode === 'farm-brief') {
      const f = farmBriefRow(tokens(t), no);
      if (f !== null) {
        farms.push(f);
        continue;
      }
    }
    if (inProbeTable && rs !== null) {
      // `t4                Succeeded`, `t1                In progress`
      const cells = tokens(t);
      const method = cells[0];
      if (method !== undefined && cells.length >= 2 && !t.includes(':')) {
        const state = cells.slice(1).join(' ');
        if (!KNOWN_PROBE_STATES.has(state))
          warnings.push(
            issue('unknown-value', `Unknown probe state "${state}" kept as printed`, no),
          );
        (rs.rs.probes ??= []).push({ method, state, line: no });
        continue;
      }
      inProbeTable = false;
    }
    // `Predictor: RR - round robin, RD - random, LC - least connection,` and its continuation lines
    if (farm === null && t.startsWith('Predictor:') && t.includes(' - ')) {
      legend = true;
      continue;
    }
    if (legend) {
      // `HASH(SIP) - hash address source IP,` / `NAT/SNAT: Y - enabled, N - disabled`
      if (t.includes(' - ')) continue;
      legend = false;
    }

    // `Probe method      State` (header of a real server's probe table)
    if (rs !== null && t.startsWith('Probe method ') && t.endsWith('State')) {
      inProbeTable = true;
      rs.openSection = false;
      rs.rs.fieldLines.probes = no;
      continue;
    }

    // ---- `Key: value` lines ------------------------------------------------------------------
    const colon = t.indexOf(':');
    if (colon <= 0) {
      // `tcp-temp` under `Probe method:` (one NQA template per line)
      if (inProbeMethods && farm !== null && !t.includes(' ')) {
        farm.farm.probeMethods.push(t);
        continue;
      }
      unrecognised(no, t);
      continue;
    }
    const key = keyBefore(t, colon);
    const value = valueAfter(t, colon);

    // `Real server: 12.151:8080_rs_113.55.12.151_8080`
    if (key === 'Real server') {
      mode = 'rs';
      farm = null;
      inProbeMethods = inFarmTable = inProbeTable = false;
      const server = newServer(value, no);
      server.probes = [];
      rs = {
        rs: server,
        hasState: false,
        sawProbeInfo: false,
        openSection: false,
        statistics: false,
      };
      servers.push(rs);
      continue;
    }
    // `Server farm: 12.151:8080_sf` starts a farm unless it is a field of a real server block
    if (key === 'Server farm' && mode !== 'rs') {
      mode = 'farm';
      rs = null;
      inProbeMethods = inFarmTable = inProbeTable = false;
      lastRow = null;
      farm = { farm: newFarm(value, no), sawList: false };
      farms.push(farm.farm);
      farmDrafts.push(farm);
      continue;
    }
    if (rs !== null && mode === 'rs') {
      if (readServerField(rs, key, value, no, warnings)) continue;
    }
    if (farm !== null && mode === 'farm') {
      inProbeMethods = false;
      if (readFarmField(farm.farm, key, value, no)) {
        // `Probe method:` is followed by the template names, one per line
        if (key === 'Probe method') inProbeMethods = true;
        continue;
      }
    }
    if (STATISTICS_KEYS.has(key)) {
      statisticsSeen = true;
      if (rs !== null) rs.statistics = true;
    }
    unrecognised(no, t);
  }

  return finish();

  function finish(): ParseResult<ServerFarmParsed> {
    const errors: ParseIssue[] = [];
    const stateful = servers.filter((s) => s.hasState);
    if (nonBlank === 0) {
      return result<ServerFarmParsed>(
        null,
        [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
        [],
      );
    }
    if (
      statisticsCommand ||
      (stateful.length === 0 &&
        farms.length === 0 &&
        (statisticsSeen || servers.some((s) => s.statistics)))
    ) {
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
      return result<ServerFarmParsed>(
        null,
        [
          issue(
            'wrong-command',
            `No server farm or real server found: expected the output of ${EXPECTED}.`,
          ),
        ],
        warnings,
      );
    }
    let truncated = false;
    const lastFarm = farmDrafts[farmDrafts.length - 1];
    if (lastFarm !== undefined && mode === 'farm') {
      const f = lastFarm.farm;
      if (
        !lastFarm.sawList ||
        (f.totalRealServers !== null && f.realServers.length < f.totalRealServers)
      )
        truncated = true;
    }
    const lastRs = servers[servers.length - 1];
    if (
      lastRs !== undefined &&
      mode === 'rs' &&
      (!lastRs.sawProbeInfo || lastRs.openSection || !lastRs.hasState)
    )
      truncated = true;
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
      const byName = new Map<string, ServerFarmRecord>();
      for (const { rs: server } of stateful) {
        const name = server.serverFarm ?? '';
        let f = byName.get(name);
        if (f === undefined) {
          f = newFarm(name, server.fieldLines.serverFarm ?? server.line);
          f.nameTruncated = truncatedName(name);
          f.fieldLines =
            server.fieldLines.serverFarm !== undefined
              ? { name: server.fieldLines.serverFarm }
              : {};
          byName.set(name, f);
          farms.push(f);
        }
        f.realServers.push(server);
      }
      if (complete) {
        for (const f of byName.values()) {
          f.totalRealServers = f.realServers.length;
          f.activeRealServers = f.realServers.filter((s) => s.state === 'Active').length;
        }
      }
    }
    return result<ServerFarmParsed>({ farms }, errors, warnings);
  }
}

function checkState(state: string, no: number, warnings: ParseIssue[]): void {
  if (!KNOWN_STATES.has(state))
    warnings.push(
      issue('unknown-value', `Unknown real-server state "${state}" kept as printed`, no),
    );
}

// `  test1         Probe-failed HLW           10.197.44.200   80    100    4`, cut by `cutCells`
function farmRow(hasVpn: boolean, no: number, farmName: string): RealServerRecord | null {
  const n = cells.count;
  if (n < 5 || n > 7) return null;
  const port = cellInt(n - 3);
  const weight = cellInt(n - 2);
  const priority = cellInt(n - 1);
  if (port === null || weight === null || priority === null) return null;
  const name = cellText(0);
  const state = cellText(1);
  // The cells between State and Port: VPN-instance and Address, or one of them.
  let vpn: string | null = null;
  let address: string | null = null;
  if (n === 7) {
    vpn = cellText(2);
    address = cellText(3);
  } else if (n === 6) {
    const m = cellText(2);
    if (isAddress(m) || !hasVpn) address = m;
    else vpn = m;
  }
  const fl: FieldLines = { name: no, state: no, address: no, port: no, weight: no, priority: no };
  if (hasVpn) fl.vpnInstance = no;
  // Built in one literal (same fields as newServer) because farm tables are the bulk of a large paste.
  return {
    name,
    nameTruncated: truncatedName(name),
    state,
    vpnInstance: vpn === null ? null : orNull(vpn),
    address: address === null ? null : orNull(address),
    ipv6Address: null,
    port,
    weight,
    priority,
    serverFarm: farmName,
    line: no,
    fieldLines: fl,
  };
}

// `12.151:8080_r... 113.55.12.151        8080  Active         12.151:8080_sf`
function rsBriefRow(cells: string[], no: number): RealServerRecord | null {
  if (cells.length < 4 || cells.length > 5) return null;
  const [name, address, portText, state, farmName] = cells;
  const port = toInt(portText);
  if (
    name === undefined ||
    address === undefined ||
    state === undefined ||
    port === null ||
    !isAddress(address)
  )
    return null;
  const rs = newServer(name, no);
  rs.state = state;
  rs.address = orNull(address);
  rs.port = port;
  rs.serverFarm = farmName ?? null;
  rs.fieldLines = {
    name: no,
    address: no,
    port: no,
    state: no,
    ...(farmName !== undefined ? { serverFarm: no } : {}),
  };
  return rs;
}

// `sf                RR              Y    N     3      3`
function farmBriefRow(cells: string[], no: number): ServerFarmRecord | null {
  if (cells.length !== 6) return null;
  const [name, predictor, nat, snat, total, active] = cells;
  const totalN = toInt(total);
  const activeN = toInt(active);
  if (name === undefined || predictor === undefined || totalN === null || activeN === null)
    return null;
  if ((nat !== 'Y' && nat !== 'N') || (snat !== 'Y' && snat !== 'N')) return null;
  const f = newFarm(name, no);
  f.predictor = predictor;
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

function readFarmField(f: ServerFarmRecord, key: string, value: string, no: number): boolean {
  const fl = f.fieldLines;
  switch (key) {
    case 'Description':
      f.description = orNull(value);
      fl.description = no;
      return true;
    case 'Predictor':
      f.predictor = orNull(value);
      fl.predictor = no;
      return true;
    case 'NAT':
      f.nat = enabled(value);
      fl.nat = no;
      return true;
    case 'SNAT pool':
      f.snatPool = orNull(value);
      fl.snatPool = no;
      return true;
    case 'Failed action':
      f.failedAction = orNull(value);
      fl.failedAction = no;
      return true;
    case 'Probe information':
      fl.probeInformation = no;
      return true;
    case 'Probe success criteria':
      f.probeSuccessCriteria = orNull(value);
      fl.probeSuccessCriteria = no;
      return true;
    case 'Probe method':
      // `Probe method: t1` (same line) as well as the template names on the following lines
      if (value !== '') f.probeMethods.push(value);
      fl.probeMethods = no;
      return true;
    case 'Total real server':
      f.totalRealServers = toInt(value);
      fl.totalRealServers = no;
      return true;
    case 'Active real server':
      f.activeRealServers = toInt(value);
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
  d: RsDraft,
  key: string,
  value: string,
  no: number,
  warnings: ParseIssue[],
): boolean {
  const rs = d.rs;
  const fl = rs.fieldLines;
  d.openSection = false;
  switch (key) {
    case 'State':
      rs.state = value;
      d.hasState = true;
      checkState(value, no, warnings);
      fl.state = no;
      return true;
    case 'IPv4 address':
      if (orNull(value) !== null) {
        // IPv4 is the primary address; an IPv6 read before becomes the second one.
        if (rs.address !== null && rs.ipv6Address === null) rs.ipv6Address = rs.address;
        rs.address = value;
        fl.address = no;
      }
      return true;
    case 'IPv6 address':
      if (orNull(value) !== null) {
        if (rs.address === null) {
          rs.address = value;
          fl.address = no;
        } else {
          rs.ipv6Address = value;
          fl.ipv6Address = no;
        }
      }
      return true;
    case 'VPN instance':
      rs.vpnInstance = orNull(value);
      fl.vpnInstance = no;
      return true;
    case 'Port':
      rs.port = toInt(value);
      fl.port = no;
      return true;
    case 'Server farm':
      rs.serverFarm = orNull(value);
      fl.serverFarm = no;
      return true;
    case 'Weight':
      rs.weight = toInt(value);
      fl.weight = no;
      return true;
    case 'Priority':
      rs.priority = toInt(value);
      fl.priority = no;
      return true;
    default: {
      // `Rate limit:` opens a section only with nothing after the colon.
      const section = value === '' ? RS_SECTIONS.get(key) : undefined;
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
