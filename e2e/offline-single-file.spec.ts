/**
 * The single-file build (`npm run build:single` → dist-single/index.html) opened from file:// with
 * the network off: the seed walk to the diagnosis, the report printed to PDF, a copied link reopened
 * in a fresh offline browser, and a paste big enough for the inlined Web Worker. Nothing may try
 * the network: every request is recorded, and anything that is not file:, data: or blob: is aborted
 * and counted. This spec builds nothing: it expects the file (E2E_SINGLE, or dist-single/index.html).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { benchCases } from '../src/domain/parsers/session/bench';

const singleFile = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');
const local = /^(file|data|blob):/;

/** A context with the network off that aborts and records anything leaving file://. */
async function offlineContext(
  browser: Browser,
  refused: string[],
  all: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ offline: true });
  await context.addInitScript(() => {
    if (!window.localStorage.getItem('slb-wizard:prefs:v1'))
      window.localStorage.setItem(
        'slb-wizard:prefs:v1',
        JSON.stringify({ lang: 'en-US', theme: 'light' }),
      );
  });
  context.on('request', (r) => all.push(r.url()));
  await context.route(
    (url) => !local.test(url.href),
    async (route) => {
      refused.push(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
  return context;
}

// `npm test` builds the single file first; run alone without it, this spec says what is missing.
// In CI a missing build is a failure, never a skip.
test.skip(
  !existsSync(singleFile) && !process.env.CI,
  `no single-file build at ${singleFile} (run \`npm run build:single\`)`,
);

test('the single-file build works from file:// offline: walk, report, print, link, big paste', async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const refused: string[] = [];
  const all: string[] = [];
  const context = await offlineContext(browser, refused, all);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pathToFileURL(singleFile).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  // The seed walk, loaded at once, to the diagnosis.
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
  await page.getByRole('link', { name: /Diagnosis/ }).click();
  const diagnosis = page.locator('[data-diagnosis="lacp-mode-mismatch"]');
  await expect(diagnosis).toBeVisible();
  await expect(diagnosis.getByText('interface Bridge-Aggregation33').first()).toBeVisible();

  // The report, printed.
  await page.getByRole('link', { name: 'Report' }).first().click();
  await expect(page.locator('[data-report]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await info.attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);

  // Copy link from the diagnosis, reopened in a fresh offline browser: same diagnosis.
  await page.goBack();
  await expect(diagnosis).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this incident' });
  await expect(dialog).toBeVisible();
  const url = await dialog.getByRole('textbox').inputValue();
  expect(url.startsWith(pathToFileURL(singleFile).href)).toBe(true);
  expect(url).toMatch(/#\/diagnosis\?s=/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const colleagueRefused: string[] = [];
  const colleagueAll: string[] = [];
  const colleague = await offlineContext(browser, colleagueRefused, colleagueAll);
  const other = await colleague.newPage();
  await other.goto(url);
  await expect(other.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await expect(
    other
      .locator('[data-diagnosis="lacp-mode-mismatch"]')
      .getByText('interface Bridge-Aggregation33')
      .first(),
  ).toBeVisible();
  await colleague.close();

  // A session table over the worker threshold: the engine runs in the inlined worker from file://.
  const big = benchCases[0]!.generate(300_000);
  expect(big.length).toBeGreaterThan(200_000);
  await page
    .getByRole('link', { name: /Probe session/ })
    .first()
    .click();
  const step = page.locator('[data-step="session"]');
  await expect(step).toBeVisible();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), big);
  await step.locator('[data-paste-another]').click();
  await step.getByRole('textbox', { name: /Paste another output/ }).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await step.getByRole('button', { name: 'Analyse' }).last().click();
  await expect(step.locator('[data-paste]')).toHaveCount(2);
  await expect(step.getByRole('status').filter({ hasText: 'Reading the paste…' })).toHaveCount(0);
  await expect(step.getByRole('table', { name: /session/ }).nth(1)).toBeVisible();
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((w) => local.test(w))).toBe(true);
  await expect(step.getByRole('alert').filter({ hasText: /engine|failed/i })).toHaveCount(0);

  expect(pageErrors).toEqual([]);
  expect(refused).toEqual([]);
  expect(colleagueRefused).toEqual([]);
  expect([...all, ...colleagueAll].filter((u) => !local.test(u))).toEqual([]);
  console.log(
    `single file offline: ${all.length + colleagueAll.length} requests, all file:/data:/blob:; ${refused.length + colleagueRefused.length} refused`,
  );
  await context.close();
});

test('from file:// the page says other local files can read the pastes, and can keep nothing', async ({
  browser,
}) => {
  const refused: string[] = [];
  const context = await offlineContext(browser, refused, []);
  const page = await context.newPage();
  await page.goto(pathToFileURL(singleFile).href);
  const warning = page.locator('[data-file-warning]');
  await expect(warning).toContainText('any other HTML file you open from this computer can read');
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('[data-step="farm-status"] [data-paste]')).toHaveCount(1);
  await warning.getByRole('button', { name: 'Keep nothing on this computer' }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.locator('[data-undo]')).toContainText('Nothing is kept on this computer now');
  // Nothing of the incident is left in the browser's storage …
  const kept = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('slb-wizard');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    if (!db.objectStoreNames.contains('states')) return 0;
    return new Promise<number>((resolve) => {
      const r = db.transaction('states').objectStore('states').count();
      r.onsuccess = () => resolve(r.result);
    });
  });
  expect(kept).toBe(0);
  const local = await page.evaluate(() => Object.keys(window.localStorage));
  expect(local.filter((k) => k !== 'slb-wizard:prefs:v1')).toEqual([]);
  // … and the link still holds it: a reload brings it back, and nothing is stored again.
  await page.reload();
  await expect(page.locator('[data-step="farm-status"] [data-paste]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByText('Nothing is kept on this computer:')).toBeVisible();
  expect(refused).toEqual([]);
  await context.close();
});
