/**
 * `display redundancy group [name]`: the node table (which node is Primary), the timers, the member
 * Reths and, per node, its member interfaces and track entries. Column indentation in the device
 * output is inconsistent, so rows are read as whitespace-separated tokens, never by column position.
 *
 * No group, no value: a non-empty paste without a `Redundancy group <name> (ID <n>):` header is a
 * `wrong-command` error with value null, never `ok` with an empty list; the output has no "no
 * group" form. A group cut before its node table is kept with a `truncated` warning.
 */
import { scanPaste } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { hasWordAt, isDigitsAt, isWhiteSpace, trimIndented, unsignedAt } from '../shared/fast-text';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import { isKnownValue } from './known-value';
import { cell, joinWords, wordBounds } from './reth-text';
import type {
  RedundancyGroup,
  RedundancyGroupData,
  RedundancyNode,
  RedundancyNodeMember,
  RedundancyTrack,
} from './reth-types';

const EXPECTED = '`display redundancy group`';

// `Node 1:`
const NODE_HEADER = /^node\s*(\d+)\s*:$/i;
// `0    min`, `300  sec`
const DURATION = /^(\d+)\s*(min|sec|s|m|minutes?|seconds?)?$/i;

/** `Number(t.slice(from, to))` when that is `/^-?\d+$/` (`-255`, `255`), else null. */
function intAt(t: string, from: number, to: number): number | null {
  const negative = from < to && t.charCodeAt(from) === 45;
  const n = unsignedAt(t, negative ? from + 1 : from, to);
  return n !== null && negative ? -n : n;
}

/**
 * `list.push(x)`, except that a list of one or two is made at its exact length: `push` on an
 * empty array reserves 16 slots, which thousands of groups' short lists would keep alive.
 */
function append<T>(list: T[], x: T): T[] {
  if (list.length === 0) return [x];
  if (list.length === 1) return [list[0] as T, x];
  list.push(x);
  return list;
}

/** `/^([^()\s]+)\(([^()]*)\)$/` on the word `t[from, to)`: the index of its `(`, or -1. */
function stateParenAt(t: string, from: number, to: number): number {
  if (to - from < 3 || t.charCodeAt(to - 1) !== 41) return -1;
  let open = -1;
  for (let i = from; i < to - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 41 || (c === 40 && open >= 0)) return -1;
    if (c === 40) open = i;
  }
  return open > from ? open : -1;
}

// The usual rows (see `plainRow`): `1  Negative  255  GE1/0/2(Fault)`, `GE1/0/2  UP`,
// `1  Slot1  100  Primary  255`.
const PLAIN_TRACK =
  /^(\d{1,15})\s+(Positive|Negative)\s+(\d{1,15})\s+([^()\s]+)(?:\(([^()\s]*)\))?$/;
const PLAIN_MEMBER = /^(\S+)\s+(UP|DOWN|DOWN\(redundancy down\))$/;
const PLAIN_NODE = /^(\d{1,15})\s+(\S+)\s+(\d{1,15})\s+(Primary|Secondary)\s+(-?\d{1,15})$/;

const NODE_STATUS = ['primary', 'secondary'];
const TRACK_STATUS = ['positive', 'negative'];
const PHYSICAL = ['up', 'down', 'down(redundancy down)'];
// The same words as the device prints them: rows then share one string instead of a copy each.
const NODE_STATUS_PRINTED = ['Primary', 'Secondary'];
const TRACK_STATUS_PRINTED = ['Positive', 'Negative'];
const PHYSICAL_PRINTED = ['UP', 'DOWN', 'DOWN(redundancy down)'];

type Section =
  | 'top'
  | 'nodes'
  | 'settings'
  | 'members'
  | 'failover'
  | 'node'
  | 'node-members'
  | 'track-info'
  | 'tracks';

export function parseRedundancyGroup(text: string): ParseResult<RedundancyGroupData> {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const groups: RedundancyGroup[] = [];
  let g: RedundancyGroup | null = null;
  let node: RedundancyNode | null = null;
  let section: Section = 'top';
  let anyContent = false;
  let lastLine = 0;
  // Word bounds of the current row (`wordBounds`), reused for every line.
  const b: number[] = [];

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));
  const checkEnum = (known: readonly string[], value: string, what: string, no: number) => {
    if (!isKnownValue(known, value))
      warnings.push(issue('unknown-value', `Unknown ${what} "${value}" (kept as printed).`, no));
  };

  const nodeById = (grp: RedundancyGroup, id: number): RedundancyNode | null => {
    for (const n of grp.nodes) if (n.nodeId === id) return n;
    return null;
  };

  /** `Label : value` with `t[0, labelEnd)` its trimmed label. */
  /** `300  sec` after the colon, in seconds; null (with a warning) when unreadable. */
  const duration = (t: string, colon: number, no: number): number | null => {
    const value = t.slice(colon + 1).trim();
    const m = DURATION.exec(value);
    if (m) {
      const unit = (m[2] ?? 's').toLowerCase();
      return Number(m[1]) * (unit.startsWith('m') ? 60 : 1);
    }
    warnings.push(issue('unreadable-value', `Could not read the duration "${value}".`, no));
    return null;
  };

  /**
   * `Label : value` with `t[0, labelEnd)` its trimmed label; false when the label is not a setting.
   * Each field is stored by name: a store through a computed key (`grp[field]`) went through
   * V8's slow generic path and cost more than the rest of the line.
   */
  const setting = (
    grp: RedundancyGroup,
    t: string,
    labelEnd: number,
    colon: number,
    no: number,
  ): boolean => {
    const fl = grp.fieldLines;
    if (hasLabel(t, labelEnd, 'manual switchover')) {
      const value = t.slice(colon + 1).trim();
      const v = value.toLowerCase();
      grp.manualSwitchoverRequested = v === 'yes' ? true : v === 'no' ? false : null;
      if (grp.manualSwitchoverRequested === null)
        warnings.push(issue('unknown-value', `Unknown value "${value}" (expected Yes/No).`, no));
      fl.manualSwitchoverRequested = no;
    } else if (hasLabel(t, labelEnd, 'preempt delay time remain')) {
      grp.preemptDelayRemainingSeconds = duration(t, colon, no);
      fl.preemptDelayRemainingSeconds = no;
    } else if (hasLabel(t, labelEnd, 'preempt delay timer')) {
      grp.preemptDelaySeconds = duration(t, colon, no);
      fl.preemptDelaySeconds = no;
    } else if (hasLabel(t, labelEnd, 'remaining hold-down')) {
      grp.holdDownRemainingSeconds = duration(t, colon, no);
      fl.holdDownRemainingSeconds = no;
    } else if (hasLabel(t, labelEnd, 'hold-down timer')) {
      grp.holdDownSeconds = duration(t, colon, no);
      fl.holdDownSeconds = no;
    } else return false;
    return true;
  };

  /** `Redundancy group aaa (ID 1):` */
  const startGroup = (t: string, no: number) => {
    const body = t.slice('Redundancy group '.length, -1).trim();
    const idAt = body.lastIndexOf('(ID');
    const idText = idAt >= 0 && body.endsWith(')') ? body.slice(idAt + 3, -1).trim() : '';
    g = {
      name: (idAt >= 0 ? body.slice(0, idAt) : body).trim(),
      id: isDigitsAt(idText, 0, idText.length) ? Number(idText) : null,
      nodes: [],
      memberReths: [],
      memberFailoverGroups: [],
      preemptDelayRemainingSeconds: null,
      preemptDelaySeconds: null,
      holdDownRemainingSeconds: null,
      holdDownSeconds: null,
      manualSwitchoverRequested: null,
      line: no,
      fieldLines: { name: no },
    };
    groups.push(g);
    node = null;
    section = 'top';
  };

  /** `Node 1:` */
  const startNode = (grp: RedundancyGroup, id: number, no: number) => {
    const found = nodeById(grp, id);
    if (found) found.fieldLines.members = no;
    else {
      const n: RedundancyNode = {
        nodeId: id,
        location: null,
        priority: null,
        status: null,
        trackWeight: null,
        members: [],
        tracks: [],
        line: no,
        fieldLines: { members: no },
      };
      grp.nodes = append(grp.nodes, n);
    }
    node = found ?? grp.nodes[grp.nodes.length - 1] ?? null;
    section = 'node';
  };

  /** `1            Slot1       100        Secondary        -255`; false when it is not one. */
  const nodeRow = (grp: RedundancyGroup, t: string, count: number, no: number): boolean => {
    const id = unsignedAt(t, b[0] ?? 0, b[1] ?? 0);
    if (id === null || count < 4) return false;
    const hasWeight = count >= 5 && intAt(t, b[2 * count - 2] ?? 0, b[2 * count - 1] ?? 0) !== null;
    const end = hasWeight ? count - 1 : count;
    const location = joinWords(t, b, 1, end - 2) || null;
    const priority = intAt(t, b[2 * end - 4] ?? 0, b[2 * end - 3] ?? 0);
    const status = cell(t, b[2 * end - 2] ?? 0, b[2 * end - 1] ?? 0, NODE_STATUS_PRINTED);
    const trackWeight = hasWeight ? intAt(t, b[2 * count - 2] ?? 0, b[2 * count - 1] ?? 0) : null;
    putNode(grp, id, location, priority, status, trackWeight, no);
    checkEnum(NODE_STATUS, status, 'node status', no);
    if (priority === null)
      warnings.push(issue('unreadable-value', `Could not read the node priority in "${t}".`, no));
    return true;
  };

  const putNode = (
    grp: RedundancyGroup,
    id: number,
    location: string | null,
    priority: number | null,
    status: string,
    trackWeight: number | null,
    no: number,
  ) => {
    const n = nodeById(grp, id);
    if (n === null) {
      // A node first met in the table: its fields and fieldLines at once, in the order the
      // key-by-key assignments below give them.
      grp.nodes = append(grp.nodes, {
        nodeId: id,
        location,
        priority,
        status,
        trackWeight,
        members: [],
        tracks: [],
        line: no,
        fieldLines: { nodeId: no, location: no, priority: no, status: no, trackWeight: no },
      });
    } else {
      n.line = no;
      n.location = location;
      n.priority = priority;
      n.status = status;
      n.trackWeight = trackWeight;
      const fl = n.fieldLines;
      fl.nodeId = no;
      fl.location = no;
      fl.priority = no;
      fl.status = no;
      fl.trackWeight = no;
    }
  };

  /** `Reth1          Reth2`; false when a word is not a Reth. */
  const memberReths = (grp: RedundancyGroup, t: string, count: number): boolean => {
    for (let k = 0; k < count; k++)
      if (!isRethWord(t, b[2 * k] ?? 0, b[2 * k + 1] ?? 0)) return false;
    for (let k = 0; k < count; k++)
      grp.memberReths = append(grp.memberReths, t.slice(b[2 * k], b[2 * k + 1]));
    return true;
  };

  /** `GE1/0/4       DOWN(redundancy down)` */
  const nodeMember = (n: RedundancyNode, t: string, count: number, no: number) => {
    const physicalStatus =
      count === 2 ? cell(t, b[2] ?? 0, b[3] ?? 0, PHYSICAL_PRINTED) : joinWords(t, b, 1, count);
    checkEnum(PHYSICAL, physicalStatus, 'physical status', no);
    const m: RedundancyNodeMember = { interface: t.slice(0, b[1]), physicalStatus, line: no };
    n.members = append(n.members, m);
  };

  /** `1        Negative     255                GE1/0/2(Fault)`; false when it is not one. */
  const trackRow = (n: RedundancyNode, t: string, count: number, no: number): boolean => {
    const id = unsignedAt(t, b[0] ?? 0, b[1] ?? 0);
    if (id === null || count < 2 || count > 4) return false;
    const status = cell(t, b[2] ?? 0, b[3] ?? 0, TRACK_STATUS_PRINTED);
    checkEnum(TRACK_STATUS, status, 'track status', no);
    let iface: string | null = null;
    let state: string | null = null;
    if (count === 4) {
      const from = b[6] ?? 0;
      const to = b[7] ?? 0;
      const paren = stateParenAt(t, from, to);
      iface = t.slice(from, paren < 0 ? to : paren);
      if (paren >= 0) state = t.slice(paren + 1, to - 1);
    }
    const track: RedundancyTrack = {
      trackId: id,
      status,
      reducedWeight: count >= 3 ? intAt(t, b[4] ?? 0, b[5] ?? 0) : null,
      interface: iface,
      interfaceState: state,
      line: no,
    };
    n.tracks = append(n.tracks, track);
    return true;
  };

  /**
   * The usual rows, every word one the device prints: what the word-by-word reading in `row`
   * gives for them, without its scan and checks. False for any other line.
   */
  const plainRow = (grp: RedundancyGroup, t: string, no: number): boolean => {
    if (section === 'tracks' && node !== null) {
      const m = PLAIN_TRACK.exec(t);
      if (m === null) return false;
      const track: RedundancyTrack = {
        trackId: Number(m[1]),
        status: m[2] === 'Positive' ? 'Positive' : 'Negative',
        reducedWeight: Number(m[3]),
        interface: m[4] ?? null,
        interfaceState: m[5] ?? null,
        line: no,
      };
      node.tracks = append(node.tracks, track);
      return true;
    }
    if (section === 'node-members' && node !== null) {
      const m = PLAIN_MEMBER.exec(t);
      if (m === null) return false;
      const physical = m[2]?.length ?? 0;
      const member: RedundancyNodeMember = {
        interface: m[1] ?? '',
        physicalStatus: physical === 2 ? 'UP' : physical === 4 ? 'DOWN' : 'DOWN(redundancy down)',
        line: no,
      };
      node.members = append(node.members, member);
      return true;
    }
    if (section === 'nodes') {
      const m = PLAIN_NODE.exec(t);
      if (m === null) return false;
      const status = m[4] === 'Primary' ? 'Primary' : 'Secondary';
      putNode(grp, Number(m[1]), m[2] ?? null, Number(m[3]), status, Number(m[5]), no);
      return true;
    }
    return false;
  };

  /** A line under a group header that is not a section heading or setting. */
  const row = (grp: RedundancyGroup, t: string, colon: number, no: number) => {
    if (plainRow(grp, t, no)) return;
    const count = wordBounds(t, b);
    let read = false;
    switch (section) {
      case 'nodes':
        read = nodeRow(grp, t, count, no);
        break;
      case 'members':
        read = memberReths(grp, t, count);
        break;
      case 'failover':
        if (colon < 0) {
          for (let k = 0; k < count; k++)
            grp.memberFailoverGroups = append(
              grp.memberFailoverGroups,
              t.slice(b[2 * k], b[2 * k + 1]),
            );
          read = true;
        }
        break;
      case 'node-members':
        if (node && count >= 2) {
          nodeMember(node, t, count, no);
          read = true;
        }
        break;
      case 'tracks':
        read = node !== null && trackRow(node, t, count, no);
        break;
      default:
        break;
    }
    if (!read) unrecognised(no, t);
  };

  const groupLine = (grp: RedundancyGroup, t: string, no: number) => {
    // Headings start with N, M or T: table rows (digits, interface names) skip their tests.
    const first = t.charCodeAt(0);
    if (first === 78 && t.startsWith('Node ID')) {
      section = 'nodes';
      grp.fieldLines.nodes = no;
      return;
    }
    if (first === 77 && t === 'Member interfaces:') {
      section = 'members';
      grp.fieldLines.memberReths = no;
      return;
    }
    if (first === 77 && t === 'Member failover groups:') {
      section = 'failover';
      grp.fieldLines.memberFailoverGroups = no;
      return;
    }
    const nh = t.length < 32 && (first | 32) === 110 ? NODE_HEADER.exec(t) : null;
    if (nh) {
      startNode(grp, Number(nh[1]), no);
      return;
    }
    if (first === 78 && node && t.startsWith('Node member')) {
      section = 'node-members';
      return;
    }
    if (first === 84 && node && t.startsWith('Track info') && t.endsWith(':')) {
      section = 'track-info';
      node.fieldLines.tracks = no;
      return;
    }
    if (
      first === 84 &&
      node &&
      section === 'track-info' &&
      t.startsWith('Track') &&
      t.includes('Status')
    ) {
      section = 'tracks';
      return;
    }
    // Only the settings and the failover list look for a colon.
    const settings = section === 'nodes' || section === 'settings' || section === 'top';
    const colon = settings || section === 'failover' ? t.indexOf(':') : -1;
    if (colon > 0 && settings && setting(grp, t, labelEnd(t, colon), colon, no)) {
      section = 'settings';
      return;
    }
    row(grp, t, colon, no);
  };

  const { hidden } = scanPaste(text, (no, s) => {
    if (s.length === 0) return;
    // Some copies carry a full-width colon (`Track info：`).
    const trimmed = trimIndented(s);
    const t = trimmed.includes('\uff1a') ? trimmed.replace(/\uff1a/g, ':') : trimmed;
    if (t === '') return;
    anyContent = true;
    lastLine = no;
    if (t.startsWith('Redundancy group ') && t.endsWith(':')) startGroup(t, no);
    else if (g) groupLine(g, t, no);
    else unrecognised(no, t);
  });
  addHiddenWarnings(warnings, hidden);

  if (!anyContent) {
    return result<RedundancyGroupData>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      warnings,
    );
  }
  if (groups.length === 0) {
    errors.push(
      issue(
        'wrong-command',
        `This does not look like ${EXPECTED}: no "Redundancy group <name> (ID <n>):" header.`,
      ),
    );
    return result<RedundancyGroupData>(null, errors, []);
  }
  const last = groups[groups.length - 1];
  if (last && last.nodes.length === 0) {
    warnings.push(
      issue(
        'truncated',
        `The paste ends before the node table of redundancy group ${last.name}.`,
        lastLine,
      ),
    );
  }
  return result<RedundancyGroupData>({ groups }, errors, warnings);
}

/** `t.slice(0, labelEnd).toLowerCase().startsWith(prefix)` */
function hasLabel(t: string, labelEnd: number, prefix: string): boolean {
  return labelEnd >= prefix.length && hasWordAt(t, 0, prefix);
}

/** Where `t.slice(0, colon).trim()` ends, for a trimmed `t`. */
function labelEnd(t: string, colon: number): number {
  let end = colon;
  while (end > 0 && isWhiteSpace(t.charCodeAt(end - 1))) end--;
  return end;
}

/** `/^reth\d+$/i.test(t.slice(from, to))` */
function isRethWord(t: string, from: number, to: number): boolean {
  return to - from > 4 && hasWordAt(t, from, 'reth') && isDigitsAt(t, from + 4, to);
}
