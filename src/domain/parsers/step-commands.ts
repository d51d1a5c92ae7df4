/**
 * Which step takes which output. A command's parser produces one kind of data; a step takes some
 * kinds as its own input, and every step also takes the supporting kinds (interface counters, logs,
 * LLDP neighbours), which are pooled for the whole run so that a paste helps wherever it was made.
 * Kept free of parser imports so the UI can name what a step expects without loading every parser.
 */
import type { CommandId, StepCommandId } from './command-ids';
import type { StepId } from '../wizard-state';

export type DataKind =
  | 'farm'
  | 'ping'
  | 'session'
  | 'reth'
  | 'redundancy'
  | 'lag'
  | 'config'
  | 'iface'
  | 'log'
  | 'lldp'
  | 'arp'
  | 'probe';

const kindOf: Record<StepCommandId, DataKind> = {
  'display-server-farm': 'farm',
  'display-server-farm-brief': 'farm',
  'display-real-server': 'farm',
  'display-real-server-brief': 'farm',
  ping: 'ping',
  'display-session-table-verbose': 'session',
  'display-reth-interface': 'reth',
  'display-redundancy-group': 'redundancy',
  'display-link-aggregation-verbose': 'lag',
  'display-link-aggregation-summary': 'lag',
  'display-link-aggregation-member-port': 'lag',
  'interface-configuration': 'config',
  'display-interface': 'iface',
  'display-logbuffer': 'log',
  syslog: 'log',
  'display-lldp-neighbor': 'lldp',
  'display-arp': 'arp',
  'probe-template-configuration': 'probe',
};

/** Read at every step and shared by all rules of the run. */
export const supportKinds: readonly DataKind[] = ['iface', 'log', 'lldp'];

/** Each step's own inputs; the first kind is the one the step asks for. */
export const stepKinds: Record<StepId, readonly DataKind[]> = {
  'farm-status': ['farm'],
  ping: ['ping'],
  session: ['session'],
  reth: ['reth', 'config', 'redundancy'],
  lag: ['lag'],
  'peer-config': ['config'],
  'member-interfaces': ['iface'],
  arp: ['arp'],
  'probe-template': ['probe'],
  'path-mtu': ['ping'],
  // The verification commands re-run after the fix: any output a step before it took.
  verify: ['farm', 'ping', 'session', 'reth', 'redundancy', 'lag', 'config', 'arp', 'probe'],
};

/** Where a kind is filed when nothing else tells (a big paste sorted on the start page). */
const homeOf: Record<DataKind, StepId> = {
  farm: 'farm-status',
  ping: 'ping',
  session: 'session',
  reth: 'reth',
  redundancy: 'reth',
  lag: 'lag',
  // Also the `reth` step's input when the interface is a Reth: see stepForPaste in registry.ts.
  config: 'peer-config',
  iface: 'member-interfaces',
  log: 'farm-status',
  lldp: 'lag',
  arp: 'arp',
  probe: 'probe-template',
};

export function kindForCommand(command: CommandId): DataKind | null {
  return Object.prototype.hasOwnProperty.call(kindOf, command)
    ? kindOf[command as StepCommandId]
    : null;
}

/** The step that takes this command's output; null for outputs no step reads. */
export function stepForCommand(command: CommandId): StepId | null {
  const kind = kindForCommand(command);
  return kind === null ? null : homeOf[kind];
}

/** True when the step reads this kind (its own inputs, or the supporting kinds every step reads). */
export function stepTakes(step: StepId, kind: DataKind): boolean {
  return stepKinds[step].includes(kind) || supportKinds.includes(kind);
}

/** Commands whose output the step takes as its own input (not the supporting ones). */
export function commandsForStep(step: StepId): CommandId[] {
  return (Object.keys(kindOf) as StepCommandId[]).filter((c) =>
    stepKinds[step].includes(kindOf[c]),
  );
}
