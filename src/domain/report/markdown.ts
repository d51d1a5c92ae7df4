/**
 * Small Markdown writers. Everything the user or a device wrote is untrusted here: the report is
 * pasted into ticket systems that render Markdown with raw HTML and bare-URL linking switched on.
 *
 * - Pasted values (names, quoted lines, commands, whole pastes) go in a code span or fenced block
 *   whose backtick run is longer than any inside the value, so nothing in them is Markdown or HTML.
 * - Other text that may carry pasted content has `<` `>` `&` written as entities, Markdown
 *   specials backslash-escaped, and the starts of bare links broken (`https&#58;//`, `/\/`, `\@`,
 *   `www\.`) so a renderer that links bare URLs finds none.
 * - Bidi controls and other invisible characters are shown as `<U+202E>` (in code, and in free
 *   text as `&lt;U+202E&gt;`, which renders the same): the reader sees that they are there, and
 *   they cannot reorder what is displayed around them.
 */

import { showInvisibles } from './invisible';

// ESC [ ... final byte, ESC ] ... BEL/ST, lone ESC x, and other C0 controls except tab: a terminal
// paste can carry them (`\u001b[32mXGE1/1/1\u001b[0m`), and a ticket cannot show them.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]?|[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Removes terminal control sequences, keeping the visible text. */
export function stripControls(s: string): string {
  return s.replace(CONTROL, '');
}

/** A pasted value as it may be shown: terminal controls dropped, invisible characters visible. */
export function literal(s: string): string {
  return showInvisibles(stripControls(s));
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

/**
 * A fenced block whose fence is longer than any backtick run inside, so the text cannot close it.
 * The body is shown literally (see `literal`), one line per line.
 */
export function fence(body: string, info = ''): string {
  const text = literal(body.replace(/\r\n|\r/g, '\n'));
  const ticks = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${ticks}${info}\n${text}\n${ticks}`;
}

/**
 * Inline code that survives backticks in the value (`` ``a`b`` ``), on one line. CommonMark strips
 * one space from each end of a code span that starts and ends with a space; the padding added
 * here is what it strips, so a value starting or ending with a backtick or a space shows as is.
 */
export function inlineCode(value: string): string {
  const flat = literal(value).replace(/\r\n|\n|\r/g, ' ');
  // An empty span (` `` `) would be two backticks; a lone space shows that the value is empty.
  if (flat === '') return '` `';
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  const pad =
    /^`|`$/.test(flat) || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '')
      ? ' '
      : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

function escapePlain(flat: string): string {
  return (
    flat
      // HTML: `<img>`, `</b>`, `&lt;` (which would render as `<`). Entities, not backslashes: a
      // backslash right after a bare URL is taken into the link by some renderers.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // `a*b*`, `[x](y)`, `![a](y)`, `| cell |`, `~~x~~`, a stray backtick, `\`
      .replace(/[\\`*[\]|~]/g, '\\$&')
      // `_x_` at a word edge; `TCP_SYN_SENT` stays as it is.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // ` #` can close an ATX heading the text sits in.
      .replace(/(^|\s)#/g, '$1\\#')
      // Bare links: `//host` and `x://host` (any scheme), `user@host`, `www.host`.
      .replace(/(?<!:)\/\//g, '/\\/')
      .replace(/:\/\//g, '&#58;//')
      .replace(/@/g, '\\@')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`)
  );
}

// A code span the rules wrote on purpose: `session statistics enable`
const CODE_SPAN = /(`+)([^`]|[^`].*?[^`])\1(?!`)/g;

// CJK text puts names right next to its words (`的XGE1/1/1为`): a Han character ends a name.
const WORD = /(?!\p{Script=Han})[\p{L}\p{N}_]/u;
const JOINER = /[.\-/:@]/;

/** True when `text[i]` does not continue a name across the boundary (`a.1` continues `a`). */
function isEdge(text: string, i: number, step: 1 | -1): boolean {
  const c = text[i];
  if (c === undefined) return true;
  if (WORD.test(c)) return false;
  const next = text[i + step];
  return !(JOINER.test(c) && next !== undefined && WORD.test(next));
}

/** Splits `text` into plain runs and whole-name occurrences of `names`, longest name first. */
function splitNames(text: string, names: readonly string[]): Array<{ code: boolean; s: string }> {
  const sorted = [...new Set(names)]
    .filter((n) => n.trim() !== '')
    .sort((a, b) => b.length - a.length);
  const out: Array<{ code: boolean; s: string }> = [];
  let plain = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const name of sorted) {
      if (text.startsWith(name, i) && isEdge(text, i - 1, -1) && isEdge(text, i + name.length, 1)) {
        if (plain) out.push({ code: false, s: plain });
        plain = '';
        out.push({ code: true, s: name });
        i += name.length;
        continue outer;
      }
    }
    plain += text[i];
    i++;
  }
  if (plain) out.push({ code: false, s: plain });
  return out;
}

/**
 * Free text as literal inline Markdown on one line. Texts from the rules mark commands as
 * `code spans`; those stay code spans. `names` are pasted values the text quotes (a finding's
 * subjects, the farm in the title): where they stand whole in the text they become code spans too.
 * Everything else is escaped.
 */
export function escapeText(text: string, names: readonly string[] = []): string {
  const flat = literal(text)
    .replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ')
    .trim();
  const shownNames = names.map((n) =>
    literal(n)
      .replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ')
      .trim(),
  );
  const plain = (s: string) =>
    splitNames(s, shownNames)
      .map((part) => (part.code ? inlineCode(part.s) : escapePlain(part.s)))
      .join('');
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(CODE_SPAN)) {
    out += plain(flat.slice(last, m.index)) + inlineCode(m[2] ?? '');
    last = m.index + m[0].length;
  }
  out += plain(flat.slice(last));
  // At the start of a line `- x`, `+ x`, `12. x`, `12) x` would become a list (`10.197.44.200` would
  // not), `---` or `===` a rule or a heading underline.
  return out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
