/**
 * Where each part of the path drawing goes: boxes in reading order, `columns` to a row (three on
 * a wide page, one on a phone), each box a title, the element's name, a detail and its rows, and
 * an arrow from each box to the next. SVG text does not wrap by itself, so text is wrapped here
 * with an estimate of its width; the estimate errs wide so nothing overflows its box.
 */
import type { Lang } from '@/domain/run-types';
import type { PathHop, PathModel, Tone } from '@/domain/path-diagram/path-model';
import { moreText, pathLabels } from '@/domain/path-diagram/path-words';
import { markInvisible } from '@/components/visible-text';

export type TextRole =
  'title' | 'name' | 'detail' | 'item' | 'state' | 'missing' | 'command' | 'fault';

export interface PlacedText {
  x: number;
  y: number;
  text: string;
  role: TextRole;
  tone?: Tone;
}

export interface PlacedRow {
  id: string;
  /** The element's name as pasted. */
  name: string;
  texts: PlacedText[];
  x: number;
  y: number;
  w: number;
  h: number;
  fault: boolean;
}

export interface PlacedBox {
  hop: PathHop;
  x: number;
  y: number;
  w: number;
  h: number;
  texts: PlacedText[];
  rows: PlacedRow[];
}

export interface Layout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  /** Polylines from one box to the next. */
  arrows: Array<Array<[number, number]>>;
}

export const FONT: Record<TextRole, number> = {
  title: 11,
  name: 14,
  detail: 11.5,
  item: 12.5,
  state: 11.5,
  missing: 11.5,
  command: 11.5,
  fault: 12,
};
const LINE = 1.35;
/** Roles drawn bold (or semibold): their text is measured wider. */
export const BOLD: ReadonlySet<TextRole> = new Set(['title', 'name', 'item', 'fault']);
const PAD = 10;
const ROW_GAP = 6;

// Advance widths in em, a little above Liberation Sans's (the page font; Noto Sans CJK for
// ideographs): an estimate that errs wide keeps text inside its box. Bold adds about a tenth.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function advance(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return /[MW]/.test(ch) ? 0.86 : 0.7;
  if (/[a-z]/.test(ch)) return /[mw]/.test(ch) ? 0.8 : /[ijlft]/.test(ch) ? 0.3 : 0.56;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[\s.,:;/|()'!-]/.test(ch)) return 0.34;
  return 0.62;
}

export function textWidth(text: string, size: number, bold = false, mono = false): number {
  let w = 0;
  // Liberation Mono: 0.6 em a character.
  for (const ch of text) w += mono && !WIDE.test(ch) ? 0.62 : advance(ch);
  return w * size * (bold ? 1.1 : 1);
}

/** Breaks text into lines no wider than `width`: at spaces where it can, inside a word where it must. */
export function wrap(
  text: string,
  size: number,
  width: number,
  bold = false,
  mono = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/(?<=\s)/)) {
    if (textWidth(line + word, size, bold, mono) <= width) {
      line += word;
      continue;
    }
    push();
    let rest = word;
    while (textWidth(rest, size, bold, mono) > width) {
      let cut = 1;
      while (cut < rest.length && textWidth(rest.slice(0, cut + 1), size, bold, mono) <= width)
        cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push();
  return lines.map((l) => l.trimEnd()).filter((l) => l !== '');
}

function boxOf(hop: PathHop, lang: Lang, w: number, faultWord: string): PlacedBox {
  const inner = w - 2 * PAD;
  const texts: PlacedText[] = [];
  const rows: PlacedRow[] = [];
  let y = PAD;
  let into = texts;
  const add = (text: string, role: TextRole, tone?: Tone, indent = 0) => {
    for (const l of wrap(text, FONT[role], inner - indent, BOLD.has(role), role === 'command')) {
      y += FONT[role] * LINE;
      into.push({
        x: PAD + indent,
        y: y - FONT[role] * 0.3,
        text: l,
        role,
        ...(tone ? { tone } : {}),
      });
    }
  };
  add(hop.title[lang], 'title');
  if (hop.name) add(markInvisible(hop.name), 'name');
  if (hop.detail) add(hop.detail[lang], 'detail');
  if (hop.fault) add(`✗ ${faultWord}`, 'fault');
  if (hop.missing) {
    const [before, command] = hop.missing.command
      ? hop.missing.text[lang].split(`\`${hop.missing.command}\``)
      : [hop.missing.text[lang], undefined];
    add((before ?? '').trim(), 'missing');
    if (command !== undefined && hop.missing.command) {
      add(markInvisible(hop.missing.command), 'command');
      // A closing full stop alone on a line says nothing; the rest (`的输出。`) does.
      if (/[^\s.。]/.test(command)) add(command.trim(), 'missing');
    }
  }
  for (const item of hop.items) {
    y += ROW_GAP;
    const top = y;
    into = [];
    // A faulty row gets a cross before its name: the mark does not rest on colour alone.
    add(markInvisible(item.name), 'item', undefined, 4);
    if (item.state) add(item.state[lang], 'state', item.tone, 4);
    // The cross goes with the word, so a long name never leaves it alone on a line.
    if (item.fault) add(`✗ ${faultWord}`, 'fault', undefined, 4);
    y += 3;
    rows.push({
      id: item.id,
      name: item.name,
      texts: into,
      x: PAD - 4,
      y: top - 1,
      w: inner + 8,
      h: y - top + 2,
      fault: item.fault,
    });
  }
  into = texts;
  if (hop.more > 0) {
    y += ROW_GAP;
    add(moreText(hop.more, lang), 'detail');
  }
  return { hop, x: 0, y: 0, w, h: y + PAD, texts, rows };
}

export function layoutPath(model: PathModel, lang: Lang, columns: number): Layout {
  const boxW = columns === 1 ? 320 : 208;
  const gapX = 34;
  const gapY = 40;
  // The mark's word is short; the figure's caption names the diagnosis.
  const faultWord = pathLabels.faultHere[lang];
  // Hops this path does not have are left out of the picture (the words say so).
  const boxes = model.hops
    .filter((h) => h.status !== 'not-on-path')
    .map((h) => boxOf(h, lang, boxW, faultWord));
  const cols = Math.max(1, Math.min(columns, boxes.length));
  let y = 0;
  for (let start = 0; start < boxes.length; start += cols) {
    const row = boxes.slice(start, start + cols);
    const h = Math.max(...row.map((b) => b.h));
    row.forEach((b, i) => {
      b.x = i * (boxW + gapX);
      b.y = y;
      b.h = h;
    });
    y += h + gapY;
  }
  const arrows: Layout['arrows'] = [];
  for (let i = 0; i + 1 < boxes.length; i++) {
    const a = boxes[i] as PlacedBox;
    const b = boxes[i + 1] as PlacedBox;
    if (a.y === b.y) {
      const mid = a.y + Math.min(a.h, 48) / 2 + 8;
      arrows.push([
        [a.x + a.w, mid],
        [b.x - 2, mid],
      ]);
    } else {
      // To the next row: down from this box, across the gap, down into the next box.
      const ax = a.x + a.w / 2;
      const bx = b.x + b.w / 2;
      const turn = a.y + a.h + gapY / 2;
      arrows.push(
        ax === bx
          ? [
              [ax, a.y + a.h],
              [bx, b.y - 2],
            ]
          : [
              [ax, a.y + a.h],
              [ax, turn],
              [bx, turn],
              [bx, b.y - 2],
            ],
      );
    }
  }
  const width = cols * boxW + (cols - 1) * gapX;
  return { width, height: Math.max(0, y - gapY), boxes, arrows };
}
