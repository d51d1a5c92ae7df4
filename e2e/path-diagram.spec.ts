/**
 * The drawing of the probe's path (issue #16): on the example incident it shows the seed's
 * XGE1/1/1 as the fault, on a wide screen (three columns) and a phone (one), in both languages,
 * on the step pages, the diagnosis and the report, with no axe violation. Screenshots of the
 * drawing (light, dark, print) go to the test's output folder for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, pasteAndAnalyse, seed, test, type Lang } from './fixtures';

const words = {
  'en-US': { load: 'Load example incident', caption: "The probe's path", fault: 'Fault here' },
  'zh-CN': { load: '加载示例故障', caption: '探测报文的路径', fault: '故障在此' },
} as const;

async function loadExample(page: Page, lang: Lang) {
  await openApp(page, lang);
  await page.getByRole('button', { name: words[lang].load }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
}

/** Moves within the app keeping the state in the URL, as the app's own links do. */
async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    const s = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('s');
    window.location.hash = `${h}${s ? `?s=${s}` : ''}`;
  }, hash);
}

/** The drawing the current width shows (the other layout is display:none). */
const shownSvg = (page: Page) => page.locator('[data-path-diagram] svg[role="img"]:visible');

async function expectSeedFault(page: Page, lang: Lang, columns: string) {
  const figure = page.locator('[data-path-diagram]');
  await expect(figure).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText(words[lang].caption);
  await expect(figure.locator('figcaption')).toContainText('XGE1/1/1');
  const svg = shownSvg(page);
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveAttribute('data-columns', columns);
  const fault = svg.locator('[data-fault]');
  await expect(fault).toHaveCount(1);
  await expect(fault).toHaveAttribute('data-fault', 'XGE1/1/1');
  await expect(fault).toContainText('XGE1/1/1');
  await expect(fault).toContainText(words[lang].fault);
  await expect(fault).toBeVisible();
  // Every hop of the seed's path is drawn, and the drawing fits the page.
  await expect(svg.locator('[data-hop]')).toHaveCount(6);
  const box = await svg.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`,
    ),
  ).toEqual([]);
}

const viewports = [
  { name: 'desktop', width: 1440, height: 900, columns: '3' },
  { name: 'phone', width: 390, height: 844, columns: '1' },
] as const;

for (const vp of viewports) {
  for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
    test(`the seed's path with XGE1/1/1 as the fault, ${vp.name} ${vp.width}×${vp.height}, ${lang}`, async ({
      page,
    }, info) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await loadExample(page, lang);

      await go(page, '/diagnosis');
      await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
      await expectSeedFault(page, lang, vp.columns);
      await expectNoAxeViolations(page, '#/diagnosis');
      await page
        .locator('[data-path-diagram]')
        .screenshot({ path: info.outputPath(`diagnosis-${vp.name}-${lang}-light.png`) });

      // The step pages draw the same path.
      await go(page, '/step/lag');
      await expect(page.locator('[data-step="lag"]')).toBeVisible();
      await expectSeedFault(page, lang, vp.columns);
      await expectNoAxeViolations(page, '#/step/lag');

      // The path in words, for a screen reader: the fault named there too.
      const svg = shownSvg(page);
      const described = await svg.getAttribute('aria-describedby');
      const list = page.locator(`[id="${described}"]`);
      await expect(list.locator('li')).toHaveCount(6);
      await expect(list).toContainText('XGE1/1/1');
    });
  }
}

test('dark scheme, and the report on screen and printed in black and white', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() =>
    window.localStorage.setItem(
      'slb-wizard:prefs:v1',
      JSON.stringify({ lang: 'en-US', theme: 'dark' }),
    ),
  );
  await page.goto('#/');
  await page.getByRole('button', { name: words['en-US'].load }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
  await go(page, '/diagnosis');
  await expectSeedFault(page, 'en-US', '3');
  await expectNoAxeViolations(page, '#/diagnosis (dark)');
  await page
    .locator('[data-path-diagram]')
    .screenshot({ path: info.outputPath('diagnosis-desktop-en-US-dark.png') });

  await go(page, '/report');
  await expect(page.locator('[data-report] h1')).toBeVisible();
  await expectSeedFault(page, 'en-US', '3');
  // On the report the words are open: they are printed with the drawing.
  await expect(page.locator('[data-path-diagram] [data-path-words]')).toBeVisible();
  await expectNoAxeViolations(page, '#/report (dark)');

  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = info.outputPath('report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain("The probe's path");
  expect(text).toContain('Fault here');
  // Each page as an image, for a person to look at.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '2',
    file,
    info.outputPath('report'),
  ]);
});

test('fills in as the pastes come: after the farm, later hops say what to paste', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, 'en-US', '#/step/farm-status');
  await pasteAndAnalyse(page, seed.farm);
  const svg = shownSvg(page);
  await expect(svg.locator('[data-hop="lb"]')).toHaveAttribute('data-hop-status', 'known');
  await expect(svg.locator('[data-hop="lb"]')).toContainText('Probe-failed');
  const egress = svg.locator('[data-hop="egress"]');
  await expect(egress).toHaveAttribute('data-hop-status', 'waiting');
  await expect(egress).toContainText('Not known yet: paste');
  await expect(svg.locator('[data-fault]')).toHaveCount(0);
  await expect(page.locator('[data-path-diagram] figcaption')).not.toContainText('Fault');
  await expectNoAxeViolations(page, '#/step/farm-status');
  await page
    .locator('[data-path-diagram]')
    .screenshot({ path: info.outputPath('step-farm-status-en-US-light.png') });
});
