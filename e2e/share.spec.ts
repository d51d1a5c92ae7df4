import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';

test('a copied link opens the same step, pastes and findings in a fresh browser context', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  await pasteAndAnalyse(page, seed.farm);
  await page.getByRole('link', { name: /Go to:/ }).click();
  await pasteAndAnalyse(page, seed.pingLoss);
  await pasteAndAnalyse(page, seed.pingOk);
  await page.getByRole('link', { name: /Go to:/ }).click();
  await pasteAndAnalyse(page, seed.session);
  await expect(page.locator('[data-step="session"]')).toBeVisible();
  const findings = await page.locator('[data-step="session"] [data-finding]').allInnerTexts();
  expect(findings.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this incident' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy the link' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Link copied/);
  const url = await dialog.getByRole('textbox').inputValue();
  expect(url).toContain('#/step/session?s=');

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(url);
  await expect(other.locator('[data-step="session"]')).toBeVisible();
  expect(await other.locator('[data-step="session"] [data-finding]').allInnerTexts()).toEqual(
    findings,
  );
  await expect(
    other.locator('[data-evidence="true"]').filter({ hasText: 'Reth2' }).first(),
  ).toBeVisible();
  await colleague.close();
});

test('reload, back and forward keep every paste', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  await pasteAndAnalyse(page, seed.farm);
  await page.getByRole('link', { name: /Go to:/ }).click();
  await pasteAndAnalyse(page, seed.pingLoss);
  await page.reload();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(1);
  await pasteAndAnalyse(page, seed.pingOk);
  await page.goBack();
  await page.goForward();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(2);
  await page.goto('/#/step/farm-status');
  await expect(page.getByRole('cell', { name: 'test1', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-step="ping"] [data-paste]')).toHaveCount(2);
});

test('redacted link gives the same diagnosis without the real addresses', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await page.getByRole('link', { name: /Diagnosis/ }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this incident' });
  await dialog.getByRole('checkbox').check();
  const url = await dialog.getByRole('textbox').inputValue();
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(url);
  await expect(other.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await expect(other.getByText('10.197.44.200')).toHaveCount(0);
  await colleague.close();
});

test('a link over 8,000 characters warns and offers the report instead', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  // A long real-server list: many farms make a paste too big for a chat message as a link.
  let seedValue = 7;
  const next = () => (seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31);
  const rows = Array.from(
    { length: 600 },
    () =>
      `  s${next().toString(36).slice(0, 9).padEnd(13)} Probe-failed HLW           10.${next() % 250}.${next() % 250}.${next() % 250}   ${next() % 9000}  100    4`,
  );
  const farm = seed.farm.replace(/ {2}test1 .*\n/, `${rows.join('\n')}\n`);
  await pasteAndAnalyse(page, farm);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this incident' });
  await expect(dialog.getByRole('alert')).toContainText('over 8000 characters');
  await dialog.getByRole('link', { name: 'Open the report' }).click();
  await expect(page.locator('[data-report]')).toBeVisible();
});
