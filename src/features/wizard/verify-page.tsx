import { useEffect } from 'react';
import { Link } from 'react-router';
import type { NextCommand } from '@/domain/run-types';
import { pastesFor } from '@/domain/wizard-state';
import { Visible } from '@/components/visible-text';
import { commitPaste, removePaste, useWizardStore } from '@/stores/wizard-store';
import { useL, useLang, useT } from '@/i18n/use-t';
import { CommandList } from './command-list';
import { PasteInput } from './paste-input';
import { ResolutionView } from './resolution-view';
import { StepNav } from './step-nav';
import { stepNames } from './step-titles';
import { useRun, useRunPending } from './use-run';

/**
 * After the diagnosis: the verification commands it lists, run again after the fix, pasted here
 * and compared with the same outputs before it. The verdict is the engine's (`run.resolution`).
 */
export function VerifyPage() {
  const t = useT();
  const l = useL();
  const lang = useLang();
  const run = useRun();
  const pending = useRunPending();
  const wizard = useWizardStore((s) => s.wizard);
  const pastes = pastesFor(wizard, 'verify');

  useEffect(() => {
    document.title = `${stepNames.verify[lang]} — ${t('appTitle')}`;
  }, [lang, t]);

  const dx = run.current === null ? run.diagnosis : null;
  const commands: NextCommand[] = (dx?.verify ?? []).map((v) => ({
    device: v.device,
    command: v.command,
    purpose: v.expect,
  }));

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <StepNav run={run} active="verify" />
      <div data-step="verify" className="min-w-0 space-y-4">
        <header>
          <h1 className="m-0">{t('verifyTitle')}</h1>
          {dx && <p className="m-0 text-sm text-muted">{l(dx.title)}</p>}
        </header>
        {!dx ? (
          <div className="card space-y-2">
            <p className="m-0">{t('verifyNeedsDiagnosis')}</p>
            {run.current && (
              <Link to={`/step/${run.current}`}>
                {t('goToStep', { step: stepNames[run.current][lang] })}
              </Link>
            )}
          </div>
        ) : (
          <>
            <p className="m-0">{t('verifyIntro')}</p>
            <CommandList commands={commands} headingId="verify-commands-heading" />
            {pending && (
              <p role="status" className="m-0 font-medium">
                {t('parsing')}
              </p>
            )}
            {run.resolution && <ResolutionView resolution={run.resolution} />}
            <section aria-labelledby="verify-pasted-heading" className="card space-y-2">
              <h2 id="verify-pasted-heading">{t('verifyPasted')}</h2>
              {pastes.length === 0 ? (
                <p className="m-0">{t('verifyNoPastes')}</p>
              ) : (
                <ol className="m-0 list-none space-y-2 p-0">
                  {pastes.map((p, i) => (
                    <li key={`${i}-${p.text.length}`} className="space-y-1">
                      <details>
                        <summary>
                          {t('verifyPasteN', { n: i + 1 })}:{' '}
                          <code>
                            <Visible text={firstLine(p.text)} />
                          </code>
                        </summary>
                        <pre className="code-block max-h-80 overflow-auto">
                          <Visible text={p.text} />
                        </pre>
                      </details>
                      <button
                        type="button"
                        className="btn btn-secondary"
                        onClick={() => removePaste('verify', i)}
                      >
                        {t('remove')}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section
              className="card"
              aria-label={pastes.length ? t('verifyPasteAnother') : t('verifyPaste')}
            >
              <PasteInput
                key={pastes.length}
                label={pastes.length ? t('verifyPasteAnother') : t('verifyPaste')}
                onCommit={(text) => commitPaste('verify', pastes.length, text)}
              />
            </section>
            <div className="no-print flex flex-wrap gap-3">
              <Link to="/diagnosis">{t('diagnosisTitle')}</Link>
              <Link to="/report">{t('verifyToReport')}</Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** The first non-blank line, to tell pastes apart in the list (the prompt and command, usually). */
function firstLine(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((s) => s.trim() !== '') ?? '';
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}
