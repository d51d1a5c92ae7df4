/**
 * Command-line entry (DESIGN.md "Contracts"): `parse <file>`, `diagnose <step>=<file> ...`,
 * `share <step>=<file> ...`, `report <step>=<file> ...`. See run-cli.ts for the commands, the
 * exit codes and what an error prints.
 */
import { describeUnexpected, runCli } from './run-cli';

const debug = process.argv.includes('--debug') || process.env.SLB_DEBUG === '1';

// A reader that goes away (`| head`) is not an error; anything else escaping is one line too.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`${describeUnexpected(e, debug)}\n`);
  process.exit(1);
});
process.on('uncaughtException', (e) => {
  process.stderr.write(`${describeUnexpected(e, debug)}\n`);
  process.exit(1);
});

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
