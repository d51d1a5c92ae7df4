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
