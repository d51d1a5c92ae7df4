/**
 * Parses one step's pastes with that step's parser. A paste of another step's command is kept,
 * marked `misfiled`, and not used.
 */
import type { ParsedPaste } from '../run-types';
import type { Paste, StepId } from '../wizard-state';
import type { ParseResult } from '../parsers/shared/parse-result';
import type { InterfaceConfigData, LagData, PingData, RethData, ServerFarmData, SessionData } from '../parsers/parsed-types';
import { detectCommand } from '../parsers/detect/detect-command';
import { commandsForStep, parseAs, stepForPaste } from '../parsers/registry';
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

export function parseStep<S extends StepId>(step: S, pastes: Paste[]): ParsedStep<S> {
  const out: ParsedPaste[] = [];
  const inputs: StepInput<StepData[S]>[] = [];
  const accepted = commandsForStep(step) as readonly string[];
  pastes.forEach((p, index) => {
    const command = detectCommand(p.text).command;
    const owner = stepForPaste(p.text);
    const ours = owner === step || (owner === null && (command === 'unknown' || command === 'empty' || accepted.includes(command)));
    if (!ours) {
      out.push({ index, text: p.text, at: p.at, command, result: null, misfiled: { command, belongsTo: owner } });
      return;
    }
    // The reth step also takes `display redundancy group`: shown parsed, but no rule reads it yet.
    if (command === 'display-redundancy-group') {
      out.push({ index, text: p.text, at: p.at, command, result: parseAs(command, p.text), misfiled: null });
      return;
    }
    const result = parsers[step](p.text);
    out.push({ index, text: p.text, at: p.at, command, result, misfiled: null });
    if (result.value !== null) inputs.push({ index, text: p.text, value: result.value });
  });
  return { pastes: out, inputs };
}
