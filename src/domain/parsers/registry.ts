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
import { scanPaste } from './shared/normalise';
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

/** Each distinct parser with the commands it reads, so tests can feed every one the same input. */
export function registeredParsers(): { name: string; commands: CommandId[]; parse: Parser }[] {
  const out: { name: string; commands: CommandId[]; parse: Parser }[] = [];
  for (const [command, parse] of Object.entries(parsers) as [CommandId, Parser][]) {
    const seen = out.find((e) => e.parse === parse);
    if (seen) seen.commands.push(command);
    else out.push({ name: parse.name, commands: [command], parse });
  }
  return out;
}

/**
 * Parses `text` as the output of `command`; null when no parser reads that command. Parsers never
 * throw by contract; should one fail all the same (a bug, or the engine out of stack or memory on
 * a hostile paste), this paste gets an error saying so and every other paste is read as usual.
 */
export function parseAs(command: CommandId, text: string): ParseResult<unknown> | null {
  const p = parsers[command];
  if (!p) return null;
  try {
    return p(text);
  } catch (e) {
    const label = command === 'unknown' || command === 'empty' ? command : commandLabels[command];
    return failedParse(`the reader of \`${label}\``, e);
  }
}

/** The result for a paste whose reading threw: `parser-failed`, with what was thrown. */
export function failedParse(what: string, e: unknown): ParseResult<unknown> {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    ok: false,
    value: null,
    errors: [
      issue(
        'parser-failed',
        `This paste could not be read: ${what} failed on it (${why.slice(0, 200)}). Nothing was taken from it; the other pastes are read as usual. Please report this paste.`,
      ),
    ],
    warnings: [],
  };
}

/** detectCommand, saying `unknown` (with the failure) instead of throwing. */
function detectSafely(text: string): { command: CommandId; failure: ParseResult<unknown> | null } {
  try {
    return { command: detectCommand(text).command, failure: null };
  } catch (e) {
    return { command: 'unknown', failure: failedParse('command detection', e) };
  }
}

export { commandsForStep, stepForCommand } from './step-commands';

// `interface Reth2`, `int reth 2`, `[LB]interface Reth2` (echoed), `display current-configuration interface Reth2`
const INTERFACE_LINE =
  /^(?:int|inte|inter|interf|interfa|interfac|interface)\s+([A-Za-z][A-Za-z-]*)/i;
const ECHOED_CONFIG =
  /\s(?:int|inte|inter|interf|interfa|interfac|interface)\s+([A-Za-z][A-Za-z-]*)/i;

/** Names (their letter part: `Reth`, `Bridge-Aggregation`, `Ten-GigabitEthernet`) of the interfaces a config paste shows. */
function configuredInterfaceKinds(text: string): string[] {
  const kinds: string[] = [];
  // The normaliser's callbacks, not its line objects (a paste can be millions of lines).
  const paste = scanPaste(text, (_no, line) => {
    const t = line.trim();
    if (t.length > 200 || !/^int/i.test(t)) return;
    const m = INTERFACE_LINE.exec(t);
    if (m?.[1]) kinds.push(m[1]);
  });
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
  try {
    return stepOf(text);
  } catch {
    // Nothing can be said about a paste that breaks detection; parseAs reports the failure.
    return null;
  }
}

function stepOf(text: string): StepId | null {
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
  const { command, failure } = detectSafely(text);
  if (failure !== null) return { command, result: failure };
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
