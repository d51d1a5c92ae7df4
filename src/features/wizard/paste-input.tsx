import { useId, useState } from 'react';
import { useT } from '@/i18n/use-t';

/** Hard limit on one paste: past it a tab may run out of memory, so refuse with a clear message. */
export const MAX_PASTE_BYTES = 50 * 1024 * 1024;

interface PasteInputProps {
  initial?: string;
  label: string;
  onCommit: (text: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A paste box whose text is a draft until "Analyse" (or Ctrl+Enter) commits it. */
export function PasteInput({ initial = '', label, onCommit, onCancel, autoFocus }: PasteInputProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft.trim() === '') return;
    if (draft.length > MAX_PASTE_BYTES) {
      setError(t('tooLarge', { size: (draft.length / 1024 / 1024).toFixed(1), limit: MAX_PASTE_BYTES / 1024 / 1024 }));
      return;
    }
    setError(null);
    onCommit(draft);
  };
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="m-0 text-sm text-muted">
        {t('pasteHint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        className="h-48 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-950"
        spellCheck={false}
        autoFocus={autoFocus}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit();
          }
        }}
      />
      {error && (
        <p role="alert" className="m-0 font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="button" className="btn btn-primary" onClick={commit} disabled={draft.trim() === ''}>
          {t('analyse')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('close')}
          </button>
        )}
      </div>
    </div>
  );
}
