/**
 * "The 3 a.m. screen" (#16), at a laptop's 1440×900 and a phone's 390×844: fixes that are safe to
 * run, evidence coloured by what it proves, step n of m and skipping a step, the summary after
 * pasting everything, no empty box under a finished step, the session table whole at 1,440 px,
 * and a state too large for a link. axe stays at 0 on the new parts.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';
import type { Page } from '@playwright/test';

const viewports = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function loadExample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await expect(page.locator('[data-step="farm-status"]')).toBeVisible();
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    const s = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('s');
    window.location.hash = `${h.slice(1)}${s ? `?s=${s}` : ''}`;
  }, hash);
  await expect(page.locator('main h1').first()).toBeVisible();
}

async function noAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

for (const vp of viewports) {
  test.describe(`at ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('fixes are safe to run: save at the end, change window, a look before and a check after', async ({
      page,
    }) => {
      await loadExample(page);
      await go(page, '#/diagnosis');
      const fix = page.locator('[data-cli-block]').first();
      await expect(fix.locator('[data-change-window]')).toContainText('change window');
      await expect(fix.locator('[data-check="beforeRun"]')).toContainText(
        'display link-aggregation verbose Route-Aggregation1',
      );
      await expect(fix.locator('pre')).toContainText(
        /link-aggregation mode dynamic\s+return\s+save force$/,
      );
      await expect(fix.locator('[data-check="afterRun"]')).toContainText('Bridge-Aggregation33');
      await expect(fix.getByRole('button', { name: /Copy: Peer switch/ })).toBeVisible();
      await noAxeViolations(page);
    });

    test('no copy button copies a placeholder; the block says what to fill in', async ({
      page,
    }) => {
      await openApp(page);
      await page.getByRole('link', { name: 'Start with the server farm' }).click();
      for (const [step, text] of [
        ['farm-status', seed.farm],
        ['ping', seed.pingLoss],
      ] as const) {
        await expect(page.locator(`[data-step="${step}"]`)).toBeVisible();
        await pasteAndAnalyse(page, text);
        if (step === 'farm-status') await page.getByRole('link', { name: /Go to:/ }).click();
      }
      // The ping step now names the server; the session command is complete and copyable.
      await page.getByRole('link', { name: /Go to:/ }).click();
      const session = page.locator('[data-step="session"]');
      await expect(
        session.getByRole('button', { name: /^Copy: display session table/ }),
      ).toBeVisible();
      // Skip the session: the next step's commands still hold placeholders, which are not copyable.
      await session.getByRole('button', { name: 'I cannot run this here' }).click();
      await expect(page.locator('nav [data-step-state="skipped"]')).toContainText('Probe session');
      await expect(session.locator('[data-skipped-note]')).toBeVisible();
      await expect(session.locator('[data-progress]')).toHaveText(
        /Step 3 of (up to )?\d+ on this path/,
      );
      await page.getByRole('link', { name: /Go to:/ }).click();
      const next = page.locator('[data-step]');
      const fillIn = next.locator('[data-fill-in]');
      if ((await fillIn.count()) > 0) {
        await expect(fillIn.first()).toContainText('Fill in <');
        for (const c of await next.getByRole('button', { name: /^Copy: / }).all())
          expect(await c.getAttribute('aria-label')).not.toMatch(/<[A-Za-z][\w./:-]*>/);
      }
      await noAxeViolations(page);
      // Un-skipping brings the session step back to waiting.
      await page
        .getByRole('navigation', { name: /Steps/ })
        .locator('a[href$="/step/session"]')
        .click();
      await page.getByRole('button', { name: 'I can run it after all' }).click();
      await expect(page.locator('nav [data-step-state="waiting"]')).toContainText('Probe session');
    });

    test('evidence is coloured by what it proves; a citation names the command and flashes its line', async ({
      page,
    }) => {
      await loadExample(page);
      await go(page, '#/step/lag');
      const step = page.locator('[data-step="lag"]');
      await expect(step.locator('[data-progress]')).toHaveText('Step 5 of 6 on this path');
      await expect(step.locator('[data-paste] h3')).toContainText(
        'display link-aggregation verbose',
      );
      await expect(step.locator('[data-line="9"]')).toHaveAttribute('data-severity', 'problem');
      await expect(step.locator('[data-line="2"]')).toHaveAttribute('data-severity', 'info');
      await expect(step.locator('[data-line="8"]')).toHaveAttribute('data-severity', 'ok');
      // The page itself never scrolls sideways (the step list scrolls in its own row on a phone).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        vp.width,
      );
      // A mark beside the colour, not colour alone.
      await expect(step.locator('[data-line="9"]')).toContainText('■');
      await step
        .locator('[data-finding^="lag-no-lacp-partner"]')
        .getByRole('link', { name: 'line 9' })
        .click();
      const line = step.locator('[data-line="9"]');
      await expect(line).toHaveClass(/line-flash/);
      await expect(line).toBeFocused();
      await expect(line).toBeInViewport();
      // A finished step shows a button for another paste, not an empty box.
      await expect(step.getByRole('textbox', { name: /Paste another output/ })).toHaveCount(0);
      await step.locator('[data-paste-another]').click();
      await expect(step.getByRole('textbox', { name: /Paste another output/ })).toBeFocused();
    });

    test('the session table shows every column', async ({ page }) => {
      await loadExample(page);
      await go(page, '#/step/session');
      const table = page.locator('[data-step="session"] table').first();
      await expect(table).toBeVisible();
      const cut = await table.evaluate((t) => {
        const box = t.parentElement!;
        return box.scrollWidth - box.clientWidth;
      });
      // At 1,440 px nothing is cut; a phone scrolls the table inside its own box.
      if (vp.width >= 1440) expect(cut).toBeLessThanOrEqual(0);
      else await expect(table.locator('th').last()).toHaveText('Line');
    });

    test('pasting everything says what was filed where, and what was not understood', async ({
      page,
    }) => {
      await openApp(page);
      const junk = '<LB-1>display clock\n10:42:07.113 UTC Fri 12/04/2026';
      const all = [seed.farm, seed.pingLoss, seed.pingOk, junk].join('\n');
      await page.getByRole('textbox', { name: 'All the outputs you collected' }).fill(all);
      await page.getByRole('button', { name: 'Analyse' }).click();
      // The first step still missing its output is the session.
      await expect(page.locator('[data-step="session"]')).toBeVisible();
      const summary = page.locator('[data-sort-summary]');
      await expect(summary.locator('[data-filed-step="farm-status"]')).toContainText(
        'display server-farm',
      );
      await expect(summary.locator('[data-filed-step="ping"]')).toContainText('ping, ping');
      await expect(summary.locator('[data-not-understood]')).toContainText('display clock');
      await noAxeViolations(page);
      await summary.getByRole('button', { name: 'Close' }).click();
      await expect(summary).toHaveCount(0);
    });

    test('a state too large for a link gets a dialog offering the report and the incident file', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await openApp(page);
      await page.getByRole('link', { name: 'Start with the server farm' }).click();
      // Over the 1,000,000 characters one paste may take in a link.
      const big = `${seed.farm}\n${'! padding line that is not Comware output\n'.repeat(26_000)}`;
      // Pasted through the clipboard, as an engineer would: typing a megabyte takes minutes.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate((t) => navigator.clipboard.writeText(t), big);
      const step = page.locator('[data-step="farm-status"]');
      await step.getByRole('textbox', { name: /Output of the command/ }).focus();
      await page.keyboard.press('ControlOrMeta+V');
      await step.getByRole('button', { name: 'Analyse' }).click();
      await expect(step.locator('[data-paste]')).toHaveCount(1, { timeout: 60_000 });
      await page.getByRole('button', { name: 'Copy link' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('[data-share-too-large]')).toBeVisible();
      await expect(dialog.getByRole('heading')).toHaveText('This incident is too large for a link');
      await expect(dialog).toContainText(/\d+(\.\d)? MB of text/);
      await expect(dialog.getByRole('link', { name: 'Open the report' })).toHaveAttribute(
        'href',
        /#\/report/,
      );
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Download the incident file' }).click();
      expect((await download).suggestedFilename()).toMatch(
        /^incident-\d{4}-\d{2}-\d{2}\.slb-incidents\.json$/,
      );
      await expect(
        dialog.getByRole('button', { name: 'Copy the report (Markdown)' }),
      ).toBeVisible();
      await noAxeViolations(page);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  });
}
