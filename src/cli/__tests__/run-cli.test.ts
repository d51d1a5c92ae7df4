import { describe, expect, it } from 'vitest';
import { commands, runCli, type Command } from '../run-cli';

function run(argv: string[], table: Record<string, Command>, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const status = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), env }, table);
  return { status, out, err };
}

// A command with a bug: what the CLI does with an error nobody planned for.
const broken: Record<string, Command> = {
  ...commands,
  broken: () => {
    const cells: Array<{ name: string }> = [];
    return cells[3]!.name;
  },
  throwsString: () => {
    throw 'disk on fire\nsecond line';
  },
};

describe('runCli: an unexpected error', () => {
  it('prints one line saying what failed, without a stack, and exits 1', () => {
    const ran = run(['broken'], broken);
    expect(ran.status).toBe(1);
    expect(ran.out).toBe('');
    expect(ran.err.trimEnd().split('\n')).toHaveLength(1);
    expect(ran.err).toMatch(/^internal error: TypeError: Cannot read properties of undefined/);
    expect(ran.err).toContain('--debug');
    expect(ran.err).not.toMatch(/\bat .*run-cli/);
  });

  it('prints the stack with --debug anywhere in the arguments, or SLB_DEBUG=1', () => {
    for (const ran of [
      run(['broken', '--debug'], broken),
      run(['broken'], broken, { SLB_DEBUG: '1' }),
    ]) {
      expect(ran.status).toBe(1);
      expect(ran.err.split('\n')[0]).toMatch(/^internal error: TypeError/);
      expect(ran.err).toMatch(/\n\s+at /);
    }
  });

  it('keeps a thrown non-error on one line too', () => {
    const ran = run(['throwsString'], broken);
    expect(ran.status).toBe(1);
    expect(ran.err).toBe(
      'internal error: non-error value thrown: disk on fire second line (a bug in the CLI, not in your input; run with --debug for details)\n',
    );
  });

  it('does not take an inherited property for a command', () => {
    const ran = run(['constructor'], commands);
    expect(ran.status).toBe(2);
    expect(ran.err).toMatch(/^unknown command "constructor"\nusage:/);
  });
});
