import type { ReactNode } from 'react';
import type { ReportModel, ReportPaste, ReportQuestion } from '@/domain/report/report-model';
import { Visible } from '@/components/visible-text';
import { RichText } from '@/components/rich-text';
import { useT } from '@/i18n/use-t';
import { cachedLineAccess, cutLine } from '@/features/wizard/line-access';
import {
  CliBlock,
  CommandItem,
  NumberedLines,
  SeverityBadge,
  quotedToNumbered,
} from './report-bits';
import { IncidentTimelineSection, ResolutionSection, SummarySection } from './incident-sections';

type Props = { model: ReportModel };

/**
 * Everything below the header, in the order a reader of the ticket needs it: the summary first
 * (the first printed page reads as what a manager needs), then the picture of the path.
 */
export function ReportBody({ model, diagram }: Props & { diagram?: ReactNode }) {
  return (
    <>
      <FollowingSection model={model} />
      <SummarySection model={model} />
      <DiagnosisSection model={model} />
      {diagram}
      <TimelineSection model={model} />
      <PathSection model={model} />
      <FindingsSection model={model} />
      <FixSection model={model} />
      <ResolutionSection model={model} />
      <IncidentTimelineSection model={model} />
      <PastesSection model={model} />
    </>
  );
}

function Questions({ list, model }: { list: ReportQuestion[]; model: ReportModel }) {
  const L = model.labels;
  if (list.length === 0) return null;
  return (
    <ul className="m-0 list-disc pl-5 text-sm">
      {list.map((q) => (
        <li key={q.id}>
          <RichText text={q.text} /> {L.answer}
          {L.colon}
          <strong>{q.answerText}</strong>
        </li>
      ))}
    </ul>
  );
}

function DiagnosisSection({ model }: Props) {
  const L = model.labels;
  const dx = model.diagnosis;
  const diagnosed = model.status === 'diagnosed' && dx !== null;
  return (
    <section className="report-section space-y-2" aria-labelledby="r-diagnosis">
      <h2 id="r-diagnosis" className="m-0">
        {L.diagnosis}
      </h2>
      {diagnosed ? (
        <div className="report-diagnosis report-keep space-y-2 rounded-md border-2 border-slate-700 p-3 dark:border-slate-300">
          <p className="m-0 text-lg font-semibold">
            {dx.title} <code className="text-sm font-normal">{dx.id}</code>
          </p>
          <p className="m-0">
            <strong>{L.cause}</strong>
            {L.colon}
            <RichText text={dx.cause} />
          </p>
          {dx.withheld && (
            <div className="report-keep space-y-1" data-withheld>
              <p className="m-0">
                <strong>{L.withheld}</strong>
                {L.colon}
                {dx.withheld.title}
              </p>
              <ul className="m-0 list-disc pl-5">
                {dx.restsOn.map((r, i) => (
                  <li key={`f-${i}`}>
                    <span aria-hidden="true">✓ </span>
                    <RichText text={r.text} />
                    {r.findings.length > 0 && (
                      <span className="text-sm">
                        {L.colon}
                        <RichText text={r.findings.join(' / ')} />
                      </span>
                    )}
                  </li>
                ))}
                {dx.withheld.missing.map((x, i) => (
                  <li key={`m-${i}`}>
                    <strong>{L.missingEvidence}</strong>
                    {L.colon}
                    <RichText text={x} />
                  </li>
                ))}
                {dx.withheld.contradicted.map((x, i) => (
                  <li key={`c-${i}`}>
                    <strong>{L.contradictedBy}</strong>
                    {L.colon}
                    <RichText text={x} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {dx.restsOn.length > 0 && dx.id !== 'inconclusive' && (
            <div className="space-y-1" data-rests-on>
              <p className="m-0 font-semibold">{L.restsOn}</p>
              <ul className="m-0 list-disc pl-5">
                {dx.restsOn.map((r, i) => (
                  <li key={i}>
                    <RichText text={r.text} />
                    {r.findings.length > 0 && (
                      <span className="text-sm">
                        {L.colon}
                        <RichText text={r.findings.join(' / ')} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {dx.known.length > 0 && (
            <>
              <p className="m-0 font-semibold">{L.knownSoFar}</p>
              <ul className="m-0 list-disc pl-5">
                {dx.known.map((k) => (
                  <li key={k}>
                    <RichText text={k} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {dx.odd.length > 0 && (
            <div className="report-keep" data-odd>
              <p className="m-0 font-semibold">{L.odd}</p>
              <ul className="m-0 list-disc pl-5">
                {dx.odd.map((k) => (
                  <li key={k}>
                    <RichText text={k} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {dx.next.length > 0 && (
            <>
              <p className="m-0 font-semibold">{L.nextCommands}</p>
              <ol className="m-0 list-decimal space-y-2 pl-5">
                {dx.next.map((c, i) => (
                  <CommandItem key={`${c.command}-${i}`} c={c} L={L} />
                ))}
              </ol>
            </>
          )}
        </div>
      ) : (
        <div
          className="report-diagnosis space-y-2 rounded-md border-2 border-dashed border-slate-600 p-3 dark:border-slate-400"
          data-known-so-far
        >
          <p className="m-0 font-semibold">{L.noDiagnosisYet}</p>
          {model.knownSoFar.length === 0 ? (
            <p className="m-0">{model.pastes.length === 0 ? L.nothingKnownYet : L.noFindings}</p>
          ) : (
            <ul className="m-0 space-y-1 pl-0">
              {model.knownSoFar.map((k, i) => (
                <li key={i} className="flex list-none items-baseline gap-2">
                  <SeverityBadge severity={k.severity} label={k.severityLabel} />
                  <span>
                    <RichText text={k.text} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {model.current && (
            <div className="space-y-2" data-next-step>
              <p className="m-0 font-semibold">
                {L.nextCommands}
                {L.colon}
                {model.current.title}
                {L.openParen}
                {L.waitingHere}
                {L.closeParen}
              </p>
              {model.current.commands.length > 0 && (
                <ol className="m-0 list-decimal space-y-2 pl-5">
                  {model.current.commands.map((c, i) => (
                    <CommandItem key={`${c.command}-${i}`} c={c} L={L} />
                  ))}
                </ol>
              )}
              <Questions list={model.current.questions} model={model} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** The server farm and real server the run followed, and why: which one the report is about. */
function FollowingSection({ model }: Props) {
  const L = model.labels;
  const t = useT();
  if (model.following.length === 0) return null;
  return (
    <ul className="report-keep list-none space-y-0.5 p-0" data-report-following>
      {model.following.map((f) => (
        <li key={f.kind} data-followed={f.kind}>
          <strong>{L.following}</strong>
          {L.colon}
          {t(f.kind === 'farm' ? 'followingFarm' : 'followingServer')}{' '}
          <strong className="font-mono">{f.name}</strong>
          {f.reason && (
            <>
              {' — '}
              <RichText text={f.reason} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Log entries around the first probe failure, each with the pasted lines it comes from. */
function TimelineSection({ model }: Props) {
  const L = model.labels;
  const t = useT();
  if (model.timeline.length === 0) return null;
  return (
    <section className="report-section space-y-2" aria-labelledby="r-timeline">
      <h2 id="r-timeline" className="m-0">
        {L.timeline}
      </h2>
      <ol className="m-0 list-none space-y-2 p-0">
        {model.timeline.map((e, i) => (
          <li key={i} className="report-keep space-y-0.5" data-bad={e.bad ? 'true' : 'false'}>
            <p className="m-0 text-sm">
              <span className="font-mono whitespace-nowrap">{e.time}</span>{' '}
              {e.bad && (
                <>
                  <SeverityBadge severity="problem" label={t('timelineBad')} />{' '}
                </>
              )}
              <span className={e.bad ? 'font-semibold wrap-anywhere' : 'wrap-anywhere'}>
                {e.text}
              </span>
            </p>
            <NumberedLines
              lines={quotedToNumbered(e.evidence.lines)}
              missing={L.lineMissing}
              label={`${L.evidence}${L.colon}${e.evidence.stepTitle}${L.comma}${e.evidence.pasteLabel}`}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PathSection({ model }: Props) {
  const L = model.labels;
  return (
    <section className="report-section space-y-2" aria-labelledby="r-path">
      <h2 id="r-path" className="m-0">
        {L.path}
      </h2>
      {model.path.length === 0 ? (
        <p className="m-0">{L.pathEmpty}</p>
      ) : (
        <ol className="m-0 list-decimal space-y-2 pl-6">
          {model.path.map((turn) => (
            <li key={turn.step} className="report-keep" data-turn={turn.step}>
              <p className="m-0">
                <strong>{turn.title}</strong>
                <span aria-hidden="true"> → </span>
                <span className="sr-only">{`${L.colon}${L.then} `}</span>
                {turn.to.kind === 'diagnosis' ? <strong>{turn.to.title}</strong> : turn.to.title}
              </p>
              <p className="m-0 text-sm">
                <RichText text={turn.reason} />
              </p>
              <Questions list={turn.questions} model={model} />
            </li>
          ))}
          {model.current && (
            <li className="report-keep">
              <p className="m-0">
                <strong>{model.current.title}</strong>
                {L.openParen}
                {L.waitingHere}
                {L.closeParen}
              </p>
            </li>
          )}
        </ol>
      )}
    </section>
  );
}

function FindingsSection({ model }: Props) {
  const L = model.labels;
  return (
    <section className="report-section space-y-2" aria-labelledby="r-findings">
      <h2 id="r-findings" className="m-0">
        {L.findings}
      </h2>
      {model.findings.length === 0 ? (
        <p className="m-0">{L.noFindings}</p>
      ) : (
        <ol className="m-0 list-decimal space-y-4 pl-6">
          {model.findings.map((f, i) => (
            <li
              key={`${f.step}-${f.id}-${i}`}
              className="report-keep report-finding space-y-1"
              data-finding={f.id}
              data-severity={f.severity}
            >
              <p className="m-0">
                <SeverityBadge severity={f.severity} label={f.severityLabel} />{' '}
                {f.key && (
                  <>
                    <span className="report-key rounded border border-slate-700 px-1.5 text-xs font-semibold whitespace-nowrap dark:border-slate-300">
                      ★ {L.ledToDiagnosis}
                    </span>{' '}
                  </>
                )}
                <RichText text={f.text} />
              </p>
              <p className="m-0 text-xs text-muted">
                {L.step}
                {L.colon}
                {f.stepTitle}
              </p>
              {f.evidence.length === 0 && <p className="m-0 text-xs italic">{L.noEvidence}</p>}
              {f.evidence.map((e) => (
                <div key={`${e.step}-${e.pasteIndex}`} className="space-y-0.5">
                  <p className="m-0 text-xs">
                    <strong>{L.evidence}</strong>
                    {L.colon}
                    {e.stepTitle}
                    {L.comma}
                    {e.pasteLabel}
                    {L.comma}
                    {e.pastedText}
                  </p>
                  <NumberedLines
                    lines={quotedToNumbered(e.lines)}
                    missing={L.lineMissing}
                    label={`${L.evidence}${L.colon}${e.stepTitle}${L.comma}${e.pasteLabel}`}
                  />
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FixSection({ model }: Props) {
  const L = model.labels;
  // An inconclusive diagnosis has nothing to change yet: three "None." headings would be noise.
  if (model.fix.length === 0 && model.rollback.length === 0 && model.verify.length === 0)
    return null;
  return (
    <section className="report-section space-y-3" aria-labelledby="r-fix">
      <h2 id="r-fix" className="m-0">
        {L.fix}
      </h2>
      {model.fix.length === 0 ? (
        <p className="m-0">{L.noFix}</p>
      ) : (
        model.fix.map((b, i) => <CliBlock key={i} block={b} section={L.fix} index={i} L={L} />)
      )}
      <h3 className="m-0">{L.rollback}</h3>
      {model.rollback.length === 0 ? (
        <p className="m-0">{L.noFix}</p>
      ) : (
        model.rollback.map((b, i) => (
          <CliBlock key={i} block={b} section={L.rollback} index={i} L={L} />
        ))
      )}
      <h3 className="m-0">{L.verify}</h3>
      {model.verify.length === 0 ? (
        <p className="m-0">{L.noFix}</p>
      ) : (
        <ol className="m-0 list-decimal space-y-2 pl-6">
          {model.verify.map((v, i) => (
            <li key={`${v.command}-${i}`} className="report-keep">
              <p className="m-0">
                <strong>{v.device}</strong>
                {L.colon}
                <code className="font-mono text-sm wrap-anywhere">
                  <Visible text={v.command} />
                </code>
              </p>
              <p className="m-0 text-sm">
                {L.expect}
                {L.colon}
                <RichText text={v.expect} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Lines of the appendix a paste gets in print, and characters of each line: a 10 MB paste printed
 * whole is thousands of pages and freezes the tab while it is laid out.
 */
const APPENDIX_LINES = 2000;
const APPENDIX_LINE_CHARS = 2000;

/** A final line break ends the last line rather than starting an empty one (as the model counts). */
function pasteLines(
  p: ReportPaste,
  more: (n: number) => string,
): { lines: Array<{ lineNo: number; text: string }>; total: number } {
  if (p.text === '') return { lines: [], total: 0 };
  const access = cachedLineAccess(p.text);
  const total = p.text.endsWith('\n') || p.text.endsWith('\r') ? access.count - 1 : access.count;
  const lines = [];
  for (let n = 1; n <= Math.min(total, APPENDIX_LINES); n++)
    lines.push({ lineNo: n, text: cutLine(access.line(n), APPENDIX_LINE_CHARS, more) });
  return { lines, total };
}

function AppendixLines({
  paste: p,
  more,
  missing,
  label,
}: {
  paste: ReportPaste;
  more: (n: number) => string;
  missing: string;
  label: string;
}) {
  const t = useT();
  const { lines, total } = pasteLines(p, more);
  return (
    <>
      <NumberedLines lines={lines} missing={missing} label={label} />
      {total > lines.length && (
        <p className="m-0 text-sm">{t('appendixCut', { shown: lines.length, total })}</p>
      )}
    </>
  );
}

function PastesSection({ model }: Props) {
  const L = model.labels;
  const t = useT();
  const more = (n: number) => t('longLineCut', { n });
  return (
    <section className="report-section report-appendix space-y-3" aria-labelledby="r-pastes">
      <h2 id="r-pastes" className="m-0">
        {L.pastes}
      </h2>
      {model.pastes.length === 0 && <p className="m-0">{L.noPastes}</p>}
      {model.pastes.map((p) => (
        <div
          key={`${p.step}-${p.pasteIndex}`}
          className="space-y-1"
          data-paste={`${p.step}-${p.pasteIndex}`}
        >
          <p className="report-paste-head m-0 text-sm">
            <strong>
              {p.stepTitle}
              {L.comma}
              {p.pasteLabel}
            </strong>
            {' · '}
            {p.pastedText}
            {' · '}
            {p.lineCountText}
          </p>
          <AppendixLines
            paste={p}
            more={more}
            missing={L.lineMissing}
            label={`${p.stepTitle}${L.comma}${p.pasteLabel}`}
          />
        </div>
      ))}
    </section>
  );
}
