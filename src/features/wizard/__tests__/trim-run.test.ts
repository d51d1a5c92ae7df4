import { describe, expect, it } from 'vitest';
import type { ParsedPaste, Run } from '@/domain/run-types';
import { trimRun, VIEW_RECORDS } from '../trim-run';

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
});

describe('trimRun', () => {
  it('cuts a paste’s record list to what the page can show and says how long it was', () => {
    const out = trimRun(run(paste(15_396))).steps[0]?.pastes[0];
    const value = out?.result?.value as { sessions: unknown[]; totalFound: number };
    expect(value.sessions).toHaveLength(VIEW_RECORDS);
    expect(value.totalFound).toBe(15_396);
    expect(out?.trimmed).toEqual({ key: 'sessions', shown: VIEW_RECORDS, total: 15_396 });
  });

  it('leaves ordinary pastes as they are', () => {
    const p = paste(12);
    expect(trimRun(run(p)).steps[0]?.pastes[0]).toBe(p);
  });
});
