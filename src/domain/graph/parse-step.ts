/**
 * Parses one step's pastes, each with the parser of the command it is the output of, and sorts the
 * usable values by kind. A paste of a kind the step does not take is kept, marked `misfiled`, and
 * not used; the supporting kinds (interface counters, logs, LLDP) are taken everywhere.
 */
import type { ParsedPaste } from '../run-types';
import type { Paste, StepId } from '../wizard-state';
import type { ParseResult } from '../parsers/shared/parse-result';
import type { CommandId } from '../parsers/command-ids';
import type {
  ArpData,
  InterfaceConfigData,
  InterfaceData,
  LagData,
  LldpData,
  LogData,
  PingData,
  ProbeTemplateData,
  RethData,
  ServerFarmData,
  SessionData,
} from '../parsers/parsed-types';
import type { RedundancyGroupData } from '../parsers/reth/reth-types';
import { detectCommand } from '../parsers/detect/detect-command';
import { failedParse, parseAs, stepForPaste } from '../parsers/registry';
import { readableText } from '../parsers/shared/normalise';
import {
  commandsForStep,
  kindForCommand,
  stepKinds,
  stepTakes,
  type DataKind,
} from '../parsers/step-commands';
import type { StepInput } from '../rules/evidence';

export interface KindData {
  farm: ServerFarmData;
  ping: PingData;
  session: SessionData;
  reth: RethData;
  redundancy: RedundancyGroupData;
  lag: LagData;
  config: InterfaceConfigData;
  iface: InterfaceData;
  log: LogData;
  lldp: LldpData;
  arp: ArpData;
  probe: ProbeTemplateData;
}

export type StepInputs = { [K in DataKind]: StepInput<KindData[K]>[] };

export function emptyInputs(): StepInputs {
  return {
    farm: [],
    ping: [],
    session: [],
    reth: [],
    redundancy: [],
    lag: [],
    config: [],
    iface: [],
    log: [],
    lldp: [],
    arp: [],
    probe: [],
  };
}

export interface ParsedStep {
  pastes: ParsedPaste[];
  inputs: StepInputs;
  /** True when at least one paste gave the step one of its own inputs. */
  hasOwnInput: boolean;
}

interface Parsed {
  command: CommandId;
  kind: DataKind | null;
  result: ParseResult<unknown> | null;
  misfiled: ParsedPaste['misfiled'];
  /** The text as the parser read it (invisible characters out), for rules that look lines up by pattern. */
  readable: string;
}

/**
 * The engine runs on every edit while most pastes stay the same: the last few parses are kept,
 * keyed by step and text. Parsing is pure, so a cached result equals a fresh one.
 */
const cache = new Map<string, Parsed>();
const CACHE_SIZE = 64;

function parseOne(step: StepId, text: string): Parsed {
  const key = `${step}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let parsed: Parsed;
  try {
    parsed = read(step, text);
  } catch (e) {
    // Parsers and detection never throw by contract; if one does, this paste says so and the run
    // goes on with the others instead of failing as a whole.
    parsed = {
      command: 'unknown',
      kind: null,
      result: failedParse('reading it', e),
      misfiled: null,
      readable: text,
    };
  }
  cache.set(key, parsed);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return parsed;
}

function read(step: StepId, text: string): Parsed {
  const command = detectCommand(text).command;
  const kind = kindForCommand(command);
  // Interface configuration serves two steps (a Reth's members vs aggregates and ports), pings two
  // (reachability vs path MTU): the content decides which one a paste belongs to. The path-MTU
  // step also reads plain pings (a small ping that works is half of its evidence).
  const home = kind === 'config' || kind === 'ping' ? stepForPaste(text) : null;
  // The verify step takes every kind wherever it would be filed before the fix.
  const ours =
    kind === null
      ? command === 'unknown' || command === 'empty'
      : stepTakes(step, kind) &&
        (step === 'verify' ||
          home === null ||
          home === step ||
          (kind === 'ping' && step === 'path-mtu'));
  let parsed: Parsed;
  if (!ours) {
    parsed = {
      command,
      kind,
      result: null,
      misfiled: { command, belongsTo: home ?? (kind === null ? null : homeStep(command)) },
      readable: text,
    };
  } else {
    // An output we cannot name is read by the step's own parser, whose error says what it
    // expected; a Reth's configuration is read as Reth members (priorities), not as an interface.
    const own = commandsForStep(step)[0] ?? command;
    const as = kind === null ? own : kind === 'config' && step === 'reth' ? own : command;
    const result = parseAs(as, text);
    parsed = {
      command,
      kind: kindForCommand(as),
      result,
      misfiled: null,
      readable: result?.value ? readableText(text) : text,
    };
  }
  return parsed;
}

function homeStep(command: CommandId): StepId | null {
  for (const s of Object.keys(stepKinds) as StepId[])
    if (commandsForStep(s).includes(command)) return s;
  return null;
}

export function parseStep(step: StepId, pastes: Paste[]): ParsedStep {
  const out: ParsedPaste[] = [];
  const inputs = emptyInputs();
  let hasOwnInput = false;
  pastes.forEach((p, index) => {
    const { command, kind, result, misfiled, readable } = parseOne(step, p.text);
    out.push({ index, text: p.text, at: p.at, command, result, misfiled });
    if (misfiled || kind === null || !result?.value) return;
    (inputs[kind] as StepInput<unknown>[]).push({
      step,
      index,
      text: readable,
      value: result.value,
    });
    if (stepKinds[step].includes(kind)) hasOwnInput = true;
  });
  return { pastes: out, inputs, hasOwnInput };
}
