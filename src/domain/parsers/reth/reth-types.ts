/**
 * Reth and redundancy-group data beyond the shared shapes in `parsed-types.ts`. Fields a given output
 * does not print are null.
 */
import type { ConfigLine, Reth, RethData, RethMember } from '../parsed-types';
import type { FieldLines } from '../shared/parse-result';

export interface RethMemberDetail extends RethMember {
  /** `Normal` / `Absent` in `display reth interface`; null in configuration. */
  presenceStatus: string | null;
}

export interface RethDetail extends Reth {
  /** `Redundancy group  : aa`; `N/A` → null. From configuration: the `redundancy group` block naming it. */
  redundancyGroup: string | null;
  members: RethMemberDetail[];
  /** Which output the Reth was read from. */
  source: 'display' | 'configuration';
  /** Configuration only: `description ...`. */
  description: string | null;
  /** Configuration only: `ip binding vpn-instance HLW`. */
  vpnInstance: string | null;
  /** Configuration only: every line of the `interface Reth<n>` block after the header, as printed. */
  configLines: ConfigLine[];
}

export interface RethTableData extends RethData {
  reths: RethDetail[];
}

// ---- display redundancy group ---------------------------------------------------------------
export interface RedundancyNodeMember {
  interface: string;
  /** `UP`, `DOWN`, `DOWN(redundancy down)` as printed. */
  physicalStatus: string;
  line: number;
}

export interface RedundancyTrack {
  trackId: number;
  /** `Positive` / `Negative` as printed. */
  status: string;
  reducedWeight: number | null;
  /** Tracked interface without its state suffix: `GE1/0/2(Fault)` → `GE1/0/2`. */
  interface: string | null;
  /** The suffix: `Fault`; null when none is printed. */
  interfaceState: string | null;
  line: number;
}

export interface RedundancyNode {
  nodeId: number;
  /** `Slot1` (or `Chassis1 Slot2`) as printed. */
  location: string | null;
  priority: number | null;
  /** `Primary` / `Secondary` as printed. */
  status: string | null;
  trackWeight: number | null;
  members: RedundancyNodeMember[];
  tracks: RedundancyTrack[];
  line: number;
  fieldLines: FieldLines;
}

export interface RedundancyGroup {
  name: string;
  id: number | null;
  nodes: RedundancyNode[];
  /** `Member interfaces:` → `Reth1`, `Reth2`. */
  memberReths: string[];
  memberFailoverGroups: string[];
  preemptDelayRemainingSeconds: number | null;
  preemptDelaySeconds: number | null;
  holdDownRemainingSeconds: number | null;
  holdDownSeconds: number | null;
  manualSwitchoverRequested: boolean | null;
  line: number;
  fieldLines: FieldLines;
}

export interface RedundancyGroupData {
  groups: RedundancyGroup[];
}
