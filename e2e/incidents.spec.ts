/**
 * Never lose an incident (#14): links open as incidents of their own, tabs keep their own, two
 * tabs on one incident stay in step, destructive actions undo, and storage that refuses is said
 * out loud with the export offered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeState } from '../src/domain/share/share-codec';
import type { WizardState } from '../src/domain/wizard-state';
import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';

const at = Date.UTC(2026, 11, 4, 3, 0, 0);
const state = (pastes: Array<[WizardState['pastes'][number]['step'], string]>): WizardState => ({
  pastes: pastes.map(([step, text], i) => ({ step, text, at: at + i * 60_000 })),
  answers: {},
  server: null,
  farm: null,
});
// Two colleagues' incidents, different from each other and from the one kept in this browser.
const linkA = `/#/step/ping?s=${encodeState(state([['farm-status', seed.farm]]))}`;
const linkB = `/#/step/ping?s=${encodeState(
  state([
    ['farm-status', seed.farm.replaceAll('test-01', 'web-02')],
    ['ping', seed.pingLoss],
  ]),
)}`;

/** Incident W: kept only in this browser, with a paste a link would not know. */
async function keepIncidentW(page: Page): Promise<void> {
  await openApp(page, 'en-US', '#/step/farm-status');
  await pasteAndAnalyse(page, seed.farm.replaceAll('test-01', 'w-farm'));
  await page.goto('/#/step/ping');
  await pasteAndAnalyse(page, seed.pingOk);
}

async function incidentTitles(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents' })).toBeFocused();
  const entries = page.locator('[data-incident]');
  await expect(entries.first()).toBeVisible();
  return entries.locator('h2').allInnerTexts();
}

test('opening two links keeps the incident you had, and each link is its own incident', async ({
  page,
}) => {
  await keepIncidentW(page);
  await page.goto(linkA);
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(0);
  const bar = page.locator('[data-undo]');
  await expect(bar).toContainText('Opened the link as a new incident. “w-farm');
  // An edit after opening A does not take the undo away.
  await pasteAndAnalyse(page, seed.pingLoss);
  await page.goto(linkB);
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  await expect(bar).toContainText('Opened the link as a new incident. “test-01');
  await expect(bar).toContainText('1 earlier actions can be undone too.');

  const titles = await incidentTitles(page);
  expect(titles).toHaveLength(3);
  expect(titles.join('\n')).toMatch(/w-farm/);
  expect(titles.join('\n')).toMatch(/test-01/);
  expect(titles.join('\n')).toMatch(/web-02/);

  // Undo twice: back to A (with the ping pasted after opening it), then back to W.
  await bar.getByRole('button', { name: 'Undo' }).click();
  await page.goto('/#/step/ping');
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  await expect(page.getByText('10.197.44.200').first()).toBeVisible();
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  await page.goto('/#/step/farm-status');
  await expect(page.getByText('w-farm').first()).toBeVisible();

  // Opening a link already kept (here in a new tab) focuses its incident instead of adding a copy.
  const again = await page.context().newPage();
  await again.goto(linkB);
  await expect(again.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  expect(await incidentTitles(again)).toHaveLength(3);
});

test('two tabs on two incidents each keep their own; two tabs on one incident stay in step', async ({
  context,
}) => {
  const one = await context.newPage();
  await keepIncidentW(one);
  // A second tab opened on a colleague's link works on that incident.
  const two = await context.newPage();
  await two.goto(linkA);
  await expect(two.locator('[data-step="ping"]')).toBeVisible();
  await pasteAndAnalyse(two, seed.pingLoss);
  await one.goto('/#/step/session');
  await pasteAndAnalyse(one, seed.session);
  await one.reload();
  await two.reload();
  await expect(one.locator('[data-step="session"] [data-paste]')).toHaveCount(1);
  await one.goto('/#/step/farm-status');
  await expect(one.getByText('w-farm').first()).toBeVisible();
  await two.goto('/#/step/ping');
  await expect(two.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  await two.goto('/#/step/farm-status');
  await expect(two.getByText('test-01').first()).toBeVisible();

  // A third tab on W (a new tab continues the most recent incident): a paste in either shows in
  // the other at once, and neither overwrites the other.
  await one.goto('/#/step/ping');
  await pasteAndAnalyse(one, seed.pingLoss);
  const three = await context.newPage();
  await three.goto('/#/step/ping');
  await expect(three.locator('[data-step="ping"] [data-paste]')).toHaveCount(2);
  await three.goto('/#/step/reth');
  await expect(three).toHaveURL(/#\/step\/reth/);
  await pasteAndAnalyse(three, seed.reth);
  await one.goto('/#/step/reth');
  await expect(one.locator('[data-step="reth"] [data-paste]')).toHaveCount(1);
  await expect(one.locator('[data-incident-notice="updated-elsewhere"]')).toBeVisible();
  await one.goto('/#/step/lag');
  await pasteAndAnalyse(one, seed.lag);
  await three.goto('/#/step/lag');
  await expect(three.locator('[data-step="lag"] [data-paste]')).toHaveCount(1);
  await three.reload();
  await expect(three.locator('[data-step="lag"] [data-paste]')).toHaveCount(1);
  await three.goto('/#/step/reth');
  await expect(three.locator('[data-step="reth"] [data-paste]')).toHaveCount(1);
  expect(await incidentTitles(three)).toHaveLength(2);
});

test('remove a paste, delete an incident, start a new one: each says what it did and undoes', async ({
  page,
}) => {
  await keepIncidentW(page);
  const bar = page.locator('[data-undo]');
  const ping = page.locator('[data-step="ping"]');
  await ping.locator('[data-paste]').getByRole('button', { name: 'Remove' }).click();
  await expect(ping.locator('[data-paste]')).toHaveCount(0);
  await expect(bar).toContainText('Removed paste 1 of “');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(ping.locator('[data-paste]')).toHaveCount(1);
  await page.reload();
  await expect(ping.locator('[data-paste]')).toHaveCount(1);

  await page.getByRole('button', { name: 'New incident' }).click();
  await expect(bar).toContainText('Started a new incident. “w-farm');
  await expect(page.getByRole('link', { name: 'Start with the server farm' })).toBeVisible();
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: /Continue where you left off/ })).toBeVisible();

  await page.getByRole('link', { name: 'Incidents' }).click();
  const entry = page.locator('[data-incident]');
  await expect(entry).toHaveCount(1);
  await entry.getByRole('button', { name: 'Rename' }).click();
  await entry.getByRole('textbox', { name: 'Title' }).fill('INC-4711 web farm down');
  await entry.getByRole('button', { name: 'Save title' }).click();
  await expect(entry.locator('h2')).toContainText('INC-4711 web farm down');
  await entry.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('[data-incident]')).toHaveCount(0);
  await expect(bar).toContainText('Deleted the incident “INC-4711 web farm down”.');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-incident]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('[data-incident] h2')).toContainText('INC-4711 web farm down');
  await page.locator('[data-incident]').getByRole('button', { name: 'Open' }).click();
  await page.goto('/#/step/ping');
  await expect(ping.locator('[data-paste]')).toHaveCount(1);
});

test('export to a file and import it into another browser', async ({ page, browser }) => {
  await keepIncidentW(page);
  await page.getByRole('link', { name: 'Incidents' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all incidents' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'slb-wizard-incidents', version: 1 });

  const other = await (await browser.newContext()).newPage();
  await openApp(other, 'en-US', '#/incidents');
  await expect(other.getByText('No incidents kept yet.')).toBeVisible();
  await other.getByLabel('Import an incident file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported 1 incidents' })).toBeVisible();
  await expect(other.locator('[data-incident] h2')).toContainText('w-farm');
  // The same file again adds nothing.
  await other.getByLabel('Import an incident file').setInputFiles(file);
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported 0 incidents; 1 were already here.' }),
  ).toBeVisible();
  // Something that is not an incident file is refused in words.
  await other.getByLabel('Import an incident file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(
    other.getByText('This file is not an incident file exported by this app.'),
  ).toBeVisible();
});

test('storage full: the page says the incident is not saved and offers the export', async ({
  page,
  context,
  baseURL,
}) => {
  // A small quota for this origin (the browser fixes it when the origin first stores anything).
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 300_000 });
  try {
    await openApp(page, 'en-US', '#/step/farm-status');
    // Another app on this origin filled the storage to the last byte.
    const chunks = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('filler', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('x');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      // Incompressible, as photos or archives are: the browser compresses what it stores.
      let x = 12345;
      const noise = (n: number) => {
        let s = '';
        for (let i = 0; i < n; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          s += String.fromCharCode(33 + ((x >>> 24) % 90));
        }
        return s;
      };
      for (let i = 0; i < 400; i++) {
        const ok = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('x', 'readwrite');
          tx.objectStore('x').put(noise(i < 20 ? 10_000 : 500), i);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!ok) return i;
      }
      return -1;
    });
    expect(chunks).toBeGreaterThan(0);
    await pasteAndAnalyse(page, seed.farm);
    const alert = page.locator('[data-storage-problem="quota"]');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('storage for this page is full');
    // The work is still here, and the export holds it.
    await expect(page.locator('[data-step="farm-status"] [data-paste]')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export this incident' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(text).toContain('test-01');
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});

test('a private window that refuses storage: work goes on, the page says nothing is kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As old private windows did: IndexedDB and localStorage refuse every write.
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, 'en-US', '#/step/farm-status');
  await expect(page.locator('[data-storage-problem="blocked"]')).toContainText(
    'does not let this page keep anything',
  );
  await pasteAndAnalyse(page, seed.farm);
  await page.goto('/#/step/ping');
  await pasteAndAnalyse(page, seed.pingLoss);
  // The link still carries it: a reload reopens it.
  await page.reload();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
});

test('zh-CN: the incident list and the undo speak Chinese', async ({ page }) => {
  await openApp(page, 'zh-CN', '#/step/farm-status');
  await pasteAndAnalyse(page, seed.farm, 'zh-CN');
  await page.getByRole('link', { name: '事件列表' }).click();
  const entry = page.locator('[data-incident]');
  await expect(entry).toHaveCount(1);
  await entry.getByRole('button', { name: '删除' }).click();
  await expect(page.locator('[data-undo]')).toContainText('已删除事件“test-01');
  await page.locator('[data-undo]').getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('[data-incident]')).toHaveCount(1);
});
