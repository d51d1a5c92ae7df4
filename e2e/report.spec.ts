/**
 * The report in print: rendered for the seed incident (both languages) and two other diagnoses,
 * printed to an A4 PDF with page.pdf(), and read back with poppler's pdftotext, so what is checked
 * is what lands on paper. What must be there comes from the report core (buildReport on the same
 * state), not from copies of strings here.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openApp, seed, test, type Lang } from './fixtures';
import { runWizard } from '../src/domain/graph/run-wizard';
import { buildReport, type ReportModel } from '../src/domain/report/report-model';
import { encodeState } from '../src/domain/share/share-codec';
import { isStepId, type Answer, type Paste, type WizardState } from '../src/domain/wizard-state';

const scenariosDir = fileURLToPath(new URL('../src/domain/scenarios/', import.meta.url));
const T0 = Date.UTC(2024, 4, 20, 6, 0, 0);

/** A scenario folder as the state an engineer would have built: its pastes in order, its answers. */
function scenarioState(name: string): WizardState {
  const dir = `${scenariosDir}${name}/`;
  const pastes: Paste[] = readdirSync(dir)
    .filter((f) => /^\d{2}-[a-z-]+\.txt$/.test(f))
    .sort()
    .map((f, i) => {
      const step = f.slice(3, -4);
      if (!isStepId(step)) throw new Error(`${name}/${f}: unknown step ${step}`);
      return { step, text: readFileSync(dir + f, 'utf8'), at: T0 + i * 90_000 };
    });
  let answers: Record<string, Answer> = {};
  try {
    answers = JSON.parse(readFileSync(`${dir}answers.json`, 'utf8')) as Record<string, Answer>;
  } catch {
    // most scenarios ask nothing
  }
  return { pastes, answers, server: null, farm: null };
}

/** The seed incident exactly as "Load example incident" builds it (same texts, same order). */
const seedState: WizardState = {
  pastes: [seed.farm, seed.pingLoss, seed.pingOk, seed.session, seed.reth, seed.lag, seed.peer].map(
    (text, i) => ({
      step: (['farm-status', 'ping', 'ping', 'session', 'reth', 'lag', 'peer-config'] as const)[i]!,
      text,
      at: T0 + i * 60_000,
    }),
  ),
  answers: {},
  server: null,
  farm: null,
};

const model = (state: WizardState, lang: Lang): ReportModel =>
  buildReport(state, runWizard(state), lang);
const norm = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();
// pdftotext spaces CJK text and symbols as the glyph positions suggest: compare without spaces.
const squash = (s: string) => s.replace(/`/g, '').replace(/\s+/g, '');

async function printToText(
  page: Page,
  info: TestInfo,
  name: string,
): Promise<{ text: string; pages: string[]; firstPage: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = info.outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  // -layout may interleave lines of different sizes side by side; this one keeps reading order.
  const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return { text, pages: text.split('\f'), firstPage };
}

/** Every finding's text, every quoted evidence line and every fix/rollback command is on paper. */
function expectReportOnPaper(text: string, pages: string[], m: ReportModel): void {
  const all = norm(text);
  expect(m.diagnosis).not.toBeNull();
  expect(all).toContain(norm(m.diagnosis!.title));
  expect(all).toContain(norm(m.labels.findings));
  for (const f of m.findings) {
    // A finding is never split across pages: its head and all its quoted lines share a page. (The
    // severity word keeps the diagnosis, which words its cause alike, from matching; the list
    // number and symbol are dropped, as pdftotext may put them amid a wrapped first line.)
    const head = squash(
      `${f.severityLabel} ${f.key ? `★ ${m.labels.ledToDiagnosis} ` : ''}${f.text}`,
    ).slice(0, 60);
    const page = pages
      .map((p) => squash(p.replace(/(^|\s)\d+\.\s*[■▲●✓]/g, '$1')))
      .find((p) => p.includes(head));
    expect(page, `finding "${head}" on some page`).toBeDefined();
    for (const e of f.evidence)
      for (const line of e.lines) {
        if (line.text === null || line.text.trim() === '') continue;
        expect(page, `line ${line.lineNo} of finding "${head}" on its page`).toContain(
          squash(line.text),
        );
      }
  }
  expect(m.fix.length).toBeGreaterThan(0);
  for (const b of [...m.fix, ...m.rollback])
    for (const c of b.commands) expect(all).toContain(norm(c));
  for (const v of m.verify) expect(all).toContain(norm(v.command));
  // Buttons and navigation stay on screen.
  expect(text).not.toContain('Copy as Markdown');
  expect(text).not.toContain('Load example incident');
}

for (const lang of ['en-US', 'zh-CN'] as const) {
  test(`seed incident report prints in ${lang} with diagnosis, evidence and fix`, async ({
    page,
  }, info) => {
    await openApp(page, lang);
    await page
      .getByRole('button', { name: lang === 'en-US' ? 'Load example incident' : '加载示例故障' })
      .click();
    await page
      .getByRole('link', { name: lang === 'en-US' ? 'Report' : '报告', exact: true })
      .first()
      .click();
    const root = page.locator('[data-diagnosis="lacp-mode-mismatch"]');
    await expect(root).toBeVisible();

    const m = model(seedState, lang);
    const { text, pages, firstPage } = await printToText(page, info, `seed-${lang}`);
    expectReportOnPaper(text, pages, m);

    // The cited lines of the issue, as they read in the device output.
    expect(text).toMatch(/XGE1\/1\/1\s+U\s+32768/);
    expect(text).toContain('Inbound interface: Reth2');
    expect(text).toContain('link-aggregation mode dynamic');
    // Page 1 carries the incident title and the date.
    // pdftotext orders mixed CJK/Latin runs of a large heading unpredictably: check each word.
    for (const word of m.title.split(/[\s：:]+/).filter(Boolean))
      expect(squash(firstPage)).toContain(word);
    expect(firstPage).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    // When each output was pasted (the app's own clock, so only the shape is known here).
    expect(text).toContain(lang === 'en-US' ? 'pasted 2' : '粘贴于 2');
    if (lang === 'zh-CN') {
      for (const heading of [
        '诊断',
        '排查路径',
        '发现',
        '修复',
        '回退',
        '验证',
        '附录：粘贴的输出',
      ])
        expect(text).toContain(heading);
      expect(text).not.toContain('Findings');
    } else {
      for (const heading of [
        'Diagnosis',
        'Path taken',
        'Findings',
        'Fix',
        'Rollback',
        'Verification',
        'Appendix: pasted outputs',
      ])
        expect(text).toContain(heading);
    }
  });
}

for (const scenario of [
  'server-port-closed--service-stopped-rst',
  'reth-member-inactive--preferred-member-inactive-after-switchover',
]) {
  test(`report for ${scenario} prints its diagnosis, evidence and fix`, async ({ page }, info) => {
    const state = scenarioState(scenario);
    const m = model(state, 'en-US');
    const expected = JSON.parse(
      readFileSync(`${scenariosDir}${scenario}/expected.json`, 'utf8'),
    ) as { diagnosis: string };
    expect(m.diagnosis?.id).toBe(expected.diagnosis);

    await openApp(page, 'en-US', `#/report?s=${encodeState(state)}`);
    await expect(page.locator(`[data-diagnosis="${expected.diagnosis}"]`)).toBeVisible();
    const { text, pages } = await printToText(page, info, scenario);
    expectReportOnPaper(text, pages, m);
    // Scenario pastes carry a time, and the report prints it (in the browser's zone, hence the shape).
    expect(text).toMatch(/pasted 2024-05-\d{2} \d{2}:\d{2}:\d{2} UTC/);
  });
}

test('a partial report says what is known so far and what to run next', async ({ page }, info) => {
  const state: WizardState = {
    pastes: [{ step: 'farm-status', text: seed.farm, at: T0 }],
    answers: {},
    server: null,
    farm: null,
  };
  const m = model(state, 'en-US');
  expect(m.status).toBe('partial');
  const next = m.current?.commands ?? [];
  expect(next.length).toBeGreaterThan(0);

  await openApp(page, 'en-US', `#/report?s=${encodeState(state)}`);
  const root = page.locator('[data-report][data-status="partial"]');
  await expect(root).toBeVisible();
  await expect(root).toHaveAttribute('data-diagnosis', 'none');
  await expect(root.locator('[data-known-so-far]')).toContainText('What is known so far');
  for (const c of next) await expect(root.locator('[data-next-step]')).toContainText(c.command);

  const { text } = await printToText(page, info, 'partial');
  expect(text).toContain('what is known so far');
  for (const c of next) expect(norm(text)).toContain(norm(c.command));
  for (const k of m.knownSoFar) expect(norm(text)).toContain(norm(k.text).slice(0, 40));
});

test('Copy as Markdown and the fix blocks copy through the async clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, 'en-US', `#/report?s=${encodeState(seedState)}`);
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied').first()).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Server farm `test-01`/);
  expect(md).toContain('link-aggregation mode dynamic');
  expect(md).toContain('Inbound interface: Reth2');

  const fix = model(seedState, 'en-US').fix[0]!;
  await page.getByRole('button', { name: `Copy Fix 1: ${fix.device}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fix.text);
});

test('copy falls back to execCommand where the async clipboard is refused (http://, file://)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As on a plain http:// page: the API is there but refuses.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const original = document.execCommand.bind(document);
    document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
      // copy-text.ts puts the text in an off-screen textarea and selects it before this call.
      const area = [...document.querySelectorAll('textarea')].find(
        (t) => t.style.left === '-9999px',
      );
      if (command === 'copy')
        w.__copied.push(area ? area.value.slice(area.selectionStart, area.selectionEnd) : '');
      return original(command, ...rest);
    };
  });
  await openApp(page, 'en-US', `#/report?s=${encodeState(seedState)}`);
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(copied).toHaveLength(1);
  expect(copied[0]).toMatch(/^# Server farm `test-01`/);
  expect(copied[0]).toContain('link-aggregation mode dynamic');

  const rollback = model(seedState, 'en-US').rollback[0]!;
  await page.getByRole('button', { name: `Copy Rollback 1: ${rollback.device}` }).click();
  const after = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(after[1]).toBe(rollback.text);
});

test('Download JSON saves the whole run, named <farm>-<diagnosis>-<date>', async ({ page }) => {
  await openApp(page, 'en-US', `#/report?s=${encodeState(seedState)}`);
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON (whole run)' }).click(),
  ]);
  // The date is the incident's first paste (#17).
  expect(download.suggestedFilename()).toBe('test-01-lacp-mode-mismatch-2024-05-20.json');
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    state: WizardState;
    run: { diagnosis: { id: string } | null };
  };
  expect(doc.format).toBe('slb-wizard-run');
  expect(doc.state.pastes).toHaveLength(seedState.pastes.length);
  expect(doc.run.diagnosis?.id).toBe('lacp-mode-mismatch');
});

const threeFarms = readFileSync(
  fileURLToPath(new URL('../src/testing/three-farms.txt', import.meta.url)),
  'utf8',
);

for (const lang of ['en-US', 'zh-CN'] as const) {
  test(`a report of a run that followed one of several farms says which, and why, on paper (${lang})`, async ({
    page,
  }, info) => {
    // sf-app's servers are the seed's addresses: the seed's two pings are theirs.
    const state: WizardState = {
      pastes: [
        { step: 'farm-status', text: threeFarms, at: T0 },
        { step: 'ping', text: seed.pingLoss, at: T0 + 60_000 },
        { step: 'ping', text: seed.pingOk, at: T0 + 80_000 },
      ],
      answers: {},
      server: null,
      farm: 'sf-app',
    };
    const m = model(state, lang);
    expect(m.following.map((f) => [f.kind, f.name])).toEqual([
      ['farm', 'sf-app'],
      ['server', 'app-2 (10.197.44.201)'],
    ]);
    const farm = m.following[0]!;

    await openApp(page, lang, `#/report?s=${encodeState(state)}`);
    const root = page.locator('[data-report]');
    await expect(root).toBeVisible();
    await expect(root.locator('[data-followed="farm"]')).toContainText('sf-app');
    const { text, firstPage } = await printToText(page, info, `followed-farm-${lang}`);
    // The title names the followed farm only, not its healthy or degraded neighbours.
    expect(m.title).toContain('sf-app');
    expect(m.title).not.toContain('sf-portal');
    for (const word of m.title.split(/[\s：:]+/).filter(Boolean))
      expect(squash(firstPage)).toContain(word);
    // Page 1 says which farm (and server) the run followed, and why.
    for (const f of m.following) {
      expect(squash(firstPage)).toContain(squash(`${m.labels.following}${m.labels.colon}`));
      expect(squash(firstPage)).toContain(squash(f.name));
      if (f.reason) expect(squash(firstPage)).toContain(squash(f.reason).slice(0, 30));
    }
    expect(farm.reason).not.toBeNull();
    expect(squash(firstPage)).toContain(
      squash(
        lang === 'en-US' ? 'Server farm sf-app — You chose it.' : '实服务组 sf-app — 由你选定。',
      ),
    );
    // The next commands are for the followed server of sf-app.
    expect(m.current?.commands.length).toBeGreaterThan(0);
    for (const c of m.current!.commands) {
      expect(c.command).toContain('10.197.44.201');
      expect(norm(text)).toContain(norm(c.command));
    }
  });
}
