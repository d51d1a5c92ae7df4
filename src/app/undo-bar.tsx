import { useT } from '@/i18n/use-t';
import { dismissUndo, undoLast, useWizardStore } from '@/stores/wizard-store';

/** The newest destructive action, in its own words, with its undo; older ones wait behind it. */
export function UndoBar() {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const entries = useWizardStore((s) => s.undo);
  const last = entries.at(-1);
  if (!last) return null;
  return (
    <div
      role="status"
      data-undo
      className="no-print border-b border-amber-600 bg-amber-50 text-slate-950 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2">
        <span>{last.message(lang)}</span>
        {entries.length > 1 && (
          <span className="text-sm">{t('undoMore', { count: entries.length - 1 })}</span>
        )}
        <button type="button" className="btn btn-secondary" onClick={() => void undoLast()}>
          {t('undo')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={dismissUndo}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
