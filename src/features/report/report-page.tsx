import { useEffect, useId, useMemo, useState } from 'react';
import { buildReport } from '@/domain/report/report-model';
import { reportToMarkdown } from '@/domain/report/report-markdown';
import { reportToJson } from '@/domain/report/report-json';
import { useRun } from '@/features/wizard/use-run';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { downloadText } from '@/components/download-text';
import { PathDiagram } from '@/features/wizard/path-diagram';
import { DetailsForm } from './details-form';
import { ReportBody } from './report-sections';
import { useExportSource } from './use-export-source';

/**
 * The report: what survives the incident. Rendered from the same model as the Markdown export,
 * and built from the same state as every export: without secrets, redacted when asked.
 */
export function ReportPage() {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const wizard = useWizardStore((s) => s.wizard);
  const run = useRun();
  const [redact, setRedact] = useState(false);
  const hintId = useId();
  const status = useExportSource(wizard, run, redact);
  const source = status.kind === 'ready' ? status.source : null;
  const model = useMemo(
    () =>
      source &&
      buildReport(source.state, source.run, lang, {
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
      }),
    [source, lang],
  );
  const markdown = useMemo(() => (model ? reportToMarkdown(model) : ''), [model]);

  useEffect(() => {
    // Also the default file name of "Save as PDF".
    if (model) document.title = model.incident.fileBase;
  }, [model]);

  const actions = (
    <div className="no-print space-y-2">
      <div
        className="flex flex-wrap items-center gap-2"
        role="group"
        aria-label={t('reportActions')}
      >
        <button
          type="button"
          className="btn btn-primary"
          disabled={!model}
          onClick={() => window.print()}
        >
          {t('reportPrint')}
        </button>
        {model ? (
          <CopyButton text={markdown} visibleLabel={t('reportCopyMarkdown')} />
        ) : (
          <button type="button" className="btn btn-secondary" disabled>
            {t('reportCopyMarkdown')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!model}
          onClick={() =>
            downloadText(
              `${model?.incident.fileBase ?? 'slb-wizard-report'}.md`,
              markdown,
              'text/markdown',
            )
          }
        >
          {t('reportDownloadMarkdown')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!source}
          onClick={() =>
            source &&
            downloadText(
              `${model?.incident.fileBase ?? 'slb-wizard-run'}.json`,
              reportToJson(source.state, source.run),
              'application/json',
            )
          }
        >
          {t('reportDownloadJson')}
        </button>
      </div>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={redact}
          aria-describedby={hintId}
          onChange={(e) => setRedact(e.target.checked)}
        />
        <span>{t('reportRedact')}</span>
      </label>
      <p id={hintId} className="m-0 text-sm text-muted">
        {t('reportRedactHint')}
      </p>
    </div>
  );

  if (!model) {
    return (
      <article data-report data-redacted={redact} className="report mx-auto max-w-4xl space-y-6">
        {actions}
        {status.kind === 'failed' ? (
          <p role="alert">{t('reportFailed', { reason: status.reason })}</p>
        ) : (
          <p role="status">{t('reportPreparing')}</p>
        )}
      </article>
    );
  }

  const L = model.labels;
  return (
    <article
      data-diagnosis={model.diagnosis?.id ?? 'none'}
      data-status={model.status}
      data-redacted={redact}
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

      {actions}
      <DetailsForm run={run} />

      <ReportBody model={model} diagram={source && <PathDiagram run={source.run} wordsOpen />} />
    </article>
  );
}
