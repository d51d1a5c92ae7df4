/**
 * Reth members, from either `display reth interface reth N` (member table with statuses) or the Reth's
 * configuration (`interface Reth2` / ` member interface Route-Aggregation1.1973 priority 100`, which
 * gives priorities but no statuses). Configuration blocks are closed by `#`, `return` or the next
 * `interface` line rather than by indentation, because pastes often lose their indentation.
 *
 * No Reth, no value: a non-empty paste that names no Reth is an error with value null
 * (`wrong-command`, naming the output it looks like), never `ok` with an empty list. Nothing in
 * either output says "no Reth" (a missing Reth is a device error message), so there is no empty
 * answer. A Reth whose member table was cut off is kept, with no members and a `truncated`
 * warning: its name is read, and the reth rules treat a Reth without members as not found.
 */
import { scanPaste } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { trimIndented } from '../shared/fast-text';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import { isKnownValue } from './known-value';
import { OpenReth } from './open-reth';
import {
  cell,
  displayHeaderName,
  isInterfaceNameAt,
  isRethName,
  joinWords,
  wordBounds,
} from './reth-text';
import type { RethDetail, RethTableData } from './reth-types';

const EXPECTED =
  '`display reth interface reth <n>` or `display current-configuration interface Reth<n>`';

// `interface Reth2`, `interface Route-Aggregation1.1973`. A regex runs natively: on these long
// lines it is faster than a loop over their characters.
const INTERFACE = /^interface\s+(\S.*)$/i;
// `member interface Route-Aggregation1.1973 priority 100`
const CONFIG_MEMBER = /^member\s+interface\s+(\S+)(?:\s+priority\s+(\d+))?$/i;
// `redundancy group aa`
const GROUP_CONFIG = /^redundancy\s+group\s+(\S+)$/i;
// `member interface reth 1` inside a `redundancy group` block
const GROUP_MEMBER = /^member\s+interface\s+(reth\s*\d+)$/i;

const PHYSICAL = ['up', 'down', 'down(redundancy down)'];
const FORWARDING = ['active', 'inactive'];
const PRESENCE = ['normal', 'absent'];
// The same words as the device prints them: a row's status then shares one string instead of
// keeping a copy per member alive.
const PHYSICAL_PRINTED = ['UP', 'DOWN'];
const FORWARDING_PRINTED = ['Active', 'Inactive'];
const PRESENCE_PRINTED = ['Normal', 'Absent'];

type Mode = 'none' | 'display' | 'config-reth' | 'config-other' | 'config-group';

interface Columns {
  physical: boolean;
  forwarding: boolean;
  presence: boolean;
}

/**
 * The usual row under all three columns, every word one the device prints: what the general
 * reading below gives for it, without its word-by-word scan and checks.
 */
const PLAIN_ROW =
  /^([A-Za-z][A-Za-z-]*\d[\d/.:]*)\s+(UP|DOWN)\s+(Active|Inactive)\s+(Normal|Absent)$/;

/** Every header's columns, made once: index bit 1 physical, 2 forwarding, 4 presence. */
const COLUMNS: readonly Columns[] = Array.from({ length: 8 }, (_, k) => ({
  physical: (k & 1) !== 0,
  forwarding: (k & 2) !== 0,
  presence: (k & 4) !== 0,
}));
const ALL_COLUMNS = COLUMNS[7];

/** `v.toUpperCase() === 'N/A'`: only `n` and `a` upper-case to those letters. */
const isNotApplicable = (v: string) =>
  v.length === 3 &&
  (v.charCodeAt(0) | 32) === 110 &&
  v.charCodeAt(1) === 47 &&
  (v.charCodeAt(2) | 32) === 97;

const rethKey = (name: string) => name.replace(/\s+/g, '').toLowerCase();

export function parseReth(text: string): ParseResult<RethTableData> {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const reths: RethDetail[] = [];
  let mode = 'none' as Mode;
  // The Reth whose block is being read (`open`), made into a record when its block ends.
  const cur = new OpenReth();
  let open = false;
  let cols = null as Columns | null;
  let group: string | null = null;
  // Reth → redundancy group named in configuration, applied once every block is read.
  const groupOf = new Map<string, { name: string; line: number }>();
  let anyContent = false;
  let lastLine = 0;
  let looksLike: string | null = null;
  // The last member-table header read and its columns.
  let header = '';
  let headerColumns: Columns | null = null;
  // Word bounds of the current table row, reused for every row.
  const bounds: number[] = [];

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));
  const checkEnum = (known: readonly string[], value: string, what: string, no: number) => {
    if (!isKnownValue(known, value))
      warnings.push(issue('unknown-value', `Unknown ${what} "${value}" (kept as printed).`, no));
  };

  const closeReth = () => {
    if (open) reths.push(cur.record());
    open = false;
  };
  const newReth = (name: string, no: number, source: RethDetail['source']) => {
    closeReth();
    cur.start(name, no, source);
    open = true;
  };

  const memberRow = (r: OpenReth, c: Columns, t: string, no: number) => {
    const plain = c === ALL_COLUMNS ? PLAIN_ROW.exec(t) : null;
    if (plain !== null) {
      // Known words only: no check to make, and the row keeps the shared status strings.
      r.addMember({
        interface: plain[1] ?? '',
        priority: null,
        physicalStatus: plain[2]?.length === 2 ? 'UP' : 'DOWN',
        forwardingStatus: plain[3]?.length === 6 ? 'Active' : 'Inactive',
        presenceStatus: plain[4]?.charCodeAt(0) === 78 ? 'Normal' : 'Absent',
        line: no,
      });
      return;
    }
    const count = wordBounds(t, bounds);
    const tail = (c.forwarding ? 1 : 0) + (c.presence ? 1 : 0);
    const need = 1 + tail + (c.physical ? 1 : 0);
    if (
      count < need ||
      !isInterfaceNameAt(t, bounds[0] ?? 0, bounds[1] ?? 0) ||
      (!c.physical && count > need)
    ) {
      unrecognised(no, t);
      return;
    }
    const end = count - tail;
    // `DOWN(redundancy down)` holds a space: the physical column takes whatever the fixed columns leave.
    const physical = !c.physical
      ? null
      : end === 2
        ? cell(t, bounds[2] ?? 0, bounds[3] ?? 0, PHYSICAL_PRINTED)
        : joinWords(t, bounds, 1, end);
    const forwarding = c.forwarding
      ? cell(t, bounds[2 * end] ?? 0, bounds[2 * end + 1] ?? 0, FORWARDING_PRINTED)
      : null;
    const presence = c.presence
      ? cell(t, bounds[2 * count - 2] ?? 0, bounds[2 * count - 1] ?? 0, PRESENCE_PRINTED)
      : null;
    if (physical !== null) checkEnum(PHYSICAL, physical, 'physical status', no);
    if (forwarding !== null) checkEnum(FORWARDING, forwarding, 'forwarding status', no);
    if (presence !== null) checkEnum(PRESENCE, presence, 'presence status', no);
    r.addMember({
      interface: t.slice(0, bounds[1]),
      priority: null,
      physicalStatus: physical,
      forwardingStatus: forwarding,
      presenceStatus: presence,
      line: no,
    });
  };

  const displayLine = (r: OpenReth, t: string, no: number) => {
    if (t.startsWith('Redundancy group')) {
      const colon = t.indexOf(':');
      if (colon > 0) {
        const v = t.slice(colon + 1).trim();
        r.setGroup(v === '' || isNotApplicable(v) ? null : v, no);
        return;
      }
    }
    if (t.startsWith('Member') && t.includes('status')) {
      // Every Reth repeats the same header: compared whole, it is not searched again.
      if (t !== header) {
        header = t;
        headerColumns =
          COLUMNS[
            (t.includes('Physical') ? 1 : 0) +
              (t.includes('Forwarding') ? 2 : 0) +
              (t.includes('Presence') ? 4 : 0)
          ] ?? null;
      }
      cols = headerColumns;
      r.setMembersLine(no);
      return;
    }
    if (cols) memberRow(r, cols, t, no);
    else unrecognised(no, t);
  };

  const configLine = (r: OpenReth, t: string, no: number) => {
    r.addConfigLine(no, t);
    // `m`/`M` first: the regex is case-blind, and Comware accepts `Member interface ...` as typed.
    const m = t.length < 300 && (t.charCodeAt(0) | 32) === 109 ? CONFIG_MEMBER.exec(t) : null;
    if (m) {
      const p = m[2];
      r.addMember({
        interface: m[1] ?? '',
        priority: p === undefined ? null : Number(p),
        physicalStatus: null,
        forwardingStatus: null,
        presenceStatus: null,
        line: no,
      });
    } else if (t.startsWith('description ')) {
      r.setDescription(t.slice('description '.length).trim(), no);
    } else if (t.startsWith('ip binding vpn-instance ')) {
      r.setVpnInstance(t.slice('ip binding vpn-instance '.length).trim(), no);
    }
    // Any other line (ip address, mtu, shutdown...) is this Reth's configuration, kept in configLines.
  };

  /** A line outside any block: say what it looks like if it is a known neighbouring command. */
  const strayLine = (t: string, no: number) => {
    if (looksLike === null) {
      if (
        t.startsWith('Current state') ||
        t.startsWith('Brief information about interfaces') ||
        t.startsWith('Physical: Reth')
      ) {
        looksLike = '`display interface reth <n>` (it has no member list)';
      } else if (t.startsWith('Redundancy group') && t.endsWith(':')) {
        looksLike = '`display redundancy group`';
      }
    }
    unrecognised(no, t);
  };

  /** Headers that open or close a block; true when `t` was one. */
  const blockLine = (t: string, no: number): boolean => {
    if (t === '#' || (t.length === 6 && t.toLowerCase() === 'return')) {
      mode = 'none';
      closeReth();
      return true;
    }
    // Cheap first-letter checks keep the header readers off the member rows of a large paste.
    const first = t.charCodeAt(0) | 32;
    // `ip address ...` also starts with `i`: the reader only for `in...`.
    const m =
      first === 105 && (t.charCodeAt(1) | 32) === 110 && t.length < 200 ? INTERFACE.exec(t) : null;
    // The capture starts and ends in ink: no trim needed.
    const iface = m ? (m[1] ?? '') : null;
    if (iface !== null) {
      if (isRethName(iface)) {
        newReth(iface, no, 'configuration');
        mode = 'config-reth';
      } else {
        // Another interface's configuration: understood, not needed for the Reth step.
        closeReth();
        mode = 'config-other';
      }
      return true;
    }
    if (first !== 114) return false;
    // `red...`, not `Reth1 :`
    const grp = (t.charCodeAt(2) | 32) === 100 && t.length < 200 ? GROUP_CONFIG.exec(t) : null;
    if (grp) {
      group = grp[1] ?? null;
      closeReth();
      mode = 'config-group';
      return true;
    }
    const head = t.length < 64 && t.endsWith(':') ? displayHeaderName(t) : null;
    if (head !== null) {
      newReth(head, no, 'display');
      cols = null;
      mode = 'display';
      return true;
    }
    return false;
  };

  const { hidden } = scanPaste(text, (no, s) => {
    if (s.length === 0) return;
    const t = trimIndented(s);
    if (t === '') return;
    anyContent = true;
    lastLine = no;
    if (blockLine(t, no)) return;
    if (mode === 'display' && open) displayLine(cur, t, no);
    else if (mode === 'config-reth' && open) configLine(cur, t, no);
    else if (mode === 'config-group') {
      const gm = t.length < 100 ? GROUP_MEMBER.exec(t) : null;
      if (gm && group !== null) groupOf.set(rethKey(gm[1] ?? ''), { name: group, line: no });
    } else if (mode !== 'config-other') strayLine(t, no);
  });
  addHiddenWarnings(warnings, hidden);
  closeReth();

  if (groupOf.size > 0)
    for (const r of reths) {
      const g = groupOf.get(rethKey(r.name));
      if (g && r.source === 'configuration') {
        r.redundancyGroup = g.name;
        r.fieldLines.redundancyGroup = g.line;
      }
    }

  if (!anyContent) {
    return result<RethTableData>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      warnings,
    );
  }
  if (reths.length === 0) {
    const what =
      looksLike === null ? 'This does not look like' : `This looks like ${looksLike}, not`;
    errors.push(issue('wrong-command', `${what} ${EXPECTED}.`));
    return result<RethTableData>(null, errors, []);
  }
  const last = reths[reths.length - 1];
  if (last && last.source === 'display' && cols === null && mode === 'display') {
    warnings.push(
      issue('truncated', `The paste ends before ${last.name}'s member table.`, lastLine),
    );
  }
  return result<RethTableData>({ reths }, errors, warnings);
}
