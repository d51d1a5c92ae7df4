/**
 * `parse <file>`: detects which command printed the file and parses it (DESIGN.md "Contracts"):
 * `{"command", "ok", "value", "errors", "warnings"}`. An output no parser reads still prints that
 * object, with ok:false and an error saying what was expected.
 */
import { parseAny } from '../domain/parsers/registry';
import { readStepArgs, UsageError } from './step-args';

export function parseCommand(args: string[]): unknown {
  if (args.length !== 1) throw new UsageError('parse takes exactly one <file>');
  const [arg] = readStepArgs(args);
  if (!arg) throw new UsageError('parse takes exactly one <file>');
  const { command, result } = parseAny(arg.text);
  return {
    command,
    ok: result.ok,
    value: result.value,
    errors: result.errors,
    warnings: result.warnings,
  };
}
