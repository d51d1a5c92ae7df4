/**
 * Parses one step's pastes with that step's parser. A paste of another step's command is kept,
 * marked `misfiled`, and not used.
 */
import type { ParsedPaste } from '../run-types';
import type { Paste, StepId } from '../wizard-state';
import type { ParseResult } from '../parsers/shared/parse-result';
import type { CommandId } from '../parsers/command-ids';
import type {
  InterfaceConfigData,
  LagData,
  PingData,
  RethData,
  ServerFarmData,
  SessionData,
} from '../parsers/parsed-types';
import { detectCommand } from '../parsers/detect/detect-command';
import { commandsForStep, parseAs, stepForCommand, stepForPaste } from '../parsers/registry';
import { parseServerFarm } from '../parsers/server-farm/parse-server-farm';
import { parsePing } from '../parsers/ping/parse-ping';
import { parseSession } from '../parsers/session/parse-session';
import { parseReth } from '../parsers/reth/parse-reth';
import { parseLinkAggregation } from '../parsers/link-aggregation/parse-link-aggregation';
import { parseInterfaceConfig } from '../parsers/interface-config/parse-interface-config';
import type { StepInput } from '../rules/evidence';

export interface StepData {
  'farm-status': ServerFarmData;
  ping: PingData;
  session: SessionData;
  reth: RethData;
  lag: LagData;
  'peer-config': InterfaceConfigData;
}

const parsers: { [S in StepId]: (text: string) => ParseResult<StepData[S]> } = {
  'farm-status': parseServerFarm,
  ping: parsePing,
  session: parseSession,
  reth: parseReth,
  lag: parseLinkAggregation,
  'peer-config': parseInterfaceConfig,
};

export interface ParsedStep<S extends StepId> {
  pastes: ParsedPaste[];
  inputs: StepInput<StepData[S]>[];
}

interface Parsed {
  command: CommandId;
  result: ParseResult<unknown> | null;
  misfiled: ParsedPaste['misfiled'];
}

/**
 * The engine runs on every edit while most pastes stay the same: the last few parses are kept,
 * keyed by step and text. Parsing is pure, so a cached result equals a fresh one.
 */
const cache = new Map<string, Parsed>();
const CACHE_SIZE = 48;

function parseOne(step: StepId, text: string): Parsed {
  const key = `${step}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const command = detectCommand(text).command;
  // Only interface configuration needs the content to tell its step (Reth vs aggregate).
  const owner =
    command === 'interface-configuration' ? stepForPaste(text) : stepForCommand(command);
  const accepted = commandsForStep(step) as readonly string[];
  const ours =
    owner === step ||
    (owner === null &&
      (command === 'unknown' || command === 'empty' || accepted.includes(command)));
  let parsed: Parsed;
  if (!ours) parsed = { command, result: null, misfiled: { command, belongsTo: owner } };
  // The reth step also takes `display redundancy group`: shown parsed, but no rule reads it yet.
  else if (command === 'display-redundancy-group')
    parsed = { command, result: parseAs(command, text), misfiled: null };
  else parsed = { command, result: parsers[step](text), misfiled: null };
  cache.set(key, parsed);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return parsed;
}

export function parseStep<S extends StepId>(step: S, pastes: Paste[]): ParsedStep<S> {
  const out: ParsedPaste[] = [];
  const inputs: StepInput<StepData[S]>[] = [];
  pastes.forEach((p, index) => {
    const { command, result, misfiled } = parseOne(step, p.text);
    out.push({ index, text: p.text, at: p.at, command, result, misfiled });
    if (!misfiled && command !== 'display-redundancy-group' && result?.value) {
      inputs.push({ index, text: p.text, value: result.value as StepData[S] });
    }
  });
  return { pastes: out, inputs };
}
