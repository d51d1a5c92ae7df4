import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '@/i18n/use-t';
import { hasMessages } from '@/i18n/messages';
import { useWizardStore } from '@/stores/wizard-store';
import { useStateSync } from './use-state-sync';
import { HeaderActions } from './header-actions';
import { UndoBar } from './undo-bar';
import { useIncidentDiagnosis } from './use-incident-diagnosis';
import { RunGate } from '@/features/wizard/run-gate';

// Shown rarely (a damaged link, the shortcut list, a storage problem): loaded when needed.
const BrokenLinkPage = lazy(() =>
  import('./broken-link-page').then((m) => ({ default: m.BrokenLinkPage })),
);
const ShortcutHelp = lazy(() =>
  import('./shortcut-help').then((m) => ({ default: m.ShortcutHelp })),
);
const StorageBanner = lazy(() =>
  import('./storage-banner').then((m) => ({ default: m.StorageBanner })),
);

/** Whether anything about where this incident is kept needs saying (see `storage-banner.tsx`). */
function useStorageNews(): boolean {
  const problem = useWizardStore((s) => s.storage.problem !== null);
  const keepNothing = useWizardStore((s) => s.keepNothing);
  const notice = useWizardStore((s) => s.notice !== null);
  return problem || notice || keepNothing || window.location.protocol === 'file:';
}

function useDocumentPrefs(): void {
  const lang = useWizardStore((s) => s.lang);
  const theme = useWizardStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () =>
      document.documentElement.classList.toggle(
        'dark',
        theme === 'dark' || (theme === 'system' && media.matches),
      );
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}

export function Layout() {
  const t = useT();
  const { ready, linkProblem, dismiss } = useStateSync();
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const lang = useWizardStore((s) => s.lang);
  const storageNews = useStorageNews();
  useDocumentPrefs();
  useIncidentDiagnosis();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'TEXTAREA' ||
          target.tagName === 'INPUT' ||
          target.tagName === 'SELECT' ||
          target.isContentEditable);
      if (e.key === '?' && !typing && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Each page starts at the top with focus on its heading, so screen readers and keyboard users
  // start there too. Always, not only when nothing has focus: a link that stays in place across
  // pages ("Go to: …") would otherwise keep the focus, and a second Enter would skip a step.
  // Lazily loaded pages (diagnosis, report) render their heading a moment later: wait for it.
  useEffect(() => {
    window.scrollTo(0, 0);
    const focusHeading = (): boolean => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (!h1) return false;
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: true });
      return true;
    };
    const main = document.getElementById('main');
    if (focusHeading() || !main) return;
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [location.pathname]);

  // The words of the chosen language load with the incident library: nothing shows in another.
  if (!hasMessages(lang)) return <p role="status">…</p>;
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-black"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="no-print border-b border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <Link
            to="/"
            className="text-lg font-semibold text-slate-900 no-underline dark:text-slate-100"
          >
            {t('appTitle')}
          </Link>
          <HeaderActions onHelp={() => setHelpOpen(true)} />
        </div>
      </header>
      {storageNews && (
        <Suspense fallback={null}>
          <StorageBanner />
        </Suspense>
      )}
      <UndoBar />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        {!ready ? (
          <p role="status">…</p>
        ) : linkProblem ? (
          <Suspense fallback={<p role="status">…</p>}>
            <BrokenLinkPage problem={linkProblem} onStart={dismiss} />
          </Suspense>
        ) : (
          <RunGate>
            <Outlet />
          </RunGate>
        )}
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutHelp onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
