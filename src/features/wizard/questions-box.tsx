import type { Question } from '@/domain/run-types';
import { setAnswer } from '@/stores/wizard-store';
import { useL, useT } from '@/i18n/use-t';
import { RichText } from '@/components/rich-text';

export function QuestionsBox({ questions }: { questions: Question[] }) {
  const t = useT();
  const l = useL();
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading" className="card space-y-3">
      <h2 id="questions-heading">{t('questionsTitle')}</h2>
      {questions.map((q) => (
        <fieldset key={q.id} data-question={q.id} className="m-0 border-0 p-0">
          <legend className="mb-1">
            <RichText text={l(q.text)} />
          </legend>
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
      ))}
    </section>
  );
}
