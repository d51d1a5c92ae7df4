/**
 * The verify loop (#17) as an engineer walks it: the seed incident to its diagnosis, then the
 * verification output re-run after the fix pasted on the verify step, the verdict, the incident
 * details for the ticket, the report printed to PDF, and the whole thing surviving a reload.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

const afterFix = fileURLToPath(
  new URL('../src/domain/scenarios/lacp-mode-mismatch--seed-l5030/after-fix/', import.meta.url),
);
const read = (outcome: string, file: string) =>
  readFileSync(`${afterFix}${outcome}/${file}`, 'utf8');

async function toVerifyStep(page: import('@playwright/test').Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example incident' }).click();
  await page.getByRole('link', { name: /Diagnosis/ }).click();
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  await page
    .getByRole('region', { name: 'Verify the fix' })
    .getByRole('link', { name: 'Verify the fix' })
    .click();
  await expect(page.locator('[data-step="verify"]')).toBeVisible();
}

async function pasteAfterFix(page: import('@playwright/test').Page, text: string): Promise<void> {
  const scope = page.locator('[data-step="verify"]');
  await scope
    .getByRole('textbox', { name: /Output after the fix|Another output after the fix/ })
    .fill(text);
  await scope.getByRole('button', { name: 'Analyse' }).click();
}

test('walks the seed incident through the fix to "resolved" and prints the report', async ({
  page,
}, info) => {
  await toVerifyStep(page);
  const verify = page.locator('[data-step="verify"]');
  // The verification commands of the diagnosis, filled in.
  await expect(
    verify.getByText('display link-aggregation verbose Route-Aggregation1', { exact: true }),
  ).toBeVisible();

  await pasteAfterFix(page, read('resolved', '01-verify.txt'));
  await expect(verify.locator('[data-resolution="resolved"]')).toBeVisible();
  const row = verify.locator('[data-before-after] tr', {
    hasText: 'XGE1/1/1 in Route-Aggregation1',
  });
  await expect(row).toContainText('Unselected (U)');
  await expect(row).toContainText('Selected (S)');
  await expect(row).toContainText('fixed');

  await pasteAfterFix(page, read('resolved', '04-verify.txt'));
  await expect(
    verify.locator('[data-before-after] tr', { hasText: 'test1 (10.197.44.200) in test-01' }),
  ).toContainText('Active');
  await expect(verify.locator('[data-resolution="resolved"]')).toBeVisible();

  // The ticket's details, on the report page.
  await verify.getByRole('link', { name: 'Open the report' }).click();
  const report = page.locator('[data-report]');
  await expect(report.locator('[data-resolution="resolved"]')).toBeVisible();
  const ticket = page.getByRole('textbox', { name: 'Ticket' });
  await ticket.fill('INC-2023-0625-17');
  await ticket.press('Enter');
  const engineer = page.getByRole('textbox', { name: 'Engineer' });
  await engineer.fill('Li Wei');
  await engineer.blur();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('INC-2023-0625-17');
  await expect(page).toHaveTitle(/^test-01-lacp-mode-mismatch-\d{4}-\d{2}-\d{2}$/);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = info.outputPath('verified-report.pdf');
  writeFileSync(file, pdf);
  const firstPage = execFileSync(
    'pdftotext',
    ['-f', '1', '-l', '1', '-layout', '-enc', 'UTF-8', file, '-'],
    {
      encoding: 'utf8',
    },
  ).replace(/\s+/g, ' ');
  // The first page reads as the summary: what broke, why, what was done, verified.
  expect(firstPage).toContain('INC-2023-0625-17');
  expect(firstPage).toContain('What broke');
  expect(firstPage).toContain('LACP mode mismatch');
  expect(firstPage).toMatch(/Verified resolved: What was wrong is now right/);
  expect(firstPage).toContain('Li Wei');
  const all = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(all).toContain('Verification after the fix (resolved)');
  expect(all).toMatch(/XGE1\/1\/1 in Route-Aggregation1 Unselected \(U\) Selected \(S\) fixed/);
  expect(all).toContain('What was pasted and decided');
  // The form stays on screen.
  expect(all).not.toContain('Incident details');

  // Everything is in the state: a reload (URL and storage) gives the same verdict and details.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.locator('[data-report] [data-resolution="resolved"]')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ticket' })).toHaveValue('INC-2023-0625-17');
  expect(page.url()).toMatch(/[?&]s=3\./);
});

test('says "not resolved", naming XGE1/1/1, when it is still Unselected after the fix', async ({
  page,
}) => {
  await toVerifyStep(page);
  await pasteAfterFix(page, read('not-resolved', '01-verify.txt'));
  const verdict = page.locator('[data-step="verify"] [data-resolution="not-resolved"]');
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText('XGE1/1/1 in Route-Aggregation1: Unselected (U)');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on the verify page with its verdict (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await toVerifyStep(page);
    await pasteAfterFix(page, read('resolved', '01-verify.txt'));
    await expect(page.locator('[data-step="verify"] [data-resolution="resolved"]')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}
