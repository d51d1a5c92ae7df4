/** What `detectCommand` can name. Ids are stable: the CLI prints them and tests rely on them. */
export const stepCommandIds = [
  'display-server-farm',
  'display-server-farm-brief',
  'display-real-server',
  'display-real-server-brief',
  'ping',
  'display-session-table-verbose',
  'display-reth-interface',
  'display-redundancy-group',
  'display-link-aggregation-verbose',
  'display-link-aggregation-summary',
  'display-link-aggregation-member-port',
  'interface-configuration',
  'display-interface',
  'display-logbuffer',
  'syslog',
  'display-lldp-neighbor',
  'display-arp',
  'probe-template-configuration',
] as const;

/** Outputs we recognise but that no step takes as input (named so the user knows what they pasted). */
export const otherCommandIds = [
  'display-session-table',
  'display-virtual-server',
  'display-virtual-server-brief',
  'display-real-server-statistics',
  'display-loadbalance-policy',
  // Names the server farm an LB action forwards to (`Server farm: sf (in use)`), not its state.
  'display-loadbalance-action',
  'display-nqa-result',
  'display-nqa-history',
  'display-m-lag',
] as const;

export type StepCommandId = (typeof stepCommandIds)[number];
export type OtherCommandId = (typeof otherCommandIds)[number];
export type CommandId = StepCommandId | OtherCommandId | 'unknown' | 'empty';

/** The CLI command a user types for each id, for messages ("this looks like `display ...`"). */
export const commandLabels: Record<Exclude<CommandId, 'unknown' | 'empty'>, string> = {
  'display-server-farm': 'display server-farm',
  'display-server-farm-brief': 'display server-farm brief',
  'display-real-server': 'display real-server',
  'display-real-server-brief': 'display real-server brief',
  ping: 'ping',
  'display-session-table-verbose': 'display session table ... verbose',
  'display-reth-interface': 'display reth interface',
  'display-redundancy-group': 'display redundancy group',
  'display-link-aggregation-verbose': 'display link-aggregation verbose',
  'display-link-aggregation-summary': 'display link-aggregation summary',
  'display-link-aggregation-member-port': 'display link-aggregation member-port',
  'interface-configuration': 'display current-configuration interface ...',
  'display-logbuffer': 'display logbuffer',
  'display-lldp-neighbor': 'display lldp neighbor-information',
  'display-arp': 'display arp',
  'probe-template-configuration': 'display current-configuration | begin nqa template',
  'display-session-table': 'display session table (without verbose)',
  'display-virtual-server': 'display virtual-server',
  'display-virtual-server-brief': 'display virtual-server brief',
  'display-real-server-statistics': 'display real-server statistics',
  'display-loadbalance-policy': 'display loadbalance policy',
  'display-loadbalance-action': 'display loadbalance action',
  'display-nqa-result': 'display nqa result',
  'display-nqa-history': 'display nqa history',
  'display-m-lag': 'display m-lag',
  'display-interface': 'display interface',
  syslog: 'log messages',
};
