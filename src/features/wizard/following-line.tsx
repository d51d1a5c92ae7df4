import { Link } from 'react-router';
import type { Run } from '@/domain/run-types';
import { useL, useT } from '@/i18n/use-t';
import { RichText } from '@/components/rich-text';

/** The server farm and real server the run followed (from the steps' choices), and why. */
export function FollowingLine({ run }: { run: Run }) {
  const t = useT();
  const l = useL();
  const followed = run.steps.flatMap((s) => {
    const c = s.choice;
    if (!c || c.selected === null) return [];
    const option = c.options.find((o) => o.value === c.selected);
    return [{ step: s.step, kind: c.kind, name: option?.label ?? c.selected, reason: c.reason }];
  });
  if (followed.length === 0) return null;
  return (
    <section aria-labelledby="following-heading" className="card py-3" data-following>
      <h2 id="following-heading" className="m-0 text-base">
        {t('followingTitle')}
      </h2>
      <ul className="m-0 list-none space-y-1 p-0">
        {followed.map((f) => (
          <li key={f.step} data-followed={f.kind}>
            <span className="text-muted">
              {t(f.kind === 'farm' ? 'followingFarm' : 'followingServer')}
              {t('colon')}
            </span>
            <strong className="font-mono break-all">{f.name}</strong>
            {f.reason && (
              <>
                {' — '}
                <RichText text={l(f.reason)} />
              </>
            )}{' '}
            <Link to={`/step/${f.step}`} className="no-print text-sm">
              {t('followingChange')}
              <span className="sr-only">
                {' '}
                {t(f.kind === 'farm' ? 'followingFarm' : 'followingServer')} {f.name}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
