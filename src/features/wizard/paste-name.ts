import { commandLabels, type CommandId } from '@/domain/parsers/command-ids';
import type { Finding, Run, Severity } from '@/domain/run-types';
import type { StepId } from '@/domain/wizard-state';

/**
 * What a citation calls a paste: the command it is the output of (`display link-aggregation
 * verbose`), numbered only when the step holds several. "Output of the command 2" says nothing
 * at 3 a.m.
 */
export function pasteName(
  command: CommandId,
  index: number,
  count: number,
  fallback: string,
): string {
  const name =
    command in commandLabels ? commandLabels[command as keyof typeof commandLabels] : null;
  if (!name) return `${fallback} ${index + 1}`;
  return count > 1 ? `${name} (${index + 1})` : name;
}

/** The name of paste `index` of `step` in this run, or null when the run does not hold it. */
export function runPasteName(run: Run, step: StepId, index: number, fallback: string): string {
  const s = run.steps.find((x) => x.step === step);
  const p = s?.pastes[index];
  return p ? pasteName(p.command, index, s.pastes.length, fallback) : `${fallback} ${index + 1}`;
}

const rank: Record<Severity, number> = { info: 0, ok: 1, warning: 2, problem: 3 };

/** Each cited line of one paste with the worst severity of the findings citing it. */
export function citedLines(
  findings: Finding[],
  step: StepId,
  paste: number,
): Map<number, Severity> {
  const out = new Map<number, Severity>();
  for (const f of findings)
    for (const e of f.evidence)
      if (e.step === step && e.paste === paste)
        for (const n of e.lines) {
          const severity = e.healthy?.includes(n) ? 'ok' : f.severity;
          const had = out.get(n);
          if (had === undefined || rank[severity] > rank[had]) out.set(n, severity);
        }
  return out;
}
