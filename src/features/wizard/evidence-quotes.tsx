import type { Evidence, Run } from '@/domain/run-types';
import { pastesFor } from '@/domain/wizard-state';
import { Visible } from '@/components/visible-text';
import { useLang, useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { cachedLineAccess, cutLine } from './line-access';
import { stepNames } from './step-titles';
import { runPasteName } from './paste-name';

/** A quoted line longer than this is cut (a hostile 20 MB line must not be drawn). */
const QUOTE_MAX = 400;

/** The cited lines themselves, with their numbers, one block per paste they come from. */
export function EvidenceQuotes({ run, evidence }: { run: Run; evidence: Evidence[] }) {
  const t = useT();
  const lang = useLang();
  const wizard = useWizardStore((s) => s.wizard);
  const blocks = evidence.flatMap((e) => {
    // Logs and counters count wherever they were pasted, also on a step off the current path.
    const paste =
      run.steps.find((s) => s.step === e.step)?.pastes[e.paste] ??
      pastesFor(wizard, e.step)[e.paste];
    if (!paste || e.lines.length === 0) return [];
    const lines = cachedLineAccess(paste.text);
    return [
      {
        key: `${e.step}-${e.paste}`,
        caption: `${stepNames[e.step][lang]} · ${runPasteName(run, e.step, e.paste, t('pasteLabel'))}`,
        quoted: e.lines.map((n) => ({
          n,
          text: cutLine(lines.line(n), QUOTE_MAX, (more) => t('longLineCut', { n: more })),
        })),
      },
    ];
  });
  return (
    <>
      {blocks.map((b) => (
        <div key={b.key} className="mt-1">
          <p className="m-0 text-xs text-muted">{b.caption}</p>
          <pre className="code-block m-0 text-xs" aria-label={`${t('evidence')}: ${b.caption}`}>
            {b.quoted.map((q) => (
              <span key={q.n} className="block">
                <span className="text-slate-600 select-none dark:text-slate-300">
                  {String(q.n).padStart(4)} |{' '}
                </span>
                <Visible text={q.text} />
              </span>
            ))}
          </pre>
        </div>
      ))}
    </>
  );
}
