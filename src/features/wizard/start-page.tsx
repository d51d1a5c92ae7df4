import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { addSortedPastes, useWizardStore } from '@/stores/wizard-store';
import { library } from '@/stores/incidents';
import { useLang, useT } from '@/i18n/use-t';
import { exampleIncident } from './example-incident';
import { PasteInput } from './paste-input';
import { stepNames } from './step-titles';
import { useRun } from './use-run';
import { runSettled, sortText } from './run-store';
import { showSortSummary } from './sort-summary';

export function StartPage() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const run = useRun();
  const hasWork = useWizardStore((s) => s.wizard.pastes.length > 0);
  const [sorted, setSorted] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <section aria-labelledby="intro-heading" className="space-y-2">
        <h1 id="intro-heading">{t('appTitle')}</h1>
        <p className="m-0">{t('startIntro1')}</p>
        <p className="m-0">{t('startIntro2')}</p>
        <p className="m-0">{t('startIntro3')}</p>
      </section>
      <div className="flex flex-wrap gap-3">
        {hasWork && run.current ? (
          <Link
            to={`/step/${run.current}`}
            className="btn btn-primary no-underline hover:no-underline"
          >
            {t('continueWhere')}: {stepNames[run.current][lang]}
          </Link>
        ) : hasWork && run.diagnosis ? (
          <Link to="/diagnosis" className="btn btn-primary no-underline hover:no-underline">
            {t('continueWhere')}: {t('diagnosisTitle')}
          </Link>
        ) : (
          <Link to="/step/farm-status" className="btn btn-primary no-underline hover:no-underline">
            {t('startButton')}
          </Link>
        )}
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            void library()
              .then((m) => m.openAsIncident(exampleIncident(), 'example'))
              .then(() => navigate('/step/farm-status'));
          }}
        >
          {t('loadExample')}
        </button>
      </div>
      <section aria-labelledby="paste-all-heading" className="card space-y-2">
        <h2 id="paste-all-heading">{t('pasteAll')}</h2>
        <p className="m-0 text-sm text-muted">{t('pasteAllHelp')}</p>
        <PasteInput
          label={t('pasteAllLabel')}
          onCommit={async (text) => {
            const { pastes, summary } = await sortText(text);
            if (pastes.length === 0) {
              setSorted(t('sortedNone'));
              return;
            }
            addSortedPastes(pastes);
            setSorted(t('sortedReading'));
            // Straight to the verdict when the pastes complete the run, else to the first step
            // still missing its output; that page says what was filed where.
            const after = await runSettled();
            const route = after.current ? `/step/${after.current}` : '/diagnosis';
            showSortSummary(summary, route);
            setSorted(t('sortedInto', { count: pastes.length }));
            navigate(route);
          }}
        />
        <p role="status" className="m-0">
          {sorted}
        </p>
      </section>
    </div>
  );
}
