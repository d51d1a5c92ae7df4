// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { runWizard } from '@/domain/graph/run-wizard';
import type { WizardState } from '@/domain/wizard-state';
import { useWizardStore } from '@/stores/wizard-store';
import { render, text, type Rendered } from '@/testing/render';
import { loadEngine, useRunStore } from '../run-store';
import { VerifyPage } from '../verify-page';
import { exampleIncident } from '../example-incident';

const files = import.meta.glob<string>(
  '../../../domain/scenarios/lacp-mode-mismatch--seed-l5030/after-fix/*/*.txt',
  { query: '?raw', import: 'default', eager: true },
);
const afterFix = (outcome: 'resolved' | 'not-resolved') =>
  Object.keys(files)
    .filter((f) => f.includes(`/after-fix/${outcome}/`))
    .sort()
    .map((f) => ({ step: 'verify' as const, text: files[f] ?? '', at: null }));

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

async function show(state: WizardState, lang: 'en-US' | 'zh-CN' = 'en-US'): Promise<HTMLElement> {
  await loadEngine();
  useWizardStore.setState({ wizard: state });
  useRunStore.setState({ run: runWizard(state), pending: false, error: null });
  view = render(<VerifyPage />, lang, state);
  return view.container.querySelector<HTMLElement>('[data-step="verify"]')!;
}

const seed = exampleIncident(Date.UTC(2026, 11, 4, 3, 30));

describe('VerifyPage', () => {
  it('lists the verification commands of the diagnosis, filled in, before anything is pasted', async () => {
    const root = await show(seed);
    const commands = [...root.querySelectorAll('[data-command]')].map((c) => text(c));
    expect(commands).toContain('display link-aggregation verbose Route-Aggregation1');
    expect(commands).toContain('display server-farm name test-01');
    expect(root.querySelector('[data-resolution]')).toBeNull();
  });

  it('shows "resolved" and each fact before and after the fix, side by side', async () => {
    const root = await show({ ...seed, pastes: [...seed.pastes, ...afterFix('resolved')] });
    expect(root.querySelector('[data-resolution]')?.getAttribute('data-resolution')).toBe(
      'resolved',
    );
    expect(text(root.querySelector('[data-resolution-status]'))).toBe('Resolved');
    const rows = [...root.querySelectorAll('[data-before-after] tbody tr')].map((r) =>
      [...r.children].map((c) => text(c)),
    );
    expect(rows).toContainEqual([
      'XGE1/1/1 in Route-Aggregation1',
      'Unselected (U)',
      'Selected (S)',
      'fixed',
    ]);
    expect(rows).toContainEqual([
      'Bridge-Aggregation33: aggregation mode',
      'static',
      'dynamic',
      'changed',
    ]);
    // Unchanged facts wait behind a button, so what moved stands out.
    expect(rows.some((r) => r[3] === 'same')).toBe(false);
  });

  it('says what is still wrong when the fix did not work, in Chinese too', async () => {
    const root = await show(
      { ...seed, pastes: [...seed.pastes, ...afterFix('not-resolved')] },
      'zh-CN',
    );
    expect(text(root.querySelector('[data-resolution-status]'))).toBe('未解决');
    expect(text(root.querySelector('[data-resolution] p'))).toContain(
      'XGE1/1/1 in Route-Aggregation1：Unselected (U)',
    );
  });

  it('asks for a diagnosis first when the path is not finished', async () => {
    const root = await show({ ...seed, pastes: seed.pastes.slice(0, 2) });
    expect(text(root)).toContain('The verify step comes after a diagnosis.');
    expect(root.querySelector('textarea')).toBeNull();
  });
});
