/**
 * `display link-aggregation verbose | summary | member-port` (Comware 5 and 7), in one parser
 * because engineers paste them together and the step accepts any of them. FORMATS.md §5.
 *
 * - verbose: one group per `Aggregate Interface:` (CW7) / `Aggregation Interface:` (CW5) block.
 *   Dynamic groups have `System ID`, a `Local:` table with a Flag column and a `Remote:` table;
 *   static groups have neither headings nor flags. When a copy lost the group's header line but
 *   the echoed command names one aggregate (`display link-aggregation verbose Route-Aggregation 1`),
 *   the lines that follow are that group's: it is named from the command (`nameFromCommand`), its
 *   name cited on the echo line, with a `group-header-missing` warning. Each echoed command starts
 *   a new output, so nothing after it joins a group read before it.
 * - summary: one group per table row, with no ports. Comware 7 prints `Selected / Unselected /
 *   Individual` port counts; Comware 5 (HP 1910/1920/A5120, H3C S5120/S12500) prints only
 *   `Select / Unselect` (`individualPorts` is then null): the header says which. The Partner ID
 *   may be `None`/`none`, a system ID, or nothing at all (null) for a static group. The mode is the
 *   `AGG Mode` column (`D` → dynamic, `S` → static); when that cell is something else, the Partner
 *   ID decides: `None` or nothing means no LACP partner can exist (static), a system ID means LACP
 *   runs (dynamic) - with a warning. `systemId` is the `Actor System ID` for dynamic groups (what
 *   verbose prints as `System ID`).
 * - member-port: one block per port, added to the group its `Aggregate Interface:` line names.
 *   Member-port does not print Selected/Unselected: a dynamic member's status is inferred from its
 *   Synchronization flag (`D`: the actor is attached to the aggregator, i.e. Selected); a static
 *   member's cannot be known and is reported as `U` with `statusSource: 'unknown'` and a warning,
 *   so rules never take an unknown member for a healthy one.
 *
 * No group, no value: a paste that yields no group is an error with value null, never `ok` with
 * an empty list (the lag rules would read that as "no aggregation"). The step is reached for one
 * named aggregate, so even an output that positively lists none (a summary table with no row, a
 * verbose output with only its legend) cannot answer it: `no-groups` says so. Port tables whose
 * group nobody names (header cut, command not echoed) give `group-not-named`; a paste with no
 * line of these outputs gives `wrong-command`.
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import {
  issue,
  result,
  shortMessage,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { LagData, LagGroup, LagLocalPort } from '../parsed-types';
import { canonicalInterfaceName, isInterfaceName } from '../interface-config/interface-names';
import { hasAt, isDigit, isInk, trimIndented } from '../shared/fast-text';
import {
  aggregateOfEcho,
  cellInt,
  cellIs,
  cellText,
  cells,
  cutCells,
  flagsAfter,
  flagsAt,
  intAfter,
  RisingNames,
  valueAfter,
} from './lag-text';

export type LagSource = 'verbose' | 'summary' | 'member-port';

export interface LagLocalPortRecord extends LagLocalPort {
  /** Marker printed after the port name without its parentheses: `R` for `XGE1/0/49(R)` (reference port). */
  marks?: string;
  /** Where `status` came from: printed (verbose), the `D` flag (member-port), or unknown (static member-port). */
  statusSource?: 'flags' | 'unknown';
}

/** Port lists are read-only output: summary groups share one frozen empty list (see NO_LOCAL). */
export interface LagGroupRecord extends LagGroup {
  /** Which output the group was first read from. */
  source: LagSource;
  /** summary only: `Partner ID` as printed (`None` for static groups; null when the cell is empty). */
  partnerId?: string | null;
  selectedPorts?: number | null;
  unselectedPorts?: number | null;
  /** summary: null on Comware 5, whose table has no Individual column. */
  individualPorts?: number | null;
  /** verbose: the `Aggregate Interface:` line was missing; the name is the one the echoed command asked for. */
  nameFromCommand?: boolean;
  localPorts: LagLocalPortRecord[];
}

export interface LagParsed extends LagData {
  groups: LagGroupRecord[];
}

type Section = 'none' | 'local' | 'remote';

/**
 * A summary row prints no port: its group shares these frozen empty lists until a verbose or
 * member-port line adds one (then it gets its own). Two arrays fewer per row is a sixth fewer
 * objects on a 100k-row summary, and about as much less collector work. Port lists are output:
 * read them, never push to them (a push on a shared one throws instead of corrupting every group).
 */
const NO_LOCAL = Object.freeze([]) as unknown as LagLocalPortRecord[];
const NO_REMOTE = Object.freeze([]) as unknown as LagGroupRecord['remotePorts'];

/** Per-group bits kept beside the records (records are output: they carry no parser state). */
const MODE_PRINTED = 1;
/** Ports came from more than one kind of output: compare them canonically. */
const MIXED = 2;

/** Port lists up to this long are searched for a repeated port; longer ones get a Set. */
const SCAN_LIMIT = 16;

interface MemberBlock {
  port: string;
  line: number;
  group: string | null;
  /** Line of `Aggregate Interface:`, where the group's name is printed; the port line until then. */
  groupLine: number;
  section: Section;
  dynamic: boolean;
  priority: number | null;
  operKey: number | null;
  flags: string | null;
  number: string | null;
  /** Line of `Remote:`; -1 while the block has none. */
  remoteLine: number;
  remoteSystemId: string | null;
  remotePartner: string | null;
  remotePriority: number | null;
  remoteOperKey: number | null;
  remoteFlags: string | null;
  complete: boolean;
}

interface Table {
  kind: 'local' | 'remote' | 'summary';
  /** Number of header columns. */
  width: number;
  rows: number;
  /** summary: the header has an `Individual` column (Comware 7); Comware 5 prints only Select/Unselect. */
  individual: boolean;
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

function newTable(kind: Table['kind'], cols: string[]): Table {
  const at: Columns = {
    status: cols.indexOf('Status'),
    priority: cols.indexOf('Priority'),
    operKey: cols.indexOf('Oper-Key'),
    partner: cols.indexOf('Partner'),
    systemId: cols.indexOf('SystemID'),
    flag: cols.indexOf('Flag'),
  };
  return { kind, width: cols.length, rows: 0, individual: false, at };
}

/** What reading a table line gave. */
const NOT_A_ROW = 0;
/** Starts like a row but lacks cells (cut off). */
const PARTIAL = 1;
const READ = 2;
type RowResult = typeof NOT_A_ROW | typeof PARTIAL | typeof READ;

const EXPECTED = '`display link-aggregation verbose` (or `summary` / `member-port`)';

export function parseLinkAggregation(text: string): ParseResult<LagParsed> {
  const warnings: ParseIssue[] = [];
  const recs: LagGroupRecord[] = [];
  /** MODE_PRINTED / MIXED per group, same index as `recs`. */
  const state: number[] = [];
  /** Keys of a long port list, at `2 × group + (remote ? 1 : 0)`. */
  const portSets = new Map<number, Set<string>>();
  let cur = -1;
  let section: Section = 'none';
  let table: Table | null = null;
  let mp: MemberBlock | null = null;
  let actorSystemId: string | null = null;
  // A dynamic summary group's system ID is printed once, above the table: cite that line.
  let actorSystemIdLine = 0;
  let understood = 0;
  let lastNonBlank = 0;
  let lastWasPartialRow = false;
  /** The aggregate the last echoed command asked for, until a group of that output is read. */
  let echoed: { name: string; line: number } | null = null;
  /** Group lines or port rows were read with no group to hold them (their header was cut). */
  let orphans = 0;
  /** A summary table header was read (an empty table is the device listing no group). */
  let summaryHeader = false;

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
  const byRaw = new Map<string, number>();
  let byCanon: Map<string, number> | null = null;
  let firstSource: LagSource | null = null;

  /**
   * Summary rows whose names rise (see RisingNames) are new for certain: they are added without
   * touching `byRaw`, which on 100k rows is most of the parse, and indexed only when some other
   * line needs a lookup. Groups before `indexed` are in `byRaw`.
   */
  const rising = new RisingNames();
  let indexed = 0;
  const indexAll = () => {
    for (; indexed < recs.length; indexed++) byRaw.set(recs[indexed]?.name ?? '', indexed);
    rising.reset();
  };
  /** True when the summary row `name` is surely a new group; false when it needs a lookup. */
  const surelyNew = (name: string): boolean =>
    byCanon === null &&
    (firstSource === null || firstSource === 'summary') &&
    rising.rises(name) &&
    (byRaw.size === 0 || !byRaw.has(name));

  // `recs[-1]` would be a named-property lookup on the array, far slower than the bounds check.
  const groupAt = (i: number): LagGroupRecord | undefined => (i >= 0 ? recs[i] : undefined);

  /** Index of the group `name` read from `source` names; -1 when it is new. */
  const findGroup = (name: string, source: LagSource): number => {
    indexAll();
    if (firstSource === null) firstSource = source;
    if (byCanon === null && source !== firstSource) {
      byCanon = new Map();
      for (let i = 0; i < recs.length; i++) {
        const k = keyOf(recs[i]?.name ?? '');
        if (!byCanon.has(k)) byCanon.set(k, i);
      }
    }
    let found = byRaw.get(name);
    if (found === undefined && byCanon !== null) {
      found = byCanon.get(keyOf(name));
      // Remember the printed spelling too, so the next row with it is one lookup.
      if (found !== undefined) byRaw.set(name, found);
    }
    if (found === undefined) return -1;
    const bits = state[found] ?? 0;
    if (source !== recs[found]?.source && (bits & MIXED) === 0) {
      state[found] = bits | MIXED;
      // Rebuilt with canonical keys when next needed.
      portSets.delete(2 * found);
      portSets.delete(2 * found + 1);
    }
    return found;
  };
  const addGroup = (g: LagGroupRecord, bits: number): number => {
    const i = recs.length;
    recs.push(g);
    state.push(bits);
    byRaw.set(g.name, i);
    indexed = recs.length;
    byCanon?.set(keyOf(g.name), i);
    return i;
  };
  const addUnindexed = (g: LagGroupRecord, bits: number): number => {
    firstSource = 'summary';
    recs.push(g);
    state.push(bits);
    return recs.length - 1;
  };
  /** The group `name` (found, or created as a verbose/member-port group starts). */
  // A name, once resolved, keeps its group: member-port blocks of one aggregate follow each
  // other, so the last answer is reused instead of looked up again.
  let lastName: string | null = null;
  let lastSource: LagSource | null = null;
  let lastGroup = -1;
  const group = (name: string, line: number, source: LagSource, nameLine = line): number => {
    if (name === lastName && source === lastSource) return lastGroup;
    lastName = name;
    lastSource = source;
    const found = findGroup(name, source);
    lastGroup = found >= 0 ? found : newGroup(name, line, source, nameLine);
    return lastGroup;
  };
  const newGroup = (name: string, line: number, source: LagSource, nameLine: number): number =>
    addGroup(
      {
        name,
        mode: 'static',
        systemId: null,
        loadSharing: null,
        localPorts: [],
        remotePorts: [],
        line,
        fieldLines: { name: nameLine },
        source,
      },
      0,
    );

  /**
   * The group the current verbose lines belong to. With no `Aggregate Interface:` line before
   * them (cut from the paste), the group the echoed command asked for, when it named one.
   */
  const verboseGroup = (no: number): LagGroupRecord | undefined => {
    const g = groupAt(cur);
    if (g !== undefined || mp !== null || echoed === null) return g;
    const { name, line } = echoed;
    echoed = null;
    cur = group(name, no, 'verbose', line);
    const adopted = groupAt(cur);
    // A group already read elsewhere (a summary row) printed its own name.
    if (adopted !== undefined && adopted.line === no) adopted.nameFromCommand = true;
    warnings.push(
      issue(
        'group-header-missing',
        `The \`Aggregate Interface:\` line of this group is missing (cut from the paste?): it is read as ${name}, the aggregate the command on line ${line} asked for.`,
        no,
      ),
    );
    return adopted;
  };
  /** A line of a group with no group to hold it. */
  const orphan = (no: number, t: string) => {
    orphans++;
    unrecognised(no, t);
  };

  /** False when group `gi` lists `port` already (member-port may repeat a verbose row). */
  const isNewPort = (gi: number, list: { port: string }[], remote: boolean, port: string) => {
    const mixed = ((state[gi] ?? 0) & MIXED) !== 0;
    const key = mixed ? keyOf(port) : port;
    const slot = 2 * gi + (remote ? 1 : 0);
    let set = portSets.get(slot);
    if (set === undefined) {
      // Groups have a handful of members: comparing is cheaper than a Set kept per group.
      if (list.length < SCAN_LIMIT) {
        if (mixed) {
          for (const p of list) if (keyOf(p.port) === key) return false;
          return true;
        }
        for (const p of list) if (sameText(p.port, key)) return false;
        return true;
      }
      set = new Set();
      for (const p of list) set.add(mixed ? keyOf(p.port) : p.port);
      portSets.set(slot, set);
    }
    if (set.has(key)) return false;
    set.add(key);
    return true;
  };

  const finishMember = () => {
    if (mp === null) return;
    const m: MemberBlock = mp;
    mp = null;
    const hasData =
      m.number !== null || m.priority !== null || m.operKey !== null || m.flags !== null;
    if (!hasData) return;
    if (m.group === null)
      warnings.push(
        issue('group-not-printed', `No aggregate interface is printed for ${m.port}.`, m.line),
      );
    const gi = group(m.group ?? 'unknown', m.line, 'member-port', m.groupLine);
    const g = groupAt(gi);
    if (g === undefined) return;
    // No mode line in member-port: a port with LACP sections makes its group dynamic; the
    // first port read is cited otherwise.
    if (((state[gi] ?? 0) & MODE_PRINTED) === 0 && m.dynamic && g.mode !== 'dynamic') {
      g.mode = 'dynamic';
      g.fieldLines.mode = m.line;
    }
    if (g.fieldLines.mode === undefined) g.fieldLines.mode = m.line;
    if (isNewPort(gi, g.localPorts, false, m.port)) {
      const known = m.dynamic && m.flags !== null;
      if (!known)
        warnings.push(
          issue(
            'status-not-printed',
            `member-port does not print whether ${m.port} is Selected; run \`display link-aggregation verbose\`.`,
            m.line,
          ),
        );
      if (g.localPorts === NO_LOCAL) g.localPorts = [];
      g.localPorts.push({
        port: m.port,
        status: known && (m.flags ?? '').includes('D') ? 'S' : 'U',
        priority: m.priority,
        operKey: m.operKey,
        flags: m.dynamic ? m.flags : null,
        line: m.line,
        statusSource: known ? 'flags' : 'unknown',
      });
    }
    if (m.remoteLine >= 0 && isNewPort(gi, g.remotePorts, true, m.port)) {
      if (g.remotePorts === NO_REMOTE) g.remotePorts = [];
      g.remotePorts.push({
        port: m.port,
        partner: m.remotePartner,
        priority: m.remotePriority,
        operKey: m.remoteOperKey,
        systemId: m.remoteSystemId,
        flags: m.remoteFlags,
        line: m.remoteLine,
      });
    }
  };

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: "${t.slice(0, 120)}"`, no));

  /**
   * `BAGG50     D     0x8000, 7848-5933-6485  3         0           0           Shar`
   * `RAGG10     S     None                    1         0           0           NonS`
   * `BAGG1       D         0x8000, d07e-281c-2a0a   2      0          Shar` (Comware 5)
   * (cells already cut). The counts and the share type are the last cells, so the partner ID is
   * whatever lies between the mode and the counts (one cell, two, or none). A new group is built
   * with all its fields at once: ~100k records are not grown one field at a time.
   */
  const summaryRow = (t: string, no: number, tbl: Table): RowResult => {
    const name = cellText(0) ?? '';
    if (!isInterfaceName(name)) return NOT_A_ROW;
    const k = cells.count;
    const withIndividual = tbl.individual;
    const sel = withIndividual ? k - 4 : k - 3;
    if (sel < 2) return PARTIAL;
    const selected = cellInt(sel);
    const unselected = cellInt(sel + 1);
    const individual = withIndividual ? cellInt(k - 2) : null;
    if (selected === null || unselected === null || (withIndividual && individual === null))
      return PARTIAL;
    // A row cut after its counts ends in a count, not in a share type.
    if (isDigit(t.charCodeAt(cells.start[k - 1] ?? 0))) return PARTIAL;
    understood++;
    tbl.rows++;
    finishMember();
    // `None` and the share types repeat on every row: the literals are kept instead of ~100k
    // copies of them (the same strings, fewer objects for the collector).
    const partnerId =
      sel === 2
        ? null
        : sel === 3 && cellIs(2, 'None')
          ? 'None'
          : t.slice(cells.start[2] ?? 0, cells.end[sel - 1] ?? 0).trim();
    const share = cellIs(k - 1, 'Shar')
      ? 'Shar'
      : cellIs(k - 1, 'NonS')
        ? 'NonS'
        : (cellText(k - 1) ?? '');
    let mode: 'dynamic' | 'static';
    if (cellIs(1, 'D')) mode = 'dynamic';
    else if (cellIs(1, 'S')) mode = 'static';
    else {
      mode = partnerId === null || partnerId.toLowerCase() === 'none' ? 'static' : 'dynamic';
      warnings.push(
        issue(
          'unknown-value',
          `Unknown AGG Mode "${cellText(1) ?? ''}"; read as ${mode} from the Partner ID.`,
          no,
        ),
      );
    }
    const fresh = surelyNew(name);
    const gi = fresh ? -1 : findGroup(name, 'summary');
    const g = groupAt(gi);
    if (g === undefined) {
      const systemId = mode === 'dynamic' ? actorSystemId : null;
      const add = fresh ? addUnindexed : addGroup;
      add(
        {
          name,
          mode,
          systemId,
          loadSharing: share,
          localPorts: NO_LOCAL,
          remotePorts: NO_REMOTE,
          line: no,
          fieldLines:
            systemId !== null
              ? { name: no, mode: no, systemId: actorSystemIdLine, loadSharing: no }
              : { name: no, mode: no, loadSharing: no },
          source: 'summary',
          partnerId,
          selectedPorts: selected,
          unselectedPorts: unselected,
          individualPorts: individual,
        },
        MODE_PRINTED,
      );
      return READ;
    }
    const bits = state[gi] ?? 0;
    if ((bits & MODE_PRINTED) === 0) {
      g.mode = mode;
      g.fieldLines.mode = no;
      state[gi] = bits | MODE_PRINTED;
    }
    if (g.source === 'summary') {
      g.systemId = mode === 'dynamic' ? actorSystemId : null;
      if (g.systemId !== null) g.fieldLines.systemId = actorSystemIdLine;
      g.loadSharing = share;
      g.fieldLines.loadSharing = no;
    }
    g.partnerId = partnerId;
    g.selectedPorts = selected;
    g.unselectedPorts = unselected;
    g.individualPorts = individual;
    return READ;
  };

  /**
   * A `Local:` / `Remote:` / static table row (cells already cut), added to the current group.
   * `XGE1/0/49(R)` → port `XGE1/0/49`, marks `R`.
   */
  const portRow = (t: string, no: number, tbl: Table): RowResult => {
    const k = cells.count;
    if (k === 0 || cells.colonEnd) return NOT_A_ROW;
    const s = cells.start[0] ?? 0;
    const e = cells.end[0] ?? 0;
    let portEnd = e;
    let marks: string | null = null;
    if (t.charCodeAt(e - 1) === 41) {
      const paren = t.indexOf('(', s);
      if (paren > s && paren < e) {
        portEnd = paren;
        marks = t.slice(paren + 1, e - 1);
      }
    }
    const g = groupAt(cur);
    const port = t.slice(s, portEnd);
    if (!isInterfaceName(port)) return NOT_A_ROW;
    return tbl.kind === 'local'
      ? localRow(t, no, tbl, port, marks, g)
      : remoteRow(t, no, tbl, port, g);
  };

  const localRow = (
    t: string,
    no: number,
    tbl: Table,
    port: string,
    marks: string | null,
    g: LagGroupRecord | undefined,
  ): RowResult => {
    const at = tbl.at;
    const k = cells.count;
    const hasFlag = at.flag >= 0;
    if (k < (hasFlag ? tbl.width : at.operKey + 1)) return PARTIAL;
    const priority = cellInt(at.priority);
    const operKey = cellInt(at.operKey);
    if (priority === null || operKey === null) return PARTIAL;
    if (hasFlag && t.charCodeAt(cells.start[k - 1] ?? 0) !== 123) return PARTIAL;
    understood++;
    tbl.rows++;
    if (g === undefined) {
      orphan(no, t);
      return READ;
    }
    const status = cellIs(at.status, 'S')
      ? 'S'
      : cellIs(at.status, 'U')
        ? 'U'
        : cellIs(at.status, 'I')
          ? 'I'
          : null;
    if (status === null) {
      warnings.push(
        issue(
          'unknown-value',
          `Unknown port status "${cellText(at.status) ?? ''}" (expected S, U or I); the row is left out.`,
          no,
        ),
      );
    } else if (isNewPort(cur, g.localPorts, false, port)) {
      const flags = hasFlag ? flagsAt(t, cells.start[k - 1] ?? 0, cells.end[k - 1] ?? 0) : null;
      if (g.localPorts === NO_LOCAL) g.localPorts = [];
      g.localPorts.push(
        marks === null
          ? { port, status, priority, operKey, flags, line: no }
          : { port, status, priority, operKey, flags, line: no, marks },
      );
    }
    return READ;
  };

  // `XGE1/0/29        17      32768    2         0x8000, bcea-fa19-8be8 {ACDEF}`: the SystemID cell
  // holds a comma and a blank, so everything between the Oper-Key cell and `{` is the system ID.
  const remoteRow = (
    t: string,
    no: number,
    tbl: Table,
    port: string,
    g: LagGroupRecord | undefined,
  ): RowResult => {
    const at = tbl.at;
    const k = cells.count;
    const sysIdx = at.systemId;
    const simple = sysIdx > 0 ? sysIdx : tbl.width;
    if (k < simple + 1) return PARTIAL;
    const priority = cellInt(at.priority);
    const operKey = cellInt(at.operKey);
    if (priority === null || operKey === null) return PARTIAL;
    const brace = t.indexOf('{');
    if (at.flag >= 0 && brace < 0) return PARTIAL;
    understood++;
    tbl.rows++;
    if (g === undefined) {
      orphan(no, t);
      return READ;
    }
    if (!isNewPort(cur, g.remotePorts, true, port)) return READ;
    const sysStart = simple - 1 < k ? (cells.end[simple - 1] ?? t.length) : t.length;
    // Sharing the previous row's equal ID was tried: comparing costs more than the slice.
    const sysText = sysIdx > 0 ? t.slice(sysStart, brace < 0 ? t.length : brace).trim() : null;
    const systemId = sysText === '' ? null : sysText;
    if (g.remotePorts === NO_REMOTE) g.remotePorts = [];
    g.remotePorts.push({
      port,
      partner: at.partner >= 0 ? (cellText(at.partner) ?? null) : null,
      priority,
      operKey,
      systemId,
      flags: brace < 0 ? null : flagsAt(t, brace, t.length),
      line: no,
    });
    return READ;
  };

  // One call per output line (scanPaste keeps no line objects: on 10 MB they were mostly GC work).
  const onLine = (no: number, lineText: string): void => {
    // normalise already trimmed the end; skip the indent without copying when there is none.
    const t = trimIndented(lineText);
    if (t === '') return;
    lastNonBlank = no;
    lastWasPartialRow = false;
    const c0 = t.charCodeAt(0);

    // Table rule under a header: `--------------------------------------------------------------------------------`
    if (c0 === 45 && isRule(t)) {
      understood++;
      return;
    }
    // Inside a table every line is cut into cells anyway; a legend line always has a `--` cell
    // (it contains ` -- `), so the cells answer the legend pre-check without another scan.
    const inTable = table !== null && c0 !== 123 && t.length <= ROW_MAX;
    if (inTable) cutCells(t);
    // `Flags:  A -- LACP_Activity, B -- LACP_Timeout, C -- Aggregation,` and its continuation lines
    if ((inTable ? cells.dashCell : t.length <= ROW_MAX && t.includes(' -- ')) && isLegend(t)) {
      understood++;
      return;
    }

    // Table rows first: they are the bulk of a large paste.
    if (table !== null && inTable) {
      const got = table.kind === 'summary' ? summaryRow(t, no, table) : portRow(t, no, table);
      if (got === READ) return;
      if (got === PARTIAL) {
        lastWasPartialRow = true;
        unrecognised(no, t);
        return;
      }
      // not a row: labels and headers below
    }
    // Headers start `Port `, `Actor `, `AGG ` or `Interface`.
    if ((c0 === 80 || c0 === 65 || c0 === 73) && header(t, no)) return;
    const colon = t.indexOf(':');
    if (colon > 0 && labelLine(t, no, colon)) return;
    unrecognised(no, t);
  };

  /** Table headers; true when `t` is one. */
  const header = (t: string, no: number): boolean => {
    // `Port             Status  Priority Oper-Key  Flag` / static `Port Status Priority Oper-Key`
    if (t.startsWith('Port ') && t.includes('Status') && t.includes('Oper-Key')) {
      understood++;
      table = newTable('local', t.split(/\s+/));
      if (section === 'none') verboseGroup(no);
      if (cur >= 0 && section === 'none') {
        const g = groupAt(cur);
        if (g !== undefined && ((state[cur] ?? 0) & MODE_PRINTED) === 0) g.mode = 'static';
      }
      return true;
    }
    // `Actor            Partner Priority Oper-Key  SystemID               Flag`
    if (t.startsWith('Actor ') && t.includes('Oper-Key')) {
      understood++;
      table = newTable('remote', t.split(/\s+/));
      return true;
    }
    // `AGG        AGG   Partner ID              Selected  Unselected  Individual  Share`
    // `AGG         AGG       Partner ID               Select Unselect   Share` (Comware 5)
    if (t.startsWith('AGG ') && t.includes('Partner')) {
      understood++;
      finishMember();
      cur = -1;
      const tbl = newTable('summary', []);
      tbl.individual = t.includes('Individual');
      table = tbl;
      summaryHeader = true;
      return true;
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
      return true;
    }
    return false;
  };

  /** `Label: value` lines and member-port's `GigabitEthernet4/0/36:`; false when not understood. */
  const labelLine = (t: string, no: number, colon: number): boolean => {
    const trimmed = isInk(t.charCodeAt(colon - 1)) ? null : t.slice(0, colon).trimEnd();
    const label = knownLabel(t, trimmed === null ? colon : trimmed.length);
    switch (label) {
      case AGGREGATE_INTERFACE:
      case AGGREGATION_INTERFACE: {
        understood++;
        const value = valueAfter(t, colon);
        if (mp !== null && mp.group === null) {
          mp.group = value;
          mp.groupLine = no;
          return true;
        }
        finishMember();
        table = null;
        section = 'none';
        if (value === '') {
          unrecognised(no, t);
          cur = -1;
          return true;
        }
        cur = group(value, no, 'verbose');
        return true;
      }
      case AGGREGATION_MODE: {
        understood++;
        const g = verboseGroup(no);
        if (g === undefined) {
          orphan(no, t);
          return true;
        }
        const value = valueAfter(t, colon);
        const v = value.toLowerCase();
        if (v === 'dynamic' || v === 'static') {
          g.mode = v;
          state[cur] = (state[cur] ?? 0) | MODE_PRINTED;
        } else warnings.push(issue('unknown-value', `Unknown aggregation mode "${value}".`, no));
        g.fieldLines.mode = no;
        return true;
      }
      case LOADSHARING_TYPE: {
        understood++;
        const g = verboseGroup(no);
        if (g === undefined) orphan(no, t);
        else {
          g.loadSharing = valueAfter(t, colon);
          g.fieldLines.loadSharing = no;
        }
        return true;
      }
      case CREATION_MODE:
      case MANAGEMENT_VLANS:
        understood++;
        verboseGroup(no);
        return true;
      case AGGREGATION_INTERFACE_TYPE:
      case AGGREGATE_INTERFACE_TYPE:
      case RECEIVED_LACP_PACKETS:
      case ILLEGAL:
        understood++;
        return true;
      case SENT_LACP_PACKETS:
        understood++;
        if (mp !== null) mp.complete = valueAfter(t, colon) !== '';
        return true;
      case ACTOR_SYSTEM_ID: {
        understood++;
        const value = valueAfter(t, colon);
        actorSystemId = value === '' ? null : value;
        actorSystemIdLine = no;
        return true;
      }
      case SYSTEM_ID: {
        understood++;
        if (mp !== null && mp.remoteLine >= 0) {
          mp.remoteSystemId = valueAfter(t, colon);
          return true;
        }
        const g = verboseGroup(no);
        if (g !== undefined && mp === null) {
          g.systemId = valueAfter(t, colon);
          g.fieldLines.systemId = no;
        } else orphan(no, t);
        return true;
      }
      case LOCAL:
      case REMOTE: {
        understood++;
        const g = verboseGroup(no);
        if (mp !== null) {
          mp.dynamic = true;
          mp.section = label === LOCAL ? 'local' : 'remote';
          if (label === REMOTE) {
            mp.remoteLine = no;
            mp.remoteSystemId = null;
            mp.remotePartner = null;
            mp.remotePriority = null;
            mp.remoteOperKey = null;
            mp.remoteFlags = null;
          }
        } else if (g !== undefined) {
          section = label === LOCAL ? 'local' : 'remote';
          if (((state[cur] ?? 0) & MODE_PRINTED) === 0) g.mode = 'dynamic';
          table = null;
        } else orphan(no, t);
        return true;
      }
      case PORT_NUMBER:
      case PORT_PRIORITY:
      case OPER_KEY:
      case FLAG:
        if (mp === null) return false;
        understood++;
        memberField(mp, label, t, colon);
        return true;
      default:
        break;
    }
    // `GigabitEthernet4/0/36:` opens a member-port block.
    if (colon !== t.length - 1) return false;
    const name = trimmed ?? t.slice(0, colon);
    if (name.includes(' ') || !isInterfaceName(name)) return false;
    understood++;
    finishMember();
    cur = -1;
    table = null;
    section = 'none';
    mp = {
      port: name,
      line: no,
      group: null,
      groupLine: no,
      section: 'none',
      dynamic: false,
      priority: null,
      operKey: null,
      flags: null,
      number: null,
      remoteLine: -1,
      remoteSystemId: null,
      remotePartner: null,
      remotePriority: null,
      remoteOperKey: null,
      remoteFlags: null,
      complete: false,
    };
    return true;
  };

  // Each echoed command starts a new output: nothing after it belongs to a group read before it.
  const onCommand = (c: EchoedCommand): void => {
    finishMember();
    cur = -1;
    table = null;
    section = 'none';
    const name = aggregateOfEcho(c.command);
    echoed = name === null ? null : { name, line: c.no };
  };

  addHiddenWarnings(warnings, scanPaste(text, onLine, onCommand).hidden);

  // Truncation: the last thing read was waiting for more. (The casts undo the narrowing to the
  // initial values: TypeScript does not see the assignments made inside onLine.)
  const openMember = mp as MemberBlock | null;
  const lastTable = table as Table | null;
  const openGroup = groupAt(cur as number);
  let truncated = lastWasPartialRow;
  if (openMember !== null && !openMember.complete) truncated = true;
  if (lastTable !== null && lastTable.rows === 0) truncated = true;
  if (openGroup !== undefined && openGroup.localPorts.length === 0 && lastTable === null)
    truncated = true;
  // A dynamic group pasted without its `Remote:` table (as in the seed) is an excerpt, not a cut.
  if (
    openGroup !== undefined &&
    (section as Section) === 'remote' &&
    openGroup.remotePorts.length < openGroup.localPorts.length
  )
    truncated = true;
  finishMember();
  if (truncated && lastNonBlank > 0) {
    const w = warnings.find((x) => x.line === lastNonBlank && x.code === 'unrecognised-line');
    if (w !== undefined) {
      w.code = 'truncated';
      w.message = shortMessage(`The output seems cut off here: ${w.message}`);
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
  if (recs.length === 0) return result<LagParsed>(null, [noGroups()], warnings);
  return result({ groups: recs }, [], warnings);

  /** Why a non-empty paste gave no group (see the header: never an ok empty list). */
  function noGroups(): ParseIssue {
    if (understood === 0)
      return issue('wrong-command', `Expected ${EXPECTED}; no line of this paste belongs to it.`);
    if (orphans > 0)
      return issue(
        'group-not-named',
        `Port tables were read, but no \`Aggregate Interface:\` line says which group they belong to (cut from the paste?) and the echoed command names no aggregate: paste the output again from its first line, or run \`display link-aggregation verbose route-aggregation <n>\`.`,
      );
    if (summaryHeader)
      return issue(
        'no-groups',
        'The summary table lists no aggregation group: this device (or this filter) shows none, so there is no aggregate to check. Run `display link-aggregation verbose` for the aggregate the earlier steps named.',
      );
    return issue(
      'no-groups',
      `No aggregation group is listed in this output (only its legend or headers were read): expected ${EXPECTED} with at least one group.`,
    );
  }
}

/**
 * Longer lines are no table row or legend (those are under 200 characters): cutting a line of
 * millions of `- ` into cells filled the reused cell buffer for nothing (issue #15).
 */
const ROW_MAX = 4096;

/**
 * Five or more dashes and nothing else. A loop, not `/^-{5,}$/`: V8 keeps a backtracking entry per
 * dash for that regex, and a line of 5.6 M dashes overflowed its stack (issue #15).
 */
function isRule(t: string): boolean {
  if (t.length < 5) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== 45) return false;
  return true;
}

/** `Port Number: 5` and its kin inside a member-port block (`Remote:` ones go to the partner). */
function memberField(mp: MemberBlock, label: number, t: string, colon: number): void {
  const remote = mp.section === 'remote';
  if (label === FLAG) {
    const f = flagsAfter(t, colon);
    if (remote) mp.remoteFlags = f;
    else mp.flags = f;
  } else if (label === PORT_NUMBER) {
    const v = valueAfter(t, colon);
    if (remote) mp.remotePartner = v === '' ? null : v;
    else mp.number = v === '' ? null : v;
  } else {
    const n = intAfter(t, colon);
    if (label === PORT_PRIORITY) {
      if (remote) mp.remotePriority = n;
      else mp.priority = n;
    } else if (remote) mp.remoteOperKey = n;
    else {
      mp.operKey = n;
      // A static member's block ends with its Oper-Key.
      if (!mp.dynamic) mp.complete = true;
    }
  }
}

// The labels of `Label: value` lines, numbered (their index in LABELS) for a switch on numbers.
const AGGREGATE_INTERFACE = 0;
const AGGREGATION_INTERFACE = 1;
const AGGREGATION_MODE = 2;
const LOADSHARING_TYPE = 3;
const CREATION_MODE = 4;
const MANAGEMENT_VLANS = 5;
const AGGREGATION_INTERFACE_TYPE = 6;
const AGGREGATE_INTERFACE_TYPE = 7;
const RECEIVED_LACP_PACKETS = 8;
const ILLEGAL = 9;
const SENT_LACP_PACKETS = 10;
const ACTOR_SYSTEM_ID = 11;
const SYSTEM_ID = 12;
const LOCAL = 13;
const REMOTE = 14;
const PORT_NUMBER = 15;
const PORT_PRIORITY = 16;
const OPER_KEY = 17;
const FLAG = 18;
const LABELS = [
  'Aggregate Interface',
  'Aggregation Interface',
  'Aggregation Mode',
  'Loadsharing Type',
  'Creation Mode',
  'Management VLANs',
  'Aggregation Interface Type',
  'Aggregate Interface Type',
  'Received LACP Packets',
  'Illegal',
  'Sent LACP Packets',
  'Actor System ID',
  'System ID',
  'Local',
  'Remote',
  'Port Number',
  'Port Priority',
  'Oper-Key',
  'Flag',
];

/**
 * Label number by length and first character (no two labels share both), so a line is matched
 * against one label instead of all of them.
 */
const MAX_LABEL = 32;
const LABEL_AT = new Int8Array(MAX_LABEL * 128).fill(-1);
LABELS.forEach((label, i) => {
  LABEL_AT[label.length * 128 + label.charCodeAt(0)] = i;
});

/** Number of the label `t` starts with when it is exactly `end` characters long; -1 for none. */
function knownLabel(t: string, end: number): number {
  const c = t.charCodeAt(0);
  if (end >= MAX_LABEL || c >= 128) return -1;
  const i = LABEL_AT[end * 128 + c] ?? -1;
  return i >= 0 && hasAt(t, LABELS[i] ?? '', 0) ? i : -1;
}

/** `a === b`, deciding most unequal names (`XGE1/0/1`, `XGE1/0/2`) by their length and last character. */
function sameText(a: string, b: string): boolean {
  const n = a.length;
  return n === b.length && (n === 0 || a.charCodeAt(n - 1) === b.charCodeAt(n - 1)) && a === b;
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
