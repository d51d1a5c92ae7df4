/**
 * Big pastes: a 10 MB `display session table ipv4 verbose` (the real layout, from the parser's own
 * bench generator) is read without blocking the page for more than 200 ms, measured with a long-task
 * observer from the click on "Analyse" until the result is on screen; a paste over the 50 MB limit is
 * refused with a message and the page keeps working.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';
import { benchCases } from '../src/domain/parsers/session/bench';

/** The budget from the issue: no single main-thread block longer than this. */
const BUDGET_MS = 200;

declare global {
  interface Window {
    __longTasks: number[];
  }
}

/** Records every long task (> 50 ms on the main thread) from the first script on. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Clears the record, runs `act`, waits for `done`, and returns the longest block in between. */
async function longestBlock(
  page: Page,
  label: string,
  act: () => Promise<void>,
  done: () => Promise<void>,
): Promise<number> {
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  const started = Date.now();
  await act();
  await done();
  const elapsed = Date.now() - started;
  // Long-task entries are delivered after the task ends: give the last ones time to arrive.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.__longTasks);
  const longest = Math.max(0, ...tasks);
  console.log(
    `${label}: result after ${elapsed} ms; ${tasks.length} long tasks, longest main-thread block ` +
      `${Math.round(longest)} ms (all: ${tasks.map(Math.round).join(', ') || 'none'})`,
  );
  return longest;
}

/** Waits until the step shows `count` analysed pastes and is no longer reading. */
async function analysed(page: Page, step: string, count = 1): Promise<void> {
  const scope = page.locator(`[data-step="${step}"]`);
  await expect(scope.locator('[data-paste]')).toHaveCount(count, { timeout: 120_000 });
  await expect(scope.getByRole('status').filter({ hasText: 'Reading the paste…' })).toHaveCount(0, {
    timeout: 120_000,
  });
}

/**
 * A real paste: the text goes on the clipboard and Ctrl+V lands it in the focused textarea, so the
 * browser fires the same `paste` event an engineer's paste does.
 */
async function pasteInto(page: Page, name: RegExp, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByRole('textbox', { name }).focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** Farm and pings from the seed, so the session step is reached as in a real walk. */
async function reachSessionStep(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  await pasteAndAnalyse(page, seed.farm);
  await page.getByRole('link', { name: /Go to:/ }).click();
  await pasteAndAnalyse(page, seed.pingLoss);
  await pasteAndAnalyse(page, seed.pingOk);
  await page.getByRole('link', { name: /Go to:/ }).click();
  await expect(page.locator('[data-step="session"]')).toBeVisible();
}

// One at a time: the long-task figure must not include another test's work.
test.describe.configure({ mode: 'serial' });

test('a 10 MB session table is read without blocking the page for more than 200 ms', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const text = benchCases[0]!.generate(10e6);
  expect(text.length).toBeGreaterThanOrEqual(10e6);
  const sessions = Number(/Total sessions found: (\d+)/.exec(text)?.[1]);

  await observeLongTasks(page);
  await openApp(page);
  await reachSessionStep(page);

  // Measuring starts after the paste, as the issue asks (the transfer of 10 MB from the test to the
  // page's clipboard is not the app's work); the paste box shows the start of the paste.
  await pasteInto(page, /Output of the command/, text);
  await expect(page.getByText(/A large paste \(9\.\d MB\)/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Output of the command/ })).toHaveValue(
    /^\[L5030\]display session table ipv4 verbose\nSlot 1:/,
  );
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Analyse' }).click();

  const step = page.locator('[data-step="session"]');
  await expect(step.locator('[data-paste]')).toHaveCount(1, { timeout: 120_000 });
  await expect(step.getByRole('status').filter({ hasText: 'Reading the paste…' })).toHaveCount(0, {
    timeout: 120_000,
  });
  // The parsed table shows the first rows and says how many more there are.
  await expect(step.getByRole('table', { name: 'session' })).toBeVisible();
  await expect(step.getByText(`… +${sessions * 2 - 50}`)).toBeVisible();
  await expect(step.locator('[data-finding]').first()).toBeVisible();
  const elapsed = Date.now() - started;
  // Long-task entries are delivered after the task ends: give the last ones time to arrive.
  await page.waitForTimeout(1000);

  const tasks = await page.evaluate(() => window.__longTasks);
  const longest = Math.max(0, ...tasks);
  console.log(
    `big paste: ${(text.length / 1e6).toFixed(1)} MB, ${sessions} sessions; result after ${elapsed} ms; ` +
      `${tasks.length} long tasks, longest main-thread block ${Math.round(longest)} ms (all: ${tasks.map(Math.round).join(', ') || 'none'})`,
  );
  expect(longest).toBeLessThanOrEqual(BUDGET_MS);

  // Editing shows the start of the paste again, read-only, never the 10 MB in the textarea.
  await step.getByRole('button', { name: 'Edit' }).click();
  const editor = step.getByRole('textbox', { name: 'Output of the command 1' });
  await expect(editor).toHaveValue(/^\[L5030\]display session table ipv4 verbose\n/);
  expect((await editor.inputValue()).length).toBeLessThan(10_000);
  await expect(editor).toHaveAttribute('readonly', '');

  // The page still answers: the step's next link leads on.
  await step.getByRole('link', { name: /Go to:|See the diagnosis/ }).click();
  await expect(page.locator('[data-step], [data-diagnosis]').first()).toBeVisible();
  await expect(page.locator('[data-step="session"]')).toHaveCount(0);
});

test('a paste over 50 MB is refused with a clear message and the page keeps working', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  // 51 MiB of session-table lines, over the limit however a megabyte is counted; made in the page,
  // since sending 51 MB through the test protocol is the slow part, not the app.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(async () => {
    const line = '  Inbound interface: Reth2\n';
    await navigator.clipboard.writeText(line.repeat(Math.ceil((51 * 1024 * 1024) / line.length)));
  });
  await page.getByRole('textbox', { name: /Output of the command/ }).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('alert').filter({ hasText: /the limit is 50 MB/ })).toBeVisible();
  await expect(page.locator('[data-step="farm-status"] [data-paste]')).toHaveCount(0);

  // Still alive: paste the real output and it is read.
  await pasteInto(page, /Output of the command/, seed.farm);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /the limit is 50 MB/ })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'test1', exact: true })).toBeVisible();
});

test('a 50 MB session table, the largest paste accepted, never blocks the page for more than 200 ms', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const text = benchCases[0]!.generate(50e6);
  expect(text.length).toBeLessThanOrEqual(50 * 1024 * 1024);
  await observeLongTasks(page);
  await openApp(page);
  await reachSessionStep(page);
  await pasteInto(page, /Output of the command/, text);
  await expect(page.getByText(/A large paste \(4\d\.\d MB\)/)).toBeVisible({ timeout: 60_000 });
  const longest = await longestBlock(
    page,
    'session table 50 MB',
    () => page.getByRole('button', { name: 'Analyse' }).click(),
    async () => {
      await analysed(page, 'session');
      await expect(page.locator('[data-step="session"] [data-finding]').first()).toBeVisible();
    },
  );
  expect(longest).toBeLessThanOrEqual(BUDGET_MS);
});

test('a 20 MB line is read without blocking the page, and the raw view shows a screenful of it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await observeLongTasks(page);
  await openApp(page);
  await reachSessionStep(page);
  // The probe's session, then one 20 MB line (a terminal that lost its line breaks), then the rest.
  const [head, ...rest] = seed.session.split('\n');
  const text = [head, 'A'.repeat(20 * 1024 * 1024), ...rest].join('\n');
  await pasteInto(page, /Output of the command/, text);
  const longest = await longestBlock(
    page,
    'one 20 MB line',
    () => page.getByRole('button', { name: 'Analyse' }).click(),
    () => analysed(page, 'session'),
  );
  expect(longest).toBeLessThanOrEqual(BUDGET_MS);
  const step = page.locator('[data-step="session"]');
  await expect(
    step.getByText(/A long line: characters 1–2,000 of 20,971,520 shown\./),
  ).toBeVisible();
  await step.getByRole('button', { name: 'Next part' }).click();
  await expect(step.getByText(/characters 2,001–4,000 of 20,971,520/)).toBeVisible();
  await expect(step.getByRole('button', { name: 'Previous part' })).toBeVisible();
});

test('a million short lines are read without blocking the page for more than 200 ms', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await observeLongTasks(page);
  await openApp(page);
  await reachSessionStep(page);
  await pasteInto(page, /Output of the command/, 'a\n'.repeat(1_000_000));
  const longest = await longestBlock(
    page,
    '1M short lines',
    () => page.getByRole('button', { name: 'Analyse' }).click(),
    () => analysed(page, 'session'),
  );
  expect(longest).toBeLessThanOrEqual(BUDGET_MS);
  // Every line is accounted for: the count of lines not understood is the whole paste's.
  await expect(page.getByText(/1,?000,?000/).first()).toBeVisible();
});

test('50 MB pasted on the start page is filed under its steps without blocking the page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const text = [seed.farm, seed.pingLoss, benchCases[0]!.generate(48e6)].join('\n');
  expect(text.length).toBeLessThanOrEqual(50 * 1024 * 1024);
  await observeLongTasks(page);
  await openApp(page);
  await pasteInto(page, /All the outputs you collected/, text);
  const longest = await longestBlock(
    page,
    'start page 50 MB',
    () => page.getByRole('button', { name: 'Analyse' }).click(),
    async () => {
      // The page the run went on to says what was filed where.
      await expect(page.locator('[data-sort-summary]')).toBeVisible({ timeout: 120_000 });
    },
  );
  expect(longest).toBeLessThanOrEqual(BUDGET_MS);
  // The session table went to its own step.
  await expect(page.locator('[data-sort-summary] [data-filed-step="session"]')).toBeVisible();
  await page.getByRole('navigation', { name: /Steps/ }).locator('a[href$="/step/session"]').click();
  await analysed(page, 'session');
});
