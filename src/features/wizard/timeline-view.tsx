import type { Run } from '@/domain/run-types';
import { useT } from '@/i18n/use-t';
import { EvidenceQuotes } from './evidence-quotes';

/** The log entries around the first probe failure, oldest first, bad ones marked by shape and word. */
export function TimelineView({ run }: { run: Run }) {
  const t = useT();
  if (run.timeline.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading" className="card space-y-2">
      <h2 id="timeline-heading" className="m-0">
        {t('timelineTitle')}
      </h2>
      <p className="m-0 text-sm text-muted">{t('timelineIntro')}</p>
      <ol className="m-0 list-none space-y-3 p-0">
        {run.timeline.map((e, i) => (
          <li
            key={`${e.evidence.step}-${e.evidence.paste}-${e.evidence.lines[0] ?? i}-${i}`}
            data-timeline-entry={e.kind}
            data-bad={e.bad ? 'true' : 'false'}
            className={`border-l-4 pl-3 ${e.bad ? 'border-red-700 dark:border-red-400' : 'border-slate-300 dark:border-slate-600'}`}
          >
            <p className="m-0 flex flex-wrap items-baseline gap-x-2">
              <span className="font-mono text-sm whitespace-nowrap">{e.time}</span>{' '}
              <span className="text-xs font-semibold tracking-wide text-muted uppercase">
                {t(`timeline_${e.kind}`)}
              </span>{' '}
              {e.bad && (
                <span className="inline-flex items-center gap-1 rounded border-2 border-red-700 px-1 text-xs leading-5 font-bold text-red-800 dark:border-red-400 dark:text-red-200">
                  <span aria-hidden="true">■</span>
                  {t('timelineBad')}
                </span>
              )}{' '}
              <span className={`min-w-0 wrap-anywhere ${e.bad ? 'font-medium' : ''}`}>
                {e.text}
              </span>
            </p>
            <EvidenceQuotes run={run} evidence={[e.evidence]} />
          </li>
        ))}
      </ol>
    </section>
  );
}
