import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { currentVersion } from '../src/domain/share/migrations';
import { expect, test } from './fixtures';

// The CLI's `share` prints a URL fragment; an engineer pastes it after the app's address and the
// colleague must land on the same diagnosis the CLI computed.

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const seedDir = fileURLToPath(new URL('../src/features/wizard/example-incident/', import.meta.url));

const seedArgs = [
  `farm-status=${seedDir}01-display-server-farm.txt`,
  `ping=${seedDir}02-ping-10.197.44.200-loss.txt`,
  `ping=${seedDir}02-ping-10.197.44.201-ok.txt`,
  `session=${seedDir}03-session-table-10.197.44.201-verbose.txt`,
  `reth=${seedDir}04-interface-reth2-config.txt`,
  `lag=${seedDir}05-link-aggregation-verbose-ra1.txt`,
  `peer-config=${seedDir}06-lb-route-aggregation1-config.txt`,
  `peer-config=${seedDir}07-switch-bridge-aggregation33-config.txt`,
];

function cliShare(args: string[]): string {
  return execFileSync('npm', ['run', '-s', 'cli', '--', 'share', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  }).trim();
}

test.describe.configure({ timeout: 120_000 });

test('the fragment printed by `cli share` opens the diagnosis in the browser', async ({ page }) => {
  const fragment = cliShare(seedArgs);
  expect(fragment).toMatch(new RegExp(`^#/diagnosis\\?s=${currentVersion}\\.[A-Za-z0-9_-]+$`));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${fragment}`);
  const diagnosis = page.locator('[data-diagnosis="lacp-mode-mismatch"]');
  await expect(diagnosis).toBeVisible();
  await expect(diagnosis.getByText('interface Bridge-Aggregation33').first()).toBeVisible();
  // Every pasted output came through: the ping step holds both pings.
  await page.getByRole('navigation', { name: /Steps/ }).locator('a[href$="/step/ping"]').click();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('`cli share --redact` opens the same diagnosis without the real addresses', async ({
  page,
}) => {
  const fragment = cliShare(['--redact', ...seedArgs]);
  expect(fragment).toMatch(new RegExp(`^#/diagnosis\\?s=${currentVersion}\\.[A-Za-z0-9_-]+$`));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${fragment}`);
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await expect(page.getByText(/10\.197\.44\.20[01]/)).toHaveCount(0);
  await expect(page.getByText('GZ-HXY-G160201-V07-H5030')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a partial state from `cli share` opens on the step that waits for input', async ({
  page,
}) => {
  const fragment = cliShare(seedArgs.slice(0, 3));
  expect(fragment).toMatch(new RegExp(`^#/step/session\\?s=${currentVersion}\\.`));
  await page.goto(`/${fragment}`);
  await expect(page.locator('[data-step="session"]')).toBeVisible();
  await expect(page.locator('[data-diagnosis]')).toHaveCount(0);
});
