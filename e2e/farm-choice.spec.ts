/**
 * A paste of `display server-farm` with several farms: one healthy, one with 0 active (both
 * Probe-failed), one with 2 of 3 active. The wizard must ask which farm to follow before anything
 * else, give no diagnosis meanwhile, write the next commands for the chosen farm's servers only,
 * and keep the choice through a shared link and a reload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeState } from '../src/domain/share/share-codec';
import { expect, openApp, pasteAndAnalyse, test, type Lang } from './fixtures';

const threeFarms = readFileSync(
  fileURLToPath(new URL('../src/testing/three-farms.txt', import.meta.url)),
  'utf8',
);

const words = {
  'en-US': {
    start: 'Start with the server farm',
    chooseHeading: 'Choose the server farm to follow',
    question: 'Which server farm should the wizard follow?',
    healthy: 'Healthy',
    failing: 'Failing',
    portal: /^sf-portal Healthy 2\/2 Active$/,
    app: /^sf-app Failing 0\/2 Active \(2 Probe-failed\)$/,
    api: /^sf-api Failing 2\/3 Active \(1 Probe-failed\)$/,
    waitNext: 'Choose the server farm to follow at the top of this page to continue.',
    following: 'Following server farm sf-app',
    why: 'Why this one: You chose it.',
    continue: 'Continue to “Ping the real servers”',
    goTo: /^Go to:/,
    copyLink: 'Copy link',
    share: 'Share this incident',
    diagnosis: 'Diagnosis',
  },
  'zh-CN': {
    start: '从实服务组状态开始',
    chooseHeading: '请选择要排查的实服务组',
    question: '向导要排查哪个实服务组？',
    healthy: '正常',
    failing: '故障',
    portal: /^sf-portal 正常 可用 2\/2$/,
    app: /^sf-app 故障 可用 0\/2（探测失败 2 台）$/,
    api: /^sf-api 故障 可用 2\/3（探测失败 1 台）$/,
    waitNext: '请在本页顶部选择要排查的实服务组后继续。',
    following: '正在排查实服务组 sf-app',
    why: '选择原因：由你选定。',
    continue: '继续：Ping 实服务器',
    goTo: /^前往：/,
    copyLink: '复制链接',
    share: '分享本次排查',
    diagnosis: '诊断结论',
  },
} as const;

/** The ping commands the page asks for: sf-app's two servers, nothing of the other farms. */
const sfAppPings = ['ping -vpn-instance HLW 10.197.44.200', 'ping -vpn-instance HLW 10.197.44.201'];

async function commandsOn(page: Page, step: string): Promise<string[]> {
  return page.locator(`[data-step="${step}"] [data-command]`).allInnerTexts();
}

for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
  const w = words[lang];

  test(`several failing farms: the farm chooser comes first, the choice drives the next step and survives a link and a reload (${lang})`, async ({
    page,
    browser,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, lang);
    await page.getByRole('link', { name: w.start }).click();
    await pasteAndAnalyse(page, threeFarms, lang);

    // The first thing after the step title: the question, in view without scrolling.
    const step = page.locator('[data-step="farm-status"]');
    await page.evaluate(() => window.scrollTo(0, 0));
    const heading = step.getByRole('heading', { name: w.chooseHeading });
    await expect(heading).toBeInViewport();
    const h2s = await step.locator('h2').allInnerTexts();
    expect(h2s[0]).toContain(w.chooseHeading);
    const group = step.getByRole('group', { name: w.question });
    await expect(group).toBeVisible();
    await expect(group.getByRole('radio')).toHaveCount(3);
    await expect(group.getByRole('radio', { name: w.portal })).not.toBeChecked();
    await expect(group.getByRole('radio', { name: w.app })).not.toBeChecked();
    await expect(group.getByRole('radio', { name: w.api })).not.toBeChecked();
    for (const name of [w.app, w.api, w.portal])
      await expect(group.getByRole('radio', { name })).toBeInViewport();
    // No diagnosis while the run waits; the Next box says what it waits for.
    await expect(page.locator('[data-diagnosis]')).toHaveCount(0);
    await expect(
      page.getByRole('navigation').getByRole('link', { name: new RegExp(w.diagnosis) }),
    ).toHaveCount(0);
    await expect(step.getByText(w.waitNext)).toBeVisible();
    await expect(page.getByRole('link', { name: w.goTo })).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // On a phone the question is on the first screen too.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(heading).toBeInViewport();
    await page.setViewportSize({ width: 1440, height: 900 });

    // Choose with the keyboard: arrows move through the farms and choose; the box stays where it
    // is, so the focus stays on the radio just chosen while the page below it changes.
    await group.getByRole('radio', { name: w.portal }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: w.app })).toBeChecked();
    await expect(group.getByRole('radio', { name: w.app })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: w.api })).toBeChecked();
    await expect(group.getByRole('radio', { name: w.api })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(group.getByRole('radio', { name: w.app })).toBeFocused();
    // The box now says which and why, and offers to go on.
    await group.getByRole('radio', { name: w.app }).check();
    await expect(step.getByRole('heading', { name: w.following })).toBeVisible();
    await expect(step.getByText(w.why)).toBeVisible();
    await expect(group.getByRole('radio', { name: w.app })).toBeChecked();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await step.getByRole('link', { name: w.continue }).click();

    // The ping step asks for sf-app's servers only.
    await expect(page.locator('[data-step="ping"]')).toBeVisible();
    expect(await commandsOn(page, 'ping')).toEqual(sfAppPings);

    // The choice is in the link: a colleague opening it sees the same farm followed.
    await page.getByRole('button', { name: w.copyLink }).click();
    const dialog = page.getByRole('dialog', { name: w.share });
    const url = await dialog.getByRole('textbox').inputValue();
    expect(url).toContain('#/step/ping?s=');
    const payload = new URL(url).hash.split('?s=')[1] ?? '';
    const decoded = decodeState(payload);
    expect(decoded.ok && decoded.state.farm).toBe('sf-app');
    await page.keyboard.press('Escape');

    const colleague = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const other = await colleague.newPage();
    await other.addInitScript(
      (l) =>
        window.localStorage.setItem(
          'slb-wizard:prefs:v1',
          JSON.stringify({ lang: l, theme: 'light' }),
        ),
      lang,
    );
    await other.goto(url);
    await expect(other.locator('[data-step="ping"]')).toBeVisible();
    expect(await commandsOn(other, 'ping')).toEqual(sfAppPings);
    await other.goto(url.replace('#/step/ping', '#/step/farm-status'));
    await expect(
      other.getByRole('group', { name: w.question }).getByRole('radio', { name: w.app }),
    ).toBeChecked();
    await colleague.close();

    // And after a reload (the URL and localStorage both hold it).
    await page.reload();
    await expect(page.locator('[data-step="ping"]')).toBeVisible();
    expect(await commandsOn(page, 'ping')).toEqual(sfAppPings);
    await page.goto(page.url().replace('#/step/ping', '#/step/farm-status').split('?')[0]!);
    await expect(
      page.getByRole('group', { name: w.question }).getByRole('radio', { name: w.app }),
    ).toBeChecked();
    expect(errors).toEqual([]);
  });
}
