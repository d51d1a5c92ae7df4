/**
 * What `display session table ... verbose` prints beyond the shared session shape. The extra fields
 * are optional for consumers: the step rules only need what `parsed-types.ts` fixes, but the report
 * and the evidence view can show the rest.
 */
import type { Session, SessionData, SessionEndpoint } from '../parsed-types';

export interface SessionEndpointDetail extends SessionEndpoint {
  /** `TCP(6)` → 6. */
  protocolNumber: number | null;
  /** `DS-Lite tunnel peer`; `-`, empty or a missing line → null. */
  dsLitePeer: string | null;
  /** Second part of `VPN instance/VLAN ID/...`. */
  vlanId: number | null;
  /** Third part: `VLL ID` on older releases, `Inline ID` on newer ones. */
  inlineId: number | null;
  /** `Source security zone`. */
  securityZone: string | null;
}

export interface SessionDetail extends Session {
  initiator: SessionEndpointDetail;
  responder: SessionEndpointDetail;
  slot: string | null;
  /** `CPU 0 on slot 1:` → `0`. */
  cpu: string | null;
  /** `Rule ID: -/-/-` as printed; all dashes → null. */
  ruleId: string | null;
  ruleName: string | null;
  /** `2023-06-25 13:53:05` as printed. */
  startTime: string | null;
  /** `TTL: 28s` → 28; `TTL: -` (no aging) → null. */
  ttlSeconds: number | null;
  /** False when the paste ended or another block began before both counter lines were read. */
  complete: boolean;
}

export interface SessionTableData extends SessionData {
  sessions: SessionDetail[];
  /** Sum of every `Total sessions found: N` line; null when none was printed. */
  totalFound: number | null;
}
