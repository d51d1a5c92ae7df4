// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { runWizard } from '@/domain/graph/run-wizard';
import type { Run } from '@/domain/run-types';
import { inconclusiveRun } from '@/testing/sample-runs';
import type { WizardState } from '@/domain/wizard-state';
import { useWizardStore } from '@/stores/wizard-store';
import { loadEngine, useRunStore } from '../run-store';
import { DiagnosisPage } from '../diagnosis-page';
import { exampleIncident } from '../example-incident';
import { render, text, type Rendered } from '@/testing/render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const seedState: WizardState = exampleIncident(Date.UTC(2026, 11, 4, 3, 30));

/**
 * Renders the page for a run. The run store recomputes the run whenever the wizard state changes
 * (synchronously once the engine is loaded), so the state goes in first and the run after it.
 */
async function show(
  run: Run,
  state: WizardState,
  lang: 'en-US' | 'zh-CN' = 'en-US',
): Promise<HTMLElement> {
  await loadEngine();
  useWizardStore.setState({ wizard: state });
  useRunStore.setState({ run, pending: false, error: null });
  view = render(<DiagnosisPage />, lang, state);
  return view.container.querySelector<HTMLElement>('[data-diagnosis]')!;
}

const headings = (root: Element) => [...root.querySelectorAll('h2')].map((h) => text(h));

describe('DiagnosisPage, a proven diagnosis', () => {
  it('says what it rests on, with the findings that supply each piece and links to their steps', async () => {
    const run = runWizard(seedState);
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
    const root = await show(run, seedState);
    const h = headings(root);
    expect(h.slice(0, 3)).toEqual(['Cause', 'What the wizard followed', 'What this rests on']);
    const rests = root.querySelector('[aria-labelledby="rests-on-heading"]')!;
    const items = [...rests.querySelectorAll('[data-requirement]')];
    expect(items).toHaveLength(run.diagnosis!.evidence.length);
    expect(text(items[0])).toContain('A member of the LB aggregate is Unselected');
    const supplied = rests.querySelector('[data-supplied-by="lag-member-unselected:XGE1/1/1"]')!;
    expect(text(supplied)).toContain('XGE1/1/1');
    expect(supplied.querySelector('a')?.getAttribute('href')).toBe('/step/lag');
    expect(text(supplied.querySelector('a'))).toBe('(Link aggregation)');
    // The real server the ping step followed, and why, with a way back to change it.
    const followed = root.querySelector('[data-followed="server"]')!;
    expect(text(followed)).toContain('Real server: test2 (10.197.44.201) — It answers ping');
    expect(followed.querySelector('a')?.getAttribute('href')).toBe('/step/ping');
    // No inconclusive sections on a proven diagnosis.
    expect(root.querySelector('[data-not-proven]')).toBeNull();
    expect(h).not.toContain('What looks odd');
  });
});

describe('DiagnosisPage, inconclusive', () => {
  it('first says nothing is proven and what to run next, then known, odd and the withheld cause', async () => {
    const { run, state } = inconclusiveRun();
    const root = await show(run, state);
    expect(headings(root)).toEqual([
      '▲ Nothing is proven yet. The outputs so far do not establish a cause: run the commands below and paste their output.',
      'Run next',
      'What is known so far',
      'What looks odd',
      'Considered, not proven: LACP mode mismatch: one end dynamic, the other static',
      'Timeline from the log buffer',
      'What led here',
    ]);
    expect(text(root.querySelector('code.code-block'))).toBe(
      'display link-aggregation member-port XGE1/0/6',
    );
    const withheld = root.querySelector('[data-withheld="lacp-mode-mismatch"]')!;
    expect([...withheld.querySelectorAll('h3')].map((h) => text(h))).toEqual([
      'Found',
      'Missing',
      'Contradicted',
    ]);
    expect(text(withheld.querySelector('[data-missing]'))).toBe(
      '○ One end is dynamic (LACP), the other static',
    );
    expect(text(withheld.querySelector('[data-contradicted]'))).toBe(
      '✗ Both aggregates are static',
    );
    // Not "rests on": an inconclusive diagnosis rests on nothing.
    expect(headings(root)).not.toContain('What this rests on');
  });

  it('shows the timeline, bad events marked, each with its quoted log line', async () => {
    const { run, state } = inconclusiveRun();
    const root = await show(run, state, 'zh-CN');
    const entries = [...root.querySelectorAll('[data-timeline-entry]')];
    expect(entries.map((e) => e.getAttribute('data-timeline-entry'))).toEqual(['link', 'probe']);
    expect(entries.every((e) => e.getAttribute('data-bad') === 'true')).toBe(true);
    expect(text(entries[0])).toContain('Dec 4 03:12:50:001 2026 链路 ■故障 IFNET/PHY_UPDOWN');
    const quote = entries[1]!.querySelector('pre')!;
    expect(text(quote)).toContain('3 | %Dec 4 03:12:55:123 2026 LB LB/5/LB_CHANGE_RS_HCSTATUS');
    expect(text(root.querySelector('#not-proven-heading'))).toContain('目前尚无定论');
  });
});
