import { ModalDialog } from '@/components/modal-dialog';
import { useT } from '@/i18n/use-t';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <ModalDialog labelledBy="shortcuts-heading" onClose={onClose}>
      {(ref) => (
        <>
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
        </>
      )}
    </ModalDialog>
  );
}
