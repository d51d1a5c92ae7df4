/**
 * What the page needs of a run computed in the worker. Structured-cloning a 10 MB session table's
 * 100 000 parsed records to the main thread blocks it for longer than the 200 ms budget, and the
 * page shows only the first rows of a parse: each paste's record list is cut to what can be shown,
 * and the paste says how long it was. Findings, their evidence and everything else are kept whole.
 */
import type { ParsedPaste, Run } from '@/domain/run-types';
import { pastesFor, type WizardState } from '@/domain/wizard-state';

/** Records kept per paste: what a table can show after a few "show more" (at most two rows a record). */
export const VIEW_RECORDS = 250;

/** Rows a table shows before "Show more": a cited record past them would be out of sight. */
export const FIRST_ROWS = 50;

/** The lines a parsed record spans: its own `line`/`endLine` and those of the rows it holds. */
function span(record: unknown): [number, number] | null {
  if (!record || typeof record !== 'object') return null;
  let lo = Infinity;
  let hi = -Infinity;
  const see = (r: Record<string, unknown>) => {
    for (const k of ['line', 'endLine', 'nameLine'] as const) {
      const n = r[k];
      if (typeof n === 'number') {
        lo = Math.min(lo, n);
        hi = Math.max(hi, n);
      }
    }
  };
  see(record as Record<string, unknown>);
  for (const v of Object.values(record))
    if (Array.isArray(v) && v.length < 10_000)
      for (const x of v) if (x && typeof x === 'object') see(x as Record<string, unknown>);
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A long list shows the records the findings cite first (the session the probe uses, the group
 * that matters), then the others in the paste's order; only what the page can show is kept.
 */
function trimPaste(p: ParsedPaste, cited: readonly number[]): ParsedPaste {
  const out = trimIssues(p);
  const value = out.result?.value;
  if (!out.result || value === null || typeof value !== 'object') return out;
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list) || list.length <= FIRST_ROWS) continue;
    const isCited = (r: unknown) => {
      const s = span(r);
      return s !== null && cited.some((n) => n >= s[0] && n <= s[1]);
    };
    const late = cited.length > 0 && list.slice(FIRST_ROWS).some(isCited);
    const first = late ? list.filter(isCited) : [];
    const ordered = late ? [...first, ...list.filter((r) => !isCited(r))] : list;
    if (!late && list.length <= VIEW_RECORDS) continue;
    const shown = Math.min(VIEW_RECORDS, ordered.length);
    return {
      ...out,
      result: { ...out.result, value: { ...value, [key]: ordered.slice(0, shown) } },
      trimmed: { key, shown, total: list.length, ...(late ? { citedFirst: first.length } : {}) },
    };
  }
  return out;
}

/** A million lines of nonsense are a million "not understood" warnings: the page lists the first. */
function trimIssues(p: ParsedPaste): ParsedPaste {
  const r = p.result;
  if (!r || (r.warnings.length <= VIEW_RECORDS && r.errors.length <= VIEW_RECORDS)) return p;
  return {
    ...p,
    result: {
      ...r,
      warnings: r.warnings.slice(0, VIEW_RECORDS),
      errors: r.errors.slice(0, VIEW_RECORDS),
    },
    warningsTotal: r.warnings.length,
  };
}

export function trimRun(run: Run): Run {
  const citedIn = (step: string, paste: number) =>
    run.findings.flatMap((f) =>
      f.evidence.filter((e) => e.step === step && e.paste === paste).flatMap((e) => e.lines),
    );
  return {
    ...run,
    steps: run.steps.map((s) => ({
      ...s,
      pastes: s.pastes.map((p) => trimPaste(p, citedIn(s.step, p.index))),
    })),
  };
}

/**
 * Characters of any one string the page is sent (a finding naming a value, a log line): a hostile
 * 20 MB line parsed into a name would otherwise be copied and drawn whole.
 */
export const VIEW_STRING_CHARS = 10_000;

function capStrings<T>(v: T): T {
  if (typeof v === 'string')
    return (v.length > VIEW_STRING_CHARS ? `${v.slice(0, VIEW_STRING_CHARS)}…` : v) as T;
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x: unknown) => {
      const y = capStrings(x);
      if (y !== x) changed = true;
      return y;
    });
    return (changed ? out : v) as T;
  }
  if (v !== null && typeof v === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const y = capStrings(x);
      if (y !== x) changed = true;
      out[k] = y;
    }
    return (changed ? out : v) as T;
  }
  return v;
}

/**
 * What the worker sends the page: the trimmed run, with each paste's text left out (the page has
 * it: `withTexts` puts it back) and every other string capped.
 */
export function forPage(run: Run): Run {
  const trimmed = trimRun(run);
  return capStrings({
    ...trimmed,
    steps: trimmed.steps.map((s) => ({ ...s, pastes: s.pastes.map((p) => ({ ...p, text: '' })) })),
  });
}

/** Puts the texts `forPage` left out back, from the state the run was computed from. */
export function withTexts(run: Run, state: WizardState): Run {
  return {
    ...run,
    steps: run.steps.map((s) => {
      const own = pastesFor(state, s.step);
      return { ...s, pastes: s.pastes.map((p) => ({ ...p, text: own[p.index]?.text ?? '' })) };
    }),
  };
}
