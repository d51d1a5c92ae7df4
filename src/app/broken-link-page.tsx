import { messages, type MessageKey } from '@/i18n/messages';
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
      <p className="m-0">{t(whyKey(problem.code))}</p>
      <p className="m-0">{t('brokenLinkBody')}</p>
      <details className="text-sm text-muted">
        <summary className="cursor-pointer">{t('linkTechnical')}</summary>
        <p className="m-0 mt-1">
          {problem.code}: {problem.message}
        </p>
      </details>
      <button type="button" className="btn btn-primary" onClick={onStart}>
        {t('brokenLinkStart')}
      </button>
    </div>
  );
}

/** The plain-words reason for a codec error code; an unknown code reads as a damaged link. */
function whyKey(code: string): MessageKey {
  const key = `linkWhy_${code}`;
  return (key in messages['en-US'] ? key : 'linkWhy_corrupt') as MessageKey;
}
