import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Lang, Run } from '@/domain/run-types';
import { buildPathModel, type PathModel, type Tone } from '@/domain/path-diagram/path-model';
import { pathInWords, pathLabels } from '@/domain/path-diagram/path-words';
import { Visible } from '@/components/visible-text';
import { useLang } from '@/i18n/use-t';
import { layoutPath, FONT, type Layout, type PlacedText, type TextRole } from './path-layout';

/**
 * A drawing of the probe's path from the parsed pastes, the faulty element marked: in colour, by a
 * dashed outline and a cross, and in words. Three columns on a wide page, one on a phone: the
 * figure's own width decides, and only one drawing is in the page (two, one hidden, would put each
 * name in the page twice). Screen readers get the path in words. The dark variant applies on
 * screen only, so print is black on white.
 */
const WIDE_FROM_PX = 560;

function useColumns(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  // A first guess from the window, so a phone does not draw the wide layout first.
  const [columns, setColumns] = useState(() =>
    typeof window !== 'undefined' && window.innerWidth < WIDE_FROM_PX + 40 ? 1 : 3,
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => setColumns(el.clientWidth >= WIDE_FROM_PX ? 3 : 1);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, columns];
}

export function PathDiagramView({ run, wordsOpen = false }: { run: Run; wordsOpen?: boolean }) {
  const lang = useLang();
  const model = useMemo(() => buildPathModel(run), [run]);
  const words = useMemo(() => pathInWords(model, lang), [model, lang]);
  const id = useId();
  const captionId = `${id}-caption`;
  const wordsId = `${id}-words`;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const [ref, columns] = useColumns();
  return (
    <figure
      ref={ref}
      data-path-diagram
      data-fault-element={model.fault?.names.join(' ') || undefined}
      aria-labelledby={captionId}
      className="report-keep m-0 space-y-2 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 print:border-black"
    >
      <figcaption id={captionId} className="m-0">
        <span className="font-semibold">{pathLabels.figure[lang]}</span>
        {model.fault && (
          <span className="block text-sm">
            <span aria-hidden="true" className="text-red-800 dark:text-red-300 print:text-black">
              ✗{' '}
            </span>
            <strong>{pathLabels.fault[lang]}</strong>
            {colon}
            {model.fault.names.length > 0 && (
              <>
                {model.fault.names.map((n, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    <code>
                      <Visible text={n} />
                    </code>
                  </span>
                ))}
                {' — '}
              </>
            )}
            {model.fault.title[lang]}
          </span>
        )}
      </figcaption>
      <PathSvg
        model={model}
        lang={lang}
        columns={columns}
        idBase={id}
        labelledBy={captionId}
        describedBy={wordsId}
      />
      <details open={wordsOpen} className="text-sm">
        <summary className="cursor-pointer">{pathLabels.inWords[lang]}</summary>
        <ol id={wordsId} className="m-0 mt-1 space-y-1 pl-5" data-path-words>
          {words.map((w, i) => (
            <li key={i}>
              <Visible text={w} />
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}

const textClass: Record<TextRole, string> = {
  title:
    'fill-slate-600 dark:fill-slate-300 print:fill-black uppercase tracking-wide font-semibold',
  name: 'fill-slate-900 dark:fill-slate-50 print:fill-black font-bold',
  detail: 'fill-slate-700 dark:fill-slate-300 print:fill-black',
  item: 'fill-slate-900 dark:fill-slate-100 print:fill-black font-medium',
  state: 'fill-slate-700 dark:fill-slate-300 print:fill-black',
  missing: 'fill-slate-700 dark:fill-slate-300 print:fill-black italic',
  command: 'fill-slate-900 dark:fill-slate-100 print:fill-black font-mono',
  fault: 'fill-red-800 dark:fill-red-300 print:fill-black font-bold',
};

const toneClass: Record<Tone, string> = {
  ok: 'fill-green-800 dark:fill-green-300 print:fill-black',
  bad: 'fill-red-800 dark:fill-red-300 print:fill-black font-semibold',
  neutral: '',
};

function Texts({ texts }: { texts: PlacedText[] }) {
  return texts.map((t, i) => (
    <text
      key={i}
      x={t.x}
      y={t.y}
      fontSize={FONT[t.role]}
      className={`${textClass[t.role]} ${t.tone ? toneClass[t.tone] : ''}`}
    >
      {t.text}
    </text>
  ));
}

interface SvgProps {
  model: PathModel;
  lang: Lang;
  columns: number;
  idBase: string;
  labelledBy: string;
  describedBy: string;
}

function PathSvg({ model, lang, columns, idBase, labelledBy, describedBy }: SvgProps) {
  const layout: Layout = useMemo(() => layoutPath(model, lang, columns), [model, lang, columns]);
  const margin = 4;
  const w = layout.width + 2 * margin;
  const h = layout.height + 2 * margin;
  const marker = `${idBase}-arrow`.replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <svg
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      viewBox={`${-margin} ${-margin} ${w} ${h}`}
      width="100%"
      // Never drawn much larger than designed: on a wide page the text would grow past the page's own.
      style={{ maxWidth: `${Math.round(w * 1.2)}px` }}
      className="block h-auto font-sans"
      data-columns={columns}
    >
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path
            d="M0,0 L10,5 L0,10 z"
            className="fill-slate-500 dark:fill-slate-400 print:fill-black"
          />
        </marker>
      </defs>
      {layout.arrows.map((pts, i) => (
        <polyline
          key={i}
          points={pts.map(([x, y]) => `${x},${y}`).join(' ')}
          fill="none"
          strokeWidth={1.5}
          markerEnd={`url(#${marker})`}
          className="stroke-slate-500 dark:stroke-slate-400 print:stroke-black"
        />
      ))}
      {layout.boxes.map((b) => {
        const unknown = b.hop.status !== 'known';
        return (
          <g
            key={b.hop.kind}
            transform={`translate(${b.x} ${b.y})`}
            data-hop={b.hop.kind}
            data-hop-status={b.hop.status}
            data-fault={b.hop.fault ? (b.hop.name ?? b.hop.kind) : undefined}
          >
            <rect
              width={b.w}
              height={b.h}
              rx={8}
              strokeWidth={b.hop.fault ? 3 : 1.25}
              strokeDasharray={b.hop.fault ? '7 4' : unknown ? '5 4' : undefined}
              className={
                b.hop.fault
                  ? 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-300 print:fill-white print:stroke-black'
                  : unknown
                    ? 'fill-slate-50 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500 print:fill-white print:stroke-black'
                    : 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500 print:stroke-black'
              }
            />
            {b.rows.map((r) => (
              <g key={r.id} data-fault={r.fault ? r.name : undefined} data-item={r.id}>
                <rect
                  x={r.x}
                  y={r.y}
                  width={r.w}
                  height={r.h}
                  rx={4}
                  strokeWidth={r.fault ? 2.5 : 0}
                  strokeDasharray={r.fault ? '6 3' : undefined}
                  className={
                    r.fault
                      ? 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-300 print:fill-white print:stroke-black'
                      : 'fill-slate-100 dark:fill-slate-800 print:fill-white'
                  }
                />
                <Texts texts={r.texts} />
              </g>
            ))}
            <Texts texts={b.texts} />
          </g>
        );
      })}
    </svg>
  );
}
