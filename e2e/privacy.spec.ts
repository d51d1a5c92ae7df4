import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';

test('a full seed walk sends no request outside the app origin, and only app code after load', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page);
  const loaded = requests.length;
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  for (const [text, next] of [
    [seed.farm, true],
    [seed.pingLoss, false],
    [seed.pingOk, true],
    [seed.session, true],
    [seed.reth, true],
    [seed.lag, true],
    [seed.peer, false],
  ] as const) {
    await pasteAndAnalyse(page, text);
    if (next) await page.getByRole('link', { name: /Go to:/ }).click();
  }
  await page.getByRole('link', { name: /See the diagnosis/ }).click();
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await page.getByRole('link', { name: 'Report' }).first().click();
  await expect(page.locator('[data-report]')).toBeVisible();

  const origin = new URL(page.url()).origin;
  expect(
    requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    ),
  ).toEqual([]);
  // After the first load only the app's own lazily loaded code may be fetched, never data.
  expect(
    requests
      .slice(loaded)
      .filter((u) => !(u.startsWith(origin) && /\.(js|css)$/.test(new URL(u).pathname))),
  ).toEqual([]);
});

test('the Content-Security-Policy forbids outgoing connections', async ({ page }) => {
  await openApp(page);
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
});
