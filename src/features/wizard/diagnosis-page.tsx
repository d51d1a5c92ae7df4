import { useEffect } from 'react';
import { Visible } from '@/components/visible-text';
import { Link } from 'react-router';
import { useL, useLang, useT } from '@/i18n/use-t';
import { CliBlockView } from './cli-block-view';
import { EvidenceQuotes } from './evidence-quotes';
import { FollowingLine } from './following-line';
import { PathDiagram } from './path-diagram';
import { StepNav } from './step-nav';
import { TimelineView } from './timeline-view';
import { SortSummaryCard } from './sort-summary';
import { stepNames } from './step-titles';
import { useRun } from './use-run';
import { CommandCopy } from '@/components/command-copy';
import { RichText } from '@/components/rich-text';
import { VerifyCallout } from './verify-callout';

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
  const inconclusive = d.id === 'inconclusive';
  const findingById = (id: string) => run.findings.find((f) => f.id === id);

  const cause = (
    <section aria-labelledby="cause-heading" className="card">
      <h2 id="cause-heading">{t('cause')}</h2>
      <p className="m-0">
        <RichText text={l(d.cause)} />
      </p>
    </section>
  );

  const notProven = (
    <section
      aria-labelledby="not-proven-heading"
      className="card space-y-2 border-2 border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950"
      data-not-proven
    >
      <h2 id="not-proven-heading" className="m-0">
        <span aria-hidden="true">▲ </span>
        {t('notProven')}
      </h2>
      <p className="m-0 text-sm">
        <RichText text={l(d.cause)} />
      </p>
    </section>
  );

  const next = d.next && d.next.length > 0 && (
    <section aria-labelledby="next-cmd-heading" className="card space-y-2">
      <h2 id="next-cmd-heading">{t('nextCommands')}</h2>
      <ul className="m-0 list-none space-y-2 p-0">
        {d.next.map((c) => (
          <li key={c.command} className="space-y-1">
            <p className="m-0 text-sm text-muted">
              <strong>{l(c.device)}</strong>
              {c.purpose ? (
                <>
                  {' — '}
                  <RichText text={l(c.purpose)} />
                </>
              ) : null}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <code className="code-block grow py-1.5">
                <Visible text={c.command} />
              </code>
              <CommandCopy text={c.command} label={`${t('copy')}: ${c.command}`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );

  const known = d.known && d.known.length > 0 && (
    <section aria-labelledby="known-heading" className="card">
      <h2 id="known-heading">{t('knownSoFar')}</h2>
      <ul className="m-0 list-disc space-y-1 pl-5">
        {d.known.map((k, i) => (
          <li key={i}>
            <RichText text={l(k)} />
          </li>
        ))}
      </ul>
    </section>
  );

  const odd = d.odd && d.odd.length > 0 && (
    <section aria-labelledby="odd-heading" className="card">
      <h2 id="odd-heading">{t('oddTitle')}</h2>
      <ul className="m-0 list-disc space-y-1 pl-5">
        {d.odd.map((k, i) => (
          <li key={i}>
            <RichText text={l(k)} />
          </li>
        ))}
      </ul>
    </section>
  );

  const requirementList = (
    <ul className="m-0 list-none space-y-2 p-0">
      {d.evidence.map((e, i) => (
        <li key={i} data-requirement>
          <p className="m-0 font-medium">
            <span aria-hidden="true">✓ </span>
            <RichText text={l(e.text)} />
          </p>
          <ul className="m-0 pl-8 text-sm">
            {e.findings.length === 0 && <li className="text-muted">{t('notSupplied')}</li>}
            {e.findings.map((id) => {
              const f = findingById(id);
              return (
                <li key={id} data-supplied-by={id}>
                  {f ? (
                    <>
                      <RichText text={l(f.text)} />{' '}
                      <Link to={`/step/${f.step}`}>({stepNames[f.step][lang]})</Link>
                    </>
                  ) : (
                    <code>{id}</code>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );

  const restsOn = !inconclusive && d.evidence.length > 0 && (
    <section aria-labelledby="rests-on-heading" className="card space-y-2">
      <h2 id="rests-on-heading" className="m-0">
        {t('restsOn')}
      </h2>
      <p className="m-0 text-sm text-muted">{t('restsOnIntro')}</p>
      {requirementList}
    </section>
  );

  const notChecked = d.notChecked && d.notChecked.length > 0 && (
    <section aria-labelledby="not-checked-heading" className="card space-y-2" data-not-checked>
      <h2 id="not-checked-heading" className="m-0">
        <span aria-hidden="true">↷ </span>
        {t('notCheckedTitle')}
      </h2>
      <p className="m-0 text-sm text-muted">{t('notCheckedIntro')}</p>
      <ul className="m-0 list-disc pl-5">
        {d.notChecked.map((s) => (
          <li key={s}>
            <Link to={`/step/${s}`}>{stepNames[s][lang]}</Link>
          </li>
        ))}
      </ul>
    </section>
  );

  const w = d.withheld;
  const withheld = w && (
    <section aria-labelledby="withheld-heading" className="card space-y-2" data-withheld={w.id}>
      <h2 id="withheld-heading" className="m-0">
        {t('withheldTitle', { title: l(w.title) })}
      </h2>
      <p className="m-0 text-sm text-muted">{t('withheldIntro')}</p>
      {d.evidence.length > 0 && (
        <>
          <h3 className="m-0">{t('withheldFound')}</h3>
          {requirementList}
        </>
      )}
      {w.missing.length > 0 && (
        <>
          <h3 className="m-0">{t('withheldMissing')}</h3>
          <ul className="m-0 list-none space-y-1 p-0">
            {w.missing.map((m, i) => (
              <li key={i} data-missing>
                <span aria-hidden="true">○ </span>
                <RichText text={l(m)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {w.contradicted.length > 0 && (
        <>
          <h3 className="m-0">{t('withheldContradicted')}</h3>
          <ul className="m-0 list-none space-y-1 p-0">
            {w.contradicted.map((m, i) => (
              <li key={i} data-contradicted>
                <span aria-hidden="true">✗ </span>
                <RichText text={l(m)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );

  const ledHere = (
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
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <StepNav run={run} active="diagnosis" />
      <div data-diagnosis={d.id} className="min-w-0 space-y-4">
        <SortSummaryCard route="/diagnosis" />
        <header>
          <p className="m-0 text-sm text-muted">
            {t('diagnosisTitle')} · <code>{d.id}</code>
          </p>
          <h1 className="m-0">{l(d.title)}</h1>
        </header>
        {/* The verdict and what to do come first; the picture of the path right after them. */}
        {inconclusive ? (
          <>
            {notProven}
            {notChecked}
            {next}
            <PathDiagram run={run} />
            {known}
            {odd}
            {withheld}
            <FollowingLine run={run} />
            <TimelineView run={run} />
            {ledHere}
          </>
        ) : (
          <>
            {cause}
            <PathDiagram run={run} />
            {notChecked}
            <FollowingLine run={run} />
            {restsOn}
            {ledHere}
            {known}
            {odd}
            {next}
          </>
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
                    <code className="code-block grow py-1.5">
                      <Visible text={v.command} />
                    </code>
                    <CommandCopy text={v.command} label={`${t('copy')}: ${v.command}`} />
                  </div>
                  <p className="m-0">
                    <RichText text={t('expectToSee', { expect: l(v.expect) })} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <VerifyCallout />
        {!inconclusive && <TimelineView run={run} />}
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
