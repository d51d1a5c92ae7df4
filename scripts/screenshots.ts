/**
 * Page images of the built app in Chromium, for docs/screenshots and for looking at a change.
 *
 *   npx vite build && npx vite preview --port 4173 --strictPort &
 *   npx tsx scripts/screenshots.ts docs [page ...]      docs/screenshots/<page>.<lang>.<scheme>.jpg,
 *                                                        1024 px wide, whole page
 *   npx tsx scripts/screenshots.ts inspect <dir> [page ...]  <dir>/<page>.<lang>.<size>.png at
 *                                                        1440×900 and 390×844 (first screen only;
 *                                                        FULL=1 for the whole page)
 *
 * `page` names are the keys of `scenes` below (default: all). BASE overrides the app's URL,
 * CHROMIUM_PATH the browser (default Debian's /usr/bin/chromium).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { encodeState } from '../src/domain/share/share-codec';
import { isStepId, type Paste, type StepId, type WizardState } from '../src/domain/wizard-state';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = process.env.BASE ?? 'http://127.0.0.1:4173/';
const T0 = Date.UTC(2026, 11, 4, 3, 20);

const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

function exampleState(): WizardState {
  const dir = 'src/features/wizard/example-incident/';
  const files: [StepId, string][] = [
    ['farm-status', '01-display-server-farm.txt'],
    ['ping', '02-ping-10.197.44.200-loss.txt'],
    ['ping', '02-ping-10.197.44.201-ok.txt'],
    ['session', '03-session-table-10.197.44.201-verbose.txt'],
    ['reth', '04-interface-reth2-config.txt'],
    ['lag', '05-link-aggregation-verbose-ra1.txt'],
    ['peer-config', '07-switch-bridge-aggregation33-config.txt'],
  ];
  return {
    pastes: files.map(([step, f], i) => ({ step, text: read(dir + f), at: T0 + i * 60_000 })),
    answers: {},
    server: null,
    farm: null,
  };
}

function scenarioState(name: string): WizardState {
  const dir = `src/domain/scenarios/${name}/`;
  const pastes: Paste[] = readdirSync(path.join(root, dir))
    .filter((f) => /^\d{2}-[a-z-]+\.txt$/.test(f))
    .sort()
    .map((f, i) => {
      const step = f.slice(3, -4);
      if (!isStepId(step)) throw new Error(`${name}/${f}: unknown step ${step}`);
      return { step, text: read(dir + f), at: T0 + i * 90_000 };
    });
  return { pastes, answers: {}, server: null, farm: null };
}

/** The example incident with the outputs re-run after the fix, and the ticket's details. */
function verifiedState(): WizardState {
  const dir = 'src/domain/scenarios/lacp-mode-mismatch--seed-l5030/after-fix/resolved/';
  const before = exampleState();
  const after: Paste[] = readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ step: 'verify', text: read(dir + f), at: T0 + 3_600_000 + i * 60_000 }));
  return {
    ...before,
    pastes: [...before.pastes, ...after],
    details: {
      ticket: 'INC-2026-1204-03',
      engineer: 'Li Wei',
      service: 'web portal',
      start: null,
      end: null,
    },
  };
}

const threeFarms = (farm: string | null): WizardState => ({
  pastes: [{ step: 'farm-status', text: read('src/testing/three-farms.txt'), at: T0 }],
  answers: {},
  server: null,
  farm,
});

/** Each page: the route and the state it shows. */
const scenes: Record<string, { route: string; state: WizardState | null }> = {
  start: { route: '/', state: null },
  'step-farm-status': { route: '/step/farm-status', state: exampleState() },
  'step-farm-status-choice': { route: '/step/farm-status', state: threeFarms(null) },
  'step-farm-status-chosen': { route: '/step/farm-status', state: threeFarms('sf-app') },
  'step-ping': { route: '/step/ping', state: exampleState() },
  'step-session': { route: '/step/session', state: exampleState() },
  'step-reth': { route: '/step/reth', state: exampleState() },
  'step-lag': { route: '/step/lag', state: exampleState() },
  'step-peer-config': { route: '/step/peer-config', state: exampleState() },
  diagnosis: { route: '/diagnosis', state: exampleState() },
  'diagnosis-inconclusive': {
    route: '/diagnosis',
    state: scenarioState('inconclusive--static-both-ends-member-unselected'),
  },
  'step-member-interfaces': {
    route: '/step/member-interfaces',
    state: scenarioState('lag-member-faulty--flapping-sfp-terminal-logging'),
  },
  'diagnosis-member-faulty': {
    route: '/diagnosis',
    state: scenarioState('lag-member-faulty--flapping-sfp-terminal-logging'),
  },
  'step-probe-template': {
    route: '/step/probe-template',
    state: scenarioState('probe-tls-failure--no-sni-default-self-signed-cert'),
  },
  report: { route: '/report', state: exampleState() },
  verify: { route: '/step/verify', state: verifiedState() },
  'report-verified': { route: '/report', state: verifiedState() },
  incidents: { route: '/incidents', state: exampleState() },
};

const langs = ['en-US', 'zh-CN'] as const;

async function shoot(
  browser: Browser,
  scene: string,
  lang: (typeof langs)[number],
  scheme: 'light' | 'dark',
  size: { width: number; height: number },
  file: string,
  fullPage: boolean,
): Promise<void> {
  const { route, state } = scenes[scene]!;
  const context = await browser.newContext({ viewport: size, colorScheme: scheme });
  const page = await context.newPage();
  await page.addInitScript(
    ([l, s]) =>
      window.localStorage.setItem('slb-wizard:prefs:v1', JSON.stringify({ lang: l, theme: s })),
    [lang, scheme] as const,
  );
  const search = state ? `?s=${encodeState(state)}` : '';
  await page.goto(`${base}#${route}${search}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({
    path: file,
    fullPage,
    ...(file.endsWith('.jpg') ? { type: 'jpeg' as const, quality: 60 } : {}),
  });
  await context.close();
}

async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode !== 'docs' && mode !== 'inspect') {
    console.error('usage: screenshots.ts docs [page ...] | inspect <dir> [page ...]');
    process.exit(2);
  }
  const outDir = mode === 'docs' ? path.join(root, 'docs/screenshots') : (rest.shift() ?? '');
  const wanted = rest.length ? rest : Object.keys(scenes);
  for (const w of wanted) if (!(w in scenes)) throw new Error(`unknown page ${w}`);
  mkdirSync(outDir, { recursive: true });
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(executable) ? executable : undefined,
    args: ['--disable-gpu', '--no-sandbox'],
  });
  try {
    for (const scene of wanted)
      for (const lang of langs) {
        if (mode === 'docs') {
          for (const scheme of ['light', 'dark'] as const) {
            const file = path.join(outDir, `${scene}.${lang}.${scheme}.jpg`);
            await shoot(browser, scene, lang, scheme, { width: 1024, height: 900 }, file, true);
            console.log(file);
          }
        } else {
          for (const [name, size] of [
            ['1440x900', { width: 1440, height: 900 }],
            ['390x844', { width: 390, height: 844 }],
          ] as const) {
            const file = path.join(outDir, `${scene}.${lang}.${name}.png`);
            await shoot(browser, scene, lang, 'light', size, file, process.env.FULL === '1');
            console.log(file);
          }
        }
      }
  } finally {
    await browser.close();
  }
}

void main();
