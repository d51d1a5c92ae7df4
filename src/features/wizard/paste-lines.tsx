import { useMemo, useState } from 'react';
import { Visible } from '@/components/visible-text';
import { useT } from '@/i18n/use-t';
import { cachedLineAccess, readyLineAccess } from './line-access';
import { useRunPending } from './use-run';
import type { Severity } from '@/domain/run-types';

// Colour by what the line proves, and a mark beside it, so a healthy line cited as proof does not
// look like a problem and the difference survives colour blindness.
const lineStyle: Record<Severity, string> = {
  problem: 'bg-red-100 text-red-950 dark:bg-red-900/70 dark:text-white',
  warning: 'bg-amber-200 text-slate-950 dark:bg-amber-700/60 dark:text-white',
  ok: 'bg-green-100 text-green-950 dark:bg-green-900/60 dark:text-white',
  info: 'bg-sky-100 text-slate-950 dark:bg-sky-900/60 dark:text-white',
};
export const severityMark: Record<Severity, string> = {
  problem: '■',
  warning: '▲',
  ok: '✓',
  info: '●',
};

interface PasteLinesProps {
  text: string;
  /** 1-based cited lines, each with the worst severity of the findings citing it. */
  highlight: ReadonlyMap<number, Severity>;
  /** Lines reported as not understood. */
  warned?: ReadonlySet<number>;
  idPrefix: string;
  label: string;
}

const CONTEXT = 2;
const SMALL = 120;
/** Cited lines shown with their context; a finding citing thousands of lines shows the first. */
const MAX_CITED = 60;

/**
 * The paste with line numbers, evidence lines highlighted. Large pastes show only the windows around
 * the highlighted lines so a 10 MB session table does not turn into a million DOM nodes.
 */
export function PasteLines({ text, highlight, warned, idPrefix, label }: PasteLinesProps) {
  const t = useT();
  const pending = useRunPending();
  // While the worker reads a large paste, its line index comes with the answer: wait for it. If no
  // answer will bring one (the worker failed and the page read the paste itself), index it here.
  const lines = useMemo(
    () => readyLineAccess(text) ?? (pending ? null : cachedLineAccess(text)),
    [text, pending],
  );
  const shown = useMemo(
    () => (lines ? visibleLines(lines.count, highlight) : []),
    [lines, highlight],
  );
  // Wide enough for the largest number shown, so 5- and 7-digit line numbers never wrap.
  const gutter = `${String(lines?.count ?? 1).length + 2}ch`;
  if (!lines) return <p className="m-0 text-sm text-muted">{t('parsing')}</p>;
  return (
    <figure className="m-0">
      <figcaption className="sr-only">{label}</figcaption>
      <div
        className="code-block max-h-[28rem] overflow-auto p-0 whitespace-normal"
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <ol className="m-0 w-max min-w-full list-none p-0">
          {shown.map((n, i) =>
            n === null ? (
              <li key={`gap-${i}`} className="px-3 text-muted select-none" aria-hidden="true">
                …
              </li>
            ) : (
              <li
                key={n}
                id={`${idPrefix}-L${n}`}
                data-line={n}
                data-evidence={highlight.has(n) ? 'true' : undefined}
                data-severity={highlight.get(n)}
                className={
                  highlight.has(n)
                    ? `flex font-semibold ${lineStyle[highlight.get(n) as Severity]}`
                    : warned?.has(n)
                      ? 'flex bg-slate-200/70 dark:bg-slate-700/60'
                      : 'flex'
                }
              >
                <span
                  className="shrink-0 pr-2 text-right text-slate-600 select-none dark:text-slate-300"
                  style={{ width: gutter }}
                  aria-hidden="true"
                >
                  {n}
                </span>
                <span className="w-[2ch] shrink-0 select-none" aria-hidden="true">
                  {highlight.has(n) ? severityMark[highlight.get(n) as Severity] : ''}
                </span>
                <span className="sr-only">
                  {t('lineN', { n })}
                  {highlight.has(n) ? ` (${t(`severity_${highlight.get(n) as Severity}`)})` : ''}
                  :{' '}
                </span>
                <LineText text={lines.line(n)} />
              </li>
            ),
          )}
        </ol>
      </div>
    </figure>
  );
}

/** Characters of one line drawn at a time: a screenful. A 20 MB line drawn whole freezes the tab. */
export const LINE_WINDOW = 2000;

/** One line; a long one shows a window of it, with buttons to move the window. */
function LineText({ text }: { text: string }) {
  const t = useT();
  const [from, setFrom] = useState(0);
  if (text.length <= LINE_WINDOW)
    return <code className="whitespace-pre">{text ? <Visible text={text} /> : ' '}</code>;
  const to = Math.min(from + LINE_WINDOW, text.length);
  const fmt = (n: number) => n.toLocaleString('en-US');
  return (
    <span className="flex min-w-0 flex-col">
      <code className="whitespace-pre">
        <Visible text={text.slice(from, to)} />
      </code>
      <span className="flex flex-wrap items-center gap-2 py-1 font-sans text-xs text-muted">
        {t('longLinePart', { from: fmt(from + 1), to: fmt(to), total: fmt(text.length) })}
        {from > 0 && (
          <button
            type="button"
            className="btn btn-secondary px-2 py-0 text-xs"
            onClick={() => setFrom(Math.max(0, from - LINE_WINDOW))}
          >
            {t('longLinePrev')}
          </button>
        )}
        {to < text.length && (
          <button
            type="button"
            className="btn btn-secondary px-2 py-0 text-xs"
            onClick={() => setFrom(to)}
          >
            {t('longLineNext')}
          </button>
        )}
      </span>
    </span>
  );
}

function visibleLines(count: number, highlight: ReadonlyMap<number, Severity>): (number | null)[] {
  if (count <= SMALL) return Array.from({ length: count }, (_, i) => i + 1);
  const keep = new Set<number>();
  for (let n = 1; n <= Math.min(20, count); n++) keep.add(n);
  const cited = [...highlight.keys()].sort((a, b) => a - b).slice(0, MAX_CITED);
  for (const h of cited)
    for (let n = h - CONTEXT; n <= h + CONTEXT; n++) if (n >= 1 && n <= count) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  let prev = 0;
  for (const n of sorted) {
    if (n > prev + 1) out.push(null);
    out.push(n);
    prev = n;
  }
  if (prev < count) out.push(null);
  return out;
}
