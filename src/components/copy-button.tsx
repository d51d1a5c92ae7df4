import { useState } from 'react';
import { useT } from '@/i18n/use-t';
import { copyText } from './copy-text';
import { markInvisible } from './visible-text';

interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy ping -vpn-instance HLW 10.197.44.200". */
  label?: string;
  /**
   * Visible text instead of "Copy", where several copy buttons stand together and a bare "Copy"
   * would be ambiguous ("Copy as Markdown"). It is then also the accessible name.
   */
  visibleLabel?: string;
  className?: string;
}

export function CopyButton({ text, label, visibleLabel, className = '' }: CopyButtonProps) {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-slot="copy-button"
        aria-label={visibleLabel ? undefined : (label ?? t('copy'))}
        className={
          visibleLabel
            ? `btn btn-secondary ${className}`
            : `btn btn-secondary px-2 py-1 text-xs ${className}`
        }
        onClick={async () => {
          const ok = await copyText(markInvisible(text));
          setStatus(ok ? 'copied' : 'failed');
          window.setTimeout(() => setStatus('idle'), 2500);
        }}
      >
        {visibleLabel ?? (status === 'copied' ? t('copied') : t('copy'))}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted">
        {status === 'failed'
          ? t('copyFailed')
          : visibleLabel && status === 'copied'
            ? t('copied')
            : ''}
      </span>
    </span>
  );
}
