import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const seedDir = fileURLToPath(new URL('../src/features/wizard/example-incident/', import.meta.url));

export const seed = {
  farm: readFileSync(`${seedDir}01-display-server-farm.txt`, 'utf8'),
  pingLoss: readFileSync(`${seedDir}02-ping-10.197.44.200-loss.txt`, 'utf8'),
  pingOk: readFileSync(`${seedDir}02-ping-10.197.44.201-ok.txt`, 'utf8'),
  session: readFileSync(`${seedDir}03-session-table-10.197.44.201-verbose.txt`, 'utf8'),
  reth: readFileSync(`${seedDir}04-interface-reth2-config.txt`, 'utf8'),
  lag: readFileSync(`${seedDir}05-link-aggregation-verbose-ra1.txt`, 'utf8'),
  peer: readFileSync(`${seedDir}07-switch-bridge-aggregation33-config.txt`, 'utf8'),
};

export type Lang = 'en-US' | 'zh-CN';

/** Opens the app with a chosen UI language, as a returning user whose choice was remembered. */
export async function openApp(page: Page, lang: Lang = 'en-US', hash = '#/'): Promise<void> {
  await page.addInitScript((l) => {
    if (!window.localStorage.getItem('slb-wizard:prefs:v1'))
      window.localStorage.setItem(
        'slb-wizard:prefs:v1',
        JSON.stringify({ lang: l, theme: 'light' }),
      );
  }, lang);
  await page.goto(hash);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/**
 * Pastes into the current step's paste box and analyses, as a user would (fill = paste). Scoped to
 * the step named in the URL, so a paste never lands on the page being navigated away from, and it
 * waits until the paste shows as analysed.
 */
export async function pasteAndAnalyse(
  page: Page,
  text: string,
  lang: Lang = 'en-US',
): Promise<void> {
  const step = /#\/step\/([a-z-]+)/.exec(page.url())?.[1];
  const scope = step ? page.locator(`[data-step="${step}"]`) : page.locator('main');
  await expect(scope).toBeVisible();
  const before = await scope.locator('[data-paste]').count();
  // A finished step shows a button, not an empty box, for another paste.
  const another = scope.locator('[data-paste-another]');
  if (await another.isVisible()) await another.click();
  const box = scope
    .getByRole('textbox', {
      name:
        lang === 'en-US' ? /Output of the command|Paste another output/ : /命令输出|再粘贴一段输出/,
    })
    .last();
  await box.fill(text);
  await scope
    .getByRole('button', { name: lang === 'en-US' ? 'Analyse' : '分析' })
    .last()
    .click();
  if (step) await expect(scope.locator('[data-paste]')).toHaveCount(before + 1);
}

export const test = base;
export { expect };
