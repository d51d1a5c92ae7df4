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
  await expect(step.getByText(`… +${sessions * 2 - 200}`)).toBeVisible();
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
