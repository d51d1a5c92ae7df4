import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/use-t';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      className="m-auto max-w-lg rounded-lg border border-slate-400 bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-heading">{t('shortcuts')}</h2>
      <ul className="my-3 pl-5">
        {t('shortcutsList')
          .split(' · ')
          .map((s) => (
            <li key={s}>{s}</li>
          ))}
      </ul>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => ref.current?.close()}
        autoFocus
      >
        {t('close')}
      </button>
    </dialog>
  );
}
