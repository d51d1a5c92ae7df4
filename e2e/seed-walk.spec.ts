import { expect, openApp, pasteAndAnalyse, seed, test, type Lang } from './fixtures';

const words = {
  'en-US': { start: 'Start with the server farm', next: /Go to:/, diagnosis: /See the diagnosis/ },
  'zh-CN': { start: '从实服务组状态开始', next: /前往：/, diagnosis: /查看诊断结论/ },
} as const;

for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
  test(`walks the seed incident step by step to lacp-mode-mismatch (${lang})`, async ({ page }) => {
    const w = words[lang];
    await openApp(page, lang);
    await page.getByRole('link', { name: w.start }).click();

    // farm-status: both real servers Probe-failed.
    await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
    await pasteAndAnalyse(page, seed.farm, lang);
    await expect(page.getByRole('cell', { name: 'test1', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Probe-failed' }).first()).toBeVisible();
    await page.getByRole('link', { name: w.next }).click();

    // ping: the command is filled in from the farm's VPN and addresses.
    await expect(page.locator('[data-step="ping"]')).toBeVisible();
    await expect(
      page.getByText('ping -vpn-instance HLW 10.197.44.200', { exact: true }),
    ).toBeVisible();
    await pasteAndAnalyse(page, seed.pingLoss, lang);
    await pasteAndAnalyse(page, seed.pingOk, lang);
    await expect(page.getByRole('cell', { name: '100%' })).toBeVisible();
    await page.getByRole('link', { name: w.next }).click();

    // session: SYN_SENT with no reply, responder inbound Reth2.
    await expect(page.locator('[data-step="session"]')).toBeVisible();
    await expect(
      page
        .getByText(/display session table ipv4 destination-ip 10\.197\.44\.20[01] verbose/)
        .first(),
    ).toBeVisible();
    await pasteAndAnalyse(page, seed.session, lang);
    await expect(
      page.locator('[data-evidence="true"]').filter({ hasText: 'Reth2' }).first(),
    ).toBeVisible();
    await page.getByRole('link', { name: w.next }).click();

    await expect(page.locator('[data-step="reth"]')).toBeVisible();
    await pasteAndAnalyse(page, seed.reth, lang);
    await expect(
      page.locator('[data-evidence="true"]').filter({ hasText: 'Route-Aggregation1.1973' }),
    ).toBeVisible();
    await page.getByRole('link', { name: w.next }).click();

    await expect(page.locator('[data-step="lag"]')).toBeVisible();
    await expect(
      page.getByText('display link-aggregation verbose Route-Aggregation1', { exact: true }),
    ).toBeVisible();
    await pasteAndAnalyse(page, seed.lag, lang);
    await expect(
      page.locator('[data-evidence="true"]').filter({ hasText: 'XGE1/1/1' }),
    ).toBeVisible();
    await page.getByRole('link', { name: w.next }).click();

    await expect(page.locator('[data-step="peer-config"]')).toBeVisible();
    await pasteAndAnalyse(page, seed.peer, lang);
    await page.getByRole('link', { name: w.diagnosis }).click();

    const diagnosis = page.locator('[data-diagnosis="lacp-mode-mismatch"]');
    await expect(diagnosis).toBeVisible();
    await expect(diagnosis.getByText('interface Bridge-Aggregation33').first()).toBeVisible();
    await expect(diagnosis.getByText(/link-aggregation mode dynamic/).first()).toBeVisible();
  });
}

test('loads the example incident from the start page and reaches the diagnosis', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
  await page.getByRole('link', { name: /Diagnosis/ }).click();
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
});

test('names a paste of the wrong command and files it where it belongs', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  await pasteAndAnalyse(page, seed.lag);
  await expect(
    page.getByRole('alert').filter({ hasText: 'display link-aggregation verbose' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /File it under “Link aggregation”/ }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'display link-aggregation verbose' }),
  ).toHaveCount(0);
  await pasteAndAnalyse(page, seed.farm);
  await expect(page.getByRole('cell', { name: 'test2', exact: true })).toBeVisible();
});
