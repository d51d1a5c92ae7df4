// The actions behind these buttons load when clicked: the banners show rarely.
/**
 * What the user must know about where this incident is kept, where they look (under the header):
 * storage refused or full, nothing kept and too large for the link, the file:// exposure, and what
 * another tab did to this incident.
 */
import { useState } from 'react';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { loadFileWarningRead, saveFileWarningRead } from '@/stores/local-persistence';
import { URL_TEXT_LIMIT } from './use-state-sync';

const bar = 'no-print border-b px-4 py-2';
const alertTone =
  'border-red-700 bg-red-50 text-slate-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50';
const noteTone =
  'border-sky-700 bg-sky-50 text-slate-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50';

function ExportButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="btn btn-primary"
      onClick={() =>
        void import('@/stores/incident-file-download').then((m) =>
          m.downloadIncidentFile('current'),
        )
      }
    >
      {t('exportThisIncident')}
    </button>
  );
}

export function StorageBanner() {
  const t = useT();
  const storage = useWizardStore((s) => s.storage);
  const keepNothing = useWizardStore((s) => s.keepNothing);
  const notice = useWizardStore((s) => s.notice);
  const tooBigForLink = useWizardStore(
    (s) => s.wizard.pastes.reduce((n, p) => n + p.text.length, 0) > URL_TEXT_LIMIT,
  );
  const [fileRead, setFileRead] = useState(loadFileWarningRead);
  const fromFile = window.location.protocol === 'file:';

  return (
    <>
      {storage.problem !== null && (
        <div role="alert" data-storage-problem={storage.problem} className={`${bar} ${alertTone}`}>
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
            <span>{t(`storage_${storage.problem}`, { detail: storage.detail })}</span>
            <ExportButton />
          </div>
        </div>
      )}
      {keepNothing && tooBigForLink && (
        <div role="alert" data-storage-problem="link-only" className={`${bar} ${alertTone}`}>
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
            <span>{t('storageTooBigForLink')}</span>
            <ExportButton />
          </div>
        </div>
      )}
      {fromFile && !keepNothing && !fileRead && (
        <section
          aria-label={t('keepNothingButton')}
          data-file-warning
          className={`${bar} ${noteTone}`}
        >
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
            <span>{t('fileWarning')}</span>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                void import('@/stores/incident-library-actions').then((m) => m.setKeepNothing(true))
              }
            >
              {t('keepNothingButton')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                saveFileWarningRead();
                setFileRead(true);
              }}
            >
              {t('keepAsIs')}
            </button>
          </div>
        </section>
      )}
      {notice && (
        <div role="status" data-incident-notice={notice.kind} className={`${bar} ${noteTone}`}>
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
            <span>
              {notice.kind === 'forked'
                ? t('noticeForked', { from: notice.from })
                : notice.kind === 'deleted-elsewhere'
                  ? t('noticeDeletedElsewhere')
                  : t('noticeUpdatedElsewhere')}
            </span>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => useWizardStore.setState({ notice: null })}
            >
              {t('dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
