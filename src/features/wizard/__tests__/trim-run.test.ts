import { describe, expect, it } from 'vitest';
import { nothingFollowed, type ParsedPaste, type Run } from '@/domain/run-types';
import type { WizardState } from '@/domain/wizard-state';
import { forPage, trimRun, VIEW_RECORDS, VIEW_STRING_CHARS, withTexts } from '../trim-run';

const paste = (sessions: number): ParsedPaste => ({
  index: 0,
  text: 'x',
  at: null,
  command: 'display-session-table-verbose',
  result: {
    ok: true,
    value: {
      sessions: Array.from({ length: sessions }, (_, i) => ({ line: i + 1 })),
      totalFound: sessions,
    },
    errors: [],
    warnings: [],
  },
  misfiled: null,
});

const run = (p: ParsedPaste): Run => ({
  steps: [
    {
      step: 'session',
      title: { 'en-US': 's', 'zh-CN': 's' },
      commands: [],
      pastes: [p],
      findings: [],
      questions: [],
      choice: null,
      decision: null,
    },
  ],
  path: ['session'],
  current: 'session',
  diagnosis: null,
  findings: [],
  question: null,
  timeline: [],
  followed: nothingFollowed,
  resolution: null,
});

describe('trimRun', () => {
  it('cuts a paste’s record list to what the page can show and says how long it was', () => {
    const out = trimRun(run(paste(15_396))).steps[0]?.pastes[0];
    const value = out?.result?.value as { sessions: unknown[]; totalFound: number };
    expect(value.sessions).toHaveLength(VIEW_RECORDS);
    expect(value.totalFound).toBe(15_396);
    expect(out?.trimmed).toEqual({ key: 'sessions', shown: VIEW_RECORDS, total: 15_396 });
  });

  it('puts the records the findings cite first, past the rows a table shows at once', () => {
    const r = run(paste(15_396));
    const cited: Run = {
      ...r,
      findings: [
        {
          id: 'probe-session-no-reply',
          step: 'session',
          severity: 'problem',
          text: { 'en-US': 'x', 'zh-CN': 'x' },
          evidence: [{ step: 'session', paste: 0, lines: [9_001] }],
          subjects: [],
        },
      ],
    };
    const out = trimRun(cited).steps[0]?.pastes[0];
    const sessions = (out?.result?.value as { sessions: Array<{ line: number }> }).sessions;
    expect(sessions[0]).toEqual({ line: 9_001 });
    expect(sessions.slice(1, 4).map((x) => x.line)).toEqual([1, 2, 3]);
    expect(sessions).toHaveLength(VIEW_RECORDS);
    expect(out?.trimmed).toEqual({
      key: 'sessions',
      shown: VIEW_RECORDS,
      total: 15_396,
      citedFirst: 1,
    });
    // A cited record already among the first rows changes nothing.
    const early: Run = {
      ...cited,
      findings: [{ ...cited.findings[0]!, evidence: [{ step: 'session', paste: 0, lines: [3] }] }],
    };
    const kept = trimRun(early).steps[0]?.pastes[0];
    expect((kept?.result?.value as { sessions: Array<{ line: number }> }).sessions[0]).toEqual({
      line: 1,
    });
    expect(kept?.trimmed?.citedFirst).toBeUndefined();
  });

  it('leaves ordinary pastes as they are', () => {
    const p = paste(12);
    expect(trimRun(run(p)).steps[0]?.pastes[0]).toBe(p);
  });
});

describe('forPage and withTexts', () => {
  const state: WizardState = {
    pastes: [
      { step: 'farm-status', text: 'farm', at: null },
      { step: 'session', text: 'the session table', at: 1 },
    ],
    answers: {},
    server: null,
    farm: null,
  };

  it('leaves the paste texts out and puts them back from the state', () => {
    const r = run({ ...paste(3), text: 'the session table' });
    const sent = forPage(r);
    expect(sent.steps[0]?.pastes[0]?.text).toBe('');
    expect(withTexts(sent, state).steps[0]?.pastes[0]?.text).toBe('the session table');
  });

  it('caps any other string the page would draw', () => {
    const huge = 'X'.repeat(5_000_000);
    const r = run(paste(1));
    r.findings = [
      {
        text: { 'en-US': huge, 'zh-CN': 'ok' },
        evidence: [],
      } as unknown as Run['findings'][number],
    ];
    const sent = forPage(r);
    const text = (sent.findings[0] as unknown as { text: Record<string, string> }).text;
    expect(text['en-US']).toHaveLength(VIEW_STRING_CHARS + 1);
    expect(text['zh-CN']).toBe('ok');
  });
});

describe('trimRun on a million unread lines', () => {
  it('keeps the first warnings and says how many there are', () => {
    const p = paste(0);
    const warnings = Array.from({ length: 1_000_000 }, (_, i) => ({
      code: 'unrecognised-line',
      message: 'Not understood: a',
      line: i + 2,
    }));
    const out = trimRun(run({ ...p, result: { ...p.result!, warnings } })).steps[0]?.pastes[0];
    expect(out?.result?.warnings).toHaveLength(VIEW_RECORDS);
    expect(out?.warningsTotal).toBe(1_000_000);
  });
});
