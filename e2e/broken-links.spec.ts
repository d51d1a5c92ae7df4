import { expect, openApp, test } from './fixtures';

// Damaged or hostile links must give a clear page that still lets the user start; never a blank
// page, never script execution.
const damaged: Record<string, string> = {
  empty: '',
  'not base64': '!!!***',
  truncated: 'AQ',
  'random bytes': 'q83vEjRWeJq83vEjRWeJq83vEjRWeJ',
  'script tag': '<script>window.__pwned=1</script>',
  'javascript url': 'javascript:alert(1)',
  'huge payload': 'A'.repeat(300_000),
  'unknown version': 'ZZZZZZZZ',
};

for (const [name, payload] of Object.entries(damaged)) {
  test(`a damaged link (${name}) shows a clear message and a way to start`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as { __pwned?: number }).__pwned = 0;
    });
    await openApp(page, 'en-US', `#/step/ping?s=${encodeURIComponent(payload)}`);
    const alert = page.locator('[data-link-error]');
    if (name === 'empty') {
      // An empty `s` is no state at all: the step page opens normally.
      await expect(page.locator('main')).toBeVisible();
    } else {
      await expect(alert).toBeVisible();
      await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible();
      await page.getByRole('button', { name: 'Start a new incident' }).click();
      await expect(page.getByRole('button', { name: 'Load example incident' })).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0);
    expect(errors).toEqual([]);
  });
}
