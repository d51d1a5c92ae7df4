/**
 * Which parser reads which command, and which wizard step takes which command (DESIGN.md step
 * table). The CLI, the paste box and the engine all go through here, so a command is filed under
 * the same step everywhere.
 */
import { commandLabels, stepCommandIds, type CommandId } from './command-ids';
import { detectCommand } from './detect/detect-command';
import { parseArp } from './arp/parse-arp';
import { parseInterfaceConfig } from './interface-config/parse-interface-config';
import { parseInterfaceStatus } from './interface-status/parse-interface-status';
import { parseLinkAggregation } from './link-aggregation/parse-link-aggregation';
import { parseLldp } from './lldp/parse-lldp';
import { parseLogbuffer } from './logbuffer/parse-logbuffer';
import { parsePing } from './ping/parse-ping';
import { parseProbeTemplate } from './probe-template/parse-probe-template';
import { parseRedundancyGroup } from './reth/parse-redundancy-group';
import { parseReth } from './reth/parse-reth';
import { parseServerFarm } from './server-farm/parse-server-farm';
import { parseSession } from './session/parse-session';
import { issue, type ParseResult } from './shared/parse-result';
import { normalise } from './shared/normalise';
import type { StepId } from '../wizard-state';
import { stepForCommand } from './step-commands';

type Parser = (text: string) => ParseResult<unknown>;

const parsers: Partial<Record<CommandId, Parser>> = {
  'display-server-farm': parseServerFarm,
  'display-server-farm-brief': parseServerFarm,
  'display-real-server': parseServerFarm,
  'display-real-server-brief': parseServerFarm,
  ping: parsePing,
  'display-session-table-verbose': parseSession,
  // The session parser explains that the brief form lacks state and counters (wrong-command).
  'display-session-table': parseSession,
  'display-reth-interface': parseReth,
  'display-redundancy-group': parseRedundancyGroup,
  'display-link-aggregation-verbose': parseLinkAggregation,
  'display-link-aggregation-summary': parseLinkAggregation,
  'display-link-aggregation-member-port': parseLinkAggregation,
  'interface-configuration': parseInterfaceConfig,
  'display-lldp-neighbor': parseLldp,
  'display-arp': parseArp,
  'display-interface': parseInterfaceStatus,
  'display-logbuffer': parseLogbuffer,
  // Plain log lines pasted on their own: the same reader, without the buffer header.
  syslog: parseLogbuffer,
  'probe-template-configuration': parseProbeTemplate,
};

/** Parses `text` as the output of `command`; null when no parser reads that command. */
export function parseAs(command: CommandId, text: string): ParseResult<unknown> | null {
  const p = parsers[command];
  return p ? p(text) : null;
}

export { commandsForStep, stepForCommand } from './step-commands';

// `interface Reth2`, `int reth 2`, `[LB]interface Reth2` (echoed), `display current-configuration interface Reth2`
const INTERFACE_LINE =
  /^(?:int|inte|inter|interf|interfa|interfac|interface)\s+([A-Za-z][A-Za-z-]*)/i;
const ECHOED_CONFIG =
  /\s(?:int|inte|inter|interf|interfa|interfac|interface)\s+([A-Za-z][A-Za-z-]*)/i;

/** Names (their letter part: `Reth`, `Bridge-Aggregation`, `Ten-GigabitEthernet`) of the interfaces a config paste shows. */
function configuredInterfaceKinds(text: string): string[] {
  const paste = normalise(text);
  const kinds: string[] = [];
  for (const l of paste.lines) {
    const t = l.text.trim();
    if (t.length > 200 || !/^int/i.test(t)) continue;
    const m = INTERFACE_LINE.exec(t);
    if (m?.[1]) kinds.push(m[1]);
  }
  for (const c of paste.commands) {
    const m =
      c.command.length <= 200
        ? (INTERFACE_LINE.exec(c.command) ?? ECHOED_CONFIG.exec(c.command))
        : null;
    if (m?.[1]) kinds.push(m[1]);
  }
  return kinds;
}

/**
 * The step a paste belongs to. Interface configuration serves two steps: a Reth's configuration
 * (its members and priorities) is the `reth` step's input, aggregates and ports are `peer-config`'s.
 */
export function stepForPaste(text: string): StepId | null {
  const { command } = detectCommand(text);
  if (command === 'ping') return isPathMtuPing(text) ? 'path-mtu' : 'ping';
  if (command !== 'interface-configuration') return stepForCommand(command);
  return configuredInterfaceKinds(text).some((k) => k.toLowerCase() === 'reth')
    ? 'reth'
    : 'peer-config';
}

/** Payloads at least this large test the path MTU rather than reachability. */
export const LARGE_PING_BYTES = 1000;

/** Pings with the Don't-Fragment bit or a large payload answer the path-MTU step, not the ping step. */
function isPathMtuPing(text: string): boolean {
  const pings = parsePing(text).value?.pings ?? [];
  return (
    pings.length > 0 &&
    pings.every((p) => p.dontFragment === true || (p.size ?? 0) >= LARGE_PING_BYTES)
  );
}

const expectedLabels = stepCommandIds.map((c) => commandLabels[c]);

/** Detects the command and parses with its parser; an output no parser reads gives ok:false saying what was expected. */
export function parseAny(text: string): { command: CommandId; result: ParseResult<unknown> } {
  const { command } = detectCommand(text);
  const parsed = parseAs(command, text);
  if (parsed) return { command, result: parsed };
  const expected = `expected the output of one of: ${expectedLabels.join('; ')}`;
  const error =
    command === 'empty'
      ? issue('empty-input', `The paste is empty: ${expected}.`)
      : command === 'unknown'
        ? issue('unknown-command', `Could not tell which command printed this: ${expected}.`)
        : issue(
            'unsupported-command',
            `This looks like \`${commandLabels[command]}\`, which no step reads: ${expected}.`,
          );
  return { command, result: { ok: false, value: null, errors: [error], warnings: [] } };
}
