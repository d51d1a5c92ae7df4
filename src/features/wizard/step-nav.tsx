import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Run } from '@/domain/run-types';
import type { StepId } from '@/domain/wizard-state';
import { stepStates, type StepState } from '@/domain/graph/path-progress';
import { useLang, useT } from '@/i18n/use-t';
import { stepNames } from './step-titles';

// A mark and a word for each state, so it is not told by colour alone.
const mark: Record<StepState, string> = {
  done: '✓',
  waiting: '●',
  skipped: '↷',
  'not-reached': '○',
};

/** The path so far: every visited step is a link back; steps not reached are listed, not linked. */
export function StepNav({ run, active }: { run: Run; active: StepId | 'diagnosis' | null }) {
  const t = useT();
  const lang = useLang();
  const list = useRef<HTMLOListElement>(null);
  // In the one-row form, bring the page's own step into view (without scrolling the page).
  useEffect(() => {
    const ol = list.current;
    const here = ol?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!ol || !here || ol.scrollWidth <= ol.clientWidth) return;
    ol.scrollLeft = Math.max(0, here.offsetLeft - ol.offsetLeft - 16);
  }, [active]);
  return (
    <nav aria-label={t('steps')} className="no-print min-w-0">
      {/* One scrolling row on narrow screens, so the page's own content starts on the first screen. */}
      <ol
        ref={list}
        className="m-0 flex list-none gap-1 overflow-x-auto p-1 whitespace-nowrap lg:block lg:p-0 lg:space-y-1 lg:overflow-visible lg:whitespace-normal"
      >
        {stepStates(run).map(({ step: id, state }) => {
          const current = id === active;
          const name = stepNames[id][lang];
          const label = <span className="sr-only"> ({t(`stepState_${state}`)})</span>;
          return (
            // Positioned, so the hidden state words stay inside the scrolling row on a phone.
            <li key={id} data-step-state={state} className="relative">
              {state !== 'not-reached' ? (
                <Link
                  to={`/step/${id}`}
                  aria-current={current ? 'step' : undefined}
                  className={`block rounded-md px-2 py-1 no-underline ${current ? 'bg-blue-700 text-white dark:bg-blue-400 dark:text-slate-950' : 'hover:bg-slate-200 dark:hover:bg-slate-800'}`}
                >
                  <span aria-hidden="true">{mark[state]} </span>
                  {name}
                  {label}
                  {state === 'skipped' && (
                    <span className="ml-1 text-xs" aria-hidden="true">
                      ({t('stepState_skipped')})
                    </span>
                  )}
                </Link>
              ) : (
                <span className="block px-2 py-1 text-slate-600 dark:text-slate-400">
                  <span aria-hidden="true">{mark[state]} </span>
                  {name}
                  {label}
                </span>
              )}
            </li>
          );
        })}
        <li>
          {run.diagnosis ? (
            <Link
              to="/diagnosis"
              aria-current={active === 'diagnosis' ? 'step' : undefined}
              className={`block rounded-md px-2 py-1 no-underline ${active === 'diagnosis' ? 'bg-blue-700 text-white dark:bg-blue-400 dark:text-slate-950' : 'hover:bg-slate-200 dark:hover:bg-slate-800'}`}
            >
              ★ {t('diagnosisTitle')}
            </Link>
          ) : (
            <span className="block px-2 py-1 text-slate-600 dark:text-slate-400">
              ○ {t('diagnosisTitle')}
            </span>
          )}
        </li>
        {/* After the diagnosis: the verification outputs re-run after the fix. */}
        <li>
          {run.diagnosis && run.current === null ? (
            <Link
              to="/step/verify"
              aria-current={active === 'verify' ? 'step' : undefined}
              className={`block rounded-md px-2 py-1 no-underline ${active === 'verify' ? 'bg-blue-700 text-white dark:bg-blue-400 dark:text-slate-950' : 'hover:bg-slate-200 dark:hover:bg-slate-800'}`}
            >
              {run.resolution?.status === 'resolved' ? '✓ ' : '○ '}
              {stepNames.verify[lang]}
            </Link>
          ) : (
            <span className="block px-2 py-1 text-slate-600 dark:text-slate-400">
              ○ {stepNames.verify[lang]}
            </span>
          )}
        </li>
      </ol>
    </nav>
  );
}
