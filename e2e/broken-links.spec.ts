import { deflateSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from '../src/domain/share/base64url';
import { shareLimits } from '../src/domain/share/limits';
import { currentVersion } from '../src/domain/share/migrations';
import { encodeState, pack } from '../src/domain/share/share-codec';
import type { WizardState } from '../src/domain/wizard-state';
import { expect, openApp, seed, test } from './fixtures';

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
      await expect(
        page.getByRole('heading', { name: 'This link could not be opened' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Start a new incident' }).click();
      await expect(page.getByRole('button', { name: 'Load example incident' })).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0);
    expect(errors).toEqual([]);
  });
}

// Links damaged the ways real links get damaged: built from a real incident with the app's own
// encoder, then cut by a chat tool, mangled by a bad copy, or crafted. Each must open the
// "could not be opened" page with the codec's error code, never a half-loaded incident.

const seedState = (): WizardState => ({
  pastes: [
    { step: 'farm-status', text: seed.farm, at: null },
    { step: 'ping', text: seed.pingLoss, at: null },
    { step: 'ping', text: seed.pingOk, at: null },
    { step: 'session', text: seed.session, at: null },
    { step: 'reth', text: seed.reth, at: null },
    { step: 'lag', text: seed.lag, at: null },
    { step: 'peer-config', text: seed.peer, at: null },
  ],
  answers: {},
  server: null,
  farm: null,
});

const utf8 = (s: string) => new TextEncoder().encode(s);

function flipBit(payload: string, byte: number, bit: number): string {
  const [version, body] = payload.split('.') as [string, string];
  const bytes = decodeBase64url(body)!;
  bytes[byte] = bytes[byte]! ^ (1 << bit);
  return `${version}.${encodeBase64url(bytes)}`;
}

/** Replaces one base64url character with another valid one, as a mistyped or OCR'd link would. */
function swapChar(payload: string, at: number): string {
  const c = payload[at]!;
  return `${payload.slice(0, at)}${c === 'Q' ? 'R' : 'Q'}${payload.slice(at + 1)}`;
}

const good = encodeState(seedState());
const bodyBytes = decodeBase64url(good.slice(2))!.length;
// Eight megabytes of spaces deflate to a few kilobytes: the decoder must stop at its cap.
const bomb = `1.${encodeBase64url(new Uint8Array([0, 0, 0, 0, ...deflateSync(new Uint8Array(shareLimits.maxJsonBytes * 4).fill(32), { level: 9 })]))}`;

const realDamage: [string, string, string][] = [
  ['cut to the version only', '1.', 'corrupt'],
  ['cut after 3 characters of body', good.slice(0, 5), 'corrupt'],
  ['cut at a quarter', good.slice(0, Math.floor(good.length / 4)), 'corrupt'],
  ['cut at half', good.slice(0, Math.floor(good.length / 2)), 'corrupt'],
  ['cut at three quarters', good.slice(0, Math.floor((good.length * 3) / 4)), 'corrupt'],
  ['cut by one character', good.slice(0, -1), 'corrupt'],
  ['cut by three characters', good.slice(0, -3), 'corrupt'],
  ['bit flipped in the checksum', flipBit(good, 1, 3), 'corrupt'],
  ['bit flipped in the compressed data', flipBit(good, 40, 0), 'corrupt'],
  ['bit flipped near the end', flipBit(good, bodyBytes - 2, 6), 'corrupt'],
  ['one character mistyped in the middle', swapChar(good, Math.floor(good.length / 2)), 'corrupt'],
  ['no version prefix (cut at the start)', good.slice(2), 'unknown-version'],
  ['version 0', `0.${good.slice(2)}`, 'unknown-version'],
  [
    `version ${currentVersion + 1} (newer app)`,
    `${currentVersion + 1}.${good.slice(good.indexOf('.') + 1)}`,
    'unknown-version',
  ],
  ['version 9999', `9999.${good.slice(2)}`, 'unknown-version'],
  ['oversized', `1.${'A'.repeat(shareLimits.maxPayloadChars)}`, 'too-large'],
  ['zip bomb', bomb, 'too-large'],
  ['base64 padding added', `${good}==`, 'bad-base64'],
  ['wrapped by a chat tool (space inside)', `${good.slice(0, 30)} ${good.slice(30)}`, 'bad-base64'],
  ['non-ASCII character inside', `${good.slice(0, 30)}é${good.slice(31)}`, 'bad-base64'],
  [
    'non-UTF-8 bytes',
    pack(new Uint8Array([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
    'not-utf8',
  ],
  ['overlong UTF-8', pack(new Uint8Array([0x22, 0xc0, 0xaf, 0x22])), 'not-utf8'],
  ['valid compression, not JSON', pack(utf8('{"p":[[0,"x"]')), 'bad-json'],
  ['valid compression, JSON array', pack(utf8('[1,2,3]')), 'invalid-state'],
  ['valid compression, unknown field', pack(utf8('{"x":1}')), 'invalid-state'],
  ['valid compression, unknown step index', pack(utf8('{"p":[[11,"x"]]}')), 'invalid-state'],
  ['valid compression, paste text a number', pack(utf8('{"p":[[0,5]]}')), 'invalid-state'],
  ['valid compression, __proto__ answer', pack(utf8('{"a":{"__proto__":"yes"}}')), 'invalid-state'],
  [
    'valid compression, script in an answer id',
    pack(utf8('{"a":{"<script>window.__pwned=1</script>":"yes"}}')),
    'invalid-state',
  ],
  [
    'valid compression, 10 000 pastes',
    pack(utf8(`{"p":[${Array.from({ length: 10_000 }, () => '[0,""]').join(',')}]}`)),
    'invalid-state',
  ],
];

test('the real link the damaged ones are cut from opens the seed incident', async ({ page }) => {
  await openApp(page, 'en-US', `#/diagnosis?s=${good}`);
  await expect(page.locator('[data-diagnosis="lacp-mode-mismatch"]')).toBeVisible();
});

for (const [name, payload, code] of realDamage) {
  test(`a damaged real link (${name}) shows "${code}" and a way to start`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as { __pwned?: number }).__pwned = 0;
    });
    await openApp(page, 'en-US', `#/diagnosis?s=${encodeURIComponent(payload)}`);
    await expect(page.locator(`[data-link-error="${code}"]`)).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'This link could not be opened' }),
    ).toBeVisible();
    // The reason in plain words; the codec's own message only behind "Technical detail".
    await expect(page.locator('[data-link-error] details p')).toBeHidden();
    await page.getByText('Technical detail').click();
    await expect(page.locator('[data-link-error] details p')).toContainText(code);
    await expect(page.locator('[data-diagnosis]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start a new incident' }).click();
    await expect(page.getByRole('button', { name: 'Load example incident' })).toBeVisible();
    await expect(page.locator('[data-link-error]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('hostile text pasted inside a valid link is shown literally and never runs', async ({
  page,
}) => {
  const hostile = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=2">',
    'javascript:window.__pwned=3',
    '<a href="javascript:window.__pwned=4">click</a><b>bold</b>',
    '<svg onload="window.__pwned=5"></svg>',
  ];
  const payload = encodeState({
    pastes: [
      { step: 'farm-status', text: `${seed.farm}\n${hostile.join('\n')}`, at: null },
      { step: 'farm-status', text: hostile.join('\n'), at: null },
    ],
    answers: {},
    server: null,
    farm: null,
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __pwned?: number }).__pwned = 0;
  });
  await openApp(page, 'en-US', `#/step/farm-status?s=${payload}`);
  const step = page.locator('[data-step="farm-status"]');
  await expect(step.locator('[data-paste]')).toHaveCount(2);
  for (const line of hostile)
    await expect(step.getByText(line, { exact: true }).first()).toBeVisible();
  // Give an injected image or handler time to fire before checking nothing did.
  await page.waitForTimeout(500);
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    scripts: [...document.querySelectorAll('script')].filter((s) =>
      (s.textContent ?? '').includes('__pwned'),
    ).length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
    svgs: document.querySelectorAll('main svg[onload]').length,
  }));
  expect(injected).toEqual({ pwned: 0, scripts: 0, handlers: 0, jsLinks: 0, bold: 0, svgs: 0 });
  expect(errors).toEqual([]);
});
