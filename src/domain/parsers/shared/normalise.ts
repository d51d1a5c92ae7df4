/**
 * Cleans a terminal paste without losing the mapping to the user's own line numbers.
 * Everything a terminal adds around a command's output (prompts with the echoed command, pager
 * remnants, ANSI colour codes, CR, tabs, interleaved syslog/debug lines) is recognised here once,
 * so parsers only see output lines and can cite the line the user sees in the paste box. So is
 * what a copy through chat or a word processor adds: invisible characters and text-direction
 * controls are removed (the lines that lost some are listed in `hidden`, for a warning), odd
 * blanks such as a NBSP read as plain ones.
 */

export interface SourceLine {
  /** 1-based line number in the original paste. */
  no: number;
  /** The line with ANSI codes, CR, pager remnants and invisible characters removed and tabs expanded; trailing spaces trimmed. */
  text: string;
}

export type NoiseKind = 'prompt' | 'echo' | 'pager' | 'syslog';

export interface NoiseLine {
  no: number;
  kind: NoiseKind;
  text: string;
}

export interface EchoedCommand {
  no: number;
  /** Device name from the prompt (`L5030` in `[L5030]display ...`). */
  device: string;
  /** The command as typed after the prompt, trimmed; only its first COMMAND_MAX characters. */
  command: string;
}

export interface NormalisedPaste {
  /** Output lines, blank ones included, in order. Noise lines are not here. */
  lines: SourceLine[];
  /** Lines recognised as terminal noise and set aside. */
  noise: NoiseLine[];
  /** Commands echoed after a prompt, in order. */
  commands: EchoedCommand[];
  /** Total number of lines in the paste. */
  lineCount: number;
  /** Lines that had invisible characters or text-direction controls removed, in order. */
  hidden: HiddenChars[];
}

/** What the clean-up removed from one line (see `hiddenKind`). */
export interface HiddenChars {
  no: number;
  /** Distinct code points (at most 8) that print nothing (zero-width space, BOM, soft hyphen, controls), in the order met. */
  invisible: number[];
  /** Distinct text-direction controls (U+202E, U+2066, U+200F, ...), in the order met. */
  bidi: number[];
}

// ESC [ ... final byte, ESC ] ... BEL/ST, and lone ESC x. (Backspaces some pagers leave, and NUL,
// go with the invisible characters: see hiddenKind.)
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
// `  ---- More ----`; the lookbehind keeps a long run of dashes from being retried at every offset.
const PAGER = /(?<!-)-{2,} ?More ?-{2,}/i;
const PAGER_AT_START = /^\s*-{2,} ?More ?-{2,}/i;
// `<Sysname>` / `[Sysname]` / `[Sysname-Route-Aggregation1]` / `<Sysname>display ...`
const PROMPT = /^\s*(?:<([^<>\s][^<>]{0,63})>|\[([^[\]\s][^[\]]{0,95})\])(.*)$/;
// A Comware log line: `%Jun 25 13:53:05:123 2023 L5030 NQA/6/...` (log buffer, console; `*` debug,
// `#` trap), `*Apr 29 21:47:25:630 2011 Sysname NQA/7/ ...`, and what a log host receives:
// `Jan 10 17:17:02 2020 Sysname %%10IFNET/3/LINK_UPDOWN(l): ...`. The time stamp is any
// `info-center timestamp` form: date with or without milliseconds and year (no-year-date), ISO
// `2009-09-21T15:32:55`, `2018-08-27 12:21:31`, or boot time `%0.21990989` (only after a mark).
// Only the head of a line is tested: the host and `MODULE/level/` are what make it a log line.
const SYSLOG =
  /^\s*[%*#]?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}(?:[:.]\d{1,3})?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.:]\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?|(?<=[%*#])\d+\.\d+)\s+\S+\s+(?:%%\d{2})?[A-Z][A-Z0-9_-]*\s?\/\d\/?/;
/**
 * How much of an echoed command its readers see. The CLI takes a few hundred characters on a command
 * line; every reader cuts the echo into words, and on a 20 MB "echo" that was seconds of garbage
 * collection for nothing a device could have printed.
 */
const COMMAND_MAX = 4096;
/** How much of a line the syslog test reads: the head decides, and a huge line costs nothing (log
 * lines are shorter, so they are tested as they are, with no copy). */
const SYSLOG_HEAD = 1000;
// ` This message repeated 4 times in last 30 seconds.` follows a log line when duplicates are suppressed.
const REPEATED = /^\s*This message repeated \d+ times? in last /;

function isSyslogLine(s: string): boolean {
  return SYSLOG.test(s.length > SYSLOG_HEAD ? s.slice(0, SYSLOG_HEAD) : s);
}

/**
 * Longer lines are no table row, so their tabs become one blank each: expanding them would cost up
 * to 8× the line in memory (a 20 MB line of tabs is 160 MB of blanks) for columns nobody reads.
 */
const TAB_LINE_MAX = 64 * 1024;

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  if (s.length > TAB_LINE_MAX) return tabsToBlanks(s);
  // Copies the runs between tabs, not one character at a time (10× faster on long lines).
  let out = '';
  let from = 0;
  for (let tab = s.indexOf('\t'); tab >= 0; tab = s.indexOf('\t', from)) {
    out += s.slice(from, tab);
    out += ' '.repeat(8 - (out.length % 8));
    from = tab + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * `s.replaceAll('\t', ' ')` at a steady ~15 ns a character: the built-in replace costs ~150 ns a
 * match, 3 s on a line of 20 M tabs. Copies code units as they are (surrogate pairs stay whole).
 */
function tabsToBlanks(s: string): string {
  const CHUNK = 8192;
  const buf = new Uint16Array(CHUNK);
  const parts: string[] = [];
  for (let from = 0; from < s.length; from += CHUNK) {
    const n = Math.min(CHUNK, s.length - from);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(from + i);
      buf[i] = c === 9 ? 32 : c;
    }
    // apply, not a spread: a spread walks the array as an iterator, 3× slower here.
    const units = (n === CHUNK ? buf : buf.subarray(0, n)) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, units));
  }
  return parts.join('');
}

const KEEP = 0;
/** Prints nothing: removed, and the line named in a warning. */
const INVISIBLE = 1;
/** Text-direction control: removed too (a name is read as stored), the line named in a warning. */
const BIDI = 2;
/** A blank of another width (no-break, thin, figure space): read as a plain blank. */
const BLANK = 3;
/** Terminal debris (NUL, the backspaces some pagers leave): removed without a word, as always. */
const DEBRIS = 4;

/**
 * How the clean-up treats character `c`. Chat clients, wikis and word processors slip characters
 * into a copy that print nothing but split a token in two (`XGE1/\u200b1/1` is no port name, and
 * the row holding it was dropped as not understood); device output never holds them. ESC (the
 * ANSI pass reads it), CJK text and the ideographic space U+3000 (part of Chinese text, as wide as
 * two blanks) are kept.
 */
export function hiddenKind(c: number): number {
  if (c < 0x20) {
    if (c === 0 || c === 8) return DEBRIS;
    return c === 9 || c === 10 || c === 13 || c === 0x1b ? KEEP : INVISIBLE;
  }
  if (c < 0x7f) return KEEP;
  if (c < 0xa0) return INVISIBLE; // DEL and the C1 controls
  if (c === 0xa0) return BLANK;
  if (c === 0xad || c === 0x34f || c === 0x180e || c === 0xfeff) return INVISIBLE;
  if (c === 0x61c) return BIDI;
  if (c < 0x2000 || c > 0x2069) return KEEP;
  if (c <= 0x200a || c === 0x202f || c === 0x205f) return BLANK;
  if (c <= 0x200d || (c >= 0x2060 && c <= 0x2064)) return INVISIBLE;
  if (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || c >= 0x2066) return BIDI;
  return KEEP;
}

/**
 * Any character `hiddenKind` does not keep: one test over the whole paste says whether to look per
 * line. Controls are what it looks for, and U+034F (a combining mark) stands alone on purpose.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u180e\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\ufeff]/;

/** `s` without the characters `hiddenKind` removes, other blanks as plain ones; what went is added to `out`. */
function unhide(s: string, no: number, out: HiddenChars[]): string {
  let text = '';
  let from = 0;
  let rec: HiddenChars | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Printable ASCII is most of any line: one comparison each.
    if (c >= 0x20 && c < 0x7f) continue;
    const kind = hiddenKind(c);
    if (kind === KEEP) continue;
    // Only kept runs are copied: a line of millions of controls adds nothing millions of times.
    if (i > from) text += s.slice(from, i);
    from = i + 1;
    if (kind === BLANK) {
      text += ' ';
      continue;
    }
    if (kind === DEBRIS) continue;
    rec ??= { no, invisible: [], bidi: [] };
    const seen = kind === BIDI ? rec.bidi : rec.invisible;
    if (seen.length < 8 && !seen.includes(c)) seen.push(c);
  }
  if (rec !== null) out.push(rec);
  return from === 0 ? s : text + s.slice(from);
}

/**
 * `text` with every CRLF and lone CR as LF (`splitLines(text).join('\n')`), copied through a chunk
 * buffer: splitting a paste of 20 M bare CRs makes 20 M strings, a regex replace costs ~150 ns a
 * match.
 */
export function withLineFeeds(text: string): string {
  if (!text.includes('\r')) return text;
  const CHUNK = 8192;
  const buf = new Uint16Array(CHUNK);
  const parts: string[] = [];
  // No closure over `k`: a captured counter made this loop ten times slower.
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) continue; // CRLF: the LF is written next
      buf[k++] = 10;
    } else buf[k++] = c;
    if (k === CHUNK) {
      parts.push(String.fromCharCode.apply(null, buf as unknown as number[]));
      k = 0;
    }
  }
  // apply, not a spread: see tabsToBlanks.
  if (k > 0) parts.push(String.fromCharCode.apply(null, buf.subarray(0, k) as unknown as number[]));
  return parts.join('');
}

// In its own module so the page can split lines without loading the parsers' clean-up tables.
export { splitLines } from './split-lines';

const PAGER_WORD = /more/i;
// Month names as numbers, so a line's first word is tested without a copy. Non-ASCII letters can
// collide; harmless, as this only decides whether the syslog regex runs.
const MONTHS = new Set(
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) =>
    threeLetters(m, 0),
  ),
);

function threeLetters(s: string, at: number): number {
  return (s.charCodeAt(at) << 16) | (s.charCodeAt(at + 1) << 8) | s.charCodeAt(at + 2);
}

/**
 * The paste with what the clean-up removes from each line removed (and odd blanks plain), every line
 * where it was: for code that looks a line up in the text itself by pattern (a rule citing the line
 * of an echoed command) and must see it as the parsers did. The same string when there is nothing.
 */
export function readableText(text: string): string {
  return HIDDEN.test(text) ? unhide(text, 0, []) : text;
}

/**
 * The line without terminal colour codes, invisible characters (recorded in `hidden` when given)
 * and trailing blanks, tabs expanded. The order matters: an ANSI sequence may end with BEL, and
 * tab stops are counted on the characters that remain.
 */
function cleanLine(raw: string, no: number, hidden: HiddenChars[] | null): string {
  let s = raw;
  if (s.includes('\u001b')) s = s.replace(ANSI, '');
  if (hidden !== null && HIDDEN.test(s)) s = unhide(s, no, hidden);
  if (s.includes('\t')) s = expandTabs(s);
  // trimEnd, not /\s+$/: the regex is quadratic on long runs of inner whitespace.
  return s.trimEnd();
}

/**
 * The line as the terminal shows it once the pager has erased itself: `  ---- More ----`, back
 * over it, as many blanks as it was wide, back again; the data that follows keeps its own indent
 * (and a log line printed there keeps its column 0).
 */
function afterPager(s: string): string {
  const m = PAGER_AT_START.exec(s);
  if (m === null) return s;
  const width = m[0].length;
  let j = width;
  while (j < s.length && j < 2 * width && s.charCodeAt(j) === 32) j++;
  return s.slice(j);
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  return i;
}

/** Cheap test before the syslog regex: `%`, `*`, `#`, a month name or a 4-digit year starts the line. */
function mayBeSyslog(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  // % * #: SYSLOG wants a month (capital) or a year (digit) right after; `#` alone separates
  // configuration sections, tens of thousands of times in a full configuration.
  if (c === 37 || c === 42 || c === 35) {
    const d = s.charCodeAt(at + 1);
    return (d >= 65 && d <= 90) || (d >= 48 && d <= 57);
  }
  if (c >= 48 && c <= 57) return s.charCodeAt(at + 4) === 45; // 2023-...
  // Every month name starts with a capital: test that before cutting the word out.
  return c >= 65 && c <= 90 && s.charCodeAt(at + 3) === 32 && MONTHS.has(threeLetters(s, at));
}

export function normalise(text: string): NormalisedPaste {
  const lines: SourceLine[] = [];
  const rest = scanPaste(text, (no, s) => {
    lines.push({ no, text: s });
  });
  return {
    lines,
    noise: rest.noise,
    commands: rest.commands,
    lineCount: rest.lineCount,
    hidden: rest.hidden,
  };
}

/** What `scanPaste` returns: the `NormalisedPaste` without its output lines. */
export type ScannedPaste = Omit<NormalisedPaste, 'lines'>;

/**
 * `normalise` for parsers of very large pastes: each output line goes to `onLine` (in order, with
 * exactly the `no` and `text` `normalise` would have put in `lines`), each echoed command to
 * `onCommand` and, when given, each noise line to `onNoise` (then the returned `noise` is empty)
 * as it is met, so a caller can interleave them in paste order. No `SourceLine` object
 * is made: on a 400k-line configuration, keeping one per line alive until the parse ends costs
 * more garbage-collection time than the parse itself.
 */
export function scanPaste(
  text: string,
  onLine: (no: number, text: string) => void,
  onCommand?: (command: EchoedCommand) => void,
  onNoise?: (no: number, kind: NoiseKind, text: string) => void,
): ScannedPaste {
  const input = typeof text === 'string' ? text : '';
  // Lines are cut one by one instead of split into an array first: the array would keep every
  // line's string alive until the scan ends (on 10 MB that is GC work, and a paste of 20 M bare CRs
  // is 20 M strings). LF-only pastes (nearly all) look for one character only.
  const len = input.length;
  let nextCr = input.indexOf('\r');
  let nextLf = input.indexOf('\n');
  let pos = 0;
  let i = 0;
  const noise: NoiseLine[] = [];
  const commands: EchoedCommand[] = [];
  // With `onNoise`, noise goes to it as it is met (a reader of log lines sees them in paste order)
  // instead of into the returned list: on 10 MB of log lines that list is 100 000 objects.
  const pushNoise = (no: number, kind: NoiseKind, text: string): void => {
    if (onNoise !== undefined) onNoise(no, kind, text);
    else noise.push({ no, kind, text });
  };
  // The previous non-blank line was a log line: a duplicate-suppression note may follow it.
  let afterLog = false;
  // Whole-paste checks first: most pastes have no control codes, tabs or pager lines at all, and
  // then no line needs looking at for them (this is most of the normaliser's speed on 10 MB).
  // Two `includes` are several times faster than one character-class regex over 10 MB.
  const dirty = input.includes('\t') || input.includes('\u001b');
  const paged = input.includes('--') && PAGER_WORD.test(input);
  // Lines that lost invisible characters; null when the paste has none (then no line is tested).
  const hidden: HiddenChars[] | null = HIDDEN.test(input) ? [] : null;
  // A paste that ends with a line break has no real last line: the loop stops at its end.
  for (; pos < len; i++) {
    const no = i + 1;
    let r: string;
    if (nextCr < 0) {
      let nl = input.indexOf('\n', pos);
      if (nl < 0) nl = len;
      r = input.slice(pos, nl);
      pos = nl + 1;
    } else {
      // LF, CRLF or a lone CR ends the line, whichever comes first.
      const lf = nextLf < 0 ? len : nextLf;
      if (nextCr < lf) {
        r = input.slice(pos, nextCr);
        pos = nextCr + (input.charCodeAt(nextCr + 1) === 10 ? 2 : 1);
        nextCr = input.indexOf('\r', pos);
      } else {
        r = input.slice(pos, lf);
        pos = lf + 1;
      }
      if (nextLf >= 0 && nextLf < pos) nextLf = input.indexOf('\n', pos);
    }
    let s =
      dirty || hidden !== null
        ? cleanLine(r, no, hidden)
        : r.charCodeAt(r.length - 1) <= 32
          ? r.trimEnd()
          : r;
    if (s.length === 0) {
      onLine(no, s);
      continue;
    }
    if (paged && s.includes('--') && PAGER_WORD.test(s) && PAGER.test(s)) {
      const rest = s.replace(PAGER, ' ').trim();
      if (rest === '') {
        pushNoise(no, 'pager', s);
        continue;
      }
      s = afterPager(s);
    }
    const at = s.charCodeAt(0) === 32 ? firstNonSpace(s) : 0;
    const c = s.charCodeAt(at);
    if (c === 60 || c === 91) {
      // < or [
      const p = PROMPT.exec(s);
      if (p && isPrompt(p)) {
        afterLog = false;
        const device = (p[1] ?? p[2] ?? '').trim();
        const typed = (p[3] ?? '').trim();
        const cmd = typed.length > COMMAND_MAX ? typed.slice(0, COMMAND_MAX) : typed;
        if (cmd === '') pushNoise(no, 'prompt', s);
        else {
          pushNoise(no, 'echo', s);
          const echoed: EchoedCommand = { no, device, command: cmd };
          commands.push(echoed);
          if (onCommand !== undefined) onCommand(echoed);
        }
        continue;
      }
      // A log printed right after a prompt (`[SW-1-GigabitEthernet1/0/1]%May 16 11:04:37:748 2025
      // H3C IFNET/...`), or a log host's `<189>Oct 13 ...` priority: a log line all the same.
      if (p && isSyslogLine(p[3] ?? '')) {
        pushNoise(no, 'syslog', s);
        afterLog = true;
        continue;
      }
    }
    if (mayBeSyslog(s, at) && isSyslogLine(s)) {
      pushNoise(no, 'syslog', s);
      afterLog = true;
      continue;
    }
    if (afterLog && c === 84 /* T */ && REPEATED.test(s)) {
      pushNoise(no, 'syslog', s);
      afterLog = false;
      continue;
    }
    afterLog = false;
    onLine(no, s);
  }
  return { noise, commands, lineCount: i, hidden: hidden ?? [] };
}

// `[H3C]`-style prompts must not swallow output such as `[Tunnel]` legends or `{ACDEF}` flags:
// a prompt starts at column 0 (possibly after indentation) and what follows is empty or a command word.
function isPrompt(m: RegExpExecArray): boolean {
  const rest = m[3] ?? '';
  const name = m[1] ?? m[2] ?? '';
  if (/\s{2,}/.test(name)) return false;
  if (rest.trim() === '') return true;
  return /^\s*(?:dis(?:p(?:l(?:a(?:y)?)?)?)?|ping|tracert|interface|quit|return|sys(?:tem-view)?|undo|debugging|terminal|screen-length|save|reset|nqa|probe|real-server|server-farm|virtual-server|link-aggregation|port|member)\b/i.test(
    rest,
  );
}
