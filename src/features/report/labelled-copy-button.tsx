import { useState } from 'react';
import { copyText } from '@/components/copy-text';
import { useT } from '@/i18n/use-t';

/**
 * A copy button whose visible text says what it copies ("Copy as Markdown"): in a toolbar of
 * several exports a bare "Copy" is ambiguous. Same fallback as CopyButton (copy-text.ts).
 */
export function LabelledCopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-slot="copy-button"
        className="btn btn-secondary"
        onClick={async () => {
          const ok = await copyText(text);
          setStatus(ok ? 'copied' : 'failed');
          window.setTimeout(() => setStatus('idle'), 2500);
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
