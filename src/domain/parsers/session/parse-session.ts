/**
 * `display session table ipv4|ipv6 ... verbose` and `display nat session verbose` (same layout).
 * Field labels are matched with their spaces removed and lower-cased, so the padded
 * `Source      IP/port`, the OCR'd `Interface(in) :` and the several VPN labels all reduce to one key.
 * The field set varies per block and per release, so nothing relies on line order inside a block.
 *
 * No session is a real answer (the wizard's `probe-not-sent`) only when the paste says so: the
 * echoed command followed by nothing but a prompt, or `Slot 1:` / `CPU 0 on slot 1:` headers with
 * `Total sessions found: 0` or the next prompt after them. Those give `ok` with `sessions: []`.
 * Slot headers with neither may be a copy cut before the sessions (`no-total`). Any other non-empty
 * paste without a session is an error with value null: `sessions-missing` when the device counted
 * sessions the paste does not hold (`Total sessions found: 3`, blocks cut away), `no-sessions`
 * when lines were not understood (they may be a session whose `Initiator:` line was lost),
 * `wrong-command` when nothing of this output was found.
 */
import { scanPaste } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import { isDigitsAt, isInk, isIpAt, unsignedAt } from '../shared/fast-text';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type { PacketCount } from '../parsed-types';
import type { SessionDetail, SessionEndpointDetail, SessionTableData } from './session-types';
import { buildLines, lineDraft, resetDraft, setLine, type LineDraft } from '../shared/line-draft';
import {
  F_APPLICATION,
  F_DESTINATION,
  F_DS_LITE,
  F_I2R,
  F_INBOUND,
  F_INITIATOR,
  F_INTERFACE_IN,
  F_INTERFACE_OUT,
  F_PROTOCOL,
  F_R2I,
  F_RESPONDER,
  F_RULE_ID,
  F_RULE_NAME,
  F_SLOT_OR_CPU,
  F_SOURCE,
  F_START_TIME,
  F_STATE,
  F_TOTAL,
  F_VPN,
  F_ZONE,
  countersAt,
  isDashAt,
  isEndpointField,
  keyCode,
  labelKey,
  onlyDashesAt,
  printedLabel,
  recentDashed,
  recentText,
  slashParts,
  startTimeAt,
} from './session-text';

const EXPECTED = '`display session table ipv4|ipv6 ... verbose` (or `display nat session verbose`)';

// `1 packets         48 bytes`; OCR copies print `420 packets` in the bytes column.
const COUNTER = /^(\d+)\s*packets?\s+(\d+)\s*(\S*)$/i;
// `Slot 1:`
const SLOT = /^slot\s*(\d+)\s*:$/i;
// `CPU 0 on slot 1:`
const CPU_SLOT = /^cpu\s*(\d+)\s+on\s+slot\s*(\d+)\s*:$/i;

// Which part of the open block field lines go to.
const IN_INITIATOR = 0;
const IN_RESPONDER = 1;
const IN_SESSION = 2;

// Keys of an Initiator/Responder part's fieldLines, in the order Comware prints them.
const ENDPOINT_KEYS = [
  'sourceIp',
  'sourcePort',
  'destinationIp',
  'destinationPort',
  'dsLitePeer',
  'vpnInstance',
  'vlanId',
  'inlineId',
  'protocol',
  'protocolNumber',
  'inboundInterface',
  'securityZone',
] as const;
const L_SOURCE_IP = 0;
const L_SOURCE_PORT = 1;
const L_DESTINATION_IP = 2;
const L_DESTINATION_PORT = 3;
const L_DS_LITE_PEER = 4;
const L_VPN_INSTANCE = 5;
const L_VLAN_ID = 6;
const L_INLINE_ID = 7;
const L_PROTOCOL = 8;
const L_PROTOCOL_NUMBER = 9;
const L_INBOUND_INTERFACE = 10;
const L_SECURITY_ZONE = 11;

/** An endpoint's fieldLines when all of its usual fields were printed in the usual order. */
function fullEndpointLines(l: readonly number[], next: number): FieldLines | null {
  if (next !== L_SECURITY_ZONE) return null;
  return {
    sourceIp: l[0],
    sourcePort: l[1],
    destinationIp: l[2],
    destinationPort: l[3],
    dsLitePeer: l[4],
    vpnInstance: l[5],
    vlanId: l[6],
    inlineId: l[7],
    protocol: l[8],
    protocolNumber: l[9],
    inboundInterface: l[10],
  };
}

// Keys of a session's own fieldLines, in the order Comware prints them (`slot` from the header).
const SESSION_KEYS = [
  'slot',
  'state',
  'application',
  'ruleId',
  'ruleName',
  'startTime',
  'ttlSeconds',
  'initiatorToResponder',
  'responderToInitiator',
] as const;
const S_SLOT = 0;
const S_STATE = 1;
const S_APPLICATION = 2;
const S_RULE_ID = 3;
const S_RULE_NAME = 4;
const S_START_TIME = 5;
const S_TTL_SECONDS = 6;
const S_INITIATOR_TO_RESPONDER = 7;
const S_RESPONDER_TO_INITIATOR = 8;

/** A session's fieldLines when all of its usual fields were printed in the usual order. */
function fullSessionLines(l: readonly number[], next: number): FieldLines | null {
  if (next !== SESSION_KEYS.length) return null;
  if (l[S_SLOT] === 0)
    return {
      state: l[1],
      application: l[2],
      ruleId: l[3],
      ruleName: l[4],
      startTime: l[5],
      ttlSeconds: l[6],
      initiatorToResponder: l[7],
      responderToInitiator: l[8],
    };
  return {
    slot: l[0],
    state: l[1],
    application: l[2],
    ruleId: l[3],
    ruleName: l[4],
    startTime: l[5],
    ttlSeconds: l[6],
    initiatorToResponder: l[7],
    responderToInitiator: l[8],
  };
}

/** Placeholder until a block ends and its drafts become its fieldLines (never returned). */
const PENDING: FieldLines = {};

function emptyEndpoint(line: number): SessionEndpointDetail {
  return {
    sourceIp: null,
    sourcePort: null,
    destinationIp: null,
    destinationPort: null,
    vpnInstance: null,
    protocol: null,
    inboundInterface: null,
    protocolNumber: null,
    dsLitePeer: null,
    vlanId: null,
    inlineId: null,
    securityZone: null,
    line,
    fieldLines: PENDING,
  };
}

function newSession(no: number, slot: string | null, cpu: string | null) {
  const session: SessionDetail = {
    initiator: emptyEndpoint(no),
    responder: emptyEndpoint(no),
    state: null,
    application: null,
    initiatorToResponder: null,
    responderToInitiator: null,
    slot,
    cpu,
    ruleId: null,
    ruleName: null,
    startTime: null,
    ttlSeconds: null,
    complete: false,
    line: no,
    endLine: no,
    fieldLines: PENDING,
  };
  return session;
}

/** Space, tab, no-break and ideographic space: what pasted indentation is made of. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x3000 || c === 11 || c === 12;
}

/** `-`, empty → null. */
function dash(v: string): string | null {
  return v === '' || v === '-' ? null : v;
}

/** `Source IP/port` / `Destination IP/port` value from `line[vs]` on. */
function readAddress(
  ep: SessionEndpointDetail,
  fl: LineDraft,
  other: SessionEndpointDetail | null,
  source: boolean,
  line: string,
  vs: number,
  no: number,
  warnings: ParseIssue[],
): void {
  // The label has a `/` too: only one inside the value counts, and not as its first character.
  const slash = line.lastIndexOf('/');
  const split = slash > vs;
  const ipEnd = split ? slash : line.length;
  const ipOk = isIpAt(line, vs, ipEnd);
  const port = split ? unsignedAt(line, slash + 1, line.length) : null;
  // A Responder part mostly repeats the Initiator's addresses the other way round.
  const seen = other === null ? null : source ? other.destinationIp : other.sourceIp;
  const ip = !ipOk
    ? null
    : seen !== null && seen.length === ipEnd - vs && line.indexOf(seen, vs) === vs
      ? seen
      : line.slice(vs, ipEnd);
  if (source) {
    ep.sourceIp = ip;
    ep.sourcePort = port;
    setLine(fl, L_SOURCE_IP, no);
    setLine(fl, L_SOURCE_PORT, no);
  } else {
    ep.destinationIp = ip;
    ep.destinationPort = port;
    setLine(fl, L_DESTINATION_IP, no);
    setLine(fl, L_DESTINATION_PORT, no);
  }
  if (!ipOk || port === null)
    warnings.push(
      issue('unreadable-value', `Could not read address/port from "${line.slice(vs)}".`, no),
    );
}

/** True when `line[from, to)` is not empty and `trim()` would leave it as it is. */
function isTrimmed(line: string, from: number, to: number): boolean {
  return to > from && isInk(line.charCodeAt(from)) && isInk(line.charCodeAt(to - 1));
}

/**
 * `VPN instance/VLAN ID/Inline ID: HLW/-/-`, `VPN instance/VLAN ID/VLL ID: -/-/-`, `VPN instance: HLW`:
 * the value has as many `/`-separated parts as the label (`want`).
 */
function readVpn(
  ep: SessionEndpointDetail,
  fl: LineDraft,
  recent: string[],
  slot: number,
  want: number,
  line: string,
  vs: number,
  no: number,
  warnings: ParseIssue[],
): void {
  setLine(fl, L_VPN_INSTANCE, no);
  const s1 = want === 3 ? line.indexOf('/', vs) : -1;
  const s2 = s1 < 0 ? -1 : line.indexOf('/', s1 + 1);
  if (
    s2 < 0 ||
    line.indexOf('/', s2 + 1) >= 0 ||
    !isTrimmed(line, vs, s1) ||
    !isTrimmed(line, s1 + 1, s2) ||
    !isTrimmed(line, s2 + 1, line.length)
  ) {
    readVpnParts(ep, fl, want, line.slice(vs), no, warnings);
    return;
  }
  // The printed three-part layout, each part without blanks: read in place.
  ep.vpnInstance = isDashAt(line, vs, s1) ? null : recentText(recent, slot, line, vs, s1);
  ep.vlanId = unsignedAt(line, s1 + 1, s2);
  ep.inlineId = unsignedAt(line, s2 + 1, line.length);
  setLine(fl, L_VLAN_ID, no);
  setLine(fl, L_INLINE_ID, no);
  if (
    (ep.vlanId === null && !isDashAt(line, s1 + 1, s2)) ||
    (ep.inlineId === null && !isDashAt(line, s2 + 1, line.length))
  )
    warnings.push(
      issue('unreadable-value', `Could not read the VLAN/inline IDs in "${line.slice(vs)}".`, no),
    );
}

/** `readVpn` for any other value: split into parts, each trimmed. */
function readVpnParts(
  ep: SessionEndpointDetail,
  fl: LineDraft,
  want: number,
  value: string,
  no: number,
  warnings: ParseIssue[],
): void {
  if (want === 1) {
    ep.vpnInstance = dash(value);
    return;
  }
  const parts = value.split('/');
  if (parts.length !== want) {
    ep.vpnInstance = null;
    warnings.push(
      issue('unreadable-value', `Expected ${want} parts separated by "/" in "${value}".`, no),
    );
    return;
  }
  ep.vpnInstance = dash(parts[0]?.trim() ?? '');
  const vlan = parts[1]?.trim() ?? '';
  const inline = parts[2]?.trim() ?? '';
  ep.vlanId = isDigitsAt(vlan, 0, vlan.length) ? Number(vlan) : null;
  ep.inlineId = isDigitsAt(inline, 0, inline.length) ? Number(inline) : null;
  setLine(fl, L_VLAN_ID, no);
  setLine(fl, L_INLINE_ID, no);
  if ((vlan !== '-' && ep.vlanId === null) || (want > 2 && inline !== '-' && ep.inlineId === null))
    warnings.push(
      issue('unreadable-value', `Could not read the VLAN/inline IDs in "${value}".`, no),
    );
}

/** `TCP(6)`, `IPV6-ICMP(58)`, OCR `ICMP (1)`. */
function readProtocol(
  ep: SessionEndpointDetail,
  fl: LineDraft,
  recent: string[],
  slot: number,
  line: string,
  vs: number,
  no: number,
): void {
  const open = line.lastIndexOf('(');
  const end = line.length;
  if (
    open > vs &&
    line.charCodeAt(end - 1) === 41 &&
    isTrimmed(line, vs, open) &&
    (open + 2 === end || isTrimmed(line, open + 1, end - 1))
  ) {
    ep.protocol = recentText(recent, slot, line, vs, open);
    ep.protocolNumber = unsignedAt(line, open + 1, end - 1);
  } else {
    const value = line.slice(vs);
    const at = value.lastIndexOf('(');
    if (at > 0 && value.endsWith(')')) {
      const num = value.slice(at + 1, -1).trim();
      ep.protocol = value.slice(0, at).trim();
      ep.protocolNumber = isDigitsAt(num, 0, num.length) ? Number(num) : null;
    } else {
      ep.protocol = dash(value);
      ep.protocolNumber = null;
    }
  }
  setLine(fl, L_PROTOCOL, no);
  setLine(fl, L_PROTOCOL_NUMBER, no);
}

/** An Initiator/Responder field (`isEndpointField(code)`). */
function readEndpointField(
  ep: SessionEndpointDetail,
  fl: LineDraft,
  /** The Initiator part when reading the Responder part, else null. */
  other: SessionEndpointDetail | null,
  recent: string[],
  code: number,
  want: number,
  line: string,
  vs: number,
  no: number,
  warnings: ParseIssue[],
): void {
  // Each field of each part keeps its own recent value.
  const slot = code * 2 + (other === null ? 0 : 1);
  switch (code) {
    case F_SOURCE:
    case F_DESTINATION:
      readAddress(ep, fl, other, code === F_SOURCE, line, vs, no, warnings);
      return;
    case F_VPN:
      readVpn(ep, fl, recent, slot, want, line, vs, no, warnings);
      return;
    case F_DS_LITE:
      ep.dsLitePeer = recentDashed(recent, slot, line, vs);
      setLine(fl, L_DS_LITE_PEER, no);
      return;
    case F_PROTOCOL:
      readProtocol(ep, fl, recent, slot, line, vs, no);
      return;
    case F_INBOUND:
      ep.inboundInterface = recentDashed(recent, slot, line, vs);
      setLine(fl, L_INBOUND_INTERFACE, no);
      return;
    case F_ZONE:
      ep.securityZone = recentDashed(recent, slot, line, vs);
      setLine(fl, L_SECURITY_ZONE, no);
  }
}

/** `Initiator->Responder` / `Responder->Initiator` counters from `line[vs]` on. */
function readCounter(
  line: string,
  vs: number,
  no: number,
  warnings: ParseIssue[],
): PacketCount | null {
  const fast = countersAt(line, vs);
  if (fast !== null) return fast;
  const value = line.slice(vs);
  const m = COUNTER.exec(value);
  if (!m) {
    warnings.push(
      issue('unreadable-value', `Could not read the packet/byte counters in "${value}".`, no),
    );
    return null;
  }
  // The layout is fixed (`%10u packets %10u bytes`): the second number is bytes whatever the unit says.
  if ((m[3] ?? '').toLowerCase() !== 'bytes') {
    warnings.push(
      issue('unreadable-value', `Second counter is labelled "${m[3] ?? ''}", read as bytes.`, no),
    );
  }
  return { packets: Number(m[1]), bytes: Number(m[2]) };
}

/** `2011-07-29 19:12:36  TTL: 28s`, OCR `2014-11-13 10:19:04 TTL:15s`. */
function readStartTime(
  s: SessionDetail,
  fl: LineDraft,
  line: string,
  vs: number,
  no: number,
  warnings: ParseIssue[],
): void {
  const ttlAt = line.lastIndexOf('TTL');
  const fast = ttlAt >= vs ? startTimeAt(line, vs, ttlAt) : null;
  if (fast !== null) {
    s.startTime = fast.start;
    setLine(fl, S_START_TIME, no);
    s.ttlSeconds = fast.ttl;
    setLine(fl, S_TTL_SECONDS, no);
    return;
  }
  const value = line.slice(vs);
  const at = value.lastIndexOf('TTL');
  const start = (at >= 0 ? value.slice(0, at) : value).trim();
  s.startTime = start === '' ? null : start;
  setLine(fl, S_START_TIME, no);
  if (at >= 0) {
    const ttl = withoutSeconds(value.slice(at + 3).replace(/^\s*:\s*/, ''));
    s.ttlSeconds = isDigitsAt(ttl, 0, ttl.length) ? Number(ttl) : null;
    setLine(fl, S_TTL_SECONDS, no);
    if (s.ttlSeconds === null && ttl !== '-')
      warnings.push(issue('unreadable-value', `Could not read TTL in "${value}".`, no));
  }
}

/**
 * `28s` / `28 sec` → `28` (`t.replace(/\s*s(ec)?$/i, '')`). Not that regex: unanchored, it reads the
 * whole blank run again from each blank of it, and a TTL value of 200 000 blanks took 50 s.
 */
export function withoutSeconds(t: string): string {
  const n = t.length;
  const cut = /sec$/i.test(t.slice(n - 3)) ? 3 : /s$/i.test(t.slice(n - 1)) ? 1 : 0;
  return cut === 0 ? t : t.slice(0, n - cut).trimEnd();
}

/** `Rule ID: -/-/-` as printed; all dashes → null. */
function ruleIdAt(line: string, vs: number): string | null {
  const blank = onlyDashesAt(line, vs);
  const value = blank === true ? '' : line.slice(vs);
  return (blank ?? value.replace(/[-/\s]/g, '') === '') ? null : value;
}

export function parseSession(text: string): ParseResult<SessionTableData> {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const sessions: SessionDetail[] = [];
  let totalFound: number | null = null;
  let slot: string | null = null;
  let cpu: string | null = null;
  let slotLine = 0;
  // The block being read, whether it has its Responder part yet, and which part lines go to.
  let open: SessionDetail | null = null;
  let hasResponder = false;
  let section = IN_INITIATOR;
  let anyContent = false;
  let recognised = false;
  // Blocks with and without a Responder part: only Initiator parts means the brief (non-verbose) form.
  let initiatorOnly = 0;
  let withResponder = 0;
  let lastLine = 0;
  let totalLine = 0;
  let notUnderstood = 0;
  const recent: string[] = [];
  // The open block's fieldLines, made into objects when it ends.
  const initiatorLines = lineDraft(ENDPOINT_KEYS, fullEndpointLines);
  const responderLines = lineDraft(ENDPOINT_KEYS, fullEndpointLines);
  const sessionLines = lineDraft(SESSION_KEYS, fullSessionLines);
  const finish = (s: SessionDetail) => {
    s.initiator.fieldLines = buildLines(initiatorLines);
    s.responder.fieldLines = buildLines(responderLines);
    s.fieldLines = buildLines(sessionLines);
  };

  const unrecognised = (no: number, t: string) => {
    notUnderstood++;
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));
  };

  const close = () => {
    if (open === null) return;
    if (hasResponder) withResponder++;
    else initiatorOnly++;
    if (!open.complete)
      warnings.push(
        issue(
          'incomplete-session',
          'This session block ended before both packet counters were printed.',
          open.line,
        ),
      );
    finish(open);
    sessions.push(open);
    open = null;
  };

  /** A session-level field; false when `code` is not one. */
  const sessionField = (
    s: SessionDetail,
    code: number,
    line: string,
    vs: number,
    no: number,
  ): boolean => {
    const fl = sessionLines;
    switch (code) {
      case F_STATE:
        s.state = recentDashed(recent, F_STATE * 2, line, vs);
        setLine(fl, S_STATE, no);
        return true;
      case F_APPLICATION:
        s.application = recentDashed(recent, F_APPLICATION * 2, line, vs);
        setLine(fl, S_APPLICATION, no);
        return true;
      case F_RULE_ID:
        s.ruleId = ruleIdAt(line, vs);
        setLine(fl, S_RULE_ID, no);
        return true;
      case F_RULE_NAME:
        s.ruleName = recentDashed(recent, F_RULE_NAME * 2, line, vs);
        setLine(fl, S_RULE_NAME, no);
        return true;
      case F_START_TIME:
        readStartTime(s, fl, line, vs, no, warnings);
        return true;
      case F_INTERFACE_IN:
        // Early Comware 7: the interface the initiator's packets arrive on.
        s.initiator.inboundInterface = recentDashed(recent, F_INBOUND * 2, line, vs);
        setLine(initiatorLines, L_INBOUND_INTERFACE, no);
        return true;
      case F_INTERFACE_OUT:
        // ...and the one they leave by, which is where the responder's replies come in.
        s.responder.inboundInterface = recentDashed(recent, F_INBOUND * 2 + 1, line, vs);
        setLine(responderLines, L_INBOUND_INTERFACE, no);
        return true;
      case F_I2R:
        s.initiatorToResponder = readCounter(line, vs, no, warnings);
        setLine(fl, S_INITIATOR_TO_RESPONDER, no);
        return true;
      case F_R2I:
        s.responderToInitiator = readCounter(line, vs, no, warnings);
        setLine(fl, S_RESPONDER_TO_INITIATOR, no);
        s.complete =
          hasResponder && s.initiatorToResponder !== null && s.responderToInitiator !== null;
        return true;
      default:
        return false;
    }
  };

  /** `Slot 1:` / `CPU 0 on slot 1:`; false when the line is neither. */
  const slotHeader = (t: string, no: number): boolean => {
    const m = SLOT.exec(t);
    const c = m ? null : CPU_SLOT.exec(t);
    if (!m && !c) return false;
    close();
    recognised = true;
    slot = (m ? m[1] : c?.[2]) ?? null;
    cpu = c?.[1] ?? null;
    slotLine = no;
    return true;
  };

  const onLine = (no: number, raw: string): void => {
    // scanPaste already dropped trailing spaces; skipping the indent by index saves a copy per line.
    let start = 0;
    while (start < raw.length && isSpace(raw.charCodeAt(start))) start++;
    if (start === raw.length) return;
    anyContent = true;
    lastLine = no;
    const colon = raw.indexOf(':', start);
    if (colon < 0) {
      unrecognised(no, raw.slice(start));
      return;
    }
    let code = printedLabel(raw, start, colon);
    // Every printed VPN label has three parts; other spellings say how many by their slashes.
    let want = 3;
    if (code < 0) {
      const key = labelKey(raw, start, colon);
      code = keyCode(key);
      if (code === F_VPN) want = slashParts(key);
    }
    let vs = colon + 1;
    while (vs < raw.length && isSpace(raw.charCodeAt(vs))) vs++;
    const noValue = vs === raw.length;

    if (code === F_INITIATOR && noValue) {
      close();
      recognised = true;
      open = newSession(no, slot, cpu);
      resetDraft(initiatorLines, 0);
      resetDraft(responderLines, 0);
      resetDraft(sessionLines, slot === null ? S_STATE : S_SLOT);
      if (slot !== null) setLine(sessionLines, S_SLOT, slotLine);
      hasResponder = false;
      section = IN_INITIATOR;
      return;
    }
    if (code === F_RESPONDER && noValue) {
      if (open === null || hasResponder) {
        unrecognised(no, raw.slice(start));
        return;
      }
      hasResponder = true;
      section = IN_RESPONDER;
      open.responder.line = no;
      open.endLine = no;
      return;
    }
    if (code === F_TOTAL) {
      close();
      recognised = true;
      const n = unsignedAt(raw, vs, raw.length);
      totalLine = no;
      if (n !== null) totalFound = (totalFound ?? 0) + n;
      else
        warnings.push(
          issue('unreadable-value', `Could not read the session count in "${raw.slice(vs)}".`, no),
        );
      return;
    }
    if (code === F_SLOT_OR_CPU && noValue && slotHeader(raw.slice(start), no)) return;
    if (open === null) {
      unrecognised(no, raw.slice(start));
      return;
    }
    const s: SessionDetail = open;
    if (isEndpointField(code)) {
      if (section === IN_SESSION) unrecognised(no, raw.slice(start));
      else {
        const initiator = section === IN_INITIATOR;
        const ep = initiator ? s.initiator : s.responder;
        const fl = initiator ? initiatorLines : responderLines;
        const other = initiator ? null : s.initiator;
        readEndpointField(ep, fl, other, recent, code, want, raw, vs, no, warnings);
        s.endLine = no;
      }
      return;
    }
    if (sessionField(s, code, raw, vs, no)) {
      section = IN_SESSION;
      s.endLine = no;
      return;
    }
    unrecognised(no, raw.slice(start));
  };
  // Every line of the paste is seen once, in order, without keeping an object per line alive.
  const paste = scanPaste(text, onLine);
  addHiddenWarnings(warnings, paste.hidden);

  const last = open as SessionDetail | null;
  if (last !== null) {
    if (last.complete || (!hasResponder && initiatorOnly > 0 && withResponder === 0)) close();
    else {
      warnings.push(
        issue(
          'truncated',
          'The paste ends inside a session block: the last session is incomplete.',
          lastLine,
        ),
      );
      if (hasResponder) withResponder++;
      finish(last);
      sessions.push(last);
      open = null;
    }
  }

  if (!anyContent) {
    // `[LB]display session table ... verbose` followed by nothing but the next prompt: the device
    // was asked and printed no session at all, which is itself the answer (no probe session).
    const echo = paste.commands.find((c) => /^dis\S*\s+(?:session|nat\s+session)/i.test(c.command));
    if (echo) {
      warnings.push(
        issue('no-output', 'The command printed nothing: no session matches.', echo.no),
      );
      return result<SessionTableData>({ sessions: [], totalFound: null }, [], warnings);
    }
    return result<SessionTableData>(
      null,
      [issue('empty-input', `Nothing to read: paste the output of ${EXPECTED}.`)],
      warnings,
    );
  }
  if (initiatorOnly > 0 && withResponder === 0) {
    errors.push(
      issue(
        'wrong-command',
        'This is `display session table` without `verbose`: it lists only the Initiator side, with no state or packet counters. Run it again with `verbose` at the end.',
      ),
    );
    return result<SessionTableData>(
      null,
      errors,
      warnings.filter((w) => w.code !== 'incomplete-session'),
    );
  }
  if (!recognised) {
    errors.push(
      issue(
        'wrong-command',
        `This does not look like ${EXPECTED}: no Initiator/Responder blocks and no "Total sessions found" line.`,
      ),
    );
    return result<SessionTableData>(null, errors, warnings);
  }
  if (sessions.length === 0) {
    // Only headers and a zero count say "no session"; anything else means the blocks are missing.
    if (totalFound !== null && totalFound > 0) {
      errors.push(
        issue(
          'sessions-missing',
          `The device reported ${totalFound} session(s) but the paste holds no session block: they were cut from the copy. Paste the whole output of ${EXPECTED}.`,
          totalLine,
        ),
      );
      return result<SessionTableData>(null, errors, warnings);
    }
    if (notUnderstood > 0) {
      errors.push(
        issue(
          'no-sessions',
          `No session was read and ${notUnderstood} line(s) were not understood (a session whose "Initiator:" line was lost?). An output with no session shows only "Slot 1:" headers and "Total sessions found: 0"; paste the whole output of ${EXPECTED}.`,
        ),
      );
      return result<SessionTableData>(null, errors, warnings);
    }
    const endedByPrompt = paste.noise.some(
      (n) => (n.kind === 'prompt' || n.kind === 'echo') && n.no > slotLine,
    );
    if (totalFound === null && slotLine > 0 && !endedByPrompt) {
      // `Slot 1:` and nothing after it, not even the next prompt: the copy may have stopped
      // before the sessions or the zero count.
      errors.push(
        issue(
          'no-total',
          `The paste stops after the slot header, without "Total sessions found": it may have been cut before the sessions. Paste the whole output of ${EXPECTED}.`,
          slotLine,
        ),
      );
      return result<SessionTableData>(null, errors, warnings);
    }
  }
  if (totalFound !== null && totalFound !== sessions.length) {
    warnings.push(
      issue(
        'count-mismatch',
        `The device reported ${totalFound} sessions but ${sessions.length} were read.`,
        null,
      ),
    );
  }
  return result<SessionTableData>({ sessions, totalFound }, errors, warnings);
}
