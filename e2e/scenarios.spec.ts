import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openApp, pasteAndAnalyse, test, type Lang } from './fixtures';

// Whole incidents from src/domain/scenarios, walked in the browser the way an engineer would:
// paste each output on its step, analyse, answer the yes/no questions the scenario answers, and
// follow the page's own "Go to" link, which must lead to the step of the next file.

const scenariosDir = fileURLToPath(new URL('../src/domain/scenarios/', import.meta.url));
const seedDir = fileURLToPath(new URL('../src/features/wizard/example-incident/', import.meta.url));

interface Scenario {
  /** Consecutive files of one step, in paste order. */
  groups: { step: string; texts: string[] }[];
  answers: Record<string, 'yes' | 'no'>;
  expected: { path: string[]; diagnosis: string };
}

// `04-session.txt`
const PASTE_FILE = /^(\d{2})-([a-z-]+)\.txt$/;

function loadScenario(name: string): Scenario {
  const dir = `${scenariosDir}${name}/`;
  const groups: Scenario['groups'] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = PASTE_FILE.exec(file);
    if (!m) continue;
    const step = m[2]!;
    const text = readFileSync(`${dir}${file}`, 'utf8');
    const last = groups[groups.length - 1];
    if (last && last.step === step) last.texts.push(text);
    else groups.push({ step, texts: [text] });
  }
  const answers = existsSync(`${dir}answers.json`)
    ? (JSON.parse(readFileSync(`${dir}answers.json`, 'utf8')) as Scenario['answers'])
    : {};
  const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Scenario['expected'];
  return { groups, answers, expected };
}

const words = {
  'en-US': {
    start: 'Start with the server farm',
    next: /^Go to:/,
    diagnosis: /^See the diagnosis/,
    yes: 'Yes',
    no: 'No',
    fix: 'Fix',
    known: 'What is known so far',
  },
  'zh-CN': {
    start: '从实服务组状态开始',
    next: /^前往：/,
    diagnosis: /^查看诊断结论/,
    yes: '是',
    no: '否',
    fix: '修复',
    known: '目前已知',
  },
} as const;

async function walk(page: Page, name: string, lang: Lang): Promise<void> {
  const s = loadScenario(name);
  const w = words[lang];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The files are named after the steps the engine is expected to take.
  expect(s.groups.map((g) => g.step)).toEqual(s.expected.path);

  await openApp(page, lang);
  await page.getByRole('link', { name: w.start }).click();
  const answered = new Set<string>();
  for (const [i, group] of s.groups.entries()) {
    const stepRoot = page.locator(`[data-step="${group.step}"]`);
    await expect(stepRoot).toBeVisible();
    for (const [k, text] of group.texts.entries()) {
      await pasteAndAnalyse(page, text, lang);
      await expect(stepRoot.locator('[data-paste]')).toHaveCount(k + 1);
    }
    for (const [id, answer] of Object.entries(s.answers)) {
      const question = page.locator(`[data-question="${id}"]`);
      if ((await question.count()) === 0) continue;
      await question
        .getByRole('radio', { name: answer === 'yes' ? w.yes : w.no, exact: true })
        .check();
      await expect(
        question.getByRole('radio', { name: answer === 'yes' ? w.yes : w.no, exact: true }),
      ).toBeChecked();
      answered.add(id);
    }
    const next = s.groups[i + 1];
    if (next) {
      const link = page.getByRole('link', { name: w.next });
      await expect(link).toHaveAttribute('href', new RegExp(`/step/${next.step}$`));
      await link.click();
    } else {
      await page.getByRole('link', { name: w.diagnosis }).click();
    }
  }
  // Every answer the scenario gives was asked on some page.
  expect([...answered].sort()).toEqual(Object.keys(s.answers).sort());

  const diagnosis = page.locator(`[data-diagnosis="${s.expected.diagnosis}"]`);
  await expect(diagnosis).toBeVisible();
  // A diagnosis always tells the user what to do: a fix, or what is known and what to run next.
  const guidance = diagnosis.getByRole('heading', { name: new RegExp(`^(${w.fix}|${w.known})$`) });
  await expect(guidance.first()).toBeVisible();
  expect(errors).toEqual([]);
}

const walks: [string, Lang][] = [
  ['server-port-closed--service-stopped-rst', 'en-US'],
  ['reth-member-inactive--preferred-member-inactive-after-switchover', 'zh-CN'],
  ['lag-member-unselected--peer-member-vlan-permit-differs', 'en-US'],
  ['server-no-reply--lag-all-selected-asymmetric-return', 'en-US'],
  ['lacp-mode-mismatch--lb-static-switch-dynamic', 'en-US'],
  ['lacp-mode-mismatch--reth-display-ragg-subinterface', 'zh-CN'],
  ['inconclusive--static-both-ends-member-unselected', 'en-US'],
  ['vpn-instance-mismatch--template-copied-from-mgmt', 'en-US'],
  ['real-server-shutdown--farm-left-shut-after-maintenance', 'zh-CN'],
  ['lag-cross-connected--ragg-members-on-two-switches', 'en-US'],
  ['lag-member-faulty--flapping-sfp-terminal-logging', 'zh-CN'],
  ['arp-unresolved--server-port-moved-to-other-vlan', 'en-US'],
  ['path-mtu-blackhole--gre-ipsec-1400-icmp-filtered', 'zh-CN'],
  ['probe-tls-failure--no-sni-default-self-signed-cert', 'en-US'],
  ['probe-timeout-too-short--lan-template-on-satellite-site', 'zh-CN'],
  ['server-port-closed--action-pasted-first-session-copy-cut', 'en-US'],
  ['inconclusive--http-handshake-only-large-pings-pass', 'zh-CN'],
];

for (const [name, lang] of walks) {
  test(`walks scenario ${name} to its diagnosis (${lang})`, async ({ page }) => {
    await walk(page, name, lang);
  });
}

/**
 * The seed outputs as one terminal session: outputs that were saved without their command line
 * get the prompt and command the engineer typed, as a copy of the whole scroll-back would have.
 */
function seedSession(): string {
  const typed: Record<string, string> = {
    '04-interface-reth2-config.txt': '[L5030]display current-configuration interface Reth2',
    '05-link-aggregation-verbose-ra1.txt':
      '[L5030]display link-aggregation verbose Route-Aggregation1',
    '06-lb-route-aggregation1-config.txt':
      '[L5030]display current-configuration interface Route-Aggregation1',
    '07-switch-bridge-aggregation33-config.txt':
      '<GZ-HXY-G160201-V07-H5030>display current-configuration interface Bridge-Aggregation33',
  };
  const parts: string[] = [];
  for (const file of readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(`${seedDir}${file}`, 'utf8').replace(/\s+$/, '');
    const prompt = typed[file];
    parts.push(prompt ? `${prompt}\n${text}` : text);
  }
  return `${parts.join('\n')}\n<GZ-HXY-G160201-V07-H5030>\n`;
}

test('pasting all outputs into the first box sorts them into their steps and reaches the diagnosis', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await page.getByRole('textbox', { name: 'All the outputs you collected' }).fill(seedSession());
  await page.getByRole('button', { name: 'Analyse' }).click();
  // The pastes complete the run: straight to the verdict, which says what was filed where.
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  const summary = page.locator('[data-sort-summary]');
  await expect(summary.locator('[data-filed-step]')).toHaveCount(6);
  await expect(summary.locator('[data-filed-step="ping"]')).toContainText('ping, ping');

  const nav = page.getByRole('navigation', { name: /Steps/ });
  const perStep: [string, number][] = [
    ['farm-status', 1],
    ['ping', 2],
    ['session', 1],
    ['reth', 1],
    ['lag', 1],
    ['peer-config', 2],
  ];
  for (const [step, count] of perStep) {
    await nav.locator(`a[href$="/step/${step}"]`).click();
    await expect(page.locator(`[data-step="${step}"] [data-paste]`)).toHaveCount(count);
  }
  await nav.getByRole('link', { name: /Diagnosis/ }).click();
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  expect(errors).toEqual([]);
});
