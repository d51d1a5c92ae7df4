/**
 * What the engine has learned so far while walking the graph: names and values taken from earlier
 * pastes, used to fill in the next commands, to pick the right record out of a paste and to write
 * the diagnosis with the real names. Supporting outputs (interface counters, logs, LLDP) pasted at
 * any step are pooled here before the walk starts.
 */
import type { Evidence } from '../run-types';
import type {
  InterfaceData,
  LldpData,
  LogData,
  ProbeTemplate,
  Session,
} from '../parsers/parsed-types';
import type { StepInput } from './evidence';

export interface ServerRef {
  name: string;
  address: string;
  vpn: string | null;
  port: number | null;
  farm: string | null;
}

export interface Support {
  iface: StepInput<InterfaceData>[];
  log: StepInput<LogData>[];
  lldp: StepInput<LldpData>[];
}

/** What the probe session showed, in the terms the later steps need. */
export type SessionKind =
  'syn-sent' | 'reset' | 'handshake-only' | 'tls-abort' | 'data-back' | 'other';

export interface RunContext {
  support: Support;
  /** The server farm followed. */
  farm: string | null;
  /** Probe templates the followed farm (or its real servers) use, as printed. */
  farmProbes: string[];
  /** Real server names by the non-probe state they are in (for the fix blocks). */
  shutdownServers: string[];
  inactiveServers: string[];
  slowServers: string[];
  /** Real servers in `Probe-failed` in the followed farm, in the order printed. */
  failedServers: ServerRef[];
  /** Addresses that answered ping / did not, from the ping step. */
  pingOk: string[];
  pingLost: string[];
  /** Round-trip times of the pings that got replies, by address (ms), and where they were printed. */
  pingRtt: Record<string, { avg: number; max: number; evidence: Evidence }>;
  /** Where each address's successful ping was printed (small payloads: reachability). */
  pingOkEvidence: Record<string, Evidence>;
  /** The server the session step follows. */
  target: ServerRef | null;
  /** The server that fails ping (where capture evidence matters), when known. */
  lostServer: string | null;
  /** From the session: VPN, probe source, port and the responder's inbound interface. */
  sessionVpn: string | null;
  probeSource: string | null;
  probePort: number | null;
  inboundInterface: string | null;
  sessionState: string | null;
  sessionKind: SessionKind | null;
  /** The probe session followed, and where its state and counters were printed. */
  session: { s: Session; evidence: Evidence } | null;
  /** The probe template the followed farm uses, once the probe-template step has read it. */
  template: ProbeTemplate | null;
  /** Reth interface followed, e.g. `Reth2`. */
  reth: string | null;
  /** The Reth member carrying the traffic, e.g. `Route-Aggregation1.1973`. */
  rethMember: string | null;
  /** Reth member that should carry traffic but does not. */
  rethInactiveMember: string | null;
  /** The interface the replies should arrive on when it is a plain port or VLAN interface. */
  egressPort: string | null;
  /** The LB's aggregate interface, e.g. `Route-Aggregation1`. */
  aggregate: string | null;
  lagMode: 'dynamic' | 'static' | null;
  /** Where the LB's aggregation mode was read (the lag step's `Aggregation Mode` line). */
  lagModeEvidence: Evidence | null;
  selectedPorts: string[];
  unselectedPorts: string[];
  /** Unselected ports whose Oper-Key differs from the Selected ones. */
  operKeyPorts: string[];
  /** From LLDP: the switch (system name) and port each LB member reaches. */
  peerSwitch: string | null;
  peerPorts: Record<string, string>;
  /** Peer switch aggregate, e.g. `Bridge-Aggregation33`, and its members. */
  peerAggregate: string | null;
  peerMode: 'dynamic' | 'static' | null;
  peerMembers: string[];
  /**
   * Attribute differences that keep a member Unselected, each with both values and where they
   * were read, so the fix can name the attribute and the command that aligns it.
   */
  differences: AttributeDifference[];
  /** The peer aggregate's own link type and permitted VLANs (`972 to 973 1972 to 1973`), to copy onto members. */
  peerLinkType: string | null;
  peerPermitVlans: string | null;
  /** Aggregate members that look physically faulty (member-interfaces step), and how. */
  faultyMembers: string[];
  memberFaults: Array<{ port: string; fault: 'down' | 'flapping' | 'errors-rising' | 'silent' }>;
  /**
   * One aggregate reaching two devices or two aggregates: what the Selected members reach (the
   * side that works) and the ports that must move to it — LB members on two devices, or switch
   * ports in another aggregation group.
   */
  crossConnect: {
    kind: 'two-devices' | 'two-aggregates';
    /** The partner system (two devices) or aggregation group number (two aggregates) to keep. */
    keep: string | null;
    /** LB members (two devices) or switch ports (two aggregates) on the other side. */
    move: string[];
  } | null;
}

export interface AttributeDifference {
  /** Stable key: `link-type`, `permitted-vlans`, `pvid`, `speed`, `duplex`, `lacp-passive`. */
  attribute: string;
  /** The port whose value differs, and the one it is compared with (an aggregate or a sibling). */
  port: string;
  reference: string;
  value: string;
  expected: string;
  /** `peer` or `lb`: the device whose configuration is to change. */
  device: 'peer' | 'lb';
}

export function emptySupport(): Support {
  return { iface: [], log: [], lldp: [] };
}

export function emptyContext(support: Support = emptySupport()): RunContext {
  return {
    support,
    farm: null,
    farmProbes: [],
    shutdownServers: [],
    inactiveServers: [],
    slowServers: [],
    failedServers: [],
    pingOk: [],
    pingLost: [],
    pingRtt: {},
    pingOkEvidence: {},
    target: null,
    lostServer: null,
    sessionVpn: null,
    probeSource: null,
    probePort: null,
    inboundInterface: null,
    sessionState: null,
    sessionKind: null,
    session: null,
    template: null,
    reth: null,
    rethMember: null,
    rethInactiveMember: null,
    egressPort: null,
    aggregate: null,
    lagMode: null,
    lagModeEvidence: null,
    selectedPorts: [],
    unselectedPorts: [],
    operKeyPorts: [],
    peerSwitch: null,
    peerPorts: {},
    peerAggregate: null,
    peerMode: null,
    peerMembers: [],
    differences: [],
    peerLinkType: null,
    peerPermitVlans: null,
    faultyMembers: [],
    memberFaults: [],
    crossConnect: null,
  };
}
