/**
 * Issue #15: a parser that throws (a bug, or the engine out of stack on a hostile paste, as a line of
 * 5.6 M dashes once did) must cost only its own paste. The engine runs on, that paste carries a
 * `parser-failed` error saying what happened, and the other pastes are read as usual.
 */
import { describe, expect, it, vi } from 'vitest';
import { runWizard, sortPastes } from '../run-wizard';
import { seedPastes, stateOf } from './seed';
import { parseAny } from '../../parsers/registry';

vi.mock('../../parsers/link-aggregation/parse-link-aggregation', () => ({
  parseLinkAggregation: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('a parser that throws', () => {
  it('leaves the run going, its paste saying why it was not read', () => {
    const run = runWizard(stateOf(seedPastes));
    expect(run.path.slice(0, 5)).toEqual(['farm-status', 'ping', 'session', 'reth', 'lag']);
    const lag = run.steps.find((s) => s.step === 'lag');
    const paste = lag?.pastes[0];
    expect(paste?.result?.ok).toBe(false);
    expect(paste?.result?.errors.map((e) => e.code)).toEqual(['parser-failed']);
    expect(paste?.result?.errors[0]?.message).toContain('Maximum call stack size exceeded');
    // The step waits for a paste it can read rather than deciding on nothing.
    expect(run.current).toBe('lag');
    // The steps before it read their pastes as usual.
    const farm = run.steps.find((s) => s.step === 'farm-status');
    expect(farm?.pastes[0]?.result?.ok).toBe(true);
  });

  it('gives the CLI parse a result with the error, not an exception', () => {
    const lag = seedPastes.find((p) => p.step === 'lag')?.text ?? '';
    const { command, result } = parseAny(lag);
    expect(command).toBe('display-link-aggregation-verbose');
    expect(result.errors.map((e) => e.code)).toEqual(['parser-failed']);
  });

  it('still files a big paste holding that output under its step', () => {
    const all = seedPastes.map((p) => p.text).join('\n');
    expect(sortPastes(all).map((p) => p.step)).toContain('lag');
  });
});
