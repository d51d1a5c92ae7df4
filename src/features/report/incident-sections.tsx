import type { ReportModel } from '@/domain/report/report-model';
import { RichText } from '@/components/rich-text';
import { Visible } from '@/components/visible-text';

type Props = { model: ReportModel };

/** The first page: what broke, since when, why, what was done, verified; then the ticket details. */
export function SummarySection({ model }: Props) {
  const L = model.labels;
  const inc = model.incident;
  return (
    <section
      className="report-section report-keep space-y-2"
      aria-labelledby="r-summary"
      data-summary
    >
      <h2 id="r-summary" className="m-0">
        {L.summary}
      </h2>
      <dl className="m-0 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {inc.summary.map((s) => (
          <div key={s.key} className="contents" data-summary-item={s.key}>
            <dt className="font-semibold">{s.label}</dt>
            <dd className="m-0 wrap-anywhere">
              <RichText text={s.text} />
            </dd>
          </div>
        ))}
      </dl>
      {(inc.details.length > 0 || inc.devices.length > 0) && (
        <>
          <h3 className="m-0">{L.incident}</h3>
          <dl className="m-0 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1" data-incident>
            {inc.details.map((d) => (
              <div key={d.key} className="contents">
                <dt className="font-semibold">{d.label}</dt>
                <dd className="m-0 wrap-anywhere">
                  <Visible text={d.value} />
                </dd>
              </div>
            ))}
            {inc.devices.length > 0 && (
              <div className="contents">
                <dt className="font-semibold">{L.devices}</dt>
                <dd className="m-0 font-mono wrap-anywhere">
                  <Visible text={inc.devices.join(L.listSep)} />
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
    </section>
  );
}

/** The verification after the fix: the verdict and each fact before and after, side by side. */
export function ResolutionSection({ model }: Props) {
  const L = model.labels;
  const r = model.incident.resolution;
  if (!r) return null;
  return (
    <section
      className="report-section space-y-2"
      aria-labelledby="r-resolution"
      data-resolution={r.status}
    >
      <h2 id="r-resolution" className="m-0">
        {L.resolution}
        {L.openParen}
        {r.statusText}
        {L.closeParen}
      </h2>
      <p className="m-0 wrap-anywhere">
        {r.summary}
        {L.openParen}
        {r.atText}
        {L.closeParen}
      </p>
      {r.facts.length > 0 && (
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="text-left">
                {L.element}
              </th>
              <th scope="col" className="text-left">
                {L.before}
              </th>
              <th scope="col" className="text-left">
                {L.after}
              </th>
              <th scope="col" className="text-left">
                <span className="sr-only">{L.resolution}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {r.facts.map((f, i) => (
              <tr key={i} className="report-keep border-t border-slate-400">
                <th scope="row" className="pr-3 text-left font-normal">
                  <Visible text={f.subject} />
                </th>
                <td className="pr-3 font-mono">
                  <Visible text={f.before} />
                </td>
                <td className={`pr-3 font-mono ${f.bad ? 'font-bold' : ''}`}>
                  <Visible text={f.after} />
                </td>
                <td className={f.bad ? 'font-bold' : ''}>{f.statusText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.uncompared.length > 0 && (
        <ul className="m-0 pl-5 text-sm">
          {r.uncompared.map((u, i) => (
            <li key={i}>
              <strong>{L.notCompared}</strong>
              {L.colon}
              {u.pasteLabel} (<code>{u.command}</code>){L.colon}
              {u.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What was pasted and decided, with times. */
export function IncidentTimelineSection({ model }: Props) {
  const L = model.labels;
  const events = model.incident.events;
  if (events.length === 0) return null;
  return (
    <section className="report-section space-y-2" aria-labelledby="r-incident-timeline">
      <h2 id="r-incident-timeline" className="m-0">
        {L.incidentTimeline}
      </h2>
      <ol className="m-0 list-none space-y-1 p-0 text-sm">
        {events.map((e, i) => (
          <li key={i}>
            <span className="font-mono whitespace-nowrap">{e.atText}</span>{' '}
            <span className="wrap-anywhere">
              <RichText text={e.text} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
