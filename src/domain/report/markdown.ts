/**
 * Small Markdown writers. Everything the user or a device wrote is untrusted here: pasted text
 * must not end a code fence early, and free text must not turn into headings, links or HTML in
 * the ticket system that renders it.
 */

// ESC [ ... final byte, ESC ] ... BEL/ST, lone ESC x, and other C0 controls except tab: a terminal
// paste can carry them (`\u001b[32mXGE1/1/1\u001b[0m`), and a ticket cannot show them.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]?|[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Removes terminal control sequences, keeping the visible text. */
export function stripControls(s: string): string {
  return s.replace(CONTROL, '');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** A fenced block whose fence is longer than any backtick run inside, so the text cannot close it. */
export function fence(body: string, info = ''): string {
  const ticks = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${ticks}${info}\n${body}\n${ticks}`;
}

/** Inline code that survives backticks in the value (`` ``a`b`` ``). */
export function inlineCode(value: string): string {
  const flat = stripControls(value).replace(/\r\n|\n|\r/g, ' ');
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

function escapePlain(flat: string): string {
  return (
    flat
      // `a*b*`, `[x](y)`, `<b>` (the `<` alone disarms HTML and autolinks), `| cell |`, `~~x~~`, a stray backtick, `\`
      .replace(/[\\`*[\]<|~]/g, '\\$&')
      // `_x_` at a word edge; `TCP_SYN_SENT` stays as it is.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // `&amp;` would render as `&`.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // ` #` can close an ATX heading the text sits in.
      .replace(/(^|\s)#/g, '$1\\#')
  );
}

// A code span the rules wrote on purpose: `session statistics enable`
const CODE_SPAN = /(`+)([^`]|[^`].*?[^`])\1(?!`)/g;

/**
 * Free text as literal inline Markdown on one line. Texts from the rules mark commands as
 * `code spans`; those stay code spans, everything else has its specials backslash-escaped.
 */
export function escapeText(text: string): string {
  const flat = stripControls(text)
    .replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ')
    .trim();
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(CODE_SPAN)) {
    out += escapePlain(flat.slice(last, m.index)) + inlineCode(m[2] ?? '');
    last = m.index + m[0].length;
  }
  out += escapePlain(flat.slice(last));
  // At the start of a line `- x`, `+ x`, `12. x`, `12) x` would become a list (`10.197.44.200` would
  // not), and `> x` a quote; elsewhere `Responder->Initiator` is plain text.
  return out.replace(/^([-+>])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
