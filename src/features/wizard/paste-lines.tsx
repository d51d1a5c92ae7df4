import { useMemo } from 'react';
import { splitLines } from '@/domain/parsers/shared/normalise';
import { useT } from '@/i18n/use-t';

interface PasteLinesProps {
  text: string;
  /** 1-based lines to highlight. */
  highlight: ReadonlySet<number>;
  /** Lines reported as not understood. */
  warned?: ReadonlySet<number>;
  idPrefix: string;
  label: string;
}

const CONTEXT = 2;
const SMALL = 120;

/**
 * The paste with line numbers, evidence lines highlighted. Large pastes show only the windows around
 * the highlighted lines so a 10 MB session table does not turn into a million DOM nodes.
 */
export function PasteLines({ text, highlight, warned, idPrefix, label }: PasteLinesProps) {
  const t = useT();
  const lines = useMemo(() => splitLines(text), [text]);
  const shown = useMemo(() => visibleLines(lines.length, highlight), [lines.length, highlight]);
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
                ⋯
              </li>
            ) : (
              <li
                key={n}
                id={`${idPrefix}-L${n}`}
                data-line={n}
                data-evidence={highlight.has(n) ? 'true' : undefined}
                className={
                  highlight.has(n)
                    ? 'flex bg-amber-200 font-semibold text-slate-950 dark:bg-amber-700/60 dark:text-white'
                    : warned?.has(n)
                      ? 'flex bg-slate-200/70 dark:bg-slate-700/60'
                      : 'flex'
                }
              >
                <span
                  className="w-12 shrink-0 pr-2 text-right text-slate-600 select-none dark:text-slate-300"
                  aria-hidden="true"
                >
                  {n}
                </span>
                <span className="sr-only">{t('lineN', { n })}: </span>
                <code className="whitespace-pre">{lines[n - 1] || ' '}</code>
              </li>
            ),
          )}
        </ol>
      </div>
    </figure>
  );
}

function visibleLines(count: number, highlight: ReadonlySet<number>): (number | null)[] {
  if (count <= SMALL) return Array.from({ length: count }, (_, i) => i + 1);
  const keep = new Set<number>();
  for (let n = 1; n <= Math.min(20, count); n++) keep.add(n);
  for (const h of highlight)
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
