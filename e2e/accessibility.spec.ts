import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test, type Lang } from './fixtures';

const pages = [
  '#/',
  '#/step/farm-status',
  '#/step/ping',
  '#/step/session',
  '#/step/reth',
  '#/step/lag',
  '#/step/peer-config',
  '#/diagnosis',
  '#/report',
];

for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations on any page with the example incident (${lang}, ${scheme})`, async ({
      page,
    }) => {
      // Nine pages, each analysed by axe: on a loaded 2-core machine this nears a minute.
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript(
        ([l, s]) =>
          window.localStorage.setItem('slb-wizard:prefs:v1', JSON.stringify({ lang: l, theme: s })),
        [lang, scheme] as const,
      );
      await page.goto('#/');
      await page
        .getByRole('button', { name: lang === 'en-US' ? 'Load example incident' : '加载示例故障' })
        .click();
      await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
      for (const hash of pages) {
        await page.evaluate((h) => {
          const s = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('s');
          window.location.hash = `${h.slice(1)}${s ? `?s=${s}` : ''}`;
        }, hash);
        // Lazy pages (the report) render after their chunk loads: wait for the page's heading.
        await expect(
          page.locator(hash === '#/report' ? '[data-report] h1' : 'main h1').first(),
        ).toBeVisible();
        await page.waitForTimeout(100);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (v) =>
            `${hash} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
      }
    });
  }
}

test('no axe violations on an empty step, with a wrong paste and on a broken link', async ({
  page,
}) => {
  await openApp(page, 'en-US', '#/step/farm-status');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page
    .getByRole('textbox', { name: /Output of the command/ })
    .fill('display interface brief\nthis is not a server farm');
  await page.getByRole('button', { name: 'Analyse' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('#/step/ping?s=garbage!!');
  await expect(page.locator('[data-link-error]')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('dark mode is remembered, and printing is always light', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('dark');
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const card = page.locator('[data-step="farm-status"] .card').first();
  const dark = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ media: 'print' });
  const printed = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
  const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(printed);
  expect(printed).toBe('rgb(255, 255, 255)');
  expect(body).toBe('rgb(255, 255, 255)');
});
