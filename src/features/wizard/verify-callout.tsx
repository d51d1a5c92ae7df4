import { Link } from 'react-router';
import { useT } from '@/i18n/use-t';
import { useRun } from './use-run';

/** On the diagnosis page: the way on to the verify step, with its verdict once there is one. */
export function VerifyCallout() {
  const t = useT();
  const run = useRun();
  const dx = run.current === null ? run.diagnosis : null;
  if (!dx || dx.verify.length === 0) return null;
  const r = run.resolution;
  return (
    <section aria-labelledby="verify-go-heading" className="card no-print space-y-2">
      <h2 id="verify-go-heading">{t('verifyGo')}</h2>
      <p className="m-0">
        {r ? (
          <strong data-resolution-status>{t(`resolution_${r.status}`)}</strong>
        ) : (
          t('verifyGoHint')
        )}
      </p>
      <Link to="/step/verify" className="btn btn-primary inline-block no-underline">
        {t('verifyGo')}
      </Link>
    </section>
  );
}
