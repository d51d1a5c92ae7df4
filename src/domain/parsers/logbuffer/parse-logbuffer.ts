/**
 * Reads `display logbuffer` output and pastes of plain Comware log lines (console, monitor
 * terminal, log host copies) into entries: time, host, module, level, mnemonic, message, and the
 * event the wizard needs when the wording is one we know.
 *
 * Line forms (all from real captures or vendor documents; __fixtures__/SOURCES.md has each file):
 * - `%Oct  4 20:16:23:800 2025 Reg2-DSW LAGG/6/LAGG_INACTIVE_NODEREMOVE: Member port ...` — the
 *   `info-center timestamp date` form of the log buffer and console: `Mmm dd hh:mm:ss:ms yyyy`,
 *   day padded with a blank, milliseconds printed as a number (`18:03:24:55` is 55 ms) [H3C CN
 *   信息中心命令 `info-center timestamp`, `display logbuffer` examples; ru-lab, hcl-blog captures].
 *   `%` log, `*` debug, `#` trap (Comware 5); the mark is missing in log host copies.
 * - A log printed right behind a prompt: `[SW-1-GigabitEthernet1/0/1]%May 16 11:04:37:748 ...`
 *   (hcl-blog capture); the prompt is not part of the entry.
 * - Log host copies: `Jan 10 17:17:02 2020 wangkongshi %%10IFNET/3/LINK_UPDOWN(l): ...` (`%%`
 *   vendor mark, version `10`, `(l)`/`(t)`/`(d)` type suffix, seconds only), `<189>` priority
 *   first; `timestamp loghost iso` `2009-09-21T15:32:55`, `no-year-date` `Dec  8 10:12:21`
 *   [H3C CN `info-center timestamp loghost`]; `2018-08-27 12:21:31` as syslog servers store it.
 * - Boot time `%0.21990989` (`info-center timestamp boot`): `at` is null (not a date).
 * - Location before the text: `-Slot=2; `, `-MDC=1; `, `-VD=1; ` → `location`, not in `message`.
 * - `NQA/7/ Reaction: -VD=1; ...` (debug, a blank after the level and no mnemonic) → mnemonic null.
 * - `SYSLOG/7/SYS_RESTART:System restarted --` (no blank after the colon), `SYSLOG /7/` (a blank
 *   before the slash) [H3C CN `display logbuffer` example].
 * No sequence-numbered Comware log line was found in any source; none is read.
 *
 * Messages that wrap keep `line` and `endLine`: a line continues the entry above it when the
 * entry's text was empty (`DDR/7/EVENT:` then the text on the next line, as the debug references
 * print it), when it is indented (`  Config interface: Dialer1`, ` This message repeated 4 times in
 * last 30 seconds.`; joined with a newline), or when the line above was 79 characters or longer
 * and this one starts with a lower-case letter (`... standby-state will` / `change from DESERT`, a
 * wrapped sentence; joined with a blank). Any other line after a long log line is not taken: most
 * log lines are longer than a terminal, and output printed right after one (`Request time out`)
 * must not vanish into it. A blank line, prompt or echoed command ends an entry.
 *
 * `display logbuffer` header (`Log buffer: Enabled`, `Max buffer size: 1024`, `Actual buffer size:
 * 512`, `Dropped messages: 0`, `Overwritten messages: 0`, `Current messages: 125`) [H3C CN
 * 信息中心命令] and the Comware 5 / VRP form (`Logging buffer configuration and contents: enabled`,
 * `Allowed max buffer size : 1024`, `Channel number : 4 , Channel name : logbuffer`, `... : N`) are
 * read into `buffers`.
 *
 * Events (log-events.ts): IFNET `Physical state on the interface X changed to up|down.`
 * (PHY_UPDOWN), `Line protocol state on the interface X changed to ...` (LINK_UPDOWN) [ru-lab,
 * hcl-blog]; `X link status is UP|DOWN` (Comware 5 `IFNET/3/LINK_UPDOWN` [yeslab exercise data,
 * loghost copies], early Comware 7 `PHY_UPDOWN: -MDC=1;` [H3C CN DDR / MPLS debug references]);
 * `Line protocol on the interface X is UP|DOWN` (Comware 5 `IFNET/4/UPDOWN` [HP Comware 5 Debug
 * Manual], `LINK_UPDOWN: -MDC=1;` [H3C CN DDR debug reference]). LAGG `Member port X of
 * aggregation group Y changed to the active state.` / `... inactive state, because REASON.` with
 * the reason verbatim (LAGG_ACTIVE, LAGG_INACTIVE_PHYSTATE, _NODEREMOVE [ru-lab]; _DUPLEX, _OTHER,
 * newer _PHYSTATE wording [quoted in public log-parser code, see SOURCES.md]). NQA `NQA entry
 * (admin-test) reaction (1): Status changed from invalid to over-threshold.` [H3C CN NQA调试命令];
 * `ok` only for `below-threshold`. Not read, for want of any source: LB-module real-server
 * health/probe messages and Comware 5 aggregation messages (no capture or vendor text was found).
 *
 * Answered: at least one entry, or a `display logbuffer` header saying `Current messages: 0`
 * (the buffer is positively empty). Anything else non-blank with no entry is an error.
 */
import { scanPaste, type NoiseKind } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { trimIndented } from '../shared/fast-text';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import type { LogBufferInfo, LogData, LogEntry } from '../parsed-types';
import { emptyHead, forgetWords, logStart, readLogHead, type LogHead } from './log-line';
import { logEvent } from './log-events';

export interface LogbufferParsed extends LogData {
  entries: LogEntry[];
  buffers: LogBufferInfo[];
}

const EXPECTED =
  'display logbuffer output or log lines such as "%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: ..."';

/** A line this long may have been wrapped (a printed manual, a narrow terminal). */
const WRAP_WIDTH = 79;

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

// Continuation modes of the entry being read.
const NONE = 0;
/** The entry's text was empty: the next line is its text, indented or not. */
const TEXT_NEXT = 1;
/** Indented lines (and hard-wrapped ones) continue it. */
const MORE = 2;

// `Log buffer: Enabled`, `Logging buffer configuration and contents : enabled`
const H_ENABLED = /^(?:Log buffer|Logging buffer configuration and contents)\s*:\s*(\S.*)$/;
const H_MAX = /^(?:Max buffer size|Allowed max buffer size)\s*:\s*(\d{1,9})$/;
const H_ACTUAL = /^Actual buffer size\s*:\s*(\d{1,9})$/;
const H_DROPPED = /^Dropped messages\s*:\s*(\d{1,12})$/;
const H_OVERWRITTEN = /^Overwritten messages\s*:\s*(\d{1,12})$/;
const H_CURRENT = /^Current messages\s*:\s*(\d{1,12})$/;
const H_CHANNEL = /^Channel number\s*:\s*(\d{1,3})\s*,\s*Channel name\s*:\s*(\S+)$/;

function newBuffer(no: number): LogBufferInfo {
  return {
    enabled: null,
    maxBufferSize: null,
    actualBufferSize: null,
    channelNumber: null,
    channelName: null,
    droppedMessages: null,
    overwrittenMessages: null,
    currentMessages: null,
    line: no,
    fieldLines: {},
  };
}

export function parseLogbuffer(text: string): ParseResult<LogbufferParsed> {
  const warnings: ParseIssue[] = [];
  const entries: LogEntry[] = [];
  const buffers: LogBufferInfo[] = [];
  let buf: LogBufferInfo | null = null;
  let open: LogEntry | null = null;
  let mode = NONE;
  // Length of the last line the open entry took, to tell a hard-wrapped message.
  let lastLen = 0;
  let nonBlank = 0;

  const start = (no: number, h: LogHead, len: number): void => {
    const e: LogEntry = {
      time: h.time,
      at: h.at,
      host: h.host,
      module: h.module,
      level: h.level,
      mnemonic: h.mnemonic,
      message: h.message,
      event: null,
      line: no,
      endLine: no,
      mark: h.mark,
      location: h.location,
    };
    entries.push(e);
    open = e;
    mode = h.message === '' ? TEXT_NEXT : MORE;
    lastLen = len;
    if (h.badTime)
      warnings.push(
        issue(
          'impossible-time',
          `The time stamp "${h.time}" names no real date: kept as printed, with no time value.`,
          no,
        ),
      );
  };

  /** Adds `t` (trimmed) to the open entry; `raw` is the line as pasted. */
  const cont = (no: number, t: string, raw: string): boolean => {
    const e = open;
    if (e === null || mode === NONE) return false;
    const indented = raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9;
    if (mode === TEXT_NEXT) e.message = t;
    else if (indented) e.message = `${e.message}\n${t}`;
    else if (lastLen >= WRAP_WIDTH && isLower(t.charCodeAt(0))) e.message = `${e.message} ${t}`;
    else return false;
    e.endLine = no;
    mode = MORE;
    lastLen = raw.length;
    return true;
  };

  const close = (): void => {
    open = null;
    mode = NONE;
  };

  /** A header line of `display logbuffer`; false when `t` is none. */
  const header = (no: number, t: string): boolean => {
    const c = t.charCodeAt(0);
    if (c !== 76 && c !== 77 && c !== 65 && c !== 68 && c !== 79 && c !== 67) return false;
    if (t.length > 120) return false;
    let m = H_ENABLED.exec(t);
    if (m !== null) {
      // A new header: one per slot when several are printed.
      buf = newBuffer(no);
      buffers.push(buf);
      const v = (m[1] ?? '').trim().toLowerCase();
      buf.enabled = v === 'enabled' ? true : v === 'disabled' ? false : null;
      buf.fieldLines.enabled = no;
      if (buf.enabled === null)
        warnings.push(
          issue(
            'unknown-value',
            `Log buffer state "${m[1] ?? ''}" is neither Enabled nor Disabled: kept as unknown.`,
            no,
          ),
        );
      return true;
    }
    const field = (
      re: RegExp,
      key:
        | 'maxBufferSize'
        | 'actualBufferSize'
        | 'droppedMessages'
        | 'overwrittenMessages'
        | 'currentMessages',
    ): boolean => {
      const f = re.exec(t);
      if (f === null) return false;
      if (buf === null) {
        buf = newBuffer(no);
        buffers.push(buf);
      }
      buf[key] = Number(f[1]);
      buf.fieldLines[key] = no;
      return true;
    };
    if (
      field(H_MAX, 'maxBufferSize') ||
      field(H_ACTUAL, 'actualBufferSize') ||
      field(H_DROPPED, 'droppedMessages') ||
      field(H_OVERWRITTEN, 'overwrittenMessages') ||
      field(H_CURRENT, 'currentMessages')
    )
      return true;
    m = H_CHANNEL.exec(t);
    if (m !== null) {
      if (buf === null) {
        buf = newBuffer(no);
        buffers.push(buf);
      }
      buf.channelNumber = Number(m[1]);
      buf.channelName = m[2] ?? null;
      buf.fieldLines.channelNumber = no;
      buf.fieldLines.channelName = no;
      return true;
    }
    return false;
  };

  // One head, filled for each line: most lines are log lines, and each would otherwise make one.
  const h = emptyHead();

  const onNoise = (no: number, kind: NoiseKind, s: string): void => {
    if (kind === 'pager') return;
    if (kind !== 'syslog') {
      // A prompt or an echoed command: whatever follows is not this entry's text.
      close();
      return;
    }
    nonBlank++;
    if (readLogHead(s, logStart(s), h)) {
      start(no, h, s.length);
      return;
    }
    // ` This message repeated 4 times in last 30 seconds.` (the normaliser files it with its log line)
    const t = s.trim();
    if (cont(no, t, s)) return;
    warnings.push(issue('unrecognised-line', `Not a log entry: "${t.slice(0, 80)}"`, no));
  };

  const onLine = (no: number, raw: string): void => {
    const t = trimIndented(raw);
    if (t === '') {
      close();
      return;
    }
    nonBlank++;
    if (cont(no, t, raw)) return;
    if (header(no, t)) {
      close();
      return;
    }
    // Log lines the normaliser does not file as noise (an unusual module name, say).
    if (t.length <= 4000 && readLogHead(raw, logStart(raw), h)) {
      start(no, h, raw.length);
      return;
    }
    close();
    warnings.push(
      issue('unrecognised-line', `Not a log entry or log buffer header: "${t.slice(0, 80)}"`, no),
    );
  };

  forgetWords();
  addHiddenWarnings(warnings, scanPaste(text, onLine, () => close(), onNoise).hidden);
  forgetWords();
  // Once the text is whole (it may go on over several lines); one pass over the entries.
  for (const e of entries) e.event = logEvent(e.module, e.message);

  if (nonBlank === 0)
    return result<LogbufferParsed>(
      null,
      [issue('empty-input', `Nothing to read: paste ${EXPECTED}.`)],
      [],
    );
  const value: LogbufferParsed = { entries, buffers };
  if (entries.length === 0) {
    if (buffers.length > 0 && buffers.every((b) => b.currentMessages === 0))
      return result(value, [], warnings);
    const b = buffers.find((x) => x.currentMessages !== null && x.currentMessages > 0);
    const error =
      b !== undefined
        ? issue(
            'no-log-entries',
            `The log buffer header says ${b.currentMessages ?? 0} messages, but no log entry follows it: paste the whole ${EXPECTED.split(' or ')[0]}.`,
            b.fieldLines.currentMessages ?? b.line,
          )
        : issue('wrong-command', `No log entry found: expected ${EXPECTED}.`);
    return result(buffers.length > 0 ? value : null, [error], warnings);
  }
  return result(value, [], warnings);
}
