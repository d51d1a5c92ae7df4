/**
 * The report's redaction option: with it ticked, the Markdown and JSON exports (and the page)
 * hold stand-ins instead of the incident's addresses, device names and descriptions, and reach
 * the same diagnosis; secrets are removed from every export, ticked or not.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, pasteAndAnalyse, seed, test, type Lang } from './fixtures';
import { encodeState } from '../src/domain/share/share-codec';
import type { WizardState } from '../src/domain/wizard-state';

const seedState: WizardState = {
  pastes: [seed.farm, seed.pingLoss, seed.pingOk, seed.session, seed.reth, seed.lag, seed.peer].map(
    (text, i) => ({
      step: (['farm-status', 'ping', 'ping', 'session', 'reth', 'lag', 'peer-config'] as const)[i]!,
      text,
      at: Date.UTC(2024, 4, 20, 6, i, 0),
    }),
  ),
  answers: {},
  server: null,
  farm: null,
};

/** What the seed incident must not show once redacted: its addresses, device names, descriptions. */
const identifiers = [
  '10.197.44.200',
  '10.197.44.201',
  '10.197.0.122',
  'L5030',
  'GZ-HXY-G160201-V07-L5000S-L-01',
  'GZ-HXY-G160201-V07-H5030',
  'output-int',
];

const labels = {
  'en-US': {
    redact: 'Redact addresses, names and descriptions',
    markdown: 'Download Markdown',
    json: 'Download JSON (whole run)',
  },
  'zh-CN': {
    redact: '脱敏：替换地址、名称和描述',
    markdown: '下载 Markdown',
    json: '下载 JSON（完整过程）',
  },
} as const;

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** Markdown escapes punctuation (`10\.197`): read it as plain text. */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');

for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
  test(`with redaction ticked, the exports name no address or device of the incident (${lang})`, async ({
    page,
  }) => {
    const l = labels[lang];
    await openApp(page, lang, `#/report?s=${encodeState(seedState)}`);
    const report = page.locator('[data-report]');
    await expect(report).toHaveAttribute('data-diagnosis', 'lacp-mode-mismatch');

    const before = plain(await download(page, l.markdown));
    for (const id of identifiers.slice(0, 4)) expect(before).toContain(id);

    const redact = page.getByRole('checkbox', { name: l.redact });
    await expect(redact).not.toBeChecked();
    await redact.check();
    await expect(report).toHaveAttribute('data-redacted', 'true');
    await expect(report).toHaveAttribute('data-diagnosis', 'lacp-mode-mismatch');
    await expect(page.getByText('10.197.44.200')).toHaveCount(0);

    const md = plain(await download(page, l.markdown));
    for (const id of identifiers) expect(md).not.toContain(id);
    expect(md).toContain('10.0.0.1');
    expect(md).toMatch(/host-\d/);

    const json = await download(page, l.json);
    for (const id of identifiers) expect(json).not.toContain(id);
    const doc = JSON.parse(json) as { run: { diagnosis: { id: string } | null } };
    expect(doc.run.diagnosis?.id).toBe('lacp-mode-mismatch');

    // Unticked, the report is the incident's own again.
    await redact.uncheck();
    await expect(page.getByText('10.197.44.200').first()).toBeVisible();
  });
}

test('secrets pasted with the configuration are in no export, redacted or not', async ({
  page,
}) => {
  await openApp(page, 'en-US', `#/step/peer-config?s=${encodeState(seedState)}`);
  await pasteAndAnalyse(
    page,
    '#\n snmp-agent community read simple Publ1c-RO\n#\nlocal-user admin class manage\n password simple Adm1n@pass\n#\nreturn\n',
  );
  await page.goto('#/report');
  await expect(page.locator('[data-report]')).toHaveAttribute(
    'data-diagnosis',
    'lacp-mode-mismatch',
  );
  for (const ticked of [false, true]) {
    if (ticked) await page.getByRole('checkbox', { name: labels['en-US'].redact }).check();
    const exports = [
      await download(page, labels['en-US'].markdown),
      await download(page, labels['en-US'].json),
    ];
    for (const text of exports) {
      expect(text).not.toContain('Publ1c-RO');
      expect(text).not.toContain('Adm1n@pass');
    }
    expect(exports[1]).toContain('******');
  }
});
