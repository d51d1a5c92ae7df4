/**
 * The typed data each parser produces: the JSON shapes fixed in DESIGN.md (camelCase; fields may be
 * added, never renamed). Every record keeps `line` (1-based, where it starts in the paste) and
 * `fieldLines` (field → line it was read from) so any finding can cite the exact line it relies on.
 * Fields a given output does not print are `null`.
 */
import type { FieldLines } from './shared/parse-result';

// ---- display server-farm / display real-server ---------------------------------------------
export interface RealServer {
  name: string;
  /** As printed: `Active`, `Probe-failed`, `Shutdown`, `Inactive`, `Standby`, `Ramp` (others kept verbatim). */
  state: string;
  vpnInstance: string | null;
  address: string | null;
  /** Second address when both IPv4 and IPv6 are printed. */
  ipv6Address?: string | null;
  port: number | null;
  weight: number | null;
  priority: number | null;
  /** Server farm the real server belongs to (from `display real-server`), when printed. */
  serverFarm?: string | null;
  /** Probe methods and their state (from `display real-server` detail). */
  probes?: { method: string; state: string; line: number }[];
  line: number;
  fieldLines: FieldLines;
}

export interface ServerFarm {
  name: string;
  predictor: string | null;
  probeMethods: string[];
  totalRealServers: number | null;
  activeRealServers: number | null;
  realServers: RealServer[];
  line: number;
  fieldLines: FieldLines;
}

export interface ServerFarmData {
  farms: ServerFarm[];
}

// ---- ping ------------------------------------------------------------------------------------
export interface PingRun {
  destination: string;
  vpnInstance: string | null;
  /** From the statistics line; null when the paste was cut before it (then counted from replies). */
  transmitted: number | null;
  received: number | null;
  lossPercent: number | null;
  /** Reply lines seen (`56 bytes from ...`). */
  replies: number;
  /** `Request time out` lines seen. */
  timeouts: number;
  /** True when the statistics block was present. */
  hasStatistics: boolean;
  /** Payload bytes: the header's `1472 data bytes`, else the echoed `-s`; null when neither shows it. */
  size: number | null;
  /** The echoed command has `-f` (DF set, no fragmentation); null when no echoed command shows it. */
  dontFragment: boolean | null;
  /** Source address: the header's `from Y` (`ping -a`) or Ping6's `SRC -->`, else the echoed `-a`. */
  source: string | null;
  /** `round-trip min/avg/max... = ...` in ms; null when not printed. */
  rtt: { min: number; avg: number; max: number } | null;
  /** Reply times in ms (`time=0.993 ms`), in the order the replies were printed. */
  times: number[];
  line: number;
  /** Last line of this ping's output. */
  endLine: number;
  fieldLines: FieldLines;
}

export interface PingData {
  pings: PingRun[];
}

// ---- display session table ... verbose -------------------------------------------------------
export interface SessionEndpoint {
  sourceIp: string | null;
  sourcePort: number | null;
  destinationIp: string | null;
  destinationPort: number | null;
  vpnInstance: string | null;
  protocol: string | null;
  inboundInterface: string | null;
  line: number;
  fieldLines: FieldLines;
}

export interface PacketCount {
  packets: number;
  bytes: number;
}

export interface Session {
  initiator: SessionEndpoint;
  responder: SessionEndpoint;
  state: string | null;
  application: string | null;
  initiatorToResponder: PacketCount | null;
  responderToInitiator: PacketCount | null;
  /** `Slot 1:` header the session was listed under, if any. */
  slot?: string | null;
  line: number;
  endLine: number;
  fieldLines: FieldLines;
}

export interface SessionData {
  sessions: Session[];
}

// ---- Reth (display reth interface / interface configuration) ---------------------------------
export interface RethMember {
  interface: string;
  /** From `member interface X priority N`; null in `display reth interface`. */
  priority: number | null;
  physicalStatus: string | null;
  /** `Active` / `Inactive` in `display reth interface`; null in configuration. */
  forwardingStatus: string | null;
  presenceStatus?: string | null;
  line: number;
}

export interface Reth {
  name: string;
  redundancyGroup?: string | null;
  members: RethMember[];
  line: number;
  fieldLines: FieldLines;
}

export interface RethData {
  reths: Reth[];
}

// ---- display link-aggregation verbose ---------------------------------------------------------
export interface LagLocalPort {
  port: string;
  status: 'S' | 'U' | 'I';
  priority: number | null;
  operKey: number | null;
  /** LACP flag letters as printed without braces (`ACDEFG`); null for static groups. */
  flags: string | null;
  line: number;
}

export interface LagRemotePort {
  /** The local (actor) port this row describes. */
  port: string;
  /** Partner port number as printed. */
  partner: string | null;
  priority: number | null;
  operKey: number | null;
  systemId: string | null;
  flags: string | null;
  line: number;
}

export interface LagGroup {
  name: string;
  mode: 'dynamic' | 'static';
  systemId: string | null;
  loadSharing?: string | null;
  localPorts: LagLocalPort[];
  remotePorts: LagRemotePort[];
  line: number;
  fieldLines: FieldLines;
}

export interface LagData {
  groups: LagGroup[];
}

// ---- interface configuration -----------------------------------------------------------------
export interface ConfigLine {
  no: number;
  text: string;
}

export interface InterfaceConfig {
  name: string;
  description: string | null;
  /** `link-aggregation mode dynamic` → dynamic; an aggregate interface without it → static; members and others → null. */
  aggregationMode: 'dynamic' | 'static' | null;
  /** `port link-aggregation group N` on a member port. */
  aggregationGroup: number | null;
  linkType: string | null;
  /** Permitted VLAN ranges `[from, to]` after `undo ... permit vlan` lines; null when not a trunk/hybrid config. */
  permitVlans: Array<[number, number]> | null;
  /** Every configuration line of this interface, as printed. */
  lines: ConfigLine[];
  line: number;
  fieldLines: FieldLines;
}

export interface InterfaceConfigData {
  interfaces: InterfaceConfig[];
}

// ---- display interface [<if>] (Comware 5 and 7) -----------------------------------------------
export interface InterfaceRate {
  packetsPerSecond: number | null;
  bytesPerSecond: number | null;
}

export interface InterfaceStatus {
  /** As printed in the block header: `Ten-GigabitEthernet1/0/1`, `GigabitEthernet1/1/0/31`. */
  name: string;
  /** `Current state` verbatim: `UP`, `DOWN`, `Administratively DOWN`, `DOWN ( Administratively )`. */
  state: string | null;
  /** True for UP, false for any DOWN form; null when the state line is missing. */
  up: boolean | null;
  lineProtocol: string | null;
  description: string | null;
  /** Layer-3 MTU (`Maximum transmission unit: 1500`, CW5 `The Maximum Transmit Unit is 1500`). */
  mtu: number | null;
  /** Layer-2 maximum frame (`Maximum frame length: 9216`, CW5 `The Maximum Frame Length is 9216`). */
  maxFrameLength: number | null;
  /** `Allow jumbo frames to pass` → true, `Disallow …`/`not allowed` → false; null when not printed. */
  jumboFrames: boolean | null;
  /** As printed before `-speed mode`: `10Gbps`, `1000Mbps`, `Unknown`. */
  speed: string | null;
  /** `full`, `half`, `unknown` (lower case). */
  duplex: string | null;
  /** When the link last went up or down, as printed (`Last link flapping: 6 hours 39 minutes 14 seconds`, or a date). */
  lastFlap: string | null;
  /** The same as seconds before the output was printed, when it is printed as a duration; null otherwise. */
  lastFlapSecondsAgo: number | null;
  /** Length of the rate window in seconds (`Last 300 seconds input …` → 300). */
  rateWindowSeconds: number | null;
  inputRate: InterfaceRate | null;
  outputRate: InterfaceRate | null;
  /** Totals since the counters were last cleared. */
  inputPackets: number | null;
  outputPackets: number | null;
  inputErrors: number | null;
  crc: number | null;
  outputErrors: number | null;
  /** `Last clearing of counters: Never` → `Never`; verbatim. */
  countersCleared: string | null;
  line: number;
  endLine: number;
  fieldLines: FieldLines;
}

export interface InterfaceData {
  interfaces: InterfaceStatus[];
}

// ---- display logbuffer / log lines ----------------------------------------------------------
/** What a known log message says, read from its text. */
export type LogEvent =
  /** `IFNET/3/PHY_UPDOWN` (physical) and `IFNET/5/LINK_UPDOWN` (line protocol). */
  | { kind: 'link'; interface: string; layer: 'physical' | 'protocol'; up: boolean }
  /** `LAGG/6/LAGG_ACTIVE` / `LAGG_INACTIVE_*`: a member port Selected or not, with the reason printed. */
  | {
      kind: 'lagg-member';
      interface: string;
      group: string | null;
      selected: boolean;
      reason: string | null;
    }
  /** A real server's probe or health state changed (LB module), or an NQA reaction fired. */
  | {
      kind: 'probe';
      server: string | null;
      farm: string | null;
      address: string | null;
      port: number | null;
      template: string | null;
      /** True when the new state is a healthy one (Active, Succeeded, …). */
      ok: boolean;
      /** The new state as printed. */
      state: string;
      /** NQA reaction messages: the NQA entry (`admin-test`), reaction number and the state before. */
      nqaEntry?: string | null;
      reaction?: number | null;
      previousState?: string | null;
    };

export interface LogEntry {
  /** As printed: `Dec  4 03:12:55:123 2026`. */
  time: string;
  /** Epoch ms, reading the device clock as UTC (only order and spacing matter); null when unreadable. */
  at: number | null;
  host: string | null;
  module: string;
  level: number | null;
  mnemonic: string | null;
  message: string;
  event: LogEvent | null;
  /** First line of the entry, and its last (a long message may wrap). */
  line: number;
  endLine: number;
  /** `%` log, `*` debug, `#` trap (Comware 5); null when unmarked (log host copies). */
  mark?: '%' | '*' | '#' | null;
  /** `-Slot=2`, `-MDC=1`: where on the device the message came from (not part of `message`). */
  location?: string | null;
}

/** The header `display logbuffer` prints before the entries (one per slot on some devices). */
export interface LogBufferInfo {
  /** `Log buffer: Enabled` → true. */
  enabled: boolean | null;
  maxBufferSize: number | null;
  actualBufferSize: number | null;
  /** Comware 5 only: `Channel number : 4 , Channel name : logbuffer`. */
  channelNumber: number | null;
  channelName: string | null;
  droppedMessages: number | null;
  overwrittenMessages: number | null;
  currentMessages: number | null;
  line: number;
  fieldLines: FieldLines;
}

export interface LogData {
  entries: LogEntry[];
  /** Headers of `display logbuffer`, in paste order; empty for a paste of plain log lines. */
  buffers?: LogBufferInfo[];
}

// ---- display lldp neighbor-information [list | verbose] -------------------------------------
export interface LldpNeighbor {
  /** Local port as printed: `XGE1/0/1` (list) or `Ten-GigabitEthernet1/0/0/1` (verbose). */
  localPort: string;
  systemName: string | null;
  chassisId: string | null;
  /** The neighbour's port (`Port ID`), as printed. */
  portId: string | null;
  portDescription: string | null;
  /**
   * Added: `cdp` for the CDP neighbours the verbose and brief forms print among the LLDP ones
   * (`CDP neighbor-information of port ...`); `lldp` otherwise.
   */
  protocol?: 'lldp' | 'cdp';
  /**
   * Added: the LLDP agent that learnt the neighbour (`nearest-bridge`, `nearest-nontpmr`,
   * `nearest-customer`); one neighbour seen by two agents is two records. From the `LLDP agent`
   * line, or the `*`/`#` after the list form's Chassis ID; null when the output does not say.
   */
  agent?: string | null;
  line: number;
  fieldLines: FieldLines;
}

export interface LldpData {
  neighbors: LldpNeighbor[];
}

// ---- display arp [...] ------------------------------------------------------------------------
export interface ArpEntry {
  ip: string;
  mac: string;
  vlan: number | null;
  interface: string | null;
  aging: number | null;
  /** Type letter(s) as printed: `D`, `S`, `I`, `O`, `R`, `M`. */
  type: string;
  vpnInstance: string | null;
  /**
   * Added: the `VLAN/VSI name` column when it holds a VSI name (`vxlan4094`) rather than a VLAN
   * number; `vlan` is then null.
   */
  vsiName?: string | null;
  line: number;
  /**
   * Added: lines of fields printed elsewhere than the entry's own row: `vpnInstance` from the
   * echoed `display arp vpn-instance X` or the `verbose` form's second line.
   */
  fieldLines?: FieldLines;
}

export interface ArpData {
  entries: ArpEntry[];
  /** The address the echoed command asked for (`display arp 10.1.1.5`, `| include 10.1.1.5`); null otherwise. */
  query: string | null;
  /** The VPN instance the echoed command named (`display arp vpn-instance HLW`). */
  vpnInstance: string | null;
  /**
   * The device answered the question: the table header was printed, or the echoed command
   * named the address and printed nothing after it. An empty `entries` then means "no entry".
   */
  answered: boolean;
  /** Added: lines that gave `query`, `vpnInstance` (the echo) and `answered` (header, echo or first row). */
  fieldLines?: FieldLines;
}

// ---- probe (NQA) templates, from the configuration ------------------------------------------
export interface ProbeTemplate {
  /** As configured: `tcp`, `http`, `https`, `icmp`, `udp`, `tcphalfopen`, `ssl`, `dns`, `ftp`, `radius`. */
  type: string;
  name: string;
  destinationPort: number | null;
  destinationIp: string | null;
  /** `probe timeout N` in ms; null when not configured (the device default of 3000 ms applies). */
  timeoutMs: number | null;
  /** `frequency N` in ms; null when not configured (device default 5000 ms). */
  frequencyMs: number | null;
  url: string | null;
  /** `expect status 200 to 299 302` as ranges. */
  expectStatus: Array<[number, number]> | null;
  expectData: string | null;
  /** `version v1.1`. */
  version: string | null;
  /** `operation get | post | raw`. */
  operation: string | null;
  vpnInstance: string | null;
  sourceIp: string | null;
  sslClientPolicy: string | null;
  /** `reaction trigger probe-fail N` / `probe-pass N`. */
  reactionProbeFail: number | null;
  reactionProbePass: number | null;
  /** Host, port and path of `url` (`http://app.example.com:8080/health.html`); null when no url or not in the URL. */
  urlHost?: string | null;
  urlPort?: number | null;
  urlPath?: string | null;
  /** `source interface Vlan-interface10` (ICMP / TCP half open templates). */
  sourceInterface?: string | null;
  /** `reaction trigger per-probe`: each probe's result is reported at once (ICMP / TCP half open). */
  reactionPerProbe?: boolean;
  /** First line of the `raw-request` content (`GET /health HTTP/1.1`) and its `Host:` value. */
  rawRequestLine?: string | null;
  rawRequestHost?: string | null;
  lines: ConfigLine[];
  line: number;
  fieldLines: FieldLines;
}

/** `ssl client-policy NAME` block: what an https / ssl template's `ssl-client-policy` names. */
export interface SslClientPolicy {
  name: string;
  /** `version tls1.2` as configured; null: the release's default. */
  version: string | null;
  /** `prefer-cipher ...` as configured (the words after the keyword). */
  preferCipher: string | null;
  /** `server-verify enable` → true, `undo server-verify enable` → false, null: default (verify). */
  serverVerify: boolean | null;
  pkiDomain: string | null;
  lines: ConfigLine[];
  line: number;
  fieldLines: FieldLines;
}

/** `probe NAME` in a real-server or server-farm view: which template probes what. */
export interface ProbeReference {
  template: string;
  /** The view's header as configured: `real-server rs`, `server-farm sf`. */
  owner: string;
  line: number;
}

export interface ProbeTemplateData {
  templates: ProbeTemplate[];
  /** `ssl client-policy` blocks in the same paste. */
  sslClientPolicies?: SslClientPolicy[];
  /** `probe NAME` lines of real-server / server-farm views in the same paste. */
  references?: ProbeReference[];
  /**
   * True when templates were read, or the echoed command filtered the configuration for NQA
   * (`| begin nqa template`, `| include nqa`, `configuration nqa`) and it printed none: an empty
   * `templates` then means "none configured".
   */
  answered?: boolean;
}
