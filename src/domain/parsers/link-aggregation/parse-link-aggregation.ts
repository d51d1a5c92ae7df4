/**
 * `display link-aggregation verbose | summary | member-port` (Comware 5 and 7), in one parser
 * because engineers paste them together and the step accepts any of them. FORMATS.md §5.
 *
 * - verbose: one group per `Aggregate Interface:` (CW7) / `Aggregation Interface:` (CW5) block.
 *   Dynamic groups have `System ID`, a `Local:` table with a Flag column and a `Remote:` table;
 *   static groups have neither headings nor flags.
 * - summary: one group per table row, with no ports. The mode is the `AGG Mode` column (`D` →
 *   dynamic, `S` → static); when that cell is something else, the Partner ID decides: `None` means
 *   no LACP partner can exist (static), a system ID means LACP runs (dynamic) - with a warning.
 *   `systemId` is the `Actor System ID` for dynamic groups (what verbose prints as `System ID`).
 * - member-port: one block per port, added to the group its `Aggregate Interface:` line names.
 *   Member-port does not print Selected/Unselected: a dynamic member's status is inferred from its
 *   Synchronization flag (`D`: the actor is attached to the aggregator, i.e. Selected); a static
 *   member's cannot be known and is reported as `U` with `statusSource: 'unknown'` and a warning,
 *   so rules never take an unknown member for a healthy one.
 */
import { scanPaste } from '../shared/normalise';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import type { LagData, LagGroup, LagLocalPort, LagRemotePort } from '../parsed-types';
import { canonicalInterfaceName, isInterfaceName } from '../interface-config/interface-names';
import { digitsAt, isInk, trimIndented } from '../shared/fast-text';

export type LagSource = 'verbose' | 'summary' | 'member-port';

export interface LagLocalPortRecord extends LagLocalPort {
  /** Marker printed after the port name without its parentheses: `R` for `XGE1/0/49(R)` (reference port). */
  marks?: string;
  /** Where `status` came from: printed (verbose), the `D` flag (member-port), or unknown (static member-port). */
  statusSource?: 'flags' | 'unknown';
}

export interface LagGroupRecord extends LagGroup {
  /** Which output the group was first read from. */
  source: LagSource;
  /** summary only: `Partner ID` as printed (`None` for static groups). */
  partnerId?: string | null;
  selectedPorts?: number | null;
  unselectedPorts?: number | null;
  individualPorts?: number | null;
  localPorts: LagLocalPortRecord[];
}

export interface LagParsed extends LagData {
  groups: LagGroupRecord[];
}

type Section = 'none' | 'local' | 'remote';

interface GroupState {
  g: LagGroupRecord;
  /** Canonical names of the ports already listed (member-port may repeat a verbose row). */
  keys: Set<string> | null;
  remoteKeys: Set<string> | null;
  modePrinted: boolean;
  /** Ports came from more than one kind of output: compare them canonically. */
  mixed: boolean;
}

/** Adds `key` to the lazily created set; false when it was there already. */
function addKey(st: GroupState, which: 'keys' | 'remoteKeys', key: string): boolean {
  let set = st[which];
  if (set === null) {
    set = new Set();
    st[which] = set;
  }
  if (set.has(key)) return false;
  set.add(key);
  return true;
}

interface MemberBlock {
  port: string;
  line: number;
  group: string | null;
  section: Section;
  dynamic: boolean;
  local: {
    priority: number | null;
    operKey: number | null;
    flags: string | null;
    number: string | null;
  };
  remote: {
    line: number;
    systemId: string | null;
    partner: string | null;
    priority: number | null;
    operKey: number | null;
    flags: string | null;
  } | null;
  complete: boolean;
  lastLine: number;
}

interface Table {
  kind: 'local' | 'remote' | 'summary';
  cols: string[];
  rows: number;
  headerLine: number;
  /** Column positions looked up once per header, not once per row (-1: not in this header). */
  at: Columns;
}

interface Columns {
  status: number;
  priority: number;
  operKey: number;
  partner: number;
  systemId: number;
  flag: number;
}

function newTable(kind: Table['kind'], cols: string[], headerLine: number): Table {
  const at: Columns = {
    status: cols.indexOf('Status'),
    priority: cols.indexOf('Priority'),
    operKey: cols.indexOf('Oper-Key'),
    partner: cols.indexOf('Partner'),
    systemId: cols.indexOf('SystemID'),
    flag: cols.indexOf('Flag'),
  };
  return { kind, cols, rows: 0, headerLine, at };
}

const EXPECTED = '`display link-aggregation verbose` (or `summary` / `member-port`)';

export function parseLinkAggregation(text: string): ParseResult<LagParsed> {
  const warnings: ParseIssue[] = [];
  const groups: GroupState[] = [];
  let cur: GroupState | null = null;
  let section: Section = 'none';
  let table: Table | null = null;
  let mp: MemberBlock | null = null;
  let actorSystemId: string | null = null;
  let understood = 0;
  let lastNonBlank = 0;
  let lastWasPartialRow = false;

  // Names are compared as printed while one kind of output is read (the usual paste); only when
  // a second kind arrives (member-port's `Ten-GigabitEthernet1/1/1` after verbose's `XGE1/1/1`)
  // are they canonicalised, which keeps large single-output pastes fast.
  const canon = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = canon.get(name);
    if (k === undefined) {
      k = canonicalInterfaceName(name).toLowerCase();
      canon.set(name, k);
    }
    return k;
  };
  const byRaw = new Map<string, GroupState>();
  let byCanon: Map<string, GroupState> | null = null;
  let firstSource: LagSource | null = null;
  /**
   * `summaryIds`: a new summary group gets its final `fieldLines` at once (the row sets name,
   * mode, systemId when `summaryIds` is 2, and loadSharing, all to this line), so ~100k records
   * are not grown one field at a time.
   */
  const group = (name: string, line: number, source: LagSource, summaryIds = 0): GroupState => {
    if (firstSource === null) firstSource = source;
    if (byCanon === null && source !== firstSource) {
      byCanon = new Map();
      for (const st of groups)
        if (!byCanon.has(keyOf(st.g.name))) byCanon.set(keyOf(st.g.name), st);
    }
    let found = byRaw.get(name);
    if (found === undefined && byCanon !== null) {
      found = byCanon.get(keyOf(name));
      // Remember the printed spelling too, so the next row with it is one lookup.
      if (found !== undefined) byRaw.set(name, found);
    }
    if (found !== undefined) {
      if (source !== found.g.source && !found.mixed) {
        found.mixed = true;
        found.keys = new Set(found.g.localPorts.map((p) => keyOf(p.port)));
        found.remoteKeys = new Set(found.g.remotePorts.map((p) => keyOf(p.port)));
      }
      return found;
    }
    // A summary row sets its four count fields right after this (see the caller); creating the
    // record with them already in place saves growing ~100k records one field at a time.
    const g: LagGroupRecord =
      source === 'summary'
        ? {
            name,
            mode: 'static',
            systemId: null,
            loadSharing: null,
            localPorts: [],
            remotePorts: [],
            line,
            fieldLines:
              summaryIds === 2
                ? { name: line, mode: line, systemId: line, loadSharing: line }
                : summaryIds === 1
                  ? { name: line, mode: line, loadSharing: line }
                  : { name: line },
            source,
            partnerId: null,
            selectedPorts: null,
            unselectedPorts: null,
            individualPorts: null,
          }
        : {
            name,
            mode: 'static',
            systemId: null,
            loadSharing: null,
            localPorts: [],
            remotePorts: [],
            line,
            fieldLines: { name: line },
            source,
          };
    const st: GroupState = { g, keys: null, remoteKeys: null, modePrinted: false, mixed: false };
    byRaw.set(name, st);
    byCanon?.set(keyOf(name), st);
    groups.push(st);
    return st;
  };
  const portKey = (st: GroupState, port: string): string => (st.mixed ? keyOf(port) : port);

  const finishMember = () => {
    if (mp === null) return;
    const m: MemberBlock = mp;
    mp = null;
    const hasData =
      m.local.number !== null ||
      m.local.priority !== null ||
      m.local.operKey !== null ||
      m.local.flags !== null;
    if (!hasData) return;
    if (m.group === null)
      warnings.push(
        issue('group-not-printed', `No aggregate interface is printed for ${m.port}.`, m.line),
      );
    const st = group(m.group ?? 'unknown', m.line, 'member-port');
    // No mode line in member-port: a port with LACP sections makes its group dynamic; the
    // first port read is cited otherwise.
    if (!st.modePrinted && m.dynamic && st.g.mode !== 'dynamic') {
      st.g.mode = 'dynamic';
      st.g.fieldLines.mode = m.line;
    }
    if (st.g.fieldLines.mode === undefined) st.g.fieldLines.mode = m.line;
    const key = portKey(st, m.port);
    if (addKey(st, 'keys', key)) {
      const known = m.dynamic && m.local.flags !== null;
      if (!known)
        warnings.push(
          issue(
            'status-not-printed',
            `member-port does not print whether ${m.port} is Selected; run \`display link-aggregation verbose\`.`,
            m.line,
          ),
        );
      st.g.localPorts.push({
        port: m.port,
        status: known && (m.local.flags ?? '').includes('D') ? 'S' : 'U',
        priority: m.local.priority,
        operKey: m.local.operKey,
        flags: m.dynamic ? m.local.flags : null,
        line: m.line,
        statusSource: known ? 'flags' : 'unknown',
      });
    }
    if (m.remote !== null && addKey(st, 'remoteKeys', key)) {
      st.g.remotePorts.push({
        port: m.port,
        partner: m.remote.partner,
        priority: m.remote.priority,
        operKey: m.remote.operKey,
        systemId: m.remote.systemId,
        flags: m.remote.flags,
        line: m.remote.line,
      });
    }
  };

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: "${t.slice(0, 120)}"`, no));

  // One call per output line (scanPaste keeps no line objects: on 10 MB they were mostly GC work).
  const onLine = (lineNo: number, lineText: string): void => {
    // normalise already trimmed the end; skip the indent without copying when there is none.
    const t = lineText.charCodeAt(0) === 32 ? trimIndented(lineText) : lineText;
    if (t === '') return;
    const no = lineNo;
    lastNonBlank = no;
    lastWasPartialRow = false;
    const c0 = t.charCodeAt(0);

    // Table rule under a header: `--------------------------------------------------------------------------------`
    if (c0 === 45 && /^-{5,}$/.test(t)) {
      understood++;
      return;
    }
    // Inside a table every line is cut into cells anyway; a legend line always has a `--` cell
    // (it contains ` -- `), so the cells answer the legend pre-check without another scan.
    const inTable = table !== null && c0 !== 123;
    if (inTable) cutCells(t);
    // `Flags:  A -- LACP_Activity, B -- LACP_Timeout, C -- Aggregation,` and its continuation lines
    if ((inTable ? cells.dashCell : t.includes(' -- ')) && isLegend(t)) {
      understood++;
      return;
    }

    // Table rows first: they are the bulk of a large paste.
    if (table !== null && inTable) {
      const row = readRow(t, table);
      if (row === 'not-a-row') {
        // fall through to labels and headers below
      } else if (row === 'partial') {
        lastWasPartialRow = true;
        unrecognised(no, t);
        return;
      } else {
        understood++;
        table.rows++;
        if (row.kind === 'summary') {
          finishMember();
          let mode: 'dynamic' | 'static';
          if (row.modeCell === 'D' || row.modeCell === 'S')
            mode = row.modeCell === 'D' ? 'dynamic' : 'static';
          else {
            mode = row.partnerId.toLowerCase() === 'none' ? 'static' : 'dynamic';
            warnings.push(
              issue(
                'unknown-value',
                `Unknown AGG Mode "${row.modeCell}"; read as ${mode} from the Partner ID.`,
                no,
              ),
            );
          }
          const st = group(
            row.name,
            no,
            'summary',
            mode === 'dynamic' && actorSystemId !== null ? 2 : 1,
          );
          const g = st.g;
          if (!st.modePrinted) {
            g.mode = mode;
            g.fieldLines.mode = no;
            st.modePrinted = true;
          }
          if (g.source === 'summary') {
            g.systemId = mode === 'dynamic' ? actorSystemId : null;
            if (g.systemId !== null) g.fieldLines.systemId = no;
            g.loadSharing = row.share;
            g.fieldLines.loadSharing = no;
          }
          g.partnerId = row.partnerId;
          g.selectedPorts = row.selected;
          g.unselectedPorts = row.unselected;
          g.individualPorts = row.individual;
        } else if (cur === null) {
          unrecognised(no, t);
        } else if (row.kind === 'local') {
          if (row.status === null) {
            warnings.push(
              issue(
                'unknown-value',
                `Unknown port status "${row.statusText}" (expected S, U or I); the row is left out.`,
                no,
              ),
            );
          } else if (addKey(cur, 'keys', portKey(cur, row.port))) {
            const p: LagLocalPortRecord = {
              port: row.port,
              status: row.status,
              priority: row.priority,
              operKey: row.operKey,
              flags: row.flags,
              line: no,
            };
            if (row.marks !== null) p.marks = row.marks;
            cur.g.localPorts.push(p);
          }
        } else if (addKey(cur, 'remoteKeys', portKey(cur, row.port.port))) {
          row.port.line = no;
          cur.g.remotePorts.push(row.port);
        }
        return;
      }
    }

    // `Port             Status  Priority Oper-Key  Flag` / static `Port Status Priority Oper-Key`
    if (t.startsWith('Port ') && t.includes('Status') && t.includes('Oper-Key')) {
      understood++;
      table = newTable('local', t.split(/\s+/), no);
      if (cur !== null && section === 'none' && !cur.modePrinted) cur.g.mode = 'static';
      return;
    }
    // `Actor            Partner Priority Oper-Key  SystemID               Flag`
    if (t.startsWith('Actor ') && t.includes('Oper-Key')) {
      understood++;
      table = newTable('remote', t.split(/\s+/), no);
      return;
    }
    // `AGG        AGG   Partner ID              Selected  Unselected  Individual  Share`
    if (t.startsWith('AGG ') && t.includes('Partner')) {
      understood++;
      finishMember();
      cur = null;
      table = newTable('summary', [], no);
      return;
    }
    // `Interface  Mode                          Ports     Ports       Ports       Type`
    if (
      table !== null &&
      table.kind === 'summary' &&
      table.rows === 0 &&
      t.startsWith('Interface') &&
      t.includes('Mode')
    ) {
      understood++;
      return;
    }

    const colon = t.indexOf(':');
    if (colon > 0) {
      const label = isInk(t.charCodeAt(colon - 1))
        ? t.slice(0, colon)
        : t.slice(0, colon).trimEnd();
      const value = valueAfter(t, colon);
      switch (label) {
        case 'Aggregate Interface':
        case 'Aggregation Interface': {
          understood++;
          if (mp !== null && mp.group === null) {
            mp.group = value;
            mp.lastLine = no;
            return;
          }
          finishMember();
          table = null;
          section = 'none';
          if (value === '') {
            unrecognised(no, t);
            cur = null;
            return;
          }
          cur = group(value, no, 'verbose');
          return;
        }
        case 'Aggregation Mode': {
          understood++;
          if (cur === null) {
            unrecognised(no, t);
            return;
          }
          const v = value.toLowerCase();
          if (v === 'dynamic' || v === 'static') {
            cur.g.mode = v;
            cur.modePrinted = true;
          } else warnings.push(issue('unknown-value', `Unknown aggregation mode "${value}".`, no));
          cur.g.fieldLines.mode = no;
          return;
        }
        case 'Loadsharing Type':
          understood++;
          if (cur === null) unrecognised(no, t);
          else {
            cur.g.loadSharing = value;
            cur.g.fieldLines.loadSharing = no;
          }
          return;
        case 'Creation Mode':
        case 'Management VLANs':
        case 'Aggregation Interface Type':
        case 'Aggregate Interface Type':
        case 'Received LACP Packets':
        case 'Illegal':
          understood++;
          if (mp !== null) mp.lastLine = no;
          return;
        case 'Sent LACP Packets':
          understood++;
          if (mp !== null) {
            mp.lastLine = no;
            mp.complete = value !== '';
          }
          return;
        case 'Actor System ID':
          understood++;
          actorSystemId = value === '' ? null : value;
          return;
        case 'System ID':
          understood++;
          if (mp !== null && mp.remote !== null) {
            mp.remote.systemId = value;
            mp.lastLine = no;
          } else if (cur !== null && mp === null) {
            cur.g.systemId = value;
            cur.g.fieldLines.systemId = no;
          } else unrecognised(no, t);
          return;
        case 'Local':
        case 'Remote':
          understood++;
          if (mp !== null) {
            mp.dynamic = true;
            mp.section = label === 'Local' ? 'local' : 'remote';
            if (label === 'Remote')
              mp.remote = {
                line: no,
                systemId: null,
                partner: null,
                priority: null,
                operKey: null,
                flags: null,
              };
            mp.lastLine = no;
          } else if (cur !== null) {
            section = label === 'Local' ? 'local' : 'remote';
            if (!cur.modePrinted) cur.g.mode = 'dynamic';
            table = null;
          } else unrecognised(no, t);
          return;
        case 'Port Number':
        case 'Port Priority':
        case 'Oper-Key':
        case 'Flag': {
          if (mp === null) {
            unrecognised(no, t);
            return;
          }
          understood++;
          mp.lastLine = no;
          const target = mp.section === 'remote' ? mp.remote : null;
          if (label === 'Flag') {
            const f = braces(value);
            if (target !== null) target.flags = f;
            else mp.local.flags = f;
          } else if (label === 'Port Number') {
            if (target !== null) target.partner = value === '' ? null : value;
            else mp.local.number = value === '' ? null : value;
          } else {
            const n = toInt(value);
            if (label === 'Port Priority') {
              if (target !== null) target.priority = n;
              else mp.local.priority = n;
            } else if (target !== null) target.operKey = n;
            else {
              mp.local.operKey = n;
              // A static member's block ends with its Oper-Key.
              if (!mp.dynamic) mp.complete = true;
            }
          }
          return;
        }
        default:
          break;
      }
      // `GigabitEthernet4/0/36:` opens a member-port block.
      if (
        value === '' &&
        colon === t.length - 1 &&
        !label.includes(' ') &&
        isInterfaceName(label)
      ) {
        understood++;
        finishMember();
        cur = null;
        table = null;
        section = 'none';
        mp = {
          port: label,
          line: no,
          group: null,
          section: 'none',
          dynamic: false,
          local: { priority: null, operKey: null, flags: null, number: null },
          remote: null,
          complete: false,
          lastLine: no,
        };
        return;
      }
    }
    unrecognised(no, t);
  };
  scanPaste(text, onLine);

  // Truncation: the last thing read was waiting for more. (The casts undo the narrowing to the
  // initial values: TypeScript does not see the assignments made inside onLine.)
  const openMember = mp as MemberBlock | null;
  const lastTable = table as Table | null;
  const lastGroup = cur as GroupState | null;
  let truncated = lastWasPartialRow;
  if (openMember !== null && !openMember.complete) truncated = true;
  if (lastTable !== null && lastTable.rows === 0) truncated = true;
  if (lastGroup !== null && lastGroup.g.localPorts.length === 0 && lastTable === null)
    truncated = true;
  // A dynamic group pasted without its `Remote:` table (as in the seed) is an excerpt, not a cut.
  if (
    lastGroup !== null &&
    (section as Section) === 'remote' &&
    lastGroup.g.remotePorts.length < lastGroup.g.localPorts.length
  )
    truncated = true;
  finishMember();
  if (truncated && lastNonBlank > 0) {
    const w = warnings.find((x) => x.line === lastNonBlank && x.code === 'unrecognised-line');
    if (w !== undefined) {
      w.code = 'truncated';
      w.message = `The output seems cut off here: ${w.message}`;
    } else
      warnings.push(
        issue(
          'truncated',
          'The output seems cut off here; what was read before is kept.',
          lastNonBlank,
        ),
      );
  }

  if (lastNonBlank === 0)
    return result<LagParsed>(null, [issue('empty-input', 'The paste is empty.')], []);
  if (groups.length === 0) {
    if (understood === 0)
      return result<LagParsed>(
        null,
        [issue('wrong-command', `Expected ${EXPECTED}; no line of this paste belongs to it.`)],
        warnings,
      );
    warnings.push(issue('no-groups', 'No aggregation group is listed in this output.'));
  }
  return result({ groups: groups.map((s) => s.g) }, [], warnings);
}

// `G -- Defaulted, H -- Expired`, `Port Status: S -- Selected, U -- Unselected, I -- Individual`,
// `BAGG -- Bridge-Aggregation, BLAGG -- Blade-Aggregation, RAGG -- Route-Aggregation, SCH-B -- Schannel-Bundle`
const LEGEND_ITEM = /^[A-Za-z][\w-]{0,7} -- [A-Za-z][\w -]*$/;
function isLegend(t: string): boolean {
  let body = t;
  const colon = t.indexOf(':');
  const dash = t.indexOf(' -- ');
  if (colon > 0 && colon < dash) {
    // `Port Status` in `Port Status: S -- Selected, ...`
    if (!/^[A-Za-z][A-Za-z ]{0,40}$/.test(t.slice(0, colon))) return false;
    body = t.slice(colon + 1);
  }
  let items = 0;
  for (const part of body.split(',')) {
    const p = part.trim();
    if (p === '') continue;
    if (!LEGEND_ITEM.test(p)) return false;
    items++;
  }
  return items > 0;
}

type Row =
  | {
      kind: 'local';
      port: string;
      status: LagLocalPort['status'] | null;
      statusText: string;
      priority: number;
      operKey: number;
      flags: string | null;
      marks: string | null;
    }
  | { kind: 'remote'; port: LagRemotePort }
  | {
      kind: 'summary';
      name: string;
      modeCell: string;
      partnerId: string;
      selected: number | null;
      unselected: number | null;
      individual: number | null;
      share: string;
    };

/**
 * Cell boundaries of the table line being read. One buffer is reused from line to line (a row is
 * read completely before the next line is cut), so a large table allocates no per-line arrays
 * and a cell becomes a string only when it is kept.
 */
interface Cells {
  line: string;
  count: number;
  start: number[];
  end: number[];
  /** A cell is exactly `--` (every legend line has one). */
  dashCell: boolean;
}

const cells: Cells = { line: '', count: 0, start: [], end: [], dashCell: false };

/** Cuts `t` into cells at runs of blanks and control characters. */
function cutCells(t: string): void {
  const { start, end } = cells;
  let k = 0;
  let dashCell = false;
  let i = 0;
  const n = t.length;
  while (i < n) {
    while (i < n && t.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && t.charCodeAt(i) > 32) i++;
    start[k] = s;
    end[k] = i;
    k++;
    if (i - s === 2 && t.charCodeAt(s) === 45 && t.charCodeAt(s + 1) === 45) dashCell = true;
  }
  cells.line = t;
  cells.count = k;
  cells.dashCell = dashCell;
}

/** Text of cell `i`; undefined past the last cell (the buffer may hold an older, longer line). */
function cellText(i: number): string | undefined {
  if (i < 0 || i >= cells.count) return undefined;
  return cells.line.slice(cells.start[i] ?? 0, cells.end[i] ?? 0);
}

/** `cellText(i) === word` without making the string. */
function cellIs(i: number, word: string): boolean {
  if (i < 0 || i >= cells.count) return false;
  const s = cells.start[i] ?? 0;
  if ((cells.end[i] ?? 0) - s !== word.length) return false;
  return cells.line.startsWith(word, s);
}

/** `toInt(cellText(i) ?? '')` without making the string for a plain digit cell. */
function cellInt(i: number): number | null {
  if (i < 0 || i >= cells.count) return null;
  const t = cells.line;
  const s = cells.start[i] ?? 0;
  const e = cells.end[i] ?? 0;
  // A cell that could start or end with Unicode whitespace takes the trimming path.
  if (!isInk(t.charCodeAt(s)) || !isInk(t.charCodeAt(e - 1))) return toInt(t.slice(s, e));
  return digitsAt(t, s, e);
}

/**
 * One table row, per the header read before it (its cells already cut by `cutCells`).
 * `not-a-row` when the line is something else (a label, the next header), `partial` when it
 * starts like a row but lacks cells (cut off).
 */
function readRow(t: string, table: Table): Row | 'not-a-row' | 'partial' {
  const first = cellText(0) ?? '';
  const k = cells.count;
  if (table.kind === 'summary') {
    // `BAGG50     D     0x8000, 7848-5933-6485  3         0           0           Shar`
    // `RAGG10     S     None                    1         0           0           NonS`
    if (!isInterfaceName(first)) return 'not-a-row';
    if (k < 7) return 'partial';
    const sel = cellInt(k - 4);
    const uns = cellInt(k - 3);
    const ind = cellInt(k - 2);
    if (sel === null || uns === null || ind === null) return 'partial';
    // `None` and the share types repeat on every row: the literals are kept instead of ~100k
    // copies of them (the same strings, fewer objects for the collector).
    const partner =
      k === 7 && cellIs(2, 'None')
        ? 'None'
        : t.slice(cells.start[2] ?? 0, cells.end[k - 5] ?? 0).trim();
    return {
      kind: 'summary',
      name: first,
      modeCell: cellText(1) ?? '',
      partnerId: partner,
      selected: sel,
      unselected: uns,
      individual: ind,
      share: cellIs(k - 1, 'Shar')
        ? 'Shar'
        : cellIs(k - 1, 'NonS')
          ? 'NonS'
          : (cellText(k - 1) ?? ''),
    };
  }
  // `XGE1/0/49(R)` → port `XGE1/0/49`, marks `R`
  let port = first;
  let marks: string | null = null;
  const paren = first.indexOf('(');
  if (paren > 0 && first.endsWith(')')) {
    port = first.slice(0, paren);
    marks = first.slice(paren + 1, -1);
  }
  if (!isInterfaceName(port) || t.includes(': ') || t.endsWith(':')) return 'not-a-row';
  const cols = table.cols;
  const at = table.at;
  if (table.kind === 'local') {
    const hasFlag = at.flag >= 0;
    const need = hasFlag ? cols.length : at.operKey + 1;
    if (k < need) return 'partial';
    const statusText = cellText(at.status) ?? '';
    const priority = cellInt(at.priority);
    const operKey = cellInt(at.operKey);
    if (priority === null || operKey === null) return 'partial';
    const flagTok = hasFlag ? (cellText(k - 1) ?? '') : null;
    if (flagTok !== null && !flagTok.startsWith('{')) return 'partial';
    const status =
      statusText === 'S' || statusText === 'U' || statusText === 'I' ? statusText : null;
    return {
      kind: 'local',
      port,
      status,
      statusText,
      priority,
      operKey,
      flags: flagTok === null ? null : braces(flagTok),
      marks,
    };
  }
  // `XGE1/0/29        17      32768    2         0x8000, bcea-fa19-8be8 {ACDEF}`: the SystemID cell
  // holds a comma and a blank, so everything between the Oper-Key cell and `{` is the system ID.
  const sysIdx = at.systemId;
  const simple = sysIdx > 0 ? sysIdx : cols.length;
  if (k < simple + 1) return 'partial';
  const priority = cellInt(at.priority);
  const operKey = cellInt(at.operKey);
  if (priority === null || operKey === null) return 'partial';
  const brace = t.indexOf('{');
  if (at.flag >= 0 && brace < 0) return 'partial';
  const sysStart = simple - 1 < k ? (cells.end[simple - 1] ?? t.length) : t.length;
  const systemId = sysIdx > 0 ? t.slice(sysStart, brace < 0 ? t.length : brace).trim() : null;
  return {
    kind: 'remote',
    port: {
      port,
      partner: at.partner >= 0 ? (cellText(at.partner) ?? null) : null,
      priority,
      operKey,
      systemId: systemId === '' ? null : systemId,
      flags: brace < 0 ? null : braces(t.slice(brace)),
      // set by the caller, which knows the line number
      line: 0,
    },
  };
}

/** `{ACDEF}` → `ACDEF`; text without braces kept trimmed. */
function braces(v: string): string | null {
  const s = v.trim();
  if (s === '') return null;
  if (s.startsWith('{')) {
    const close = s.indexOf('}');
    return (close < 0 ? s.slice(1) : s.slice(1, close)).trim();
  }
  return s;
}

/** `t.slice(colon + 1).trim()`; `Oper-Key: 2` has exactly one blank after the colon. */
function valueAfter(t: string, colon: number): string {
  const n = t.length;
  if (
    colon + 2 < n &&
    t.charCodeAt(colon + 1) === 32 &&
    isInk(t.charCodeAt(colon + 2)) &&
    isInk(t.charCodeAt(n - 1))
  )
    return t.slice(colon + 2);
  return t.slice(colon + 1).trim();
}

function toInt(v: string): number | null {
  // Cells and values arrive trimmed; only call trim() when an end could be whitespace.
  const s = isInk(v.charCodeAt(0)) && isInk(v.charCodeAt(v.length - 1)) ? v : v.trim();
  return digitsAt(s, 0, s.length);
}
