import { Link } from 'react-router';
import type { Choice, Decision } from '@/domain/run-types';
import { chooseFarm, chooseServer } from '@/stores/wizard-store';
import { useL, useLang, useT } from '@/i18n/use-t';
import { RichText } from '@/components/rich-text';
import { stepNames } from './step-titles';

const choose = (kind: Choice['kind'], value: string | null) =>
  kind === 'farm' ? chooseFarm(value) : chooseServer(value);

/**
 * The farm or real server the run follows. While the run waits for it, it is the page's call to
 * action; once chosen (by the engineer or the engine) it says which and why, and stays changeable.
 * It keeps its place either way, so choosing never moves the radio that has the focus.
 */
export function ChoiceBox({
  choice,
  decision,
  diagnosisTitle,
}: {
  choice: Choice;
  decision: Decision | null;
  diagnosisTitle: string | null;
}) {
  const t = useT();
  const l = useL();
  const lang = useLang();
  const waiting = choice.selected === null;
  const selected = choice.options.find((o) => o.value === choice.selected);
  const name = selected?.label ?? choice.selected ?? '';
  const farm = choice.kind === 'farm';
  const heading = waiting
    ? t(farm ? 'choiceHeadingFarmWaiting' : 'choiceHeadingServerWaiting')
    : t(farm ? 'choiceHeadingFarm' : 'choiceHeadingServer', { name });
  const group = `choice-${choice.kind}`;

  return (
    <section
      aria-labelledby={`${group}-heading`}
      data-choice={choice.kind}
      data-waiting={waiting ? 'true' : 'false'}
      data-next-action={waiting ? 'true' : undefined}
      className={
        waiting
          ? 'card space-y-3 border-2 border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950'
          : 'card space-y-3'
      }
    >
      <h2 id={`${group}-heading`} className="m-0" tabIndex={-1}>
        {waiting && (
          <span aria-hidden="true" className="mr-2">
            ▶
          </span>
        )}
        {heading}
      </h2>
      {waiting ? (
        <p className="m-0">{t(farm ? 'choiceWaitingFarm' : 'choiceWaitingServer')}</p>
      ) : (
        choice.reason && (
          <p className="m-0">
            <strong>
              {t('choiceWhy')}
              {t('colon')}
            </strong>
            <RichText text={l(choice.reason)} />
            {lang === 'zh-CN' ? '' : ' '}
            {t('choiceChangeHint')}
          </p>
        )
      )}
      <fieldset className="m-0 min-w-0 border-0 p-0">
        <legend className="mb-2 font-semibold">{l(choice.question)}</legend>
        <ul className="m-0 list-none space-y-1 p-0">
          {choice.options.map((o) => {
            const checked = o.value === choice.selected;
            return (
              <li key={o.value}>
                <label
                  className={`flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border px-3 py-2 ${
                    checked
                      ? 'border-blue-700 bg-blue-50 dark:border-blue-300 dark:bg-blue-950'
                      : 'border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800'
                  }`}
                  data-option={o.value}
                  data-failing={o.failing ? 'true' : 'false'}
                >
                  <input
                    type="radio"
                    name={group}
                    value={o.value}
                    checked={checked}
                    onChange={() => choose(choice.kind, o.value)}
                    className="size-4 self-center"
                  />
                  <span className="font-mono font-semibold break-all">{o.label}</span>{' '}
                  {o.failing ? (
                    <span className="inline-flex items-center gap-1 rounded border-2 border-red-700 px-1.5 text-xs leading-5 font-bold text-red-800 dark:border-red-400 dark:text-red-200">
                      <span aria-hidden="true">■</span>
                      {t('choiceFailing')}
                    </span>
                  ) : (
                    <span className="inline-flex items-center gap-1 text-xs leading-5 text-muted">
                      <span aria-hidden="true">✓</span>
                      {t('choiceHealthy')}
                    </span>
                  )}{' '}
                  <span className={o.failing ? 'font-medium' : 'text-muted'}>{l(o.summary)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!waiting && (choice.byUser || decision) && (
        <div className="flex flex-wrap items-center gap-3">
          {choice.byUser && decision && (
            <Link
              to={'step' in decision.to ? `/step/${decision.to.step}` : '/diagnosis'}
              className="btn btn-primary no-underline hover:no-underline"
            >
              {t('choiceContinue', {
                target:
                  'step' in decision.to
                    ? stepNames[decision.to.step][lang]
                    : (diagnosisTitle ?? t('diagnosisTitle')),
              })}
            </Link>
          )}
          {choice.byUser && (
            <button
              type="button"
              className="btn btn-link text-sm"
              onClick={() => choose(choice.kind, null)}
            >
              {t('choiceClear')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
