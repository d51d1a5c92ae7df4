import { Fragment } from 'react';
import { Visible } from '@/components/visible-text';
import type { Severity } from '@/domain/run-types';
import type {
  ReportCliBlock,
  ReportCommand,
  ReportLabels,
  ReportQuotedLine,
} from '@/domain/report/report-model';
import { CommandCopy } from '@/components/command-copy';
import { RichText } from '@/components/rich-text';
import { useT } from '@/i18n/use-t';

// A shape as well as a colour, so severity survives a black-and-white printer and colour blindness.
const severityMark: Record<Severity, string> = { problem: '■', warning: '▲', info: '●', ok: '✓' };

const severityScreen: Record<Severity, string> = {
  problem:
    'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  warning:
    'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  info: 'border-slate-500 bg-white text-slate-800 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100',
  ok: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100',
};

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span
      data-severity={severity}
      className={`report-badge inline-flex items-center gap-1 rounded border px-1.5 text-xs leading-5 font-semibold whitespace-nowrap ${severityScreen[severity]}`}
    >
      <span aria-hidden="true">{severityMark[severity]}</span>
      {label}
    </span>
  );
}

export interface NumberedLine {
  lineNo: number;
  /** Null when the paste has no such line. */
  text: string | null;
}

/**
 * Lines with their paste line numbers in a gutter, so a wrapped long line stays indented under its
 * text instead of running back under the numbers. A gap between cited lines is shown as `⋮`.
 */
export function NumberedLines({
  lines,
  missing,
  label,
}: {
  lines: NumberedLine[];
  missing: string;
  label?: string;
}) {
  const rows: Array<NumberedLine | 'gap'> = [];
  let prev: number | null = null;
  for (const line of lines) {
    if (prev !== null && line.lineNo > prev + 1) rows.push('gap');
    rows.push(line);
    prev = line.lineNo;
  }
  // One grid for all rows, so the gutter is as wide as the widest number and every row lines up.
  return (
    <div
      className="code-block report-lines m-0 grid grid-cols-[auto_1fr] gap-x-3 p-2 text-xs"
      role="group"
      aria-label={label}
    >
      {rows.map((row, i) =>
        row === 'gap' ? (
          <Fragment key={`gap-${i}`}>
            <span
              className="text-right text-slate-600 dark:text-slate-300 select-none"
              aria-hidden="true"
            >
              ⋮
            </span>
            <span />
          </Fragment>
        ) : (
          <Fragment key={row.lineNo}>
            <span className="report-ln text-right text-slate-600 select-none dark:text-slate-300">
              {row.lineNo}
            </span>
            {row.text === null ? (
              <span className="italic">{missing}</span>
            ) : (
              <span className="min-w-0 wrap-anywhere">{row.text === '' ? '\u00a0' : row.text}</span>
            )}
          </Fragment>
        ),
      )}
    </div>
  );
}

export function quotedToNumbered(lines: ReportQuotedLine[]): NumberedLine[] {
  return lines.map((q) => ({ lineNo: q.lineNo, text: q.text }));
}

/** One fix or rollback block: device, the plain CLI, and a copy button for exactly that text. */
export function CliBlock({
  block,
  section,
  index,
  L,
}: {
  block: ReportCliBlock;
  section: string;
  index: number;
  L: ReportLabels;
}) {
  const t = useT();
  const check = (label: string, v: ReportCliBlock['before']) =>
    v && (
      <p className="m-0 text-xs">
        <strong>
          {label}
          {block.device.startsWith(v.device) ? '' : `${L.openParen}${v.device}${L.closeParen}`}
          {L.colon}
        </strong>
        <code>
          <Visible text={v.command} />
        </code>
        {' — '}
        <RichText text={v.expect} />
      </p>
    );
  return (
    <div className="report-keep space-y-1" data-cli-block>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-sm font-semibold">
          {index + 1}. {block.device}
        </p>
        <span className="no-print">
          <CommandCopy
            text={block.text}
            label={t('reportCopyBlock', { section, device: block.device, n: index + 1 })}
          />
        </span>
      </div>
      {block.changeWindow && (
        <p className="m-0 text-xs" data-change-window>
          <strong>▲ {block.changeWindow}</strong>
        </p>
      )}
      {block.fillIn.length > 0 && (
        <p className="m-0 text-xs">
          {L.fillIn}
          {L.colon}
          {block.fillIn.map((n, i) => (
            <Fragment key={n}>
              {i > 0 && L.listSep}
              <code>{n}</code>
            </Fragment>
          ))}
        </p>
      )}
      {check(L.checkBefore, block.before)}
      <pre className="code-block m-0 text-xs">{block.text}</pre>
      {check(L.checkAfter, block.after)}
    </div>
  );
}

/** A command to run next, with where and why, copyable. */
export function CommandItem({ c, L }: { c: ReportCommand; L: ReportLabels }) {
  const t = useT();
  return (
    <li className="report-keep space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-sm">
          <strong>{c.device}</strong>
          {c.purpose && (
            <>
              {L.colon}
              <RichText text={c.purpose} />
            </>
          )}
        </p>
        <span className="no-print">
          <CommandCopy text={c.command} label={`${t('copy')}: ${c.command}`} />
        </span>
      </div>
      <pre className="code-block m-0 text-xs">
        <Visible text={c.command} />
      </pre>
    </li>
  );
}
