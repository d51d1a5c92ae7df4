// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { runWizard } from '@/domain/graph/run-wizard';
import { buildReport } from '@/domain/report/report-model';
import type { WizardState } from '@/domain/wizard-state';
import { render, text, type Rendered } from '@/testing/render';
import { inconclusiveRun, threeFarms } from '@/testing/sample-runs';
import { ReportBody } from '../report-sections';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const at = Date.UTC(2026, 11, 4, 3, 30);

describe('ReportBody', () => {
  it('names the farm followed, and why, before the diagnosis', () => {
    const state: WizardState = {
      pastes: [{ step: 'farm-status', text: threeFarms, at }],
      answers: {},
      server: null,
      farm: 'sf-app',
    };
    const model = buildReport(state, runWizard(state), 'en-US', { now: at });
    view = render(<ReportBody model={model} />);
    const following = view.container.querySelector('[data-report-following]')!;
    expect(text(following.querySelector('[data-followed="farm"]'))).toBe(
      'Followed: Server farm sf-app — You chose it.',
    );
    // It comes first: the reader must know which farm the rest is about.
    expect(view.container.firstElementChild).toBe(following);
  });

  it('prints what an inconclusive diagnosis withheld, what looks odd, and the timeline', () => {
    const { run, state } = inconclusiveRun();
    const model = buildReport(state, run, 'zh-CN', { now: at });
    view = render(<ReportBody model={model} />, 'zh-CN');
    const root = view.container;
    const withheld = root.querySelector('[data-withheld]')!;
    expect(text(withheld)).toContain('考虑过但未能证明：聚合模式不一致：一端动态、一端静态');
    expect(text(withheld)).toContain('缺少：一端为动态聚合（LACP），另一端为静态聚合');
    expect(text(withheld)).toContain('存在矛盾：两端聚合均为静态');
    expect(text(root.querySelector('[data-odd]'))).toBe(
      '可疑之处10.18.30.71 可以 ping 通而 10.18.30.72 不通。',
    );
    const timeline = root.querySelector('[aria-labelledby="r-timeline"]')!;
    expect(text(timeline.querySelector('h2'))).toBe('时间线（日志缓冲区）');
    const entries = [...timeline.querySelectorAll('li')];
    expect(entries.map((e) => e.getAttribute('data-bad'))).toEqual(['true', 'true']);
    expect(text(entries[1])).toContain('故障');
    expect(text(entries[1])).toContain('LB/5/LB_CHANGE_RS_HCSTATUS');
    // Sections in the order of the Markdown export: diagnosis, timeline, path.
    const h2 = [...root.querySelectorAll('h2')].map((h) => text(h));
    expect(h2.indexOf('时间线（日志缓冲区）')).toBe(h2.indexOf('诊断') + 1);
  });

  it('lists what a proven diagnosis rests on', () => {
    const state: WizardState = {
      pastes: [{ step: 'farm-status', text: threeFarms, at }],
      answers: {},
      server: null,
      farm: 'sf-portal',
    };
    const run = runWizard(state);
    expect(run.diagnosis?.id).toBe('farm-healthy');
    const model = buildReport(state, run, 'en-US', { now: at });
    view = render(<ReportBody model={model} />);
    const rests = view.container.querySelector('[data-rests-on]')!;
    expect(text(rests.querySelector('p'))).toBe('Evidence required, and found');
    const items = [...rests.querySelectorAll('li')].map((li) => text(li));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Every real server is Active: .*sf-portal/);
  });
});
