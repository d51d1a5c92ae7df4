/**
 * Invisible characters in a paste: a zero-width space inside `XGE1/1/1` must not change the
 * diagnosis (the parsers remove it and say where), and a bidi override in a farm name is drawn as a
 * visible mark, never reordering what follows it, nor copied into a command.
 */
import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';

test('a zero-width space inside a member name changes nothing but a note', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
  // Replace the aggregate's paste with one whose XGE1/1/1 rows carry U+200B and U+FEFF.
  const mangled = seed.lag.replace(/XGE1\/1\/1/g, 'XGE1/1/\u200B1\uFEFF');
  expect(mangled).not.toBe(seed.lag);
  await page.goto('#/step/lag');
  const step = page.locator('[data-step="lag"]');
  await step.getByRole('button', { name: 'Edit' }).first().click();
  await step.getByRole('textbox', { name: /Output of the command/ }).fill(mangled);
  await step.getByRole('button', { name: 'Analyse' }).first().click();
  await expect(step.getByText('XGE1/1/1 is Unselected', { exact: false }).first()).toBeVisible();
  // The paste says which lines lost invisible characters.
  await step
    .getByText(/lines not understood/)
    .first()
    .click();
  await expect(
    step.getByText(/Invisible characters \(U\+200B, U\+FEFF\) were removed/).first(),
  ).toBeVisible();
  await page.goto('#/diagnosis');
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
});

test('a bidi override in a farm name is shown as a mark, never drawn', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Start with the server farm' }).click();
  await pasteAndAnalyse(page, seed.farm.replace(/test-01/g, 'test\u202E-01'));
  const step = page.locator('[data-step="farm-status"]');
  await expect(step.getByText('<U+202E>').first()).toBeVisible();
  // Nothing on the page draws the character itself.
  const drawn = await page
    .locator('main')
    .evaluate((m) => (m as HTMLElement).innerText.includes('\u202E'));
  expect(drawn).toBe(false);
});
