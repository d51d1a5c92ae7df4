/**
 * What the page needs of a run computed in the worker. Structured-cloning a 10 MB session table's
 * 100 000 parsed records to the main thread blocks it for longer than the 200 ms budget, and the
 * page shows only the first rows of a parse: each paste's record list is cut to what can be shown,
 * and the paste says how long it was. Findings, their evidence and everything else are kept whole.
 */
import type { ParsedPaste, Run } from '@/domain/run-types';

/** Records kept per paste: more than any table shows (200 rows, at most two a record). */
export const VIEW_RECORDS = 250;

function trimPaste(p: ParsedPaste): ParsedPaste {
  const value = p.result?.value;
  if (!p.result || value === null || typeof value !== 'object') return p;
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list) || list.length <= VIEW_RECORDS) continue;
    return {
      ...p,
      result: { ...p.result, value: { ...value, [key]: list.slice(0, VIEW_RECORDS) } },
      trimmed: { key, shown: VIEW_RECORDS, total: list.length },
    };
  }
  return p;
}

export function trimRun(run: Run): Run {
  return { ...run, steps: run.steps.map((s) => ({ ...s, pastes: s.pastes.map(trimPaste) })) };
}
