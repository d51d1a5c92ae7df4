import { useT } from '@/i18n/use-t';
import { undoStartOver, useWizardStore } from '@/stores/wizard-store';

export function UndoBar() {
  const t = useT();
  const undoable = useWizardStore((s) => s.undoable);
  if (!undoable) return null;
  return (
    <div
      role="status"
      className="no-print border-b border-amber-600 bg-amber-50 text-slate-950 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2">
        <span>{t('startedOver')}</span>
        <button type="button" className="btn btn-secondary" onClick={undoStartOver}>
          {t('undo')}
        </button>
      </div>
    </div>
  );
}
