import { useEffect, useMemo } from 'react';
import { buildReport } from '@/domain/report/report-model';
import { reportToMarkdown } from '@/domain/report/report-markdown';
import { reportToJson } from '@/domain/report/report-json';
import { useRun } from '@/features/wizard/use-run';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { downloadText } from './download-text';
import { ReportBody } from './report-sections';

/** The report: what survives the incident. Rendered from the same model as the Markdown export. */
export function ReportPage() {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const wizard = useWizardStore((s) => s.wizard);
  const run = useRun();
  const model = useMemo(
    () => buildReport(wizard, run, lang, { utcOffsetMinutes: -new Date().getTimezoneOffset() }),
    [wizard, run, lang],
  );
  const markdown = useMemo(() => reportToMarkdown(model), [model]);
  const L = model.labels;

  useEffect(() => {
    // Also the default file name of "Save as PDF".
    document.title = `${model.title} · ${model.generatedText.slice(0, 10)}`;
  }, [model.title, model.generatedText]);

  return (
    <article
      data-diagnosis={model.diagnosis?.id ?? 'none'}
      data-status={model.status}
      data-report
      className="report mx-auto max-w-4xl space-y-6"
    >
      <header className="report-header space-y-1 border-b-2 border-slate-700 pb-3 dark:border-slate-300">
        <p className="m-0 text-xs tracking-wide text-muted uppercase">{L.genericTitle}</p>
        <h1 className="m-0">{model.title}</h1>
        <p className="m-0 text-sm">
          <span className="whitespace-nowrap">
            {L.generated}
            {L.colon}
            <time dateTime={new Date(model.generatedAt).toISOString()}>{model.generatedText}</time>
          </span>
          {' · '}
          <span>
            {L.status}
            {L.colon}
            <strong>{model.statusText}</strong>
          </span>
        </p>
      </header>

      <div
        className="no-print flex flex-wrap items-center gap-2"
        role="group"
        aria-label={t('reportActions')}
      >
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
        <CopyButton text={markdown} visibleLabel={t('reportCopyMarkdown')} />
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => downloadText('slb-wizard-report.md', markdown, 'text/markdown')}
        >
          {t('reportDownloadMarkdown')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            downloadText('slb-wizard-run.json', reportToJson(wizard, run), 'application/json')
          }
        >
          {t('reportDownloadJson')}
        </button>
      </div>

      <ReportBody model={model} />
    </article>
  );
}
