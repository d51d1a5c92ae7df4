import { useEffect } from 'react';
import { Link } from 'react-router';
import { useL, useLang, useT } from '@/i18n/use-t';
import { CliBlockView } from './cli-block-view';
import { EvidenceQuotes } from './evidence-quotes';
import { StepNav } from './step-nav';
import { stepNames } from './step-titles';
import { useRun } from './use-run';
import { CopyButton } from '@/components/copy-button';
import { RichText } from '@/components/rich-text';

export function DiagnosisPage() {
  const t = useT();
  const l = useL();
  const lang = useLang();
  const run = useRun();
  const d = run.diagnosis;

  useEffect(() => {
    document.title = `${d ? l(d.title) : t('diagnosisTitle')} — ${t('appTitle')}`;
  }, [d, l, t]);

  if (!d) {
    const step = run.current ?? 'farm-status';
    return (
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
        <StepNav run={run} active="diagnosis" />
        <div className="card space-y-2">
          <h1>{t('diagnosisTitle')}</h1>
          <p>{t('noDiagnosisYet', { step: stepNames[step][lang] })}</p>
          <Link to={`/step/${step}`}>{t('goToStep', { step: stepNames[step][lang] })}</Link>
        </div>
      </div>
    );
  }

  const led = run.findings.filter((f) => d.findings.includes(f.id));
  const lastStep = run.path[run.path.length - 1];
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <StepNav run={run} active="diagnosis" />
      <div data-diagnosis={d.id} className="min-w-0 space-y-4">
        <header>
          <p className="m-0 text-sm text-muted">
            {t('diagnosisTitle')} · <code>{d.id}</code>
          </p>
          <h1 className="m-0">{l(d.title)}</h1>
        </header>
        <section aria-labelledby="cause-heading" className="card">
          <h2 id="cause-heading">{t('cause')}</h2>
          <p className="m-0">
            <RichText text={l(d.cause)} />
          </p>
        </section>
        <section aria-labelledby="led-heading" className="card space-y-3">
          <h2 id="led-heading">{t('whatLedHere')}</h2>
          <ol className="m-0 space-y-3 pl-5">
            {(led.length
              ? led
              : run.findings.filter((f) => f.severity === 'problem' || f.severity === 'warning')
            ).map((f) => (
              <li key={`${f.step}-${f.id}-${f.subjects.join(',')}`} data-finding={f.id}>
                <p className="m-0">
                  <RichText text={l(f.text)} />{' '}
                  <Link to={`/step/${f.step}`} className="text-sm">
                    ({stepNames[f.step][lang]})
                  </Link>
                </p>
                <EvidenceQuotes run={run} evidence={f.evidence} />
              </li>
            ))}
          </ol>
        </section>
        {d.known && d.known.length > 0 && (
          <section aria-labelledby="known-heading" className="card">
            <h2 id="known-heading">{t('knownSoFar')}</h2>
            <ul className="m-0 pl-5">
              {d.known.map((k, i) => (
                <li key={i}>
                  <RichText text={l(k)} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {d.next && d.next.length > 0 && (
          <section aria-labelledby="next-cmd-heading" className="card space-y-2">
            <h2 id="next-cmd-heading">{t('nextCommands')}</h2>
            {d.next.map((c) => (
              <div key={c.command} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-muted">{l(c.device)}</span>
                <code className="code-block grow py-1.5">{c.command}</code>
                <CopyButton text={c.command} label={`${t('copy')}: ${c.command}`} />
              </div>
            ))}
          </section>
        )}
        {d.fix.length > 0 && (
          <section aria-labelledby="fix-heading" className="card space-y-3">
            <h2 id="fix-heading">{t('fix')}</h2>
            {d.fix.map((b, i) => (
              <CliBlockView key={i} block={b} />
            ))}
          </section>
        )}
        {d.rollback.length > 0 && (
          <section aria-labelledby="rollback-heading" className="card space-y-3">
            <h2 id="rollback-heading">{t('rollback')}</h2>
            {d.rollback.map((b, i) => (
              <CliBlockView key={i} block={b} />
            ))}
          </section>
        )}
        {d.verify.length > 0 && (
          <section aria-labelledby="verify-heading" className="card space-y-2">
            <h2 id="verify-heading">{t('verify')}</h2>
            <ul className="m-0 list-none space-y-2 p-0">
              {d.verify.map((v) => (
                <li key={v.command}>
                  <p className="m-0 text-sm text-muted">{l(v.device)}</p>
                  <div className="flex flex-wrap items-center gap-2">
                    <code className="code-block grow py-1.5">{v.command}</code>
                    <CopyButton text={v.command} label={`${t('copy')}: ${v.command}`} />
                  </div>
                  <p className="m-0">
                    <RichText text={t('expectToSee', { expect: l(v.expect) })} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="no-print flex flex-wrap gap-3">
          {lastStep && (
            <Link to={`/step/${lastStep}`}>
              {t('backToStep', { step: stepNames[lastStep][lang] })}
            </Link>
          )}
          <Link to="/report">{t('report')}</Link>
        </div>
      </div>
    </div>
  );
}
