/**
 * `display redundancy group [name]`: the node table (which node is Primary), the timers, the member
 * Reths and, per node, its member interfaces and track entries. Column indentation in the device
 * output is inconsistent, so rows are read as whitespace-separated tokens, never by column position.
 */
import { normalise } from '../shared/normalise';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import { isDigits, words } from '../interface-config/text-scan';
import { isKnownValue } from './known-value';
import type { RedundancyGroup, RedundancyGroupData, RedundancyNode } from './reth-types';

const EXPECTED = '`display redundancy group`';

// `Node 1:`
const NODE_HEADER = /^node\s*(\d+)\s*:$/i;
// `0    min`, `300  sec`
const DURATION = /^(\d+)\s*(min|sec|s|m|minutes?|seconds?)?$/i;
// `GE1/0/2(Fault)`
const TRACKED = /^([^()\s]+)\(([^()]*)\)$/;

/** `/^\d+$/` */
const isUnsigned = (s: string) => isDigits(s, Infinity);
/** `/^-?\d+$/`: `-255`, `255` */
const isInt = (s: string) => isUnsigned(s.charCodeAt(0) === 45 ? s.slice(1) : s);

const NODE_STATUS = ['primary', 'secondary'];
const TRACK_STATUS = ['positive', 'negative'];
const PHYSICAL = ['up', 'down', 'down(redundancy down)'];

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
  const paste = normalise(text);
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const groups: RedundancyGroup[] = [];
  let g: RedundancyGroup | null = null;
  let node: RedundancyNode | null = null;
  let section: Section = 'top';
  let anyContent = false;
  let lastLine = 0;

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));
  const checkEnum = (known: readonly string[], value: string, what: string, no: number) => {
    if (!isKnownValue(known, value))
      warnings.push(issue('unknown-value', `Unknown ${what} "${value}" (kept as printed).`, no));
  };
  const num = (s: string | undefined): number | null =>
    s !== undefined && isInt(s) ? Number(s) : null;

  const findNode = (grp: RedundancyGroup, id: number, no: number): RedundancyNode => {
    const found = grp.nodes.find((n) => n.nodeId === id);
    if (found) return found;
    const n: RedundancyNode = {
      nodeId: id,
      location: null,
      priority: null,
      status: null,
      trackWeight: null,
      members: [],
      tracks: [],
      line: no,
      fieldLines: {},
    };
    grp.nodes.push(n);
    return n;
  };

  const setting = (grp: RedundancyGroup, label: string, value: string, no: number): boolean => {
    const l = label.toLowerCase();
    if (l.startsWith('manual switchover')) {
      const v = value.toLowerCase();
      grp.manualSwitchoverRequested = v === 'yes' ? true : v === 'no' ? false : null;
      if (grp.manualSwitchoverRequested === null)
        warnings.push(issue('unknown-value', `Unknown value "${value}" (expected Yes/No).`, no));
      grp.fieldLines.manualSwitchoverRequested = no;
      return true;
    }
    const field: keyof RedundancyGroup | null = l.startsWith('preempt delay time remain')
      ? 'preemptDelayRemainingSeconds'
      : l.startsWith('preempt delay timer')
        ? 'preemptDelaySeconds'
        : l.startsWith('remaining hold-down')
          ? 'holdDownRemainingSeconds'
          : l.startsWith('hold-down timer')
            ? 'holdDownSeconds'
            : null;
    if (field === null) return false;
    const m = DURATION.exec(value);
    let seconds: number | null = null;
    if (m) {
      const unit = (m[2] ?? 's').toLowerCase();
      seconds = Number(m[1]) * (unit.startsWith('m') ? 60 : 1);
    } else warnings.push(issue('unreadable-value', `Could not read the duration "${value}".`, no));
    grp[field] = seconds as never;
    grp.fieldLines[field] = no;
    return true;
  };

  for (const line of paste.lines) {
    // Some copies carry a full-width colon (`Track info：`).
    const trimmed = line.text.trim();
    const t = trimmed.includes('\uff1a') ? trimmed.replace(/\uff1a/g, ':') : trimmed;
    if (t === '') continue;
    const no = line.no;
    anyContent = true;
    lastLine = no;

    // `Redundancy group aaa (ID 1):`
    if (t.startsWith('Redundancy group ') && t.endsWith(':')) {
      const body = t.slice('Redundancy group '.length, -1).trim();
      const idAt = body.lastIndexOf('(ID');
      const idText = idAt >= 0 && body.endsWith(')') ? body.slice(idAt + 3, -1).trim() : '';
      g = {
        name: (idAt >= 0 ? body.slice(0, idAt) : body).trim(),
        id: isUnsigned(idText) ? Number(idText) : null,
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
      continue;
    }
    if (!g) {
      unrecognised(no, t);
      continue;
    }
    if (t.startsWith('Node ID')) {
      section = 'nodes';
      g.fieldLines.nodes = no;
      continue;
    }
    if (t === 'Member interfaces:') {
      section = 'members';
      g.fieldLines.memberReths = no;
      continue;
    }
    if (t === 'Member failover groups:') {
      section = 'failover';
      g.fieldLines.memberFailoverGroups = no;
      continue;
    }
    const nh = t.length < 32 && (t.charCodeAt(0) | 32) === 110 ? NODE_HEADER.exec(t) : null;
    if (nh) {
      node = findNode(g, Number(nh[1]), no);
      node.fieldLines.members = no;
      section = 'node';
      continue;
    }
    if (node && t.startsWith('Node member')) {
      section = 'node-members';
      continue;
    }
    if (node && t.startsWith('Track info') && t.endsWith(':')) {
      section = 'track-info';
      node.fieldLines.tracks = no;
      continue;
    }
    if (node && section === 'track-info' && t.startsWith('Track') && t.includes('Status')) {
      section = 'tracks';
      continue;
    }
    const colon = t.indexOf(':');
    if (colon > 0 && (section === 'nodes' || section === 'settings' || section === 'top')) {
      if (setting(g, t.slice(0, colon).trim(), t.slice(colon + 1).trim(), no)) {
        section = 'settings';
        continue;
      }
    }

    // `t` is trimmed and not blank: its words are `t.split(/\s+/)`.
    const tokens = words(t);
    switch (section) {
      case 'nodes': {
        // `1            Slot1       100        Secondary        -255`
        const id = tokens[0] ?? '';
        if (!isUnsigned(id) || tokens.length < 4) break;
        const hasWeight = tokens.length >= 5 && isInt(tokens[tokens.length - 1] ?? '');
        const end = hasWeight ? tokens.length - 1 : tokens.length;
        const n = findNode(g, Number(id), no);
        n.line = no;
        n.location = tokens.slice(1, end - 2).join(' ') || null;
        n.priority = num(tokens[end - 2]);
        n.status = tokens[end - 1] ?? null;
        n.trackWeight = hasWeight ? num(tokens[tokens.length - 1]) : null;
        const fl = n.fieldLines;
        fl.nodeId = no;
        fl.location = no;
        fl.priority = no;
        fl.status = no;
        fl.trackWeight = no;
        if (n.status !== null) checkEnum(NODE_STATUS, n.status, 'node status', no);
        if (n.priority === null)
          warnings.push(
            issue('unreadable-value', `Could not read the node priority in "${t}".`, no),
          );
        continue;
      }
      case 'members':
        // `Reth1          Reth2`
        if (tokens.every((x) => /^reth\d+$/i.test(x))) {
          g.memberReths.push(...tokens);
          continue;
        }
        break;
      case 'failover':
        if (colon < 0) {
          g.memberFailoverGroups.push(...tokens);
          continue;
        }
        break;
      case 'node-members': {
        // `GE1/0/4       DOWN(redundancy down)`
        if (!node || tokens.length < 2) break;
        const physicalStatus = tokens.length === 2 ? (tokens[1] ?? '') : tokens.slice(1).join(' ');
        checkEnum(PHYSICAL, physicalStatus, 'physical status', no);
        node.members.push({ interface: tokens[0] ?? '', physicalStatus, line: no });
        continue;
      }
      case 'tracks': {
        // `1        Negative     255                GE1/0/2(Fault)`
        const id = tokens[0] ?? '';
        if (!node || !isUnsigned(id) || tokens.length < 2 || tokens.length > 4) break;
        const status = tokens[1] ?? '';
        checkEnum(TRACK_STATUS, status, 'track status', no);
        const iface = tokens[3] ?? null;
        const m = iface !== null ? TRACKED.exec(iface) : null;
        node.tracks.push({
          trackId: Number(id),
          status,
          reducedWeight: num(tokens[2]),
          interface: m ? (m[1] ?? null) : iface,
          interfaceState: m ? (m[2] ?? null) : null,
          line: no,
        });
        continue;
      }
      default:
        break;
    }
    unrecognised(no, t);
  }

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
