import type { ReactNode } from 'react';
import { useT } from '@/i18n/use-t';
import { useRunError, useRunReady } from './use-run';

/** Pages that show the run wait here for the engine's first result (a few milliseconds). */
export function RunGate({ children }: { children: ReactNode }) {
  const t = useT();
  const ready = useRunReady();
  const error = useRunError();
  if (ready) return <>{children}</>;
  if (error) {
    return (
      <p role="alert" className="font-medium text-red-800 dark:text-red-300">
        {t('engineFailed', { message: error })}
      </p>
    );
  }
  return (
    <p role="status" className="text-muted">
      {t('parsing')}
    </p>
  );
}
