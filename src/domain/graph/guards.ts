/**
 * Named, pure, synchronous guards, one table per step, each taking that step's evaluated facts.
 * The graph (step-graph.ts) refers to them by name; `otherwise` is every step's fallback.
 */
import type { GraphStepId } from '../wizard-state';
import type { FarmFacts } from '../rules/evaluate-farm-status';
import type { PingFacts } from '../rules/evaluate-ping';
import type { SessionFacts } from '../rules/evaluate-session';
import type { RethFacts } from '../rules/evaluate-reth';
import type { LagFacts } from '../rules/evaluate-lag';
import type { PeerConfigFacts } from '../rules/evaluate-peer-config';
import type { MemberFacts } from '../rules/evaluate-member-interfaces';
import type { ArpFacts } from '../rules/evaluate-arp';
import type { TemplateFacts } from '../rules/evaluate-probe-template';
import type { PathMtuFacts } from '../rules/evaluate-path-mtu';

export interface StepFacts {
  'farm-status': FarmFacts;
  ping: PingFacts;
  session: SessionFacts;
  reth: RethFacts;
  lag: LagFacts;
  'peer-config': PeerConfigFacts;
  'member-interfaces': MemberFacts;
  arp: ArpFacts;
  'probe-template': TemplateFacts;
  'path-mtu': PathMtuFacts;
}

export type Guard<S extends GraphStepId> = (facts: StepFacts[S]) => boolean;

const otherwise = () => true;

/** Not Active, for the "only X" guards. */
const down = (f: FarmFacts) =>
  f.probeFailed.length +
  f.shutdown.length +
  f.inactive.length +
  f.slowOnline.length +
  f.other.length;

export const guards = {
  'farm-status': {
    'all-active': (f: FarmFacts) => f.servers > 0 && f.active.length === f.servers,
    'only-shutdown': (f: FarmFacts) => f.shutdown.length > 0 && down(f) === f.shutdown.length,
    'only-inactive': (f: FarmFacts) => f.inactive.length > 0 && down(f) === f.inactive.length,
    'only-slow-online': (f: FarmFacts) =>
      f.slowOnline.length > 0 && down(f) === f.slowOnline.length,
    'any-probe-failed': (f: FarmFacts) => f.probeFailed.length > 0,
    otherwise,
  },
  ping: {
    otherwise,
  },
  session: {
    'no-session': (f: SessionFacts) => f.sessions === 0,
    'vpn-mismatch': (f: SessionFacts) => f.found && f.vpnMismatch,
    'server-reset': (f: SessionFacts) => f.found && f.kind === 'reset',
    replied: (f: SessionFacts) =>
      f.found && (f.kind === 'handshake-only' || f.kind === 'tls-abort' || f.kind === 'data-back'),
    'no-reply-via-reth': (f: SessionFacts) =>
      f.found && f.kind === 'syn-sent' && f.inbound === 'reth',
    'no-reply-via-aggregate': (f: SessionFacts) =>
      f.found && f.kind === 'syn-sent' && f.inbound === 'aggregate',
    'no-reply': (f: SessionFacts) => f.found && f.kind === 'syn-sent',
    otherwise,
  },
  reth: {
    'forwarding-is-aggregate': (f: RethFacts) => f.found && f.forwardingIsAggregate,
    'member-inactive': (f: RethFacts) => f.found && f.memberInactive,
    'forwarding-is-port': (f: RethFacts) => f.found && f.forwarding !== null,
    otherwise,
  },
  lag: {
    'partners-differ': (f: LagFacts) => f.found && f.partnersDiffer,
    'all-selected': (f: LagFacts) => f.found && f.allSelected,
    'oper-key-differs': (f: LagFacts) => f.found && f.operKeyDiffers.length > 0,
    unselected: (f: LagFacts) => f.found && f.unselected.length > 0,
    otherwise,
  },
  'peer-config': {
    'members-split': (f: PeerConfigFacts) => f.found && f.membersSplit,
    'mode-mismatch': (f: PeerConfigFacts) =>
      f.found && f.lbMode !== null && f.peerMode !== null && f.lbMode !== f.peerMode,
    // Same mode on both ends: a cause only when the configuration shows a difference that keeps a
    // member Unselected; identical configurations fall through to inconclusive.
    'attributes-differ': (f: PeerConfigFacts) =>
      f.found && f.lbMode !== null && f.lbMode === f.peerMode && f.decisive > 0,
    otherwise,
  },
  'member-interfaces': {
    'member-faulty': (f: MemberFacts) => f.found && f.faulty.length > 0,
    'members-healthy': (f: MemberFacts) => f.found && f.healthy,
    otherwise,
  },
  arp: {
    unresolved: (f: ArpFacts) => f.found && (f.missing || f.wrongInterface),
    resolved: (f: ArpFacts) => f.found && f.resolved,
    otherwise,
  },
  'probe-template': {
    'timeout-too-short': (f: TemplateFacts) => f.found && f.timeoutBelowRtt,
    'tls-handshake-fails': (f: TemplateFacts) => f.found && f.tlsAbort,
    'http-expectations': (f: TemplateFacts) => f.found && f.httpExpectations,
    'answer-never-arrives': (f: TemplateFacts) => f.found && f.handshakeOnly && f.expectsResponse,
    otherwise,
  },
  'path-mtu': {
    'large-packets-lost': (f: PathMtuFacts) => f.found && f.largeLost && f.smallOk,
    otherwise,
  },
} satisfies { [S in GraphStepId]: Record<string, Guard<S>> & { otherwise: Guard<S> } };

export type GuardName<S extends GraphStepId> = keyof (typeof guards)[S] & string;

export function guardFor<S extends GraphStepId>(step: S, name: string): Guard<S> | undefined {
  const table = guards[step] as Record<string, Guard<S>>;
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
