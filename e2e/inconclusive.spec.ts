/**
 * An inconclusive run (both aggregates static, a member Unselected anyway): the diagnosis page must
 * say at once that nothing is proven and what to run next, then what is known and what looks odd.
 * What must be there comes from the engine on the same state, not from copies of its texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { runWizard } from '../src/domain/graph/run-wizard';
import { encodeState } from '../src/domain/share/share-codec';
import { isStepId, type Paste, type WizardState } from '../src/domain/wizard-state';
import { expect, openApp, test, type Lang } from './fixtures';

const scenario = 'inconclusive--static-both-ends-member-unselected';
const dir = fileURLToPath(new URL(`../src/domain/scenarios/${scenario}/`, import.meta.url));
const state: WizardState = {
  pastes: readdirSync(dir)
    .filter((f) => /^\d{2}-[a-z-]+\.txt$/.test(f))
    .sort()
    .map((f): Paste => {
      const step = f.slice(3, -4);
      if (!isStepId(step)) throw new Error(`${f}: unknown step`);
      return { step, text: readFileSync(dir + f, 'utf8'), at: null };
    }),
  answers: {},
  server: null,
  farm: null,
};

const words = {
  'en-US': {
    notProven: /^▲ Nothing is proven yet/,
    next: 'Run next',
    known: 'What is known so far',
    odd: 'What looks odd',
  },
  'zh-CN': {
    notProven: /^▲ 目前尚无定论/,
    next: '下一步执行',
    known: '目前已知',
    odd: '可疑之处',
  },
} as const;

for (const lang of ['en-US', 'zh-CN'] as Lang[]) {
  test(`an inconclusive diagnosis says first that nothing is proven and what to run next, then known and odd (${lang})`, async ({
    page,
  }) => {
    const run = runWizard(state);
    const d = run.diagnosis!;
    expect(d.id).toBe('inconclusive');
    expect(d.next?.length).toBeGreaterThan(0);
    expect(d.odd?.length).toBeGreaterThan(0);
    const w = words[lang];

    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, lang, `#/diagnosis?s=${encodeState(state)}`);
    const root = page.locator('[data-diagnosis="inconclusive"]');
    await expect(root).toBeVisible();
    await expect(root.getByRole('heading', { level: 1 })).toHaveText(d.title[lang]);

    // The first screen: "nothing is proven", then the commands to run, with copy buttons.
    const h2 = root.locator('h2');
    await expect(h2.first()).toHaveText(w.notProven);
    await expect(h2.first()).toBeInViewport();
    await expect(h2.nth(1)).toHaveText(w.next);
    const next = root.getByRole('region', { name: w.next });
    for (const c of d.next!) {
      const code = next.locator('code', { hasText: c.command });
      await expect(code).toBeVisible();
      await expect(code).toBeInViewport();
    }

    // Then what is known and what looks odd, as lists.
    const known = root.getByRole('region', { name: w.known });
    await expect(known.getByRole('listitem')).toHaveCount(d.known!.length);
    for (const k of d.known!) await expect(known).toContainText(k[lang].replace(/`/g, ''));
    const odd = root.getByRole('region', { name: w.odd });
    await expect(odd.getByRole('listitem')).toHaveCount(d.odd!.length);
    for (const o of d.odd!) await expect(odd).toContainText(o[lang].replace(/`/g, ''));
    // No fix for an unproven cause.
    await expect(
      root.getByRole('heading', { name: lang === 'en-US' ? 'Fix' : '修复' }),
    ).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
