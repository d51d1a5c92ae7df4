import type { Evidence, Run } from '@/domain/run-types';
import { useT } from '@/i18n/use-t';

/** The cited lines themselves, with their numbers, as the diagnosis quotes them. */
export function EvidenceQuotes({ run, evidence }: { run: Run; evidence: Evidence[] }) {
  const t = useT();
  const quoted = evidence.flatMap((e) => {
    const paste = run.steps.find((s) => s.step === e.step)?.pastes[e.paste];
    if (!paste) return [];
    const lines = paste.text.split(/\r\n|\n|\r/);
    return e.lines.map((n) => ({ key: `${e.step}-${e.paste}-${n}`, n, text: lines[n - 1] ?? '' }));
  });
  if (quoted.length === 0) return null;
  return (
    <pre className="code-block m-0 mt-1 text-xs" aria-label={t('evidence')}>
      {quoted.map((q) => (
        <span key={q.key} className="block">
          <span className="text-slate-600 select-none dark:text-slate-300">{String(q.n).padStart(4)} | </span>
          {q.text}
        </span>
      ))}
    </pre>
  );
}
