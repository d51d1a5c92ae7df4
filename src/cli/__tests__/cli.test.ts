/**
 * The CLI as a user runs it: a separate process (`tsx src/cli/main.ts`), JSON on stdout, and the
 * exit codes of DESIGN.md "Contracts" (0 ok, 1 input problem, 2 usage).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const scenariosDir = path.join(repoRoot, 'src', 'domain', 'scenarios');
const seedDir = path.join(repoRoot, 'src', 'features', 'wizard', 'example-incident');
const realDir = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'real');

interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Ran {
  try {
    const stdout = execFileSync(tsx, [path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout: string; stderr: string };
    return { status: err.status ?? -1, stdout: err.stdout, stderr: err.stderr };
  }
}

// `04-session.txt`
const PASTE_FILE = /^\d{2}-([a-z-]+)\.txt$/;

const scenarios = readdirSync(scenariosDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('cli diagnose: every whole-incident scenario', () => {
  it('finds the scenario folders', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  it.each(scenarios)('%s', (name) => {
    const dir = path.join(scenariosDir, name);
    const args = readdirSync(dir)
      .sort()
      .flatMap((f) => {
        const m = PASTE_FILE.exec(f);
        return m ? [`${m[1]}=${path.join(dir, f)}`] : [];
      });
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
      path: string[];
      diagnosis: string;
    };
    const answersFile = path.join(dir, 'answers.json');
    const answers = existsSync(answersFile)
      ? (JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, string>)
      : {};
    const answerArgs = Object.entries(answers).flatMap(([id, a]) => ['--answer', `${id}=${a}`]);
    // The farm and server the engineer chose on the way (`choices.json`), as the CLI takes them.
    const choicesFile = path.join(dir, 'choices.json');
    const choices = existsSync(choicesFile)
      ? (JSON.parse(readFileSync(choicesFile, 'utf8')) as { farm?: string; server?: string })
      : {};
    const choiceArgs = [
      ...(choices.farm ? ['--farm', choices.farm] : []),
      ...(choices.server ? ['--server', choices.server] : []),
    ];
    const ran = cli(['diagnose', ...choiceArgs, ...answerArgs, ...args]);
    if (answerArgs.length > 0) {
      // The answers reach the engine: each adds its own finding.
      const run = JSON.parse(ran.stdout) as { findings: { id: string }[] };
      expect(run.findings.some((f) => /capture/.test(f.id))).toBe(true);
    }
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      path: string[];
      current: string | null;
      diagnosis: { id: string } | null;
    };
    expect(out.path).toEqual(expected.path);
    expect(out.diagnosis?.id).toBe(expected.diagnosis);
    expect(out.current).toBeNull();
  });
});

describe('cli parse: the contract shape on real outputs', () => {
  const cases: [string, string][] = [
    [path.join(seedDir, '01-display-server-farm.txt'), 'display-server-farm'],
    [path.join(seedDir, '02-ping-10.197.44.200-loss.txt'), 'ping'],
    [
      path.join(seedDir, '03-session-table-10.197.44.201-verbose.txt'),
      'display-session-table-verbose',
    ],
    [path.join(seedDir, '05-link-aggregation-verbose-ra1.txt'), 'display-link-aggregation-verbose'],
    [path.join(seedDir, '07-switch-bridge-aggregation33-config.txt'), 'interface-configuration'],
    [
      path.join(realDir, 'link-aggregation-verbose__ragg-dynamic__ntc.txt'),
      'display-link-aggregation-verbose',
    ],
  ];

  it.each(cases.map(([file, command]) => [path.basename(file), command, file] as const))(
    '%s is read as %s',
    (_name, command, file) => {
      if (file.startsWith(realDir) && !existsSync(file))
        throw new Error(`shared fixture missing: ${file}`);
      const ran = cli(['parse', file]);
      expect(ran.status).toBe(0);
      const out = JSON.parse(ran.stdout) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual(['command', 'errors', 'ok', 'value', 'warnings']);
      expect(out.command).toBe(command);
      expect(out.ok).toBe(true);
      expect(out.errors).toEqual([]);
      expect(Array.isArray(out.warnings)).toBe(true);
      expect(out.value).not.toBeNull();
      expect(typeof out.value).toBe('object');
    },
  );

  it('an output no parser reads still prints the contract, with ok:false and a reason', () => {
    const ran = cli(['parse', garbage]);
    expect(ran.status).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      command: string;
      ok: boolean;
      value: unknown;
      errors: { code: string; message: string }[];
      warnings: unknown[];
    };
    expect(Object.keys(out).sort()).toEqual(['command', 'errors', 'ok', 'value', 'warnings']);
    expect(out.ok).toBe(false);
    expect(out.value).toBeNull();
    expect(out.errors.length).toBeGreaterThan(0);
    expect(out.errors[0]!.message).toMatch(/display server-farm/);
  });
});

const tmp = mkdtempSync(path.join(tmpdir(), 'slb-cli-test-'));
const garbage = path.join(tmp, 'not-an-output.txt');
writeFileSync(garbage, 'hello world\nnothing a switch would print\n');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cli exit codes', () => {
  const farm = path.join(seedDir, '01-display-server-farm.txt');
  const missing = path.join(tmp, 'no-such-file.txt');

  it('0 for a partial incident, which reports the step that waits', () => {
    const ran = cli(['diagnose', `farm-status=${farm}`]);
    expect(ran.status).toBe(0);
    const out = JSON.parse(ran.stdout) as { current: string | null; diagnosis: unknown };
    expect(out.current).toBe('ping');
    expect(out.diagnosis).toBeNull();
  });

  it.each([
    ['parse of a missing file', ['parse', missing]],
    ['diagnose with a missing file', ['diagnose', `farm-status=${farm}`, `ping=${missing}`]],
    ['share with a missing file', ['share', `ping=${missing}`]],
  ])('1 for %s, naming the file on stderr', (_name, args) => {
    const ran = cli(args);
    expect(ran.status).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain(missing);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frob', farm]],
    ['parse without a file', ['parse']],
    ['parse with two files', ['parse', farm, farm]],
    ['diagnose without files', ['diagnose']],
    ['an unknown step', ['diagnose', `farm-stat=${farm}`]],
    ['share without files', ['share']],
  ])('2 for %s, with the usage on stderr', (_name, args) => {
    const ran = cli(args);
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('usage:');
  });
});
