/**
 * `display session table ipv4|ipv6 ... verbose` and `display nat session verbose` (same layout).
 * Field labels are matched with their spaces removed and lower-cased, so the padded
 * `Source      IP/port`, the OCR'd `Interface(in) :` and the several VPN labels all reduce to one key.
 * The field set varies per block and per release, so nothing relies on line order inside a block.
 */
import { scanPaste } from '../shared/normalise';
import { issue, result, type ParseIssue, type ParseResult } from '../shared/parse-result';
import type { PacketCount } from '../parsed-types';
import type { SessionDetail, SessionEndpointDetail, SessionTableData } from './session-types';

const EXPECTED = '`display session table ipv4|ipv6 ... verbose` (or `display nat session verbose`)';

// `1 packets         48 bytes`; OCR copies print `420 packets` in the bytes column.
const COUNTER = /^(\d+)\s*packets?\s+(\d+)\s*(\S*)$/i;
// `Slot 1:`
const SLOT = /^slot\s*(\d+)\s*:$/i;
// `CPU 0 on slot 1:`
const CPU_SLOT = /^cpu\s*(\d+)\s+on\s+slot\s*(\d+)\s*:$/i;
/** `/^[0-9A-Fa-f:.]+$/`: `10.197.0.122`, `2011::2`, `::ffff:10.0.0.1` (a loop: two per session). */
function isIpText(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 58) || c === 46 || ((c | 32) >= 97 && (c | 32) <= 102);
    if (!ok) return false;
  }
  return true;
}

/** `/^\d+$/`. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Labels exactly as Comware prints them, with their keys, grouped by length: a 10 MB table then
// costs one `startsWith` per line and no copy of the label.
const PRINTED_LABELS: [string, string][] = [
  ['Source      IP/port', 'sourceip/port'],
  ['Destination IP/port', 'destinationip/port'],
  ['DS-Lite tunnel peer', 'ds-litetunnelpeer'],
  ['VPN instance/VLAN ID/Inline ID', 'vpninstance/vlanid/inlineid'],
  ['VPN instance/VLAN ID/VLL ID', 'vpninstance/vlanid/vllid'],
  ['Protocol', 'protocol'],
  ['Inbound interface', 'inboundinterface'],
  ['State', 'state'],
  ['Application', 'application'],
  ['Rule ID', 'ruleid'],
  ['Rule name', 'rulename'],
  ['Start time', 'starttime'],
  ['Initiator->Responder', 'initiator->responder'],
  ['Responder->Initiator', 'responder->initiator'],
  ['Initiator', 'initiator'],
  ['Responder', 'responder'],
  ['Total sessions found', 'totalsessionsfound'],
];
const LABELS_BY_LENGTH: [string, string][][] = [];
for (const pair of PRINTED_LABELS) (LABELS_BY_LENGTH[pair[0].length] ??= []).push(pair);

/**
 * Label `line.slice(start, end)` → lower-case key without spaces, so padded, OCR'd and
 * differently spelt labels reduce to one key.
 */
function labelKey(line: string, start: number, end: number): string {
  const known = LABELS_BY_LENGTH[end - start];
  if (known !== undefined)
    for (const [label, key] of known) if (line.startsWith(label, start)) return key;
  return line.slice(start, end).replace(/\s+/g, '').toLowerCase();
}

/** Parts of a `VPN instance/VLAN ID/...` key: its value has as many `/`-separated parts. */
function slashParts(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 47) n++;
  return n;
}

type Section = 'initiator' | 'responder' | 'session';

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
    fieldLines: {},
  };
}

interface Open {
  session: SessionDetail;
  hasResponder: boolean;
  section: Section;
}

/** Space, tab, no-break and ideographic space: what pasted indentation is made of. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x3000 || c === 11 || c === 12;
}

/** `-`, empty → null. */
function dash(v: string): string | null {
  return v === '' || v === '-' ? null : v;
}

export function parseSession(text: string): ParseResult<SessionTableData> {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const sessions: SessionDetail[] = [];
  let totalFound: number | null = null;
  let slot: string | null = null;
  let cpu: string | null = null;
  let slotLine = 0;
  let open: Open | null = null;
  let anyContent = false;
  let recognised = false;
  // Blocks with and without a Responder part: only Initiator parts means the brief (non-verbose) form.
  let initiatorOnly = 0;
  let withResponder = 0;
  let lastLine = 0;

  const unrecognised = (no: number, t: string) =>
    warnings.push(issue('unrecognised-line', `Not understood: ${t}`, no));

  const close = () => {
    if (!open) return;
    const s = open.session;
    if (open.hasResponder) withResponder++;
    else initiatorOnly++;
    if (!s.complete)
      warnings.push(
        issue(
          'incomplete-session',
          'This session block ended before both packet counters were printed.',
          s.line,
        ),
      );
    sessions.push(s);
    open = null;
  };

  const endpointField = (
    ep: SessionEndpointDetail,
    key: string,
    value: string,
    no: number,
  ): boolean => {
    const fl = ep.fieldLines;
    if (key === 'sourceip/port' || key === 'destinationip/port') {
      const src = key.startsWith('s');
      const slash = value.lastIndexOf('/');
      const ip = slash > 0 ? value.slice(0, slash) : value;
      const port = slash > 0 ? value.slice(slash + 1) : '';
      const ipOk = isIpText(ip) && (ip.includes('.') || ip.includes(':'));
      const portOk = isDigits(port);
      if (src) {
        ep.sourceIp = ipOk ? ip : null;
        ep.sourcePort = portOk ? Number(port) : null;
        fl.sourceIp = no;
        fl.sourcePort = no;
      } else {
        ep.destinationIp = ipOk ? ip : null;
        ep.destinationPort = portOk ? Number(port) : null;
        fl.destinationIp = no;
        fl.destinationPort = no;
      }
      if (!ipOk || !portOk)
        warnings.push(
          issue('unreadable-value', `Could not read address/port from "${value}".`, no),
        );
      return true;
    }
    if (key.startsWith('vpninstance')) {
      // `VPN instance/VLAN ID/Inline ID: HLW/-/-`, `VPN instance/VLAN ID/VLL ID: -/-/-`, `VPN instance: HLW`
      const want = slashParts(key);
      const parts = value.split('/');
      fl.vpnInstance = no;
      if (want === 1) {
        ep.vpnInstance = dash(value);
        return true;
      }
      if (parts.length !== want) {
        ep.vpnInstance = null;
        warnings.push(
          issue('unreadable-value', `Expected ${want} parts separated by "/" in "${value}".`, no),
        );
        return true;
      }
      ep.vpnInstance = dash(parts[0]?.trim() ?? '');
      const vlan = parts[1]?.trim() ?? '';
      const inline = parts[2]?.trim() ?? '';
      ep.vlanId = isDigits(vlan) ? Number(vlan) : null;
      ep.inlineId = isDigits(inline) ? Number(inline) : null;
      fl.vlanId = no;
      fl.inlineId = no;
      if (
        (vlan !== '-' && ep.vlanId === null) ||
        (want > 2 && inline !== '-' && ep.inlineId === null)
      ) {
        warnings.push(
          issue('unreadable-value', `Could not read the VLAN/inline IDs in "${value}".`, no),
        );
      }
      return true;
    }
    switch (key) {
      case 'ds-litetunnelpeer':
        ep.dsLitePeer = dash(value);
        fl.dsLitePeer = no;
        return true;
      case 'protocol': {
        // `TCP(6)`, `IPV6-ICMP(58)`, OCR `ICMP (1)`
        const open = value.lastIndexOf('(');
        if (open > 0 && value.endsWith(')')) {
          const num = value.slice(open + 1, -1).trim();
          ep.protocol = value.slice(0, open).trim();
          ep.protocolNumber = isDigits(num) ? Number(num) : null;
        } else {
          ep.protocol = dash(value);
          ep.protocolNumber = null;
        }
        fl.protocol = no;
        fl.protocolNumber = no;
        return true;
      }
      case 'inboundinterface':
        ep.inboundInterface = dash(value);
        fl.inboundInterface = no;
        return true;
      case 'sourcesecurityzone':
        ep.securityZone = dash(value);
        fl.securityZone = no;
        return true;
      default:
        return false;
    }
  };

  const counter = (value: string, no: number): PacketCount | null => {
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
  };

  const sessionField = (s: SessionDetail, key: string, value: string, no: number): boolean => {
    const fl = s.fieldLines;
    switch (key) {
      case 'state':
        s.state = dash(value);
        fl.state = no;
        return true;
      case 'application':
        s.application = dash(value);
        fl.application = no;
        return true;
      case 'ruleid':
        s.ruleId = value.replace(/[-/\s]/g, '') === '' ? null : value;
        fl.ruleId = no;
        return true;
      case 'rulename':
        s.ruleName = dash(value);
        fl.ruleName = no;
        return true;
      case 'starttime': {
        // `2011-07-29 19:12:36  TTL: 28s`, OCR `2014-11-13 10:19:04 TTL:15s`
        const at = value.lastIndexOf('TTL');
        const start = (at >= 0 ? value.slice(0, at) : value).trim();
        s.startTime = start === '' ? null : start;
        fl.startTime = no;
        if (at >= 0) {
          const ttl = value
            .slice(at + 3)
            .replace(/^\s*:\s*/, '')
            .replace(/\s*s(ec)?$/i, '');
          s.ttlSeconds = isDigits(ttl) ? Number(ttl) : null;
          fl.ttlSeconds = no;
          if (s.ttlSeconds === null && ttl !== '-')
            warnings.push(issue('unreadable-value', `Could not read TTL in "${value}".`, no));
        }
        return true;
      }
      case 'interface(in)':
        // Early Comware 7: the interface the initiator's packets arrive on.
        s.initiator.inboundInterface = dash(value);
        s.initiator.fieldLines.inboundInterface = no;
        return true;
      case 'interface(out)':
        // ...and the one they leave by, which is where the responder's replies come in.
        s.responder.inboundInterface = dash(value);
        s.responder.fieldLines.inboundInterface = no;
        return true;
      case 'initiator->responder':
        s.initiatorToResponder = counter(value, no);
        fl.initiatorToResponder = no;
        return true;
      case 'responder->initiator':
        s.responderToInitiator = counter(value, no);
        fl.responderToInitiator = no;
        s.complete =
          open?.hasResponder === true &&
          s.initiatorToResponder !== null &&
          s.responderToInitiator !== null;
        return true;
      default:
        return false;
    }
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
    const key = labelKey(raw, start, colon);
    let vs = colon + 1;
    while (vs < raw.length && isSpace(raw.charCodeAt(vs))) vs++;
    const value = raw.slice(vs);

    if (key === 'initiator' && value === '') {
      close();
      recognised = true;
      const ep = emptyEndpoint(no);
      const responder = emptyEndpoint(no);
      open = {
        hasResponder: false,
        section: 'initiator',
        session: {
          initiator: ep,
          responder,
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
          fieldLines: slot === null ? {} : { slot: slotLine },
        },
      };
      return;
    }
    if (key === 'responder' && value === '') {
      if (!open || open.hasResponder) {
        unrecognised(no, raw.slice(start));
        return;
      }
      open.hasResponder = true;
      open.section = 'responder';
      open.session.responder.line = no;
      open.session.endLine = no;
      return;
    }
    if (key === 'totalsessionsfound') {
      close();
      recognised = true;
      if (isDigits(value)) totalFound = (totalFound ?? 0) + Number(value);
      else
        warnings.push(
          issue('unreadable-value', `Could not read the session count in "${value}".`, no),
        );
      return;
    }
    if (value === '' && (key.startsWith('slot') || key.startsWith('cpu'))) {
      const m = SLOT.exec(raw.slice(start));
      const c = m ? null : CPU_SLOT.exec(raw.slice(start));
      if (m || c) {
        close();
        recognised = true;
        slot = (m ? m[1] : c?.[2]) ?? null;
        cpu = c?.[1] ?? null;
        slotLine = no;
        return;
      }
    }
    if (!open) {
      unrecognised(no, raw.slice(start));
      return;
    }
    const s: SessionDetail = open.session;
    if (open.section !== 'session') {
      const ep = open.section === 'initiator' ? s.initiator : s.responder;
      if (endpointField(ep, key, value, no)) {
        s.endLine = no;
        return;
      }
    }
    if (sessionField(s, key, value, no)) {
      open.section = 'session';
      s.endLine = no;
      return;
    }
    unrecognised(no, raw.slice(start));
  };
  // Every line of the paste is seen once, in order, without keeping an object per line alive.
  const paste = scanPaste(text, onLine);

  const last = open as Open | null;
  if (last !== null) {
    if (last.session.complete || (!last.hasResponder && initiatorOnly > 0 && withResponder === 0))
      close();
    else {
      warnings.push(
        issue(
          'truncated',
          'The paste ends inside a session block: the last session is incomplete.',
          lastLine,
        ),
      );
      if (last.hasResponder) withResponder++;
      sessions.push(last.session);
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
