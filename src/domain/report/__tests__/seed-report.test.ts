/**
 * The seed incident through the real engine: the report a user would attach to the ticket.
 * Times are fixed so the golden files are stable.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import type { WizardState } from '../../wizard-state';
import { buildReport } from '../report-model';
import { reportToMarkdown } from '../report-markdown';
import { NOW, T0, seedTexts as t } from './sample-runs';

const min = (n: number) => T0 + n * 60_000;

const seedState: WizardState = {
  pastes: [
    { step: 'farm-status', text: t.farmText, at: min(0) },
    { step: 'ping', text: t.ping200, at: min(2) },
    { step: 'ping', text: t.ping201, at: min(3) },
    { step: 'session', text: t.sessionText, at: min(5) },
    { step: 'reth', text: t.rethText, at: min(7) },
    { step: 'lag', text: t.lagText, at: min(9) },
    { step: 'peer-config', text: t.peerText, at: min(14) },
  ],
  answers: {},
  server: null,
  farm: null,
};

describe('seed incident report', () => {
  const run = runWizard(seedState);

  it('reaches the LACP mode mismatch', () => {
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
  });

  for (const lang of ['en-US', 'zh-CN'] as const) {
    it(`matches the golden Markdown, ${lang}`, async () => {
      const md = reportToMarkdown(buildReport(seedState, run, lang, { now: NOW }));
      await expect(md).toMatchFileSnapshot(`./golden/seed.${lang}.md`);
    });
  }

  it('quotes only lines that exist in the pastes', () => {
    const model = buildReport(seedState, run, 'en-US', { now: NOW });
    const quoted = model.findings.flatMap((f) => f.evidence.flatMap((e) => e.lines));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((l) => l.text === null)).toEqual([]);
  });

  it('stops at the link-aggregation step when its output is not pasted yet', () => {
    const partial: WizardState = {
      ...seedState,
      pastes: seedState.pastes.filter((p) => p.step !== 'lag' && p.step !== 'peer-config'),
    };
    const model = buildReport(partial, runWizard(partial), 'en-US', { now: NOW });
    expect(model.status).toBe('partial');
    expect(model.current?.step).toBe('lag');
    expect(model.current?.commands.map((c) => c.command).join('\n')).toContain(
      'display link-aggregation verbose',
    );
  });
});
