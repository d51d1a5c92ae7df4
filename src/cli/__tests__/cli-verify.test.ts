/**
 * `diagnose ... verify=<file>`: the seed incident's pastes, then the verification output re-run
 * after the fix, as the engineer runs the CLI (a separate process, JSON on stdout).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const seedDir = path.join(repoRoot, 'src', 'features', 'wizard', 'example-incident');
const afterFix = path.join(
  repoRoot,
  'src',
  'domain',
  'scenarios',
  'lacp-mode-mismatch--seed-l5030',
  'after-fix',
);

// The seed's pastes are placed by detection (bare files), as the README shows.
const seedPastes = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(seedDir, f));

interface Out {
  diagnosis: { id: string } | null;
  resolution: {
    status: string;
    summary: string;
    facts: Array<{
      subject: string;
      status: string;
      before: { value: string } | null;
      after: { value: string } | null;
    }>;
  } | null;
}

function diagnose(extra: string[], input?: string): Out {
  const stdout = execFileSync(
    tsx,
    [
      path.join(repoRoot, 'src', 'cli', 'main.ts'),
      'diagnose',
      '--answer',
      'lag-capture-unselected=yes',
      ...seedPastes,
      ...extra,
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 30_000, input },
  );
  return JSON.parse(stdout) as Out;
}

describe('cli diagnose verify=<file>', () => {
  it('prints resolution null without verify pastes', () => {
    const out = diagnose([]);
    expect(out.diagnosis?.id).toBe('lacp-mode-mismatch');
    expect(out.resolution).toBeNull();
  });

  it('prints resolved when both members of Route-Aggregation1 are Selected', () => {
    const out = diagnose([`verify=${path.join(afterFix, 'resolved', '01-verify.txt')}`]);
    expect(out.diagnosis?.id).toBe('lacp-mode-mismatch');
    expect(out.resolution?.status).toBe('resolved');
    const member = out.resolution?.facts.find(
      (f) => f.subject === 'XGE1/1/1 in Route-Aggregation1',
    );
    expect([member?.status, member?.before?.value, member?.after?.value]).toEqual([
      'fixed',
      'Unselected (U)',
      'Selected (S)',
    ]);
  });

  it('prints not-resolved, naming XGE1/1/1, when it is still Unselected', () => {
    const out = diagnose([`verify=${path.join(afterFix, 'not-resolved', '01-verify.txt')}`]);
    expect(out.resolution?.status).toBe('not-resolved');
    expect(out.resolution?.summary).toContain('XGE1/1/1 in Route-Aggregation1: Unselected (U)');
  });

  const files = readdirSync(path.join(afterFix, 'resolved')).sort();
  it.each([
    ['more than once', files.map((f) => `verify=${path.join(afterFix, 'resolved', f)}`), undefined],
    [
      'once, a file (stdin) holding all the outputs',
      ['verify=-'],
      files.map((f) => readFileSync(path.join(afterFix, 'resolved', f), 'utf8')).join(''),
    ],
  ])('takes verify= %s', (_, args, input) => {
    const out = diagnose(args, input);
    expect(out.resolution?.status).toBe('resolved');
    expect(out.resolution?.facts.filter((f) => f.status === 'fixed').map((f) => f.subject)).toEqual(
      [
        'test-01: active real servers',
        'test1 (10.197.44.200) in test-01',
        'test2 (10.197.44.201) in test-01',
        'ping 10.197.44.200 (VPN HLW)',
        'XGE1/1/1 in Route-Aggregation1',
      ],
    );
  });
});
