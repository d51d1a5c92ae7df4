import { useState } from 'react';
import type { FactChange, Resolution } from '@/domain/run-types';
import { Visible } from '@/components/visible-text';
import { useL, useT } from '@/i18n/use-t';

const verdictStyle: Record<Resolution['status'], string> = {
  resolved: 'border-green-700 dark:border-green-400',
  'not-resolved': 'border-red-700 dark:border-red-400',
  changed: 'border-amber-600 dark:border-amber-400',
};

/** The verify step's verdict and each fact before and after the fix, side by side. */
export function ResolutionView({ resolution }: { resolution: Resolution }) {
  const t = useT();
  const l = useL();
  const [showSame, setShowSame] = useState(false);
  const same = resolution.facts.filter((f) => f.status === 'same');
  const shown = showSame ? resolution.facts : resolution.facts.filter((f) => f.status !== 'same');
  return (
    <>
      <section
        aria-labelledby="verdict-heading"
        className={`card space-y-2 border-l-4 ${verdictStyle[resolution.status]}`}
        data-resolution={resolution.status}
      >
        <h2 id="verdict-heading">
          {t('verifyVerdict')}
          {': '}
          <span data-resolution-status>{t(`resolution_${resolution.status}`)}</span>
        </h2>
        <p className="m-0 wrap-anywhere">{l(resolution.summary)}</p>
      </section>
      {resolution.facts.length > 0 && (
        <section aria-labelledby="before-after-heading" className="card space-y-2">
          <h2 id="before-after-heading">{t('verifyBeforeAfter')}</h2>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-before-after>
              <thead>
                <tr>
                  <th scope="col" className="text-left">
                    {t('verifyElement')}
                  </th>
                  <th scope="col" className="text-left">
                    {t('verifyBefore')}
                  </th>
                  <th scope="col" className="text-left">
                    {t('verifyAfter')}
                  </th>
                  <th scope="col" className="text-left">
                    {t('verifyChange')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((f) => (
                  <FactRow key={f.key} fact={f} />
                ))}
              </tbody>
            </table>
          </div>
          {same.length > 0 && !showSame && (
            <button type="button" className="btn btn-secondary" onClick={() => setShowSame(true)}>
              {t('verifyShowSame', { n: same.length })}
            </button>
          )}
        </section>
      )}
      {resolution.uncompared.length > 0 && (
        <section aria-labelledby="uncompared-heading" className="card space-y-2">
          <h2 id="uncompared-heading">{t('verifyUncompared')}</h2>
          <ul className="m-0 pl-5">
            {resolution.uncompared.map((u) => (
              <li key={u.paste}>
                {t('verifyPasteN', { n: u.paste + 1 })} (<code>{u.command}</code>): {l(u.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function FactRow({ fact }: { fact: FactChange }) {
  const t = useT();
  const bad = fact.after?.health === 'bad';
  return (
    <tr data-fact={fact.status} className="border-t border-slate-300 dark:border-slate-700">
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        <Visible text={fact.subject} />
      </th>
      <td className="py-1 pr-3 font-mono">
        {fact.before ? <Visible text={fact.before.value} /> : <em>{t('verifyNotShown')}</em>}
      </td>
      <td
        className={`py-1 pr-3 font-mono ${bad ? 'font-bold text-red-800 dark:text-red-300' : ''}`}
      >
        {fact.after ? <Visible text={fact.after.value} /> : <em>{t('verifyMissing')}</em>}
      </td>
      <td className={`py-1 ${bad ? 'font-bold text-red-800 dark:text-red-300' : ''}`}>
        {t(`fact_${fact.status}`)}
      </td>
    </tr>
  );
}
