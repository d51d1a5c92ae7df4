/**
 * What the engine has learned so far while walking the graph: names and values taken from earlier
 * pastes, used to fill in the next commands, to pick the right record out of a paste and to write
 * the diagnosis with the real names.
 */

export interface ServerRef {
  name: string;
  address: string;
  vpn: string | null;
  port: number | null;
  farm: string | null;
}

import type { Evidence } from '../run-types';

export interface RunContext {
  farm: string | null;
  /** Real server names by the non-probe state they are in (for the fix blocks). */
  shutdownServers: string[];
  inactiveServers: string[];
  slowServers: string[];
  /** Real servers in `Probe-failed`, in the order printed. */
  failedServers: ServerRef[];
  /** Addresses that answered ping / did not, from the ping step. */
  pingOk: string[];
  pingLost: string[];
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
  /** Reth interface followed, e.g. `Reth2`. */
  reth: string | null;
  /** The Reth member carrying the traffic, e.g. `Route-Aggregation1.1973`. */
  rethMember: string | null;
  /** Reth member that should carry traffic but does not. */
  rethInactiveMember: string | null;
  /** The LB's aggregate interface, e.g. `Route-Aggregation1`. */
  aggregate: string | null;
  lagMode: 'dynamic' | 'static' | null;
  /** Where the LB's aggregation mode was read (the lag step's `Aggregation Mode` line). */
  lagModeEvidence: Evidence | null;
  selectedPorts: string[];
  unselectedPorts: string[];
  /** Unselected ports whose Oper-Key differs from the Selected ones. */
  operKeyPorts: string[];
  /** Peer switch aggregate, e.g. `Bridge-Aggregation33`, and its members. */
  peerAggregate: string | null;
  peerMode: 'dynamic' | 'static' | null;
  peerMembers: string[];
  /** Attributes that differ between the peer aggregate and its members (e.g. `permitted VLANs`). */
  differingAttributes: string[];
  /** The peer aggregate's own link type and permitted VLANs (`972 to 973 1972 to 1973`), to copy onto members. */
  peerLinkType: string | null;
  peerPermitVlans: string | null;
  /** Peer member ports whose attributes differ from their aggregate. */
  differingMembers: string[];
}

export function emptyContext(): RunContext {
  return {
    farm: null,
    shutdownServers: [],
    inactiveServers: [],
    slowServers: [],
    failedServers: [],
    pingOk: [],
    pingLost: [],
    target: null,
    lostServer: null,
    sessionVpn: null,
    probeSource: null,
    probePort: null,
    inboundInterface: null,
    sessionState: null,
    reth: null,
    rethMember: null,
    rethInactiveMember: null,
    aggregate: null,
    lagMode: null,
    lagModeEvidence: null,
    selectedPorts: [],
    unselectedPorts: [],
    operKeyPorts: [],
    peerAggregate: null,
    peerMode: null,
    peerMembers: [],
    differingAttributes: [],
    differingMembers: [],
    peerLinkType: null,
    peerPermitVlans: null,
  };
}
