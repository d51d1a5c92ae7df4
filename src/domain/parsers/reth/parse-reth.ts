/**
 * Reth members, from either `display reth interface reth N` (member table with statuses) or the Reth's
 * configuration (`interface Reth2` / ` member interface Route-Aggregation1.1973 priority 100`, which
 * gives priorities but no statuses). Configuration blocks are closed by `#`, `return` or the next
 * `interface` line rather than by indentation, because pastes often lose their indentation.
 */
import { normalise } from '../shared/normalise';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import { words } from '../interface-config/text-scan';
import { isKnownValue } from './known-value';
import type { RethDetail, RethMemberDetail, RethTableData } from './reth-types';

const EXPECTED =
  '`display reth interface reth <n>` or `display current-configuration interface Reth<n>`';

// `Reth1 :`
const DISPLAY_HEADER = /^(reth\s*\d+)\s*:$/i;
// `interface Reth2`, `interface Route-Aggregation1.1973`
const INTERFACE = /^interface\s+(\S.*)$/i;
// `Reth2`, `reth 2`
const RETH_NAME = /^reth\s*\d+$/i;
// `member interface Route-Aggregation1.1973 priority 100`
const CONFIG_MEMBER = /^member\s+interface\s+(\S+)(?:\s+priority\s+(\d+))?$/i;
// `member interface reth 1` inside a `redundancy group` block
const GROUP_MEMBER = /^member\s+interface\s+(reth\s*\d+)$/i;
// `redundancy group aa`
const GROUP_CONFIG = /^redundancy\s+group\s+(\S+)$/i;
// `GE1/0/1`, `XGE1/1/1`, `Route-Aggregation1.1973`, `Twenty-FiveGigE1/0/1`
const IFNAME = /^[A-Za-z][A-Za-z-]*\d[\d/.:]*$/;

const PHYSICAL = ['up', 'down', 'down(redundancy down)'];
const FORWARDING = ['active', 'inactive'];
const PRESENCE = ['normal', 'absent'];

type Mode = 'none' | 'display' | 'config-reth' | 'config-other' | 'config-group';

interface Columns {
  physical: boolean;
  forwarding: boolean;
  presence: boolean;
}

const rethKey = (name: string) => name.replace(/\s+/g, '').toLowerCase();

export function parseReth(text: string): ParseResult<RethTableData> {
  const paste = normalise(text);
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const reths: RethDetail[] = [];
  let mode: Mode = 'none';
  let cur: RethDetail | null = null;
  let cols: Columns | null = null;
  let group: string | null = null;
  // Reth → redundancy group named in configuration, applied once every block is read.
  const groupOf = new Map<string, { name: string; line: number }>();
  let anyContent = false;
  let lastLine = 0;
  let looksLike: string | null = null;

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));
  const checkEnum = (known: readonly string[], value: string, what: string, no: number) => {
    if (!isKnownValue(known, value))
      warnings.push(issue('unknown-value', `Unknown ${what} "${value}" (kept as printed).`, no));
  };

  const newReth = (name: string, no: number, source: RethDetail['source']): RethDetail => {
    const r: RethDetail = {
      name,
      redundancyGroup: null,
      members: [],
      source,
      description: null,
      vpnInstance: null,
      configLines: [],
      line: no,
      fieldLines: { name: no },
    };
    reths.push(r);
    return r;
  };

  const memberRow = (r: RethDetail, c: Columns, t: string, no: number) => {
    // `t` is trimmed and not blank: its words are `t.split(/\s+/)`.
    const tokens = words(t);
    const tail = (c.forwarding ? 1 : 0) + (c.presence ? 1 : 0);
    const need = 1 + tail + (c.physical ? 1 : 0);
    const name = tokens[0] ?? '';
    if (tokens.length < need || !IFNAME.test(name) || (!c.physical && tokens.length > need)) {
      unrecognised(no, t);
      return;
    }
    const end = tokens.length - tail;
    // `DOWN(redundancy down)` holds a space: the physical column takes whatever the fixed columns leave.
    const physical = !c.physical
      ? null
      : end === 2
        ? (tokens[1] ?? '')
        : tokens.slice(1, end).join(' ');
    const forwarding = c.forwarding ? (tokens[end] ?? null) : null;
    const presence = c.presence ? (tokens[tokens.length - 1] ?? null) : null;
    if (physical !== null) checkEnum(PHYSICAL, physical, 'physical status', no);
    if (forwarding !== null) checkEnum(FORWARDING, forwarding, 'forwarding status', no);
    if (presence !== null) checkEnum(PRESENCE, presence, 'presence status', no);
    const m: RethMemberDetail = {
      interface: name,
      priority: null,
      physicalStatus: physical,
      forwardingStatus: forwarding,
      presenceStatus: presence,
      line: no,
    };
    r.members.push(m);
  };

  for (const line of paste.lines) {
    const t = line.text.trim();
    if (t === '') continue;
    const no = line.no;
    anyContent = true;
    lastLine = no;

    if (t === '#' || (t.length === 6 && t.toLowerCase() === 'return')) {
      mode = 'none';
      cur = null;
      continue;
    }
    // Cheap first-letter checks keep the regexes off the member rows of a large paste.
    const first = t.charCodeAt(0) | 32;
    // `ip address ...` also starts with `i`: the regex only for `in...`.
    const iface =
      first === 105 && (t.charCodeAt(1) | 32) === 110 && t.length < 200 ? INTERFACE.exec(t) : null;
    if (iface) {
      const name = (iface[1] ?? '').trim();
      if (RETH_NAME.test(name)) {
        cur = newReth(name, no, 'configuration');
        mode = 'config-reth';
      } else {
        // Another interface's configuration: understood, not needed for the Reth step.
        cur = null;
        mode = 'config-other';
      }
      continue;
    }
    // `red...`, not `Reth1 :`
    const grp =
      first === 114 && (t.charCodeAt(2) | 32) === 100 && t.length < 200
        ? GROUP_CONFIG.exec(t)
        : null;
    if (grp) {
      group = grp[1] ?? null;
      cur = null;
      mode = 'config-group';
      continue;
    }
    const head = first === 114 && t.length < 64 && t.endsWith(':') ? DISPLAY_HEADER.exec(t) : null;
    if (head) {
      cur = newReth((head[1] ?? '').trim(), no, 'display');
      cols = null;
      mode = 'display';
      continue;
    }

    if (mode === 'display' && cur) {
      const colon = t.indexOf(':');
      if (t.startsWith('Redundancy group') && colon > 0) {
        const v = t.slice(colon + 1).trim();
        cur.redundancyGroup = v === '' || v.toUpperCase() === 'N/A' ? null : v;
        cur.fieldLines.redundancyGroup = no;
        continue;
      }
      if (t.startsWith('Member') && t.includes('status')) {
        cols = {
          physical: t.includes('Physical'),
          forwarding: t.includes('Forwarding'),
          presence: t.includes('Presence'),
        };
        cur.fieldLines.members = no;
        continue;
      }
      if (cols) {
        memberRow(cur, cols, t, no);
        continue;
      }
      unrecognised(no, t);
      continue;
    }

    if (mode === 'config-reth' && cur) {
      cur.configLines.push({ no, text: t });
      const m = t.length < 300 && t.startsWith('member') ? CONFIG_MEMBER.exec(t) : null;
      if (m) {
        const p = m[2];
        cur.members.push({
          interface: m[1] ?? '',
          priority: p === undefined ? null : Number(p),
          physicalStatus: null,
          forwardingStatus: null,
          presenceStatus: null,
          line: no,
        });
      } else if (t.startsWith('description ')) {
        cur.description = t.slice('description '.length).trim();
        cur.fieldLines.description = no;
      } else if (t.startsWith('ip binding vpn-instance ')) {
        cur.vpnInstance = t.slice('ip binding vpn-instance '.length).trim();
        cur.fieldLines.vpnInstance = no;
      }
      // Any other line (ip address, mtu, shutdown...) is this Reth's configuration, kept in configLines.
      continue;
    }
    if (mode === 'config-other') continue;
    if (mode === 'config-group') {
      const gm = t.length < 100 ? GROUP_MEMBER.exec(t) : null;
      if (gm && group !== null) groupOf.set(rethKey(gm[1] ?? ''), { name: group, line: no });
      continue;
    }

    // Outside any block: say what it looks like if it is a known neighbouring command.
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
  }

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
