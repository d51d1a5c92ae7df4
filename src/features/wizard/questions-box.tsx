import type { Question } from '@/domain/run-types';
import { Visible } from '@/components/visible-text';
import { setAnswer } from '@/stores/wizard-store';
import { useL, useT } from '@/i18n/use-t';
import { CommandCopy } from '@/components/command-copy';
import { RichText } from '@/components/rich-text';

export function QuestionsBox({ questions }: { questions: Question[] }) {
  const t = useT();
  const l = useL();
  if (questions.length === 0) return null;
  const allAnswered = questions.every((q) => q.answeredBy);
  return (
    <section aria-labelledby="questions-heading" className="card space-y-3">
      <h2 id="questions-heading">{t(allAnswered ? 'questionsAnsweredTitle' : 'questionsTitle')}</h2>
      {questions.map((q) =>
        q.answeredBy ? (
          <div key={q.id} data-question={q.id} data-answered-by={q.answeredBy.finding}>
            <p className="m-0 mb-1">
              <RichText text={l(q.text)} />
            </p>
            <p className="m-0 rounded-md border-l-4 border-green-700 bg-white py-2 pr-2 pl-3 dark:border-green-400 dark:bg-slate-900">
              <strong>
                <span aria-hidden="true">✓ </span>
                {t('questionAnswered')}
                {t('colon')}
              </strong>
              <RichText text={l(q.answeredBy.text)} />
            </p>
          </div>
        ) : (
          <fieldset key={q.id} data-question={q.id} className="m-0 min-w-0 border-0 p-0">
            <legend className="mb-1">
              <RichText text={l(q.text)} />
            </legend>
            {q.command && (
              <div className="mb-2 space-y-1">
                <p className="m-0 text-sm text-muted">{t('questionCommand')}</p>
                <div className="flex flex-wrap items-center gap-2">
                  <code className="code-block grow py-1.5" data-question-command>
                    <Visible text={q.command} />
                  </code>
                  <CommandCopy text={q.command} label={`${t('copy')}: ${q.command}`} />
                </div>
              </div>
            )}
            <div className="flex flex-wrap gap-4">
              {(['yes', 'no'] as const).map((a) => (
                <label key={a} className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`q-${q.id}`}
                    checked={q.answer === a}
                    onChange={() => setAnswer(q.id, a)}
                  />
                  {t(a)}
                </label>
              ))}
              {q.answer !== null && (
                <button
                  type="button"
                  className="btn btn-link text-sm"
                  onClick={() => setAnswer(q.id, null)}
                >
                  {t('clearAnswer')}
                </button>
              )}
            </div>
          </fieldset>
        ),
      )}
    </section>
  );
}
