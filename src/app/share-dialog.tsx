import { useMemo, useState } from 'react';
import { ModalDialog } from '@/components/modal-dialog';
import { Link, useLocation } from 'react-router';
import { redactState } from '@/domain/share/redact';
import { copyText } from '@/components/copy-text';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import * as codec from '@/domain/share/share-codec';
import { shareUrl } from './use-state-sync';

/** Chat tools and some browsers cut longer URLs. */
export const LINK_WARN_LENGTH = 8000;

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const location = useLocation();
  const wizard = useWizardStore((s) => s.wizard);
  const [redact, setRedact] = useState(false);
  const [status, setStatus] = useState<string>('');
  const link = useMemo(() => {
    try {
      return {
        ok: true as const,
        ...shareUrl(codec, location.pathname, redact ? redactState(wizard) : wizard),
      };
    } catch (e) {
      return { ok: false as const, reason: (e as Error).message };
    }
  }, [location.pathname, redact, wizard]);

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
            <p role="alert">{t('shareFailed', { reason: link.reason })}</p>
          )}
          <p role="status" aria-live="polite" className="m-0 mt-2 text-sm">
            {status}
          </p>
        </>
      )}
    </ModalDialog>
  );
}
