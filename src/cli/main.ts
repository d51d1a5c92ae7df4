/**
 * Command-line entry (DESIGN.md "Contracts"): `parse <file>`, `diagnose <step>=<file> ...`,
 * `share <step>=<file> ...`. Prints JSON on stdout. Exit codes: 0 ok, 1 input problem, 2 usage.
 */
import { InputError, UsageError } from './step-args';
import { parseCommand } from './command-parse';
import { diagnoseCommand } from './command-diagnose';
import { shareCommand } from './command-share';

const usage = `usage:
  npm run -s cli -- parse <file>
  npm run -s cli -- diagnose [--farm <name>] [--server <address>] [--answer <question>=yes|no] <step>=<file> ...
      steps: farm-status ping session reth lag peer-config member-interfaces arp probe-template path-mtu;
      a bare <file> is placed by detection
  npm run -s cli -- share [--redact] [--farm <name>] [--server <address>] [--answer <question>=yes|no] <step>=<file> ...`;

function main(argv: string[]): number {
  const [verb, ...rest] = argv;
  try {
    let out: unknown;
    if (verb === 'parse') out = parseCommand(rest);
    else if (verb === 'diagnose') out = diagnoseCommand(rest);
    else if (verb === 'share') out = shareCommand(rest);
    else throw new UsageError(verb ? `unknown command "${verb}"` : 'missing command');
    process.stdout.write((typeof out === 'string' ? out : JSON.stringify(out, null, 2)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${usage}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
