import { useT } from '@/i18n/use-t';
import type { LinkProblem } from './use-state-sync';

export function BrokenLinkPage({
  problem,
  onStart,
}: {
  problem: LinkProblem;
  onStart: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" data-link-error={problem.code} className="card mx-auto max-w-2xl space-y-3">
      <h1>{t('brokenLinkTitle')}</h1>
      <p className="m-0">{t('brokenLinkBody', { reason: problem.code })}</p>
      <p className="m-0 text-sm text-muted">{problem.message}</p>
      <button type="button" className="btn btn-primary" onClick={onStart}>
        {t('brokenLinkStart')}
      </button>
    </div>
  );
}
