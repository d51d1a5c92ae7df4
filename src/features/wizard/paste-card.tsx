import { lazy, Suspense, useMemo, useState } from 'react';
import { commandLabels, type CommandId } from '@/domain/parsers/command-ids';
import type { Finding, ParsedPaste } from '@/domain/run-types';
import type { StepId } from '@/domain/wizard-state';
import { commitPaste, movePaste, useWizardStore } from '@/stores/wizard-store';
import { library } from '@/stores/incidents';
import { useT } from '@/i18n/use-t';
import { PasteInput } from './paste-input';
import { PasteLines } from './paste-lines';
import { stepNames } from './step-titles';
import { citedLines, pasteName } from './paste-name';

interface PasteCardProps {
  step: StepId;
  paste: ParsedPaste;
  findings: Finding[];
  expected: string;
  /** How many pastes the step holds (a citation numbers them only when there are several). */
  count: number;
}

// The tables of parsed data only show once the (lazily loaded) engine has read a paste: they load
// beside it, started now, so they are there by the time a paste is analysed.
const parsedViewLoaded = import('./parsed-view');
const ParsedView = lazy(() => parsedViewLoaded.then((m) => ({ default: m.ParsedView })));

export const lineAnchorId = (step: string, paste: number, line: number) =>
  `paste-${step}-${paste}-L${line}`;

function label(command: CommandId): string {
  return command === 'unknown' || command === 'empty' ? command : `“${commandLabels[command]}”`;
}

export function PasteCard({ step, paste, findings, expected, count }: PasteCardProps) {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const [editing, setEditing] = useState(false);
  const highlight = useMemo(
    () => citedLines(findings, step, paste.index),
    [findings, step, paste.index],
  );
  const warned = useMemo(
    () =>
      new Set(
        (paste.result?.warnings ?? []).map((w) => w.line).filter((n): n is number => n !== null),
      ),
    [paste.result],
  );
  const n = paste.index + 1;
  const name = pasteName(paste.command, paste.index, count, t('pasteLabel'));
  const time = paste.at === null ? t('timeUnknown') : new Date(paste.at).toLocaleString(lang);

  return (
    <article className="card space-y-3" data-paste={paste.index} aria-label={name}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="m-0 font-mono text-base">
          {name}
          <span className="ml-2 text-sm font-normal text-muted">{t('pastedAt', { time })}</span>
        </h3>
        <div className="flex gap-2">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setEditing((e) => !e)}
            aria-expanded={editing}
          >
            {t('edit')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() =>
              void library().then((m) => m.removePasteUndoable(step, paste.index, stepNames[step]))
            }
          >
            {t('remove')}
          </button>
        </div>
      </header>

      {editing && (
        <PasteInput
          initial={paste.text}
          label={`${t('pasteLabel')} ${n}`}
          autoFocus
          onCommit={(text) => {
            commitPaste(step, paste.index, text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}

      {paste.misfiled && (
        <div
          role="alert"
          className="rounded-md border border-amber-600 bg-amber-50 p-3 text-slate-950 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="m-0">
            {t('misfiled', { command: label(paste.misfiled.command), expected })}
          </p>
          {paste.misfiled.belongsTo ? (
            <button
              type="button"
              className="btn btn-primary mt-2"
              onClick={() => movePaste(step, paste.index, paste.misfiled!.belongsTo!)}
            >
              {t('misfiledMove', { step: stepNames[paste.misfiled.belongsTo][lang] })}
            </button>
          ) : (
            <p className="m-0 mt-1">
              {t('misfiledNowhere', { command: label(paste.misfiled.command) })}
            </p>
          )}
        </div>
      )}

      {paste.result && paste.result.errors.length > 0 && !paste.misfiled && (
        <div
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-3 text-slate-950 dark:bg-red-950 dark:text-red-50"
        >
          <p className="m-0 font-semibold">{t('errors')}</p>
          <ul className="m-0 pl-5">
            {paste.result.errors.map((e, i) => (
              <li key={i}>
                {e.line !== null ? `${t('lineN', { n: e.line })}${t('colon')}` : ''}
                {e.message}
              </li>
            ))}
          </ul>
          <p className="m-0 mt-1 text-sm">{t('expected', { expected })}</p>
        </div>
      )}

      {paste.result?.value != null && (
        <section aria-label={`${t('parsedTitle')} (${name})`}>
          <h4 className="m-0 mb-1 text-sm font-semibold">{t('parsedTitle')}</h4>
          <Suspense fallback={<p className="m-0 text-sm text-muted">…</p>}>
            <ParsedView
              command={paste.command}
              value={paste.result.value}
              trimmed={paste.trimmed}
            />
          </Suspense>
        </section>
      )}

      {paste.result && paste.result.warnings.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm">
            {t('showWarnings', { count: paste.warningsTotal ?? paste.result.warnings.length })}
          </summary>
          <ul className="m-0 mt-1 pl-5 text-sm">
            {paste.result.warnings.slice(0, 100).map((w, i) => (
              <li key={i}>
                {w.line !== null ? `${t('lineN', { n: w.line })}${t('colon')}` : ''}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}

      <PasteLines
        text={paste.text}
        highlight={highlight}
        warned={warned}
        idPrefix={`paste-${step}-${paste.index}`}
        label={`${t('linesOfPaste')} (${name})`}
      />
    </article>
  );
}
