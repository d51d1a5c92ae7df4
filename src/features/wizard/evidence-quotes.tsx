import type { Evidence, Run } from '@/domain/run-types';
import { splitLines } from '@/domain/parsers/shared/normalise';
import { pastesFor } from '@/domain/wizard-state';
import { useLang, useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { stepNames } from './step-titles';

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
    const lines = splitLines(paste.text);
    return [
      {
        key: `${e.step}-${e.paste}`,
        caption: `${stepNames[e.step][lang]} · ${t('pasteLabel')} ${e.paste + 1}`,
        quoted: e.lines.map((n) => ({ n, text: lines[n - 1] ?? '' })),
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
                {q.text}
              </span>
            ))}
          </pre>
        </div>
      ))}
    </>
  );
}
