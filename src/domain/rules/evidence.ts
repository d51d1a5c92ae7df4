import type { Evidence, Finding, Localized, Severity } from '../run-types';
import type { FieldLines } from '../parsers/shared/parse-result';
import type { StepId } from '../wizard-state';

/** One usable paste: the step it was pasted at, its index among that step's pastes, its text and its parsed value. */
export interface StepInput<T> {
  step: StepId;
  index: number;
  text: string;
  value: T;
}

/** Yes/no answers by question id. */
export type Answers = Record<string, 'yes' | 'no'>;

export function ev(step: StepId, paste: number, lines: Array<number | null | undefined>): Evidence {
  const clean = [...new Set(lines.filter((n): n is number => typeof n === 'number' && n > 0))].sort(
    (a, b) => a - b,
  );
  return { step, paste, lines: clean };
}

export function finding(
  id: string,
  step: StepId,
  severity: Severity,
  text: Localized,
  evidence: Evidence[],
  subjects: string[],
): Finding {
  return { id, step, severity, text, evidence: mergeEvidence(evidence), subjects };
}

/** One entry per (step, paste), lines merged and sorted; empty ones dropped. */
export function mergeEvidence(evidence: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence) {
    if (e.lines.length === 0) continue;
    const same = out.find((o) => o.step === e.step && o.paste === e.paste);
    if (same) {
      same.lines = [...new Set([...same.lines, ...e.lines])].sort((a, b) => a - b);
      const healthy = [...new Set([...(same.healthy ?? []), ...(e.healthy ?? [])])];
      if (healthy.length) same.healthy = healthy.sort((a, b) => a - b);
    } else
      out.push({
        step: e.step,
        paste: e.paste,
        lines: [...e.lines],
        ...(e.healthy?.length ? { healthy: [...e.healthy] } : {}),
      });
  }
  return out;
}

/**
 * The line a field was read from; when the parser did not record it, the first line between
 * `from` and `to` (1-based, inclusive) that matches `pattern`.
 */
export function fieldLine(
  text: string,
  lines: FieldLines | undefined,
  keys: string[],
  pattern: RegExp | null,
  from = 1,
  to = Number.MAX_SAFE_INTEGER,
): number | null {
  for (const k of keys) {
    const n = lines?.[k];
    if (typeof n === 'number') return n;
  }
  if (!pattern) return null;
  const all = text.split(/\r\n|\n|\r/);
  for (let i = Math.max(1, from); i <= Math.min(all.length, to); i++) {
    if (pattern.test(all[i - 1] ?? '')) return i;
  }
  return null;
}
