/**
 * The 3 a.m. screen: after "Analyse" the step's verdict and its next action are on screen with the
 * focus there, and each new page starts at its top with the focus on its heading, so a second Enter
 * never skips a step. Desktop and phone, both languages.
 */
import { expect, openApp, pasteAndAnalyse, seed, test, type Lang } from './fixtures';

const screens = [
  { name: 'desktop', width: 1440, height: 900, lang: 'en-US' as Lang },
  { name: 'phone', width: 390, height: 844, lang: 'zh-CN' as Lang },
];

const words = {
  'en-US': {
    go: /Go to:/,
    diagnosis: /See the diagnosis/,
    next: 'Next',
    start: 'Start with the server farm',
  },
  'zh-CN': { go: /前往：/, diagnosis: /查看诊断结论/, next: '下一步', start: '从实服务组状态开始' },
};

for (const s of screens) {
  test(`${s.name} (${s.width}×${s.height}, ${s.lang}): verdict and next action in view after each Analyse, each page from its top`, async ({
    page,
  }) => {
    const w = words[s.lang];
    await page.setViewportSize({ width: s.width, height: s.height });
    await openApp(page, s.lang);
    await page.getByRole('link', { name: w.start }).click();

    const steps: Array<[string, string[]]> = [
      ['farm-status', [seed.farm]],
      ['ping', [seed.pingLoss, seed.pingOk]],
      ['session', [seed.session]],
      ['reth', [seed.reth]],
      ['lag', [seed.lag]],
    ];
    for (const [step, pastes] of steps) {
      await expect(page).toHaveURL(new RegExp(`#/step/${step}`));
      // A new page: at the top, its heading focused.
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('main h1')).toBeFocused();
      for (const text of pastes) await pasteAndAnalyse(page, text, s.lang);
      const scope = page.locator(`[data-step="${step}"]`);
      await expect(scope.locator('[data-verdict]')).toBeInViewport();
      await expect(scope.locator('[data-next-action]')).toBeInViewport();
      await expect(scope.getByRole('heading', { name: w.next, exact: true })).toBeFocused();
      await expect(scope.locator('[data-findings]')).toHaveCount(1);
      // The keyboard way on: Tab to the next action, Enter.
      await scope.locator('[data-next-action]').focus();
      await page.keyboard.press('Enter');
    }
    // The peer step, then the diagnosis: it opens at its top with its title focused, and a second
    // Enter does not follow any link.
    await expect(page).toHaveURL(/#\/step\/peer-config/);
    await pasteAndAnalyse(page, seed.peer, s.lang);
    await expect(page.locator('[data-step="peer-config"] [data-next-action]')).toBeInViewport();
    await page.locator('[data-step="peer-config"] [data-next-action]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/diagnosis/);
    await expect(page.locator('main h1')).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/diagnosis/);
  });
}
