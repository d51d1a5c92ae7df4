import { useId, useState, type ClipboardEvent } from 'react';
import { useT } from '@/i18n/use-t';
import { MAX_PASTE_BYTES } from '@/domain/paste-limit';

/**
 * Pastes longer than this are held aside instead of being put in the textarea: a textarea holding
 * 10 MB costs the browser seconds of main-thread time to lay out, clear, remove, and to save into
 * the history entry on every URL change. Same size as the engine's worker threshold.
 */
export const HELD_PASTE_CHARS = 200_000;
/** How much of a held paste the box shows, so the engineer sees what they pasted. */
const PREVIEW_CHARS = 2000;

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

interface PasteInputProps {
  initial?: string;
  label: string;
  onCommit: (text: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A paste box whose text is a draft until "Analyse" (or Ctrl+Enter) commits it. */
export function PasteInput({
  initial = '',
  label,
  onCommit,
  onCancel,
  autoFocus,
}: PasteInputProps) {
  const t = useT();
  const id = useId();
  const big = initial.length > HELD_PASTE_CHARS;
  const [draft, setDraft] = useState(big ? '' : initial);
  // A large paste, kept out of the DOM; while it is held the textarea shows its start, read-only.
  const [held, setHeld] = useState<string | null>(big ? initial : null);
  const [error, setError] = useState<string | null>(null);
  const text = held ?? draft;
  const tooLarge = (n: number) =>
    t('tooLarge', { size: megabytes(n), limit: MAX_PASTE_BYTES / 1024 / 1024 });
  const commit = () => {
    if (text.trim() === '') return;
    if (text.length > MAX_PASTE_BYTES) {
      setError(tooLarge(text.length));
      return;
    }
    setError(null);
    onCommit(text);
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (pasted.length <= HELD_PASTE_CHARS) return;
    // A large paste replaces the whole draft: it is one command's output, never an insertion.
    e.preventDefault();
    if (pasted.length > MAX_PASTE_BYTES) {
      setError(tooLarge(pasted.length));
      return;
    }
    setError(null);
    setHeld(pasted);
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
        aria-describedby={held === null ? `${id}-hint` : `${id}-hint ${id}-held`}
        className="h-48 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-950"
        spellCheck={false}
        autoFocus={autoFocus}
        value={held === null ? draft : held.slice(0, PREVIEW_CHARS)}
        readOnly={held !== null}
        onChange={(e) => setDraft(e.target.value)}
        onPaste={onPaste}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit();
          }
        }}
      />
      {held !== null && (
        <p id={`${id}-held`} className="m-0 flex flex-wrap items-center gap-2 text-sm">
          {t('pasteHeld', { size: megabytes(held.length) })}
          <button type="button" className="btn btn-secondary" onClick={() => setHeld(null)}>
            {t('clearAnswer')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="m-0 font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn btn-primary"
          onClick={commit}
          disabled={text.trim() === ''}
        >
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
