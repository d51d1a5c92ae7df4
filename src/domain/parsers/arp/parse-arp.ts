/**
 * Reads `display arp [ip | all | vpn-instance <vpn> | interface <if> | vlan <id>] [verbose]
 * [| include <x>]` (Comware 7 and 5, and the older `Port Name / AL ID` layout). The wizard asks
 * whether the load balancer resolved the real server's MAC, and on which interface: it needs the
 * entries, the address the echoed command asked for, its VPN instance, and whether the device
 * answered at all.
 *
 * Data rules:
 * - a row is six words: IP, MAC, VLAN (or VSI name), interface, aging, type. `N/A` VLAN,
 *   interface or aging is null; a VLAN/VSI cell that is not a number is `vsiName` (`vxlan4094`);
 *   the type letters are kept as printed (`D`, `S`, `IS`, `M`). The column titles vary by release
 *   (`VLAN`, `VLAN ID`, `VLAN/VSI name`, `VID`; `Interface`, `Interface/Link ID`, `Port Name / AL
 *   ID`), so rows are read by their words, not under the titles;
 * - the table does not print the VPN instance (not even for `display arp vpn-instance X`, per the
 *   H3C command reference): an entry's `vpnInstance` comes from that echoed command, or from the
 *   second line the `verbose` form prints under each row (`[No Vrf]` / `No Vrf` = none);
 * - `query` is the address named by the echoed command: `display arp 10.1.1.5` or
 *   `display arp [vpn-instance X] | include 10.1.1.5`; `vpnInstance` the `vpn-instance` it named.
 *   With several echoed ARP commands, the last one gives `query`, `vpnInstance` and `answered`;
 * - `answered`: the table header was printed, an entry was read, or the echoed command named an
 *   address and nothing at all was printed after it (Comware prints nothing for an address it has
 *   no entry for, and `| include` filters out the legend and header too). The H3C and HPE command
 *   references show only the found case; the silent case is the brief's rule, not documented.
 *   Answered with no entries is ok: the answer is "no entry";
 * - a command the device refused (`% Unrecognized command found at '^' position.`) is an error
 *   (`command-rejected`): it answered nothing;
 * - `---   31 entries found   ---` and `Total number of entries : 5` are checked against the rows
 *   read since the header (`count-mismatch` when they differ: a cut or filtered paste).
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { digitsAt, hasAt, isDigit, isWhiteSpace, trimIndented } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { ArpData, ArpEntry } from '../parsed-types';
import { commandFromEcho, kw } from '../detect/echo-command';

const EXPECTED =
  'display arp (the "IP address  MAC address  VLAN  Interface  Aging Type" table), display arp <ip> or display arp | include <ip>';

// `---   31 entries found   ---`
const ENTRIES_FOUND = /^-+\s*(\d+)\s+entr(?:y|ies) found\s*-+$/i;
// `Total number of entries : 5`
const TOTAL_ENTRIES = /^Total number of entries\s*:\s*(\d+)$/i;
// `10.197.44.200`, also escaped for the include regex: `10\.197\.44\.200`
const IPV4 = /^\d{1,3}(?:\\?\.\d{1,3}){3}$/;

/** What an echoed `display arp ...` asked for. */
interface ArpCommand {
  query: string | null;
  vpnInstance: string | null;
}

function splitWords(s: string): string[] {
  return s.trim().split(/\s+/);
}

/** What an echoed command asked of the ARP table; null when it is not `display arp ...`. */
export function arpCommand(command: string): ArpCommand | null {
  if (command.length > 300 || commandFromEcho(command)?.id !== 'display-arp') return null;
  const bar = command.indexOf('|');
  const left = splitWords(bar >= 0 ? command.slice(0, bar) : command);
  let query: string | null = null;
  let vpnInstance: string | null = null;
  for (let i = 2; i < left.length; i++) {
    const w = left[i] ?? '';
    if (kw(w.toLowerCase(), 'vpn-instance', 3)) {
      vpnInstance = left[i + 1] ?? null;
      i++;
    } else if (query === null && IPV4.test(w)) query = w;
  }
  if (bar >= 0) {
    const right = splitWords(command.slice(bar + 1));
    let k = 0;
    if (kw(right[k]?.toLowerCase(), 'by-linenum', 2)) k++;
    const pattern = right.slice(k + 1).join(' ');
    if (kw(right[k]?.toLowerCase(), 'include', 1) && IPV4.test(pattern))
      query ??= pattern.replace(/\\/g, '');
  }
  return { query, vpnInstance };
}

/** One echoed command and what followed it. */
interface Segment {
  cmd: ArpCommand | null;
  echoLine: number;
  /** Non-blank output lines after the echo. */
  output: number;
  headerLine: number;
  firstEntryLine: number;
  /** Rows read since the last header (for the entry-count trailers). */
  sinceHeader: number;
  /** Lines of `% ...` messages: the device refused the command. */
  rejected: number[];
  /** fieldLines every entry of this segment shares (its VPN comes from the echo). */
  entryLines: FieldLines;
}

const NO_LINES: FieldLines = {};

function segment(cmd: ArpCommand | null, echoLine: number): Segment {
  return {
    cmd,
    echoLine,
    output: 0,
    headerLine: 0,
    firstEntryLine: 0,
    sinceHeader: 0,
    rejected: [],
    entryLines: cmd?.vpnInstance != null ? { vpnInstance: echoLine } : NO_LINES,
  };
}

/** Cuts `t` (trimmed) into at most 7 words; the count tells a row (6) from anything else. */
function cut(t: string, out: string[]): number {
  let n = 0;
  let i = 0;
  const len = t.length;
  while (i < len) {
    const from = i;
    // Rows are ASCII separated by blanks; any other white space takes the general test.
    while (i < len) {
      const c = t.charCodeAt(i);
      if (c === 32 || (c > 126 && isWhiteSpace(c)) || (c < 32 && isWhiteSpace(c))) break;
      i++;
    }
    if (n === 7) return 8;
    out[n++] = t.slice(from, i);
    while (i < len) {
      const c = t.charCodeAt(i);
      if (!(c === 32 || (c > 126 && isWhiteSpace(c)) || (c < 32 && isWhiteSpace(c)))) break;
      i++;
    }
  }
  return n;
}

/** `10.1.1.1`: digits and three dots. */
function isIpv4(s: string): boolean {
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0) return false;
      dots++;
      digits = 0;
    } else if (isDigit(c) && digits < 3) digits++;
    else return false;
  }
  return dots === 3 && digits > 0;
}

/** `00e0-fc00-0001`: hex groups joined by dashes (also `.`/`:` spellings, kept as printed). */
function isMac(s: string): boolean {
  if (s.length < 12 || s.length > 17) return false;
  let hex = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) hex++;
    else if (c !== 45 && c !== 46 && c !== 58) return false;
  }
  return hex === 12;
}

/** Type letters: `D`, `S`, `IS`, `M`... */
function isTypeLetters(s: string): boolean {
  if (s.length === 0 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

export function parseArp(text: string): ParseResult<ArpData> {
  const warnings: ParseIssue[] = [];
  const entries: ArpEntry[] = [];
  const words: string[] = ['', '', '', '', '', '', ''];
  let nonBlank = 0;
  let understood = 0;
  let seg = segment(null, 0);
  // The last segment an echoed `display arp` started.
  let arpSeg: Segment | null = null;
  // After the `verbose` form's `Vpn Instance   NickNameRb` title, each row has a second line.
  let verbose = false;
  // The previous output line was this row (the verbose form's VPN line follows it).
  let lastEntry: ArpEntry | null = null;
  // Answered without an echo: a header or a row was printed somewhere.
  let answeredLine = 0;

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not part of the ARP table: "${t.slice(0, 80)}"`, no));

  /** A table row; false when `t` is not one. */
  const row = (no: number, t: string): boolean => {
    if (cut(t, words) !== 6) return false;
    const [ip = '', mac = '', vlanCell = '', ifCell = '', agingCell = '', type = ''] = words;
    if (!isIpv4(ip) || !isMac(mac) || !isTypeLetters(type)) return false;
    const aging = agingCell === 'N/A' ? null : digitsAt(agingCell, 0, agingCell.length);
    if (aging === null && agingCell !== 'N/A') return false;
    const vlanNumber = vlanCell === 'N/A' ? null : digitsAt(vlanCell, 0, vlanCell.length);
    const vpnInstance = seg.cmd?.vpnInstance ?? null;
    const e: ArpEntry = {
      ip,
      mac,
      vlan: vlanNumber,
      interface: ifCell === 'N/A' ? null : ifCell,
      aging,
      type,
      vpnInstance,
      vsiName: vlanNumber === null && vlanCell !== 'N/A' ? vlanCell : null,
      line: no,
      fieldLines: seg.entryLines,
    };
    entries.push(e);
    if (seg.firstEntryLine === 0) seg.firstEntryLine = no;
    if (answeredLine === 0) answeredLine = no;
    seg.sinceHeader++;
    return true;
  };

  /** The verbose form's second line: `test   0x0001`, `[No Vrf]   0x0000`. */
  const vpnLine = (no: number, t: string, e: ArpEntry): boolean => {
    const n = cut(t, words);
    if (n < 2 || n > 3 || !hasAt(words[n - 1] ?? '', '0x', 0)) return false;
    const name = words.slice(0, n - 1).join(' ');
    e.vpnInstance = name === '[No Vrf]' || name === 'No Vrf' ? null : name;
    e.fieldLines = { vpnInstance: no };
    return true;
  };

  /** Everything but a row; false when the line is not understood. */
  const other = (no: number, t: string): boolean => {
    const c0 = t.charCodeAt(0);
    if (c0 === 84 /* T */) {
      if (hasAt(t, 'Type:', 0) && t.includes('S-Static')) return true;
      const m = TOTAL_ENTRIES.exec(t);
      if (m !== null) {
        count(no, Number(m[1]));
        return true;
      }
      return false;
    }
    if (
      (c0 === 73 || c0 === 105) /* I i */ &&
      t.length < 200 &&
      /^IP address\s+MAC address/i.test(t)
    ) {
      if (!/Aging/i.test(t)) return false;
      seg.headerLine = no;
      seg.sinceHeader = 0;
      if (answeredLine === 0) answeredLine = no;
      verbose = false;
      return true;
    }
    if (c0 === 86 /* V */ && hasAt(t, 'Vpn Instance', 0) && t.includes('NickName')) {
      verbose = true;
      return true;
    }
    if (c0 === 45 /* - */) {
      const m = ENTRIES_FOUND.exec(t);
      if (m !== null) {
        count(no, Number(m[1]));
        return true;
      }
      return false;
    }
    if (c0 === 37 /* % */) {
      seg.rejected.push(no);
      return true;
    }
    // The caret under the refused word (printed before the `%` line).
    if (t === '^') return true;
    return false;
  };

  const count = (no: number, n: number) => {
    if (seg.headerLine > 0 && n !== seg.sinceHeader)
      warnings.push(
        issue(
          'count-mismatch',
          `The device counted ${n} entries but ${seg.sinceHeader} rows were read: part of the table is missing from the paste.`,
          no,
        ),
      );
  };

  const onLine = (no: number, raw: string): void => {
    const t = trimIndented(raw);
    if (t === '') return;
    nonBlank++;
    seg.output++;
    const c0 = t.charCodeAt(0);
    const prev = lastEntry;
    lastEntry = null;
    if (isDigit(c0) && row(no, t)) {
      lastEntry = entries[entries.length - 1] ?? null;
      understood++;
      return;
    }
    if (verbose && prev !== null && vpnLine(no, t, prev)) {
      understood++;
      return;
    }
    if (other(no, t)) {
      understood++;
      return;
    }
    unrecognised(no, t);
  };

  const segments: Segment[] = [seg];
  const onCommand = (cmd: EchoedCommand): void => {
    const arp = arpCommand(cmd.command);
    seg = segment(arp, cmd.no);
    segments.push(seg);
    if (arp !== null) arpSeg = seg;
    verbose = false;
    lastEntry = null;
  };

  addHiddenWarnings(warnings, scanPaste(text, onLine, onCommand).hidden);

  // A refused command answers nothing: an error when it is the command the answer comes from,
  // else a warning (an earlier typo the engineer corrected).
  const errors: ParseIssue[] = [];
  for (const sg of segments)
    for (const no of sg.rejected) {
      const i = issue(
        'command-rejected',
        'The device refused the command before this line: it printed no ARP table for it.',
        no,
      );
      if (sg === arpSeg || (arpSeg === null && sg === seg)) errors.push(i);
      else warnings.push(i);
    }

  const last = arpSeg as Segment | null;
  const query = last?.cmd?.query ?? null;
  const vpnInstance = last?.cmd?.vpnInstance ?? null;
  const fieldLines: FieldLines = {};
  let answered: boolean;
  if (last !== null) {
    if (query !== null) fieldLines.query = last.echoLine;
    if (vpnInstance !== null) fieldLines.vpnInstance = last.echoLine;
    const answerLine =
      last.headerLine ||
      last.firstEntryLine ||
      (query !== null && last.output === 0 ? last.echoLine : 0);
    answered = last.rejected.length === 0 && answerLine > 0;
    if (answered) fieldLines.answered = answerLine;
  } else {
    answered = answeredLine > 0;
    if (answered) fieldLines.answered = answeredLine;
  }

  const value: ArpData = { entries, query, vpnInstance, answered, fieldLines };
  if (nonBlank === 0 && last === null)
    return result<ArpData>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      [],
    );
  if (errors.length > 0) return result<ArpData>(value, errors, warnings);
  if (entries.length === 0 && !answered) {
    if (understood === 0 && nonBlank > 0)
      return result<ArpData>(
        null,
        [issue('wrong-command', `No ARP table found: expected the output of ${EXPECTED}.`)],
        warnings,
      );
    return result<ArpData>(
      value,
      [
        issue(
          'no-arp-table',
          last !== null && nonBlank === 0
            ? 'Nothing was printed after the echoed display arp command, and it named no address: paste the table it printed, or ask for one address (display arp <ip>).'
            : `Neither an ARP table header nor an entry was printed: expected the output of ${EXPECTED}.`,
        ),
      ],
      warnings,
    );
  }
  return result<ArpData>(value, [], warnings);
}
