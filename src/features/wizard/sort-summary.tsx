import { Link } from 'react-router';
import { create } from 'zustand';
import { commandLabels } from '@/domain/parsers/command-ids';
import type { SortSummary } from '@/domain/graph/run-wizard';
import { useLang, useT } from '@/i18n/use-t';
import { Visible } from '@/components/visible-text';
import { stepNames } from './step-titles';

/**
 * What one "paste everything" filed where, shown on the page the wizard went to next (the
 * diagnosis, or the first step still missing its output). It is about that moment, not the
 * incident, so it lives here and not in the wizard state.
 */
export const useSortSummary = create<{ summary: SortSummary | null; route: string | null }>()(
  () => ({ summary: null, route: null }),
);

export function showSortSummary(summary: SortSummary, route: string): void {
  useSortSummary.setState({ summary, route });
}

const label = (c: string) =>
  c in commandLabels ? commandLabels[c as keyof typeof commandLabels] : c;

export function SortSummaryCard({ route }: { route: string }) {
  const t = useT();
  const lang = useLang();
  const { summary, route: at } = useSortSummary();
  if (!summary || at !== route) return null;
  const close = () => useSortSummary.setState({ summary: null, route: null });
  return (
    <section aria-labelledby="sorted-heading" className="card space-y-2" data-sort-summary>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="sorted-heading" className="m-0">
          {t('sortedTitle')}
        </h2>
        <button type="button" className="btn btn-secondary" onClick={close}>
          {t('close')}
        </button>
      </div>
      {summary.filed.length > 0 && (
        <ul className="m-0 list-none space-y-1 p-0" data-filed>
          {summary.filed.map((f) => (
            <li key={f.step} data-filed-step={f.step}>
              <span aria-hidden="true">✓ </span>
              <Link to={`/step/${f.step}`}>{stepNames[f.step][lang]}</Link>
              {t('colon')}
              {f.commands.map((c, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <code>{label(c)}</code>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {summary.notUnderstood.length > 0 && (
        <div data-not-understood>
          <p className="m-0 font-medium">
            <span aria-hidden="true">▲ </span>
            {t('sortedNotUnderstood', {
              count: summary.notUnderstood.length,
              step: stepNames['farm-status'][lang],
            })}
          </p>
          <ul className="m-0 list-disc pl-5 text-sm">
            {summary.notUnderstood.slice(0, 20).map((o, i) => (
              <li key={i}>
                <code>
                  <Visible text={o.firstLine || '…'} />
                </code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
