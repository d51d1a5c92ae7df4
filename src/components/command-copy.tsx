import { placeholdersIn } from '@/domain/placeholders';
import { useT } from '@/i18n/use-t';
import { CopyButton } from './copy-button';

/**
 * The copy button of a command for a device. A command still holding a placeholder
 * (`<member-port>`) gets no button: a copied placeholder pasted into a device at 3 a.m. is an
 * error or, worse, a valid command on the wrong object. It says what to fill in instead.
 */
export function CommandCopy({ text, label }: { text: string; label: string }) {
  const t = useT();
  const left = placeholdersIn(text);
  if (left.length === 0) return <CopyButton text={text} label={label} />;
  return (
    <span className="text-xs text-muted" data-fill-in={left.join(' ')}>
      {t('fillInFirst', { names: left.join(', ') })}
    </span>
  );
}
