import type { ParseResult } from '../../parsers/shared/parse-result';
import { emptyContext, type RunContext } from '../context';
import type { StepInput } from '../evidence';

/** Parses a paste and wraps it as step input 0 (fails the test when nothing was read). */
export function input<T>(
  parse: (text: string) => ParseResult<T>,
  text: string,
  index = 0,
): StepInput<T> {
  const r = parse(text);
  if (r.value === null) throw new Error(`nothing parsed: ${JSON.stringify(r.errors)}`);
  return { step: 'farm-status', index, text, value: r.value };
}

export function ctxWith(over: Partial<RunContext>): RunContext {
  return { ...emptyContext(), ...over };
}

export const seedServers = [
  { name: 'test1', address: '10.197.44.200', vpn: 'HLW', port: 80, farm: 'test-01' },
  { name: 'test2', address: '10.197.44.201', vpn: 'HLW', port: 80, farm: 'test-01' },
];
