/**
 * Reads `display lldp neighbor-information` in its three layouts (Comware 5 and 7): the `list`
 * table, the `verbose` blocks (`LLDP neighbor-information of port 1[XGE1/0/1]:` then `Key : value`
 * lines) and the Comware 7 brief blocks (`ChassisID/subtype : 001e-c1dc-fc00/MAC address`). The
 * wizard learns from it which switch (system name, chassis ID) and which switch port each member
 * of an aggregate reaches.
 *
 * Data rules:
 * - one record per neighbour and agent: a port seen by `nearest-bridge` and `nearest-nontpmr` is two
 *   records (`agent` tells them apart); CDP neighbours the verbose/brief forms print among the
 *   LLDP ones are records with `protocol: 'cdp'`;
 * - a block's record starts at its `LLDP neighbor index` line (or its first field when no index is
 *   printed); `fieldLines.localPort` cites the port header;
 * - inside a block every `Key : value` line belongs to the neighbour (dozens of TLVs, most of no
 *   interest here); the System description may run over several lines (wrapped mid-word at 80
 *   columns, or printed below an empty key) and ends at the next key the device prints after it;
 *   untitled table rows are accepted after a section title (`DCBX PFC info:`, `Location
 *   information  :`, `Unknown organizationally-defined TLV`); anything else is `unrecognised-line`;
 * - list rows are cut at whitespace when they have four words, else at the header's columns
 *   (values such as `Port 1` hold a blank); a one-word line under a row continues the value that
 *   filled its column (the device wraps long system names); a `*`/`#` after the Chassis ID names
 *   the agent (legend: nearest non-TPMR / customer bridge), no mark with the legend printed is
 *   `nearest-bridge`; a system name printed as `-` is null (none advertised);
 * - a doc-style port name `GigabitEthernet1/0/3:` inside the brackets loses the stray colon;
 * - a list header (or its legend) with no rows is a real answer: ok with no neighbours. A paste
 *   with the echoed command and nothing after it is an error (`no-output`): the device prints
 *   nothing when it has no neighbours, but so does a paste cut after the command.
 */
import { scanPaste, type EchoedCommand } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { hasWordAt, isWhiteSpace, trimIndented } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { LldpData, LldpNeighbor } from '../parsed-types';
import { commandFromEcho } from '../detect/echo-command';

const EXPECTED =
  'display lldp neighbor-information [list | verbose] (a "System Name  Local Interface  Chassis ID  Port ID" table or "LLDP neighbor-information of port N[interface]:" blocks)';

// `LLDP neighbor-information of port 1[Ten-GigabitEthernet1/0/0/1]:` / `CDP neighbor-information of port 52[GigabitEthernet1/0/3:]`
const PORT_HEADER = /^(LLDP|CDP) neighbor-information of port\s*\d*\s*\[([^\]]*)\]\s*[:：]?$/i;
// `LLDP agent nearest-bridge:` (the documentation also prints a full-width colon)
const AGENT = /^LLDP agent\s+(\S+?)\s*[:：]$/i;
// `Unknown organizationally-defined TLV` (Comware 5 prints these section titles without a colon)
const UNTITLED_SECTION = /^Unknown .*TLV$/i;

type Field = 'index' | 'chassisId' | 'portId' | 'portDescription' | 'systemName' | 'description';

/** Keys (lower case, as printed before the colon) the wizard reads. */
const FIELDS = new Map<string, Field>([
  ['lldp neighbor index', 'index'],
  ['neighbor index', 'index'],
  ['cdp neighbor index', 'index'],
  ['chassis id', 'chassisId'],
  ['chassisid/subtype', 'chassisId'],
  ['port id', 'portId'],
  ['portid/subtype', 'portId'],
  ['port description', 'portDescription'],
  ['system name', 'systemName'],
  ['system description', 'description'],
]);

/**
 * Keys that end a multi-line System description. A description line may itself hold a colon
 * (`Technical Support: http://...`), so only keys Comware prints in a neighbour block end it.
 */
const BLOCK_KEYS = new Set([
  ...FIELDS.keys(),
  'system capabilities supported',
  'system capabilities enabled',
  'capabilities',
  'update time',
  'lldp mac type',
  'chassis type',
  'port id type',
  'time to live',
  'management address type',
  'management address',
  'management address interface type',
  'management address interface id',
  'management address oid',
  'port vlan id(pvid)',
  'port and protocol vlan id(ppvid)',
  'port and protocol vlan supported',
  'port and protocol vlan enabled',
  'management vlan id',
  'link aggregation supported',
  'link aggregation enabled',
  'aggregation port id',
  'auto-negotiation supported',
  'auto-negotiation enabled',
  'opermau',
  'power port class',
  'pse power supported',
  'pse power enabled',
  'pse pairs control ability',
  'power pairs',
  'port power classification',
  'maximum frame size',
  'dcbx control info',
  'med information',
  'software version',
  'platform version',
  'duplex',
]);

type ListColumn = 'systemName' | 'localPort' | 'chassisId' | 'portId';
const LIST_TITLES: [string, ListColumn][] = [
  ['System Name', 'systemName'],
  ['Local Interface', 'localPort'],
  ['Chassis ID', 'chassisId'],
  ['Port ID', 'portId'],
];

interface ListLayout {
  /** Columns in printed order, each with its start relative to the header's first character. */
  columns: { kind: ListColumn; start: number }[];
  /** Each column's index in `columns`. */
  localPort: number;
  systemName: number;
  chassisId: number;
  portId: number;
}

/**
 * Cuts `t` (a trimmed line) at runs of white space into `out`, at most `max` words; returns how
 * many words there were, `max` + 1 meaning "more than max". The blank is tested first: rows are
 * almost always plain ASCII.
 */
function cutWords(t: string, out: string[], max: number): number {
  let n = 0;
  let i = 0;
  const len = t.length;
  while (i < len) {
    const from = i;
    while (i < len) {
      const c = t.charCodeAt(i);
      if (c === 32 || ((c < 33 || c > 126) && isWhiteSpace(c))) break;
      i++;
    }
    if (n === max) return max + 1;
    out[n++] = t.slice(from, i);
    while (i < len) {
      const c = t.charCodeAt(i);
      if (!(c === 32 || ((c < 33 || c > 126) && isWhiteSpace(c)))) break;
      i++;
    }
  }
  return n;
}

/** The column layout of a list header, or null when the line is not one. */
function listLayout(t: string): ListLayout | null {
  if (t.length > 200 || t.includes(':')) return null;
  const columns: ListLayout['columns'] = [];
  for (const [title, kind] of LIST_TITLES) {
    const at = t.indexOf(title);
    if (at < 0) return null;
    columns.push({ kind, start: at });
  }
  columns.sort((a, b) => a.start - b.start);
  const at = (kind: ListColumn) => columns.findIndex((c) => c.kind === kind);
  return {
    columns,
    localPort: at('localPort'),
    systemName: at('systemName'),
    chassisId: at('chassisId'),
    portId: at('portId'),
  };
}

/** `* -- -- Nearest nontpmr bridge neighbor` and the other legend lines of the list form. */
function isListLegend(t: string): boolean {
  return t.includes('Nearest') && t.includes('--') && t.endsWith('neighbor') && t.length < 200;
}

/** Index of the first ASCII or full-width colon (the documentation prints both), or -1. */
function colonAt(t: string): number {
  const ascii = t.indexOf(':');
  const wide = t.indexOf('\uff1a');
  return wide < 0 ? ascii : ascii < 0 ? wide : Math.min(ascii, wide);
}

/** `001e-c1dc-fc00/MAC address` → `001e-c1dc-fc00` (the subtype follows the last slash). */
function beforeSubtype(v: string): string {
  const at = v.lastIndexOf('/');
  return at > 0 ? v.slice(0, at).trimEnd() : v;
}

/** `GigabitEthernet1/0/3:` (a documentation typo inside the brackets) → `GigabitEthernet1/0/3`. */
function portName(raw: string): string {
  const t = raw.trim();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}

function isLldpEcho(cmd: EchoedCommand): boolean {
  return cmd.command.length < 300 && commandFromEcho(cmd.command)?.id === 'display-lldp-neighbor';
}

export function parseLldp(text: string): ParseResult<LldpData> {
  const warnings: ParseIssue[] = [];
  const neighbors: LldpNeighbor[] = [];
  let nonBlank = 0;
  let lldpEchoes = 0;
  // A list header or legend was printed: an empty list is then a real answer.
  let sawList = false;

  // ---- block (verbose / brief) state
  let inBlock = false;
  let port = '';
  let portLine = 0;
  let protocol: 'lldp' | 'cdp' = 'lldp';
  let agent: string | null = null;
  let agentLine = 0;
  let blockRecords = 0;
  let cur: LldpNeighbor | null = null;
  // Inside a (possibly multi-line) System description.
  let inDescription = false;
  // A section title was printed in this neighbour: untitled table rows may follow.
  let loose = false;

  // ---- list state
  let layout: ListLayout | null = null;
  // Reused word and cell buffers for list rows.
  const ws: string[] = ['', '', '', '', ''];
  const positional: string[] = ['', '', '', ''];
  let legend = false;
  let lastRow: LldpNeighbor | null = null;

  const unrecognised = (no: number, t: string) =>
    warnings.push(
      issue('unrecognised-line', `Not part of LLDP neighbour output: "${t.slice(0, 80)}"`, no),
    );

  const endBlock = () => {
    if (inBlock && blockRecords === 0)
      warnings.push(
        issue(
          'no-neighbor-fields',
          `The block for ${port} has no neighbour fields (expected "LLDP neighbor index", "Chassis ID", "Port ID"...).`,
          portLine,
        ),
      );
    inBlock = false;
    cur = null;
    inDescription = false;
    loose = false;
  };

  const startNeighbor = (no: number): LldpNeighbor => {
    const fieldLines: FieldLines = { localPort: portLine };
    if (agent !== null) fieldLines.agent = agentLine;
    const n: LldpNeighbor = {
      localPort: port,
      systemName: null,
      chassisId: null,
      portId: null,
      portDescription: null,
      protocol,
      agent,
      line: no,
      fieldLines,
    };
    neighbors.push(n);
    blockRecords++;
    cur = n;
    inDescription = false;
    loose = false;
    return n;
  };

  /** A line inside a port block; false when it is not one. */
  const blockLine = (no: number, t: string): boolean => {
    const colon = colonAt(t);
    if (colon > 0) {
      const key = t.slice(0, colon).trimEnd().toLowerCase();
      if (inDescription && !BLOCK_KEYS.has(key)) return true;
      inDescription = false;
      const value = t.slice(colon + 1).trim();
      const field = FIELDS.get(key);
      if (field === 'index') {
        startNeighbor(no);
        return true;
      }
      if (field === undefined) {
        // A section title (`DCBX PFC info:`, `Location information  :`) opens untitled rows.
        if (value === '') loose = true;
        return true;
      }
      const n = cur ?? startNeighbor(no);
      switch (field) {
        case 'chassisId':
          n.chassisId = value === '' ? null : key === 'chassis id' ? value : beforeSubtype(value);
          n.fieldLines.chassisId = no;
          break;
        case 'portId':
          n.portId = value === '' ? null : key === 'port id' ? value : beforeSubtype(value);
          n.fieldLines.portId = no;
          break;
        case 'portDescription':
          n.portDescription = value === '' ? null : value;
          n.fieldLines.portDescription = no;
          break;
        case 'systemName':
          n.systemName = value === '' ? null : value;
          n.fieldLines.systemName = no;
          break;
        case 'description':
          inDescription = true;
          break;
      }
      return true;
    }
    if (inDescription || loose) return true;
    if (UNTITLED_SECTION.test(t)) {
      loose = true;
      return true;
    }
    return false;
  };

  /** A list row (or the continuation of one); false when it is neither. */
  const listRow = (no: number, t: string, l: ListLayout): boolean => {
    const count = cutWords(t, ws, 5);
    const cols = l.columns;
    const cells = count === 4 ? ws : positional;
    if (count !== 4) {
      // Cut at the header's columns: a value may hold a blank (`Port 1`) or a cell be empty.
      let broken = false;
      for (let i = 0; i < 4; i++) {
        const c = cols[i] as ListLayout['columns'][number];
        const end = i === 3 ? t.length : (cols[i + 1] as ListLayout['columns'][number]).start;
        const v = t.slice(c.start, end).trim();
        cells[i] = v;
        // A cut that falls inside a word: the row is not laid out under this header.
        if (
          c.start > 0 &&
          c.start < t.length &&
          !isWhiteSpace(t.charCodeAt(c.start - 1)) &&
          !isWhiteSpace(t.charCodeAt(c.start))
        )
          broken = true;
      }
      if (broken || cells[l.localPort] === '') {
        // A one-word line continues the value that filled its column on the row above.
        if (count === 1 && lastRow !== null) return continueRow(ws[0] ?? '', l, lastRow);
        return false;
      }
    }
    const local = cells[l.localPort] ?? '';
    const name = cells[l.systemName] ?? '';
    const chassis = cells[l.chassisId] ?? '';
    const portId = cells[l.portId] ?? '';
    // `*` nearest non-TPMR bridge, `#` nearest customer bridge (the list legend)
    const mark = chassis.length > 1 ? chassis.charCodeAt(chassis.length - 1) : 0;
    const marked = mark === 42 || mark === 35;
    const agentOf = marked ? (mark === 42 ? 'nearest-nontpmr' : 'nearest-customer') : null;
    const agentSaid = marked || legend;
    let fieldLines: FieldLines;
    if (name !== '' && chassis !== '' && portId !== '')
      fieldLines = agentSaid
        ? { localPort: no, systemName: no, chassisId: no, portId: no, agent: no }
        : { localPort: no, systemName: no, chassisId: no, portId: no };
    else {
      fieldLines = { localPort: no };
      if (name !== '') fieldLines.systemName = no;
      if (chassis !== '') fieldLines.chassisId = no;
      if (portId !== '') fieldLines.portId = no;
      if (agentSaid && chassis !== '') fieldLines.agent = no;
    }
    const n: LldpNeighbor = {
      localPort: local,
      systemName: name === '' || name === '-' ? null : name,
      chassisId: chassis === '' ? null : marked ? chassis.slice(0, -1) : chassis,
      portId: portId === '' ? null : portId,
      portDescription: null,
      protocol: 'lldp',
      agent: agentOf ?? (legend ? 'nearest-bridge' : null),
      line: no,
      fieldLines,
    };
    neighbors.push(n);
    lastRow = n;
    return true;
  };

  /** Appends a wrapped value to the one column of `row` whose value filled the column's width. */
  const continueRow = (word: string, l: ListLayout, row: LldpNeighbor): boolean => {
    const full = l.columns.filter((c, i) => {
      const next = l.columns[i + 1];
      if (next === undefined) return false;
      const v = c.kind === 'localPort' ? row.localPort : row[c.kind];
      return v !== null && v.length >= next.start - c.start - 1;
    });
    const only = full.length === 1 ? full[0] : undefined;
    if (only === undefined) return false;
    switch (only.kind) {
      case 'localPort':
        row.localPort += word;
        break;
      case 'systemName':
        row.systemName = (row.systemName ?? '') + word;
        break;
      case 'chassisId':
        row.chassisId = (row.chassisId ?? '') + word;
        break;
      case 'portId':
        row.portId = (row.portId ?? '') + word;
        break;
    }
    return true;
  };

  const onLine = (no: number, raw: string): void => {
    const t = trimIndented(raw);
    if (t === '') return;
    nonBlank++;
    const c0 = t.charCodeAt(0);
    if ((c0 === 76 || c0 === 67 || c0 === 108 || c0 === 99) && t.length < 400) {
      // L / C: port headers and agent lines
      const h =
        hasWordAt(t, 0, 'lldp neighbor-information of ') ||
        hasWordAt(t, 0, 'cdp neighbor-information of ')
          ? PORT_HEADER.exec(t)
          : null;
      if (h !== null) {
        endBlock();
        layout = null;
        lastRow = null;
        inBlock = true;
        port = portName(h[2] ?? '');
        portLine = no;
        protocol = (h[1] ?? '').toUpperCase() === 'CDP' ? 'cdp' : 'lldp';
        agent = null;
        agentLine = 0;
        blockRecords = 0;
        return;
      }
      if (hasWordAt(t, 0, 'lldp agent')) {
        const a = AGENT.exec(t);
        if (a !== null && inBlock) {
          agent = (a[1] ?? '').toLowerCase();
          agentLine = no;
          cur = null;
          inDescription = false;
          loose = false;
          return;
        }
      }
    }
    if (isListLegend(t)) {
      endBlock();
      sawList = true;
      legend = true;
      return;
    }
    const l = t.includes('Local Interface') ? listLayout(t) : null;
    if (l !== null) {
      endBlock();
      sawList = true;
      layout = l;
      lastRow = null;
      return;
    }
    if (inBlock && blockLine(no, t)) return;
    if (!inBlock && layout !== null && listRow(no, t, layout)) return;
    unrecognised(no, t);
  };

  const onCommand = (cmd: EchoedCommand): void => {
    if (isLldpEcho(cmd)) lldpEchoes++;
    // A new command ends the output before it.
    endBlock();
    layout = null;
    lastRow = null;
    legend = false;
  };

  addHiddenWarnings(warnings, scanPaste(text, onLine, onCommand).hidden);
  endBlock();

  if (nonBlank === 0) {
    if (lldpEchoes > 0)
      return result<LldpData>(
        null,
        [
          issue(
            'no-output',
            'Nothing was printed after the echoed display lldp neighbor-information command: either the device has no LLDP neighbours or the output was not copied.',
          ),
        ],
        warnings,
      );
    return result<LldpData>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      [],
    );
  }
  if (neighbors.length === 0 && !sawList)
    return result<LldpData>(
      null,
      [issue('wrong-command', `No LLDP neighbour found: expected the output of ${EXPECTED}.`)],
      warnings,
    );
  return result<LldpData>({ neighbors }, [], warnings);
}
