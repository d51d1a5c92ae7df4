import type { Page } from '@playwright/test';
import { expect, openApp, seed, test } from './fixtures';

/** Tabs until the focused element (of the given tag, if any) matches, failing after `max` presses. */
async function tabTo(page: Page, accessibleName: RegExp, tag?: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      if (wanted && el.tagName !== wanted) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      if (el.id) {
        const label = document.querySelector(`label[for="${el.id}"]`);
        if (label) return label.textContent ?? '';
      }
      return el.textContent ?? '';
    }, tag ?? null);
    if (accessibleName.test(name)) return;
  }
  throw new Error(`could not reach ${accessibleName} with Tab`);
}

async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  // A finished step offers a button for another paste; Enter on it opens the box, focused.
  await tabTo(page, /Output of the command|Paste another output/);
  if (await page.evaluate(() => document.activeElement?.tagName === 'BUTTON'))
    await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'TEXTAREA');
  // insertText is what a clipboard paste does to a focused textarea.
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
}

test('walks the seed incident with the keyboard only', async ({ page }) => {
  await openApp(page);
  await tabTo(page, /Start with the server farm/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
  const steps: [string, string[]][] = [
    ['farm-status', [seed.farm]],
    ['ping', [seed.pingLoss, seed.pingOk]],
    ['session', [seed.session]],
    ['reth', [seed.reth]],
    ['lag', [seed.lag]],
    ['peer-config', [seed.peer]],
  ];
  for (const [step, texts] of steps) {
    await expect(page.locator(`[data-step="${step}"]`)).toBeVisible();
    for (const text of texts) {
      await pasteWithKeyboard(page, text);
      await expect(page.locator(`[data-step="${step}"] [data-paste]`)).toHaveCount(
        texts.indexOf(text) + 1,
      );
    }
    await page.keyboard.press('Alt+ArrowRight');
  }
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft').catch(() => undefined);
});

test('? opens the shortcut help and Escape closes it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
