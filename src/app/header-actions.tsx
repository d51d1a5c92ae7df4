import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '@/i18n/use-t';
import { setLang, setTheme, useWizardStore, type Theme } from '@/stores/wizard-store';
import { library } from '@/stores/incidents';
import { loadMessages } from '@/i18n/load-messages';
import type { Lang } from '@/domain/run-types';
// Sharing loads the codec and redaction on demand.
const ShareDialog = lazy(() => import('./share-dialog').then((m) => ({ default: m.ShareDialog })));

export function HeaderActions({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const lang = useWizardStore((s) => s.lang);
  const theme = useWizardStore((s) => s.theme);
  const hasWork = useWizardStore(
    (s) => s.wizard.pastes.length > 0 || Object.keys(s.wizard.answers).length > 0,
  );
  const [sharing, setSharing] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link to="/incidents" className="btn btn-secondary no-underline hover:no-underline">
        {t('incidentsNav')}
      </Link>
      <Link to="/report" className="btn btn-secondary no-underline hover:no-underline">
        {t('report')}
      </Link>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => setSharing(true)}
        disabled={!hasWork}
      >
        {t('copyLink')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!hasWork}
        onClick={() => {
          void library()
            .then((m) => m.newIncident())
            .then(() => navigate('/'));
        }}
      >
        {t('startOver')}
      </button>
      <label className="inline-flex items-center gap-1 text-sm">
        <span>{t('language')}</span>
        <select
          className="rounded border border-slate-400 bg-white px-1 py-1 dark:bg-slate-800"
          value={lang}
          onChange={(e) => {
            const next = e.target.value as Lang;
            void loadMessages(next).then(() => setLang(next));
          }}
        >
          <option value="en-US">English</option>
          <option value="zh-CN">中文</option>
        </select>
      </label>
      <label className="inline-flex items-center gap-1 text-sm">
        <span>{t('theme')}</span>
        <select
          className="rounded border border-slate-400 bg-white px-1 py-1 dark:bg-slate-800"
          value={theme}
          onChange={(e) => setTheme(e.target.value as Theme)}
        >
          <option value="system">{t('themeSystem')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={onHelp}
        aria-label={t('shortcutsButton')}
      >
        ?
      </button>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </div>
  );
}
