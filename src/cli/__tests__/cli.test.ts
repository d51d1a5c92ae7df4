/**
 * The CLI as a user runs it: a separate process (`tsx src/cli/main.ts`), JSON on stdout, and the
 * exit codes of DESIGN.md "Contracts" (0 ok, 1 input problem, 2 usage).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runWizard } from '../../domain/graph/run-wizard';
import { buildReport } from '../../domain/report/report-model';
import { reportToJson } from '../../domain/report/report-json';
import { reportToMarkdown } from '../../domain/report/report-markdown';
import { redactState } from '../../domain/share/redact';
import type { StepId, WizardState } from '../../domain/wizard-state';

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

function cli(args: string[], opts: { env?: Record<string, string>; input?: Buffer } = {}): Ran {
  try {
    const stdout = execFileSync(tsx, [path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      input: opts.input,
      env: { ...process.env, ...opts.env },
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
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
      ...(choices.farm !== undefined ? ['--farm', choices.farm] : []),
      ...(choices.server !== undefined ? ['--server', choices.server] : []),
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

  // Without the farm the engineer chose, an incident with several failing farms stops and asks.
  const chosen = scenarios.filter((name) => {
    const file = path.join(scenariosDir, name, 'choices.json');
    return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { farm?: string }).farm;
  });
  it.each(chosen)('%s without --farm waits at farm-status for the choice', (name) => {
    const dir = path.join(scenariosDir, name);
    const { farm } = JSON.parse(readFileSync(path.join(dir, 'choices.json'), 'utf8')) as {
      farm: string;
    };
    const args = readdirSync(dir)
      .sort()
      .flatMap((f) => {
        const m = PASTE_FILE.exec(f);
        return m ? [`${m[1]}=${path.join(dir, f)}`] : [];
      });
    const ran = cli(['diagnose', ...args]);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      path: string[];
      current: string | null;
      diagnosis: unknown;
      question: string | null;
      choices: { name: string; failing: boolean }[];
    };
    expect(out.path).toEqual(['farm-status']);
    expect(out.current).toBe('farm-status');
    expect(out.diagnosis).toBeNull();
    expect(out.question).toMatch(/--farm/);
    expect(out.choices.filter((c) => c.failing).length).toBeGreaterThan(1);
    expect(out.choices.find((c) => c.name === farm)?.failing).toBe(true);
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

  it('--skip <step> goes on without that step, as "I cannot run this here" does in the app', () => {
    const ran = cli(['diagnose', '--skip', 'ping', `farm-status=${farm}`]);
    expect(ran.status).toBe(0);
    const out = JSON.parse(ran.stdout) as { path: string[]; current: string | null };
    expect(out.path).toEqual(['farm-status', 'ping', 'session']);
    expect(out.current).toBe('session');
    expect(cli(['diagnose', '--skip', 'pong', `farm-status=${farm}`]).status).toBe(2);
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

describe('cli input limit and odd files', () => {
  // One line naming the file, the limit and what was expected; never a stack trace.
  const oneLine = (ran: Ran, file: string) => {
    expect(ran.status).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(ran.stderr).toContain(`cannot read ${file}`);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  };

  it('stops reading /dev/zero at 50 MB', () => {
    const ran = cli(['parse', '/dev/zero']);
    oneLine(ran, '/dev/zero');
    expect(ran.stderr).toMatch(/larger than 50 MB, the limit for one paste; expected the output/);
  });

  it('refuses a sparse 1 GB file from its size, without reading it', () => {
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 1024 * 1024 * 1024);
    const ran = cli(['diagnose', `farm-status=${big}`]);
    oneLine(ran, big);
    expect(ran.stderr).toMatch(/larger than 50 MB \(1024 MB\)/);
  });

  it('refuses a file one byte over 50 MB', () => {
    const over = path.join(tmp, 'over.txt');
    writeFileSync(over, '');
    truncateSync(over, 50 * 1024 * 1024 + 1);
    oneLine(cli(['parse', over]), over);
  });

  it('stops reading stdin (-) at 50 MB', () => {
    const ran = cli(['diagnose', 'ping=-'], { input: Buffer.alloc(51 * 1024 * 1024, 0x41) });
    oneLine(ran, 'stdin');
    expect(ran.stderr).toMatch(/larger than 50 MB/);
  });

  it('reads a paste from stdin', () => {
    const text = readFileSync(path.join(seedDir, '01-display-server-farm.txt'));
    const ran = cli(['parse', '-'], { input: text });
    expect(ran.status).toBe(0);
    expect((JSON.parse(ran.stdout) as { command: string }).command).toBe('display-server-farm');
  });

  it('says a missing file is missing', () => {
    const missing = path.join(tmp, 'nowhere.txt');
    const ran = cli(['parse', missing]);
    oneLine(ran, missing);
    expect(ran.stderr).toMatch(/no such file/);
  });

  it('says a directory is not an output', () => {
    const ran = cli(['diagnose', `ping=${tmp}`]);
    oneLine(ran, tmp);
    expect(ran.stderr).toMatch(/is a directory; expected the output of a device command/);
  });
});

describe('cli report', () => {
  const seedFiles: [StepId, string][] = [
    ['farm-status', '01-display-server-farm.txt'],
    ['ping', '02-ping-10.197.44.200-loss.txt'],
    ['ping', '02-ping-10.197.44.201-ok.txt'],
    ['session', '03-session-table-10.197.44.201-verbose.txt'],
    ['reth', '04-interface-reth2-config.txt'],
    ['lag', '05-link-aggregation-verbose-ra1.txt'],
    ['peer-config', '07-switch-bridge-aggregation33-config.txt'],
  ];
  const args = seedFiles.map(([step, f]) => `${step}=${path.join(seedDir, f)}`);
  const state: WizardState = {
    pastes: seedFiles.map(([step, f]) => ({
      step,
      text: readFileSync(path.join(seedDir, f), 'utf8'),
      at: null,
    })),
    answers: {},
    server: null,
    farm: null,
  };
  const epoch = 1_687_700_000;
  const env = { SOURCE_DATE_EPOCH: String(epoch) };

  it('prints the Markdown the app exports, by default', () => {
    const ran = cli(['report', ...args], { env });
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const run = runWizard(state);
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
    expect(ran.stdout).toBe(
      reportToMarkdown(buildReport(state, run, 'en-US', { now: epoch * 1000 })),
    );
  });

  it('prints it in Chinese with --lang zh-CN', () => {
    const ran = cli(['report', '--lang', 'zh-CN', ...args], { env });
    expect(ran.status).toBe(0);
    expect(ran.stdout).toBe(
      reportToMarkdown(buildReport(state, runWizard(state), 'zh-CN', { now: epoch * 1000 })),
    );
  });

  it('prints the JSON run the app exports with --format json', () => {
    const ran = cli(['report', '--format', 'json', ...args]);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toBe(reportToJson(state, runWizard(state)));
  });

  it('--redact reports on the redacted state, without the addresses or device names', () => {
    const redacted = redactState(state);
    const md = cli(['report', '--redact', ...args], { env });
    const json = cli(['report', '--format', 'json', '--redact', ...args]);
    expect(md.status).toBe(0);
    expect(json.status).toBe(0);
    expect(md.stdout).toBe(
      reportToMarkdown(buildReport(redacted, runWizard(redacted), 'en-US', { now: epoch * 1000 })),
    );
    expect(json.stdout).toBe(reportToJson(redacted, runWizard(redacted)));
    expect(runWizard(redacted).diagnosis?.id).toBe('lacp-mode-mismatch');
    for (const out of [md.stdout, json.stdout]) {
      expect(out).not.toMatch(/10\.197\.44\./);
      expect(out).not.toMatch(/L5030|GZ-HXY|H5030/);
    }
  });

  it('never prints a secret pasted with the outputs, redacting or not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slb-secret-'));
    const peer = path.join(dir, 'peer.txt');
    writeFileSync(
      peer,
      `${state.pastes[6]!.text}\n snmp-agent community read simple Pub1icC0mm\n local-user admin class manage\n  password simple S3cretPass!\n`,
    );
    const withSecrets = [...args.slice(0, 6), `peer-config=${peer}`];
    for (const extra of [[], ['--redact'], ['--format', 'json']]) {
      const ran = cli(['report', ...extra, ...withSecrets], { env });
      expect(ran.status).toBe(0);
      expect(ran.stdout).not.toContain('Pub1icC0mm');
      expect(ran.stdout).not.toContain('S3cretPass!');
    }
  });

  it('follows --farm and --server as diagnose does', () => {
    const ran = cli(['report', '--farm', 'test-01', '--server', '10.197.44.200', ...args], { env });
    expect(ran.status).toBe(0);
    const chosen = { ...state, farm: 'test-01', server: '10.197.44.200' };
    expect(ran.stdout).toBe(
      reportToMarkdown(buildReport(chosen, runWizard(chosen), 'en-US', { now: epoch * 1000 })),
    );
  });

  it.each([
    ['an unknown format', ['report', '--format', 'xml', ...args], /--format expects md or json/],
    ['a missing format', ['report', ...args, '--format'], /--format expects md or json/],
    ['an unknown language', ['report', '--lang', 'fr', ...args], /--lang expects en-US or zh-CN/],
    ['an unknown option', ['report', '--frob', ...args], /unknown option "--frob"/],
    ['no files', ['report', '--redact'], /expected at least one <step>=<file>/],
    ['--farm without a name', ['report', ...args, '--farm'], /--farm expects a server farm name/],
  ])('2 for %s, with the message and the usage', (_name, argv, message) => {
    const ran = cli(argv);
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).toContain('usage:');
  });

  it('1 for a missing file, naming it', () => {
    const missing = path.join(tmp, 'gone.txt');
    const ran = cli(['report', `lag=${missing}`]);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain(missing);
  });
});
