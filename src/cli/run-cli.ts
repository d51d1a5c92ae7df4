/**
 * The CLI's commands and what becomes of their errors (DESIGN.md "Contracts"): output on stdout,
 * one line saying what went wrong on stderr. Exit codes: 0 ok, 1 input problem (or an error of
 * the CLI itself), 2 usage. A stack trace is printed only with `--debug` or `SLB_DEBUG=1`.
 */
import { InputError, UsageError } from './step-args';
import { parseCommand } from './command-parse';
import { diagnoseCommand } from './command-diagnose';
import { shareCommand } from './command-share';
import { reportCommand } from './command-report';
import { MAX_PASTE_BYTES } from '../domain/paste-limit';

export const usage = `usage:
  npm run -s cli -- parse <file>
  npm run -s cli -- diagnose [--farm <name>] [--server <address>] [--answer <question>=yes|no] [--skip <step>] <step>=<file> ...
      steps: farm-status ping session reth lag peer-config member-interfaces arp probe-template path-mtu;
      a bare <file> is placed by detection; - reads stdin
  npm run -s cli -- share [--redact] [--farm <name>] [--server <address>] [--answer <question>=yes|no] [--skip <step>] <step>=<file> ...
  npm run -s cli -- report [--format md|json] [--lang en-US|zh-CN] [--redact] [--farm <name>] [--server <address>] [--answer <question>=yes|no] [--skip <step>] <step>=<file> ...
  each file at most ${MAX_PASTE_BYTES / 1024 / 1024} MB; --debug prints the stack of an unexpected error`;

export type Command = (args: string[]) => unknown;

export const commands: Record<string, Command> = {
  parse: parseCommand,
  diagnose: diagnoseCommand,
  share: shareCommand,
  report: reportCommand,
};

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

/** One line for an error nobody expected, with the stack only when asked for. */
export function describeUnexpected(e: unknown, debug: boolean): string {
  const message =
    e instanceof Error ? `${e.name}: ${e.message}` : `non-error value thrown: ${String(e)}`;
  const line = `internal error: ${message.replace(/\s*\n\s*/g, ' ')} (a bug in the CLI, not in your input; run with --debug for details)`;
  return debug && e instanceof Error && e.stack ? `${line}\n${e.stack}` : line;
}

export function runCli(
  argv: string[],
  io: CliIo,
  table: Record<string, Command> = commands,
): number {
  const debug = argv.includes('--debug') || io.env.SLB_DEBUG === '1';
  const [verb, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    const command = verb !== undefined && Object.hasOwn(table, verb) ? table[verb] : undefined;
    if (!command) throw new UsageError(verb ? `unknown command "${verb}"` : 'missing command');
    const out = command(rest);
    io.out((typeof out === 'string' ? out : JSON.stringify(out, null, 2)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${usage}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    io.err(`${describeUnexpected(e, debug)}\n`);
    return 1;
  }
}
