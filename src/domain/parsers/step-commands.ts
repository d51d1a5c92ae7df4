/**
 * Which step takes which command's output (DESIGN.md's step table). Kept free of parser imports so
 * the UI can name what a step expects without loading every parser.
 */
import type { CommandId, StepCommandId } from './command-ids';
import type { StepId } from '../wizard-state';

const stepOf: Record<StepCommandId, StepId> = {
  'display-server-farm': 'farm-status',
  'display-server-farm-brief': 'farm-status',
  'display-real-server': 'farm-status',
  'display-real-server-brief': 'farm-status',
  ping: 'ping',
  'display-session-table-verbose': 'session',
  'display-reth-interface': 'reth',
  'display-redundancy-group': 'reth',
  'display-link-aggregation-verbose': 'lag',
  'display-link-aggregation-summary': 'lag',
  'display-link-aggregation-member-port': 'lag',
  // Also the `reth` step's input when the interface is a Reth: see stepForPaste in registry.ts.
  'interface-configuration': 'peer-config',
  // Provisional homes until the engine gives these outputs their own steps (issue 13).
  'display-interface': 'lag',
  'display-logbuffer': 'farm-status',
  'display-lldp-neighbor': 'lag',
  'display-arp': 'session',
  'probe-template-configuration': 'session',
};

/** The step that takes this command's output; null for outputs no step reads. */
export function stepForCommand(command: CommandId): StepId | null {
  return Object.prototype.hasOwnProperty.call(stepOf, command)
    ? stepOf[command as StepCommandId]
    : null;
}

/** Commands whose output the step accepts (interface-configuration for both `reth` and `peer-config`). */
export function commandsForStep(step: StepId): CommandId[] {
  const ids = (Object.keys(stepOf) as StepCommandId[]).filter((c) => stepOf[c] === step);
  if (step === 'reth') ids.push('interface-configuration');
  return ids;
}
