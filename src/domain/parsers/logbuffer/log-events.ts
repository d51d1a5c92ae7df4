/**
 * What a known log message says (LogEvent), read from its text: the wording decides, the mnemonic
 * only narrows which wordings are tried, because the same event is printed under different
 * mnemonics across releases (Comware 5 `IFNET/4/UPDOWN`, `IFNET/3/LINK_UPDOWN` and early
 * Comware 7 `IFNET/3/PHY_UPDOWN` all say `... link status is UP`). Sources of every wording are
 * in the header of parse-logbuffer.ts and in __fixtures__/SOURCES.md.
 */
import type { LogEvent } from '../parsed-types';

// `GigabitEthernet1/0/1 link status is DOWN.` (Comware 5, early Comware 7)
const LINK_STATUS = /^(\S+?):? link status is (\S+?)\.?$/;
// `Line protocol on the interface Ethernet0/1 is DOWN` (Comware 5, early Comware 7)
const PROTO_IS = /^Line protocol on (?:the interface )?(\S+) is (\S+?)\.?$/;
// `NQA entry (admin-test)  reaction (1): Status changed from invalid to over-threshold.`
const NQA_REACTION =
  /NQA entry \(([^()]*)\)\s+reaction \((\d+)\):\s*Status changed from (\S+) to ([^\s.]+)/;

/** `s[from, to)` is `word`, ignoring case (word in lower case). */
function isWordAt(s: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++)
    if ((s.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** upDown of `s[from, to)` without cutting it out first: the usual `up` / `down` are compared in place. */
function upDownAt(s: string, from: number, to: number): boolean | null {
  if (isWordAt(s, from, to, 'up')) return true;
  if (isWordAt(s, from, to, 'down')) return false;
  return upDown(s.slice(from, to));
}

/** `up`/`UP` → true, `down`/`administratively down` → false, anything else → null (no event). */
function upDown(state: string): boolean | null {
  const s = state.trim().toLowerCase();
  if (s === 'up') return true;
  if (s === 'down' || s.endsWith(' down')) return false;
  return null;
}

/**
 * `<lead><interface> changed to <state>.` (`Physical state on the interface X changed to down.`,
 * `Line protocol state on the interface X changed to up.`); cut by hand, as most lines are these.
 */
function changedTo(
  message: string,
  lead: string,
  layer: 'physical' | 'protocol',
): Extract<LogEvent, { kind: 'link' }> | null {
  if (!message.startsWith(lead)) return null;
  let from = lead.length;
  if (message.startsWith('the interface ', from)) from += 14;
  const mid = message.indexOf(' changed to ', from);
  if (mid <= from || message.lastIndexOf(' ', mid - 1) >= from) return null;
  const end = message.charCodeAt(message.length - 1) === 46 ? message.length - 1 : message.length;
  const up = upDownAt(message, mid + 12, end);
  return up === null ? null : { kind: 'link', interface: message.slice(from, mid), layer, up };
}

function link(
  m: RegExpExecArray | null,
  layer: 'physical' | 'protocol',
): Extract<LogEvent, { kind: 'link' }> | null {
  if (m === null) return null;
  const up = upDown(m[2] ?? '');
  return up === null ? null : { kind: 'link', interface: m[1] ?? '', layer, up };
}

function ifnet(message: string): LogEvent | null {
  const c = message.charCodeAt(0);
  if (c === 80 /* P */) return changedTo(message, 'Physical state on ', 'physical');
  if (c === 76 /* L */)
    return (
      changedTo(message, 'Line protocol state on ', 'protocol') ??
      link(PROTO_IS.exec(message), 'protocol')
    );
  return message.includes(' link status is ') ? link(LINK_STATUS.exec(message), 'physical') : null;
}

const MEMBER = 'Member port ';
const OF_GROUP = ' of aggregation group ';
const CHANGED = ' changed to the ';

/**
 * `Member port XGE2/0/50 of aggregation group BAGG102 changed to the active state.`
 * `Member port XGE1/0/50 of aggregation group BAGG1 changed to the inactive state, because the
 *  physical state of the port is down.` (any reason, kept as printed)
 */
function lagg(message: string): LogEvent | null {
  if (!message.startsWith(MEMBER)) return null;
  const of = message.indexOf(OF_GROUP, MEMBER.length);
  if (of < 0) return null;
  const g = of + OF_GROUP.length;
  const ch = message.indexOf(CHANGED, g);
  if (ch < 0) return null;
  const port = message.slice(MEMBER.length, of);
  const group = message.slice(g, ch);
  if (port === '' || group === '' || port.includes(' ') || group.includes(' ')) return null;
  let i = ch + CHANGED.length;
  let selected: boolean;
  if (message.startsWith('active state', i)) selected = true;
  else if (message.startsWith('inactive state', i)) selected = false;
  else return null;
  i += selected ? 12 : 14;
  const end = message.charCodeAt(message.length - 1) === 46 ? message.length - 1 : message.length;
  let reason: string | null = null;
  if (i < end) {
    // `, because the physical state of the port is down.` (some releases print no comma)
    if (message.charCodeAt(i) === 44) i++;
    if (!message.startsWith(' because ', i) || i + 9 >= end) return null;
    reason = message.slice(i + 9, end);
  }
  return { kind: 'lagg-member', interface: port, group, selected, reason };
}

function nqa(message: string): LogEvent | null {
  if (!message.includes('reaction (')) return null;
  const m = NQA_REACTION.exec(message);
  if (m === null) return null;
  const state = m[4] ?? '';
  return {
    kind: 'probe',
    server: null,
    farm: null,
    address: null,
    port: null,
    template: null,
    // `below-threshold`: the checked element (probe failures, RTT ...) is back under its threshold.
    ok: state === 'below-threshold',
    state,
    nqaEntry: m[1] ?? null,
    reaction: Number(m[2]),
    previousState: m[3] ?? null,
  };
}

/** The event a message reports, or null when its wording is not one we know. */
export function logEvent(module: string, message: string): LogEvent | null {
  if (message.length > 2000) return null;
  switch (module) {
    case 'IFNET':
      return ifnet(message);
    case 'LAGG':
      return lagg(message);
    case 'NQA':
      return nqa(message);
    default:
      return null;
  }
}
