import { Link } from 'react-router';
import type { StepRun } from '@/domain/run-types';
import { useL, useLang, useT } from '@/i18n/use-t';
import { stepNames } from './step-titles';
import { RichText } from '@/components/rich-text';

/** Where the graph goes from this step, and the reason in words. */
export function NextBox({
  stepRun,
  diagnosisTitle,
}: {
  stepRun: StepRun;
  diagnosisTitle: string | null;
}) {
  const t = useT();
  const l = useL();
  const lang = useLang();
  const d = stepRun.decision;
  return (
    <section aria-labelledby="next-heading" className="card space-y-2">
      <h2 id="next-heading" tabIndex={-1}>
        {t('nextTitle')}
      </h2>
      {d ? (
        <>
          <p className="m-0" data-verdict>
            <strong>
              {t('why')}
              {t('colon')}
            </strong>
            <RichText text={l(d.reason)} />
          </p>
          {'step' in d.to ? (
            <Link
              to={`/step/${d.to.step}`}
              className="btn btn-primary no-underline hover:no-underline"
              data-next-action
            >
              {t('goNext', { target: stepNames[d.to.step][lang] })}
            </Link>
          ) : (
            <Link
              to="/diagnosis"
              className="btn btn-primary no-underline hover:no-underline"
              data-next-action
            >
              {t('seeDiagnosis')}
              {diagnosisTitle ? `: ${diagnosisTitle}` : ''}
            </Link>
          )}
        </>
      ) : (
        <p
          className={stepRun.choice?.selected === null ? 'm-0 font-medium' : 'm-0 text-muted'}
          data-next-action={stepRun.choice?.selected === null ? undefined : 'true'}
        >
          {stepRun.choice?.selected === null
            ? t(stepRun.choice.kind === 'farm' ? 'waitingChoiceFarm' : 'waitingChoiceServer')
            : t('waitingInput')}
        </p>
      )}
    </section>
  );
}
