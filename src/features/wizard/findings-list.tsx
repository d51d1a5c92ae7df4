import type { Finding, Severity } from '@/domain/run-types';
import { Link } from 'react-router';
import { useL, useLang, useT } from '@/i18n/use-t';
import { RichText } from '@/components/rich-text';
import { stepNames } from './step-titles';
import { severityMark } from './paste-lines';
import type { StepId } from '@/domain/wizard-state';

const severityStyle: Record<Severity, string> = {
  ok: 'border-green-700 dark:border-green-400',
  info: 'border-slate-500 dark:border-slate-400',
  warning: 'border-amber-600 dark:border-amber-400',
  problem: 'border-red-700 dark:border-red-400',
};

interface FindingsListProps {
  findings: Finding[];
  /** Builds the id of a cited line's element, so a citation can link to it. */
  lineAnchor?: (step: string, paste: number, line: number) => string;
  /** The step whose page shows the list: lines of other steps' pastes link to those pages. */
  step?: string;
  /** What a citation calls a paste: the command it is the output of. */
  pasteNameOf?: (step: StepId, paste: number) => string;
}

export function FindingsList({ findings, lineAnchor, step, pasteNameOf }: FindingsListProps) {
  const t = useT();
  const l = useL();
  const lang = useLang();
  if (findings.length === 0) return <p className="text-muted">{t('noFindings')}</p>;
  return (
    <ul className="m-0 list-none space-y-2 p-0">
      {findings.map((f) => (
        <li
          key={`${f.step}-${f.id}-${f.subjects.join(',')}`}
          data-finding={f.id}
          className={`rounded-md border-l-4 bg-white py-2 pr-2 pl-3 dark:bg-slate-900 ${severityStyle[f.severity]}`}
        >
          <p className="m-0">
            <span className="mr-2 text-xs font-bold tracking-wide uppercase">
              <span aria-hidden="true">{severityMark[f.severity]} </span>
              {t(`severity_${f.severity}`)}
            </span>
            <RichText text={l(f.text)} />
          </p>
          {f.evidence.some((e) => e.lines.length > 0) && (
            <p className="m-0 mt-1 text-sm text-muted">
              {t('evidence')}
              {t('colon')}
              {f.evidence.flatMap((e) =>
                e.lines.map((n) =>
                  step !== undefined && e.step !== step ? (
                    <Link key={`${e.step}-${e.paste}-${n}`} to={`/step/${e.step}`} className="mr-2">
                      {stepNames[e.step][lang]} {t('lineN', { n })}
                    </Link>
                  ) : lineAnchor ? (
                    <a
                      key={`${e.step}-${e.paste}-${n}`}
                      href={`#${lineAnchor(e.step, e.paste, n)}`}
                      className="mr-2"
                      onClick={(ev) => scrollToLine(ev, lineAnchor(e.step, e.paste, n))}
                    >
                      {new Set(f.evidence.map((x) => `${x.step}:${x.paste}`)).size > 1
                        ? `${pasteNameOf ? pasteNameOf(e.step, e.paste) : `${t('pasteLabel')} ${e.paste + 1}`} · ${t('lineN', { n })}`
                        : t('lineN', { n })}
                    </a>
                  ) : (
                    <span key={`${e.step}-${e.paste}-${n}`} className="mr-2">
                      {t('lineN', { n })}
                    </span>
                  ),
                ),
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

// The app routes on the hash, so an in-page anchor must scroll by hand instead of changing the URL.
function scrollToLine(ev: React.MouseEvent, id: string): void {
  ev.preventDefault();
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  // Flash the line so the eye finds it among its neighbours; restarted on every click.
  el.classList.remove('line-flash');
  void el.offsetWidth;
  el.classList.add('line-flash');
  window.setTimeout(() => el.classList.remove('line-flash'), 1600);
}
