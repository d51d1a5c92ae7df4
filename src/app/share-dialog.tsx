import { useMemo, useState } from 'react';
import { ModalDialog } from '@/components/modal-dialog';
import { Link, useLocation } from 'react-router';
import { redactState } from '@/domain/share/redact';
import { copyText } from '@/components/copy-text';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import * as codec from '@/domain/share/share-codec';
import { shareUrl } from './use-state-sync';
import { downloadIncidentFile } from '@/stores/incident-file-download';
import { runDetached, useRunStore } from '@/features/wizard/run-store';
import type { WizardState } from '@/domain/wizard-state';
import type { Lang, Run } from '@/domain/run-types';

/** The pasted text's size in words an engineer reads: `3.2 MB`, `840 KB`. */
function sizeOf(state: WizardState): string {
  const chars = state.pastes.reduce((n, p) => n + p.text.length, 0);
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.ceil(chars / 1e3)} KB`;
}

/** The report as Markdown, redacted like a link would be; the report code loads on first use. */
async function reportMarkdown(
  state: WizardState,
  run: Run,
  redact: boolean,
  lang: Lang,
): Promise<string | null> {
  try {
    const [{ buildReport }, { reportToMarkdown }] = await Promise.all([
      import('@/domain/report/report-model'),
      import('@/domain/report/report-markdown'),
    ]);
    const source = redact ? redactState(state) : state;
    const sourceRun = redact ? await runDetached(source) : run;
    return reportToMarkdown(
      buildReport(source, sourceRun, lang, { utcOffsetMinutes: -new Date().getTimezoneOffset() }),
    );
  } catch {
    return null;
  }
}

/** Chat tools and some browsers cut longer URLs. */
export const LINK_WARN_LENGTH = 8000;

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const location = useLocation();
  const wizard = useWizardStore((s) => s.wizard);
  const lang = useWizardStore((s) => s.lang);
  const run = useRunStore((s) => s.run);
  const [redact, setRedact] = useState(false);
  const [status, setStatus] = useState<string>('');
  const link = useMemo(() => {
    try {
      return {
        ok: true as const,
        ...shareUrl(codec, location.pathname, redact ? redactState(wizard) : wizard),
      };
    } catch (e) {
      const tooLarge = e instanceof codec.ShareEncodeError && e.code === 'too-large';
      return { ok: false as const, tooLarge, reason: (e as Error).message };
    }
  }, [location.pathname, redact, wizard]);

  // Too large for any link: say so plainly and offer what carries it instead.
  if (!link.ok && link.tooLarge)
    return (
      <ModalDialog labelledBy="share-heading" onClose={onClose} className="w-[min(36rem,95vw)]">
        {(ref) => (
          <div className="space-y-3" data-share-too-large>
            <h2 id="share-heading" className="m-0">
              {t('shareTooLargeTitle')}
            </h2>
            <p className="m-0">{t('shareTooLargeWhy', { size: sizeOf(wizard) })}</p>
            <ul className="m-0 list-disc space-y-1 pl-5">
              <li>
                <Link to="/report" onClick={() => ref.current?.close()}>
                  {t('shareOpenReport')}
                </Link>{' '}
                — {t('shareReportHelp')}
              </li>
              <li>
                <button
                  type="button"
                  className="btn btn-link p-0"
                  onClick={() => {
                    void downloadIncidentFile('current').then(() =>
                      setStatus(t('incidentFileSaved')),
                    );
                  }}
                >
                  {t('downloadIncidentFile')}
                </button>{' '}
                — {t('incidentFileHelp')}
              </li>
            </ul>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="btn btn-primary"
                disabled={!run}
                onClick={async () => {
                  if (!run) return;
                  const md = await reportMarkdown(wizard, run, redact, lang);
                  const ok = md !== null && (await copyText(md));
                  setStatus(ok ? t('reportCopied') : t('copyFailed'));
                }}
              >
                {t('shareCopyReport')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => ref.current?.close()}
              >
                {t('close')}
              </button>
            </div>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                checked={redact}
                onChange={(e) => setRedact(e.target.checked)}
              />
              <span>{t('shareRedact')}</span>
            </label>
            <p role="status" aria-live="polite" className="m-0 text-sm">
              {status}
            </p>
          </div>
        )}
      </ModalDialog>
    );

  return (
    <ModalDialog labelledBy="share-heading" onClose={onClose} className="w-[min(36rem,95vw)]">
      {(ref) => (
        <>
          <h2 id="share-heading">{t('shareTitle')}</h2>
          <label className="my-3 flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={redact}
              onChange={(e) => setRedact(e.target.checked)}
            />
            <span>{t('shareRedact')}</span>
          </label>
          {link.ok ? (
            <>
              <p className="m-0 text-sm">{t('shareLength', { length: link.length })}</p>
              {link.length > LINK_WARN_LENGTH && (
                <p role="alert" className="m-0 mt-2 font-medium text-amber-900 dark:text-amber-200">
                  {t('shareTooLong', { limit: LINK_WARN_LENGTH })}{' '}
                  <Link to="/report" onClick={() => ref.current?.close()}>
                    {t('shareOpenReport')}
                  </Link>
                </p>
              )}
              <div className="mt-3 flex gap-2">
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={async () => {
                    const ok = await copyText(link.url);
                    setStatus(ok ? t('linkCopied') : t('copyFailed'));
                  }}
                >
                  {t('shareCopy')}
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => ref.current?.close()}
                >
                  {t('close')}
                </button>
              </div>
              <label className="mt-3 block text-sm">
                <span className="sr-only">URL</span>
                <input
                  readOnly
                  value={link.url}
                  className="w-full rounded border border-slate-400 bg-slate-50 p-1 font-mono text-xs dark:bg-slate-800"
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
            </>
          ) : (
            <>
              <p role="alert">{t('shareFailed', { reason: link.reason })}</p>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => ref.current?.close()}
              >
                {t('close')}
              </button>
            </>
          )}
          <p role="status" aria-live="polite" className="m-0 mt-2 text-sm">
            {status}
          </p>
        </>
      )}
    </ModalDialog>
  );
}
