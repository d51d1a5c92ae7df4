import { useEffect, useMemo } from 'react';
import { buildReport, type ReportCliBlock, type ReportModel } from '@/domain/report/report-model';
import { reportToMarkdown } from '@/domain/report/report-markdown';
import { reportToJson } from '@/domain/report/report-json';
import { useRun } from '@/features/wizard/use-run';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { downloadText } from './download-text';

/** The report: what survives the incident. Rendered from the same model as the Markdown export. */
export function ReportPage() {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const wizard = useWizardStore((s) => s.wizard);
  const run = useRun();
  const model = useMemo(() => buildReport(wizard, run, lang, { utcOffsetMinutes: -new Date().getTimezoneOffset() }), [wizard, run, lang]);
  const markdown = useMemo(() => reportToMarkdown(model), [model]);
  const L = model.labels;

  useEffect(() => {
    document.title = model.title;
  }, [model.title]);

  return (
    <article data-diagnosis={model.diagnosis?.id ?? 'none'} data-report className="report mx-auto max-w-4xl space-y-5">
      <header className="space-y-1 border-b border-slate-400 pb-3">
        <h1 className="m-0">{model.title}</h1>
        <p className="m-0 text-sm">
          {L.generated}
          {L.colon}
          {model.generatedText} · {L.status}
          {L.colon}
          {model.statusText}
        </p>
      </header>

      <div className="no-print flex flex-wrap gap-2" role="group" aria-label={t('report')}>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
        <CopyButton text={markdown} label={t('reportCopyMarkdown')} />
        <button type="button" className="btn btn-secondary" onClick={() => downloadText('slb-wizard-report.md', markdown, 'text/markdown')}>
          {t('reportDownloadMarkdown')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => downloadText('slb-wizard-run.json', reportToJson(wizard, run), 'application/json')}>
          {t('reportDownloadJson')}
        </button>
      </div>

      <section className="report-section" aria-labelledby="r-diagnosis">
        <h2 id="r-diagnosis">{L.diagnosis}</h2>
        {model.diagnosis ? (
          <>
            <p className="m-0 font-semibold">
              {model.diagnosis.title} <code className="text-sm font-normal">({model.diagnosis.id})</code>
            </p>
            <p className="m-0">
              {L.cause}
              {L.colon}
              {model.diagnosis.cause}
            </p>
            {model.diagnosis.known.length > 0 && (
              <ul className="pl-5">
                {model.diagnosis.known.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <p className="m-0">{L.noDiagnosisYet}</p>
            <ul className="pl-5">
              {model.knownSoFar.length === 0 ? <li>{L.nothingKnownYet}</li> : model.knownSoFar.map((k, i) => <li key={i}>{`${k.severityLabel}${L.colon}${k.text}`}</li>)}
            </ul>
          </>
        )}
      </section>

      <ReportModelSections model={model} />
    </article>
  );
}

function Block({ b }: { b: ReportCliBlock }) {
  return (
    <div className="report-keep space-y-1">
      <p className="m-0 text-sm font-semibold">{b.device}</p>
      <pre className="code-block m-0 text-xs">{b.text}</pre>
    </div>
  );
}

function ReportModelSections({ model }: { model: ReportModel }) {
  const L = model.labels;
  return (
    <>
      <section className="report-section" aria-labelledby="r-path">
        <h2 id="r-path">{L.path}</h2>
        {model.path.length === 0 ? (
          <p>{L.pathEmpty}</p>
        ) : (
          <ol className="space-y-1 pl-5">
            {model.path.map((turn) => (
              <li key={turn.step} className="report-keep">
                <strong>{turn.title}</strong> → {turn.to.title}
                <br />
                <span className="text-sm">{turn.reason}</span>
              </li>
            ))}
          </ol>
        )}
        {model.current && (
          <div className="report-keep">
            <p className="m-0 font-semibold">
              {L.currentStep}
              {L.colon}
              {model.current.title} ({L.waitingHere})
            </p>
            {model.current.commands.map((c) => (
              <pre key={c.command} className="code-block m-0 mt-1 text-xs">
                {c.command}
              </pre>
            ))}
          </div>
        )}
      </section>

      <section className="report-section" aria-labelledby="r-findings">
        <h2 id="r-findings">{L.findings}</h2>
        {model.findings.length === 0 ? (
          <p>{L.noFindings}</p>
        ) : (
          <ol className="space-y-3 pl-5">
            {model.findings.map((f, i) => (
              <li key={`${f.step}-${f.id}-${i}`} className="report-keep" data-finding={f.id}>
                <p className="m-0">
                  <strong>[{f.severityLabel}]</strong> {f.text} <span className="text-sm">({f.stepTitle})</span>
                </p>
                {f.evidence.map((e) => (
                  <div key={`${e.step}-${e.pasteIndex}`} className="mt-1">
                    <p className="m-0 text-xs">
                      {L.evidence}
                      {L.colon}
                      {e.stepTitle}, {e.pasteLabel}, {e.atText}
                    </p>
                    <pre className="code-block m-0 text-xs">
                      {e.lines.map((q) => `${String(q.lineNo).padStart(4)} | ${q.text ?? L.lineMissing}`).join('\n')}
                    </pre>
                  </div>
                ))}
              </li>
            ))}
          </ol>
        )}
      </section>

      {(model.fix.length > 0 || model.rollback.length > 0 || model.verify.length > 0) && (
        <section className="report-section space-y-3" aria-labelledby="r-fix">
          <h2 id="r-fix">{L.fix}</h2>
          {model.fix.map((b, i) => (
            <Block key={i} b={b} />
          ))}
          {model.rollback.length > 0 && <h3>{L.rollback}</h3>}
          {model.rollback.map((b, i) => (
            <Block key={i} b={b} />
          ))}
          {model.verify.length > 0 && <h3>{L.verify}</h3>}
          <ul className="space-y-2 pl-5">
            {model.verify.map((v) => (
              <li key={v.command} className="report-keep">
                {v.device}
                {L.colon}
                <code>{v.command}</code>
                <br />
                {L.expect}
                {L.colon}
                {v.expect}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="report-section" aria-labelledby="r-pastes">
        <h2 id="r-pastes">{L.pastes}</h2>
        {model.pastes.length === 0 && <p>{L.noPastes}</p>}
        {model.pastes.map((p) => (
          <div key={`${p.step}-${p.pasteIndex}`} className="mt-2">
            <p className="m-0 text-sm font-semibold">
              {p.stepTitle}, {p.pasteLabel} · {p.atText} · {p.lineCountText}
            </p>
            <pre className="code-block m-0 text-xs">{p.text}</pre>
          </div>
        ))}
      </section>
    </>
  );
}
