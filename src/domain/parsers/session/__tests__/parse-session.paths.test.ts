/**
 * parseSession reads the layout Comware prints on fast paths and every other spelling with the
 * general code. These properties pin the two together through the public parse only, so an edit to
 * one path cannot drift from the other:
 *
 * 1. spellings: `printedLabel` (label exactly as printed) ↔ `labelKey`/`keyCode` (other spacing,
 *    case, a no-break space); `readVpn` in place ↔ `readVpnParts` (split and trim); `readProtocol`
 *    in place ↔ its trim branch; `countersAt` ↔ the COUNTER regex; `startTimeAt` ↔ the TTL
 *    trim/replace branch; `onlyDashesAt` ↔ the Rule ID regex. The one legitimate difference, an
 *    OCR'd `N packets M packets` counter, must add exactly one `unreadable-value` at its line.
 * 2. field order: the fieldLines literals (every usual field, in printed order) ↔ the objects built
 *    key by key (any other order), with the cited lines moved along.
 * 3. repeats: `recentText` / the Responder's reuse of the Initiator's address (a value handed out
 *    again when a line repeats it) ↔ a fresh slice: a session read among others reads as it does
 *    alone, and the addresses are the generated ones.
 *
 * Inputs: random sessions in the layouts of ../__fixtures__ (`Source      IP/port`, `VPN
 * instance/VLAN ID/Inline ID` or `.../VLL ID`, optional DS-Lite / security zone / Rule lines,
 * `Slot N:` or `CPU c on slot N:` headers, counters padded like `%10u packets %10u bytes`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession } from '../parse-session';
import type { SessionTableData } from '../session-types';
import { json, remapLines } from '../../shared/testing/fixture-harness';

const NBSP = '\u00a0';
const IDEO = '\u3000';

// ---- model --------------------------------------------------------------------------------------

interface Endpoint {
  src: string;
  srcPort: number;
  dst: string;
  dstPort: number;
  /** null: no DS-Lite line (the ipv6 fixture's Initiator); '' : a bare `DS-Lite tunnel peer:`. */
  dsLite: string | null;
  vpnLabel: string;
  vpn: [string, string, string];
  protocol: [string, number];
  inbound: string;
  zone: string | null;
}

interface Sess {
  header: string | null;
  initiator: Endpoint;
  responder: Endpoint;
  state: string;
  application: string;
  rule: [string, string] | null;
  start: string;
  ttl: string;
  i2r: [number, number];
  r2i: [number, number];
}

/** Which reader a line's value goes to, so only that reader's variants are applied to it. */
type Kind = 'vpn' | 'protocol' | 'counter' | 'start' | 'ruleId' | 'plain' | 'header';

interface Line {
  indent: string;
  label: string;
  value: string;
  kind: Kind;
}

// Same-length pairs (HLW/DMZ, Reth2/Reth3...) so a reused value must be compared, not just measured.
const ipv4 = fc.ipV4();
const ip = fc.oneof({ weight: 4, arbitrary: ipv4 }, { weight: 1, arbitrary: fc.ipV6() });
const port = fc.nat(65535);
const part = fc.oneof(fc.constant('-'), fc.nat(4094).map(String));
const endpoint = (src: fc.Arbitrary<string>, dst: fc.Arbitrary<string>): fc.Arbitrary<Endpoint> =>
  fc.record({
    src,
    srcPort: port,
    dst,
    dstPort: port,
    dsLite: fc.constantFrom(null, '-', ''),
    vpnLabel: fc.constantFrom('VPN instance/VLAN ID/Inline ID', 'VPN instance/VLAN ID/VLL ID'),
    vpn: fc.tuple(fc.constantFrom('-', 'HLW', 'DMZ', 'vrf1', 'vrf2'), part, part),
    protocol: fc.constantFrom<[string, number]>(
      ['TCP', 6],
      ['UDP', 17],
      ['ICMP', 1],
      ['IPV6-ICMP', 58],
    ),
    inbound: fc.constantFrom('InLoopBack0', 'Reth2', 'Reth3', 'GigabitEthernet1/0/1'),
    zone: fc.constantFrom(null, 'Trust', 'Local', 'Untrust'),
  });

const two = (n: number) => String(n).padStart(2, '0');
const startTime = fc
  .tuple(fc.integer({ min: 2011, max: 2030 }), fc.nat(11), fc.nat(27), fc.nat(23), fc.nat(59))
  .map(([y, mo, d, h, mi]) => `${y}-${two(mo + 1)}-${two(d + 1)} ${two(h)}:${two(mi)}:${two(d)}`);
const counter = fc.tuple(fc.nat(2_000_000_000), fc.nat(2_000_000_000));

const session: fc.Arbitrary<Sess> = fc
  .tuple(ip, ip, port, port, fc.boolean())
  .chain(([a, b, pa, pb, natted]) =>
    fc.record({
      header: fc.constantFrom(null, 'Slot 1:', 'Slot 2:', 'CPU 0 on slot 1:'),
      initiator: endpoint(fc.constant(a), fc.constant(b)).map((e) => ({
        ...e,
        srcPort: pa,
        dstPort: pb,
      })),
      // Mostly the Initiator's addresses the other way round (reused), sometimes a NAT'd one.
      responder: endpoint(natted ? ip : fc.constant(b), fc.constant(a)).map((e) => ({
        ...e,
        srcPort: natted ? e.srcPort : pb,
        dstPort: pa,
      })),
      state: fc.constantFrom('TCP_SYN_SENT', 'TCP_ESTABLISHED', 'ICMP_REQUEST', 'ICMP_REPLY'),
      application: fc.constantFrom('HTTP', 'SMTP', 'SSH', 'OTHER'),
      rule: fc.option(
        fc.tuple(fc.constantFrom('-/-/-', '5/-/-', '12/3/-'), fc.constantFrom('', 'r1', 'r2')),
      ),
      start: startTime,
      ttl: fc.oneof(
        fc.constant('-'),
        fc.nat(100000).map((n) => `${n}s`),
      ),
      i2r: counter,
      r2i: counter,
    }),
  );

function endpointLines(e: Endpoint): Line[] {
  const l = (label: string, value: string, kind: Kind = 'plain'): Line => ({
    indent: '  ',
    label,
    value,
    kind,
  });
  return [
    l('Source      IP/port', `${e.src}/${e.srcPort}`),
    l('Destination IP/port', `${e.dst}/${e.dstPort}`),
    ...(e.dsLite === null ? [] : [l('DS-Lite tunnel peer', e.dsLite)]),
    l(e.vpnLabel, e.vpn.join('/'), 'vpn'),
    l('Protocol', `${e.protocol[0]}(${e.protocol[1]})`, 'protocol'),
    l('Inbound interface', e.inbound),
    ...(e.zone === null ? [] : [l('Source security zone', e.zone)]),
  ];
}

const pad10 = (n: number) => String(n).padStart(10);

/** A session's lines as Comware prints them (every reader on its fast path). */
function sessionLines(s: Sess): Line[] {
  const l = (label: string, value: string, kind: Kind = 'plain'): Line => ({
    indent: '',
    label,
    value,
    kind,
  });
  return [
    ...(s.header === null ? [] : [l(s.header.slice(0, -1), '', 'header')]),
    l('Initiator', ''),
    ...endpointLines(s.initiator),
    l('Responder', ''),
    ...endpointLines(s.responder),
    l('State', s.state),
    l('Application', s.application),
    ...(s.rule === null ? [] : [l('Rule ID', s.rule[0], 'ruleId'), l('Rule name', s.rule[1])]),
    l('Start time', `${s.start}  TTL: ${s.ttl}`, 'start'),
    l('Initiator->Responder', `${pad10(s.i2r[0])} packets ${pad10(s.i2r[1])} bytes`, 'counter'),
    l('Responder->Initiator', `${pad10(s.r2i[0])} packets ${pad10(s.r2i[1])} bytes`, 'counter'),
  ];
}

function tableLines(ss: Sess[], total: boolean): Line[] {
  const lines = ss.flatMap(sessionLines);
  if (total)
    lines.push({ indent: '', label: 'Total sessions found', value: `${ss.length}`, kind: 'plain' });
  return lines;
}

const print = (lines: Line[]) =>
  lines.map((l) => `${l.indent}${l.label}:${l.value === '' ? '' : ' '}${l.value}`).join('\n');

// ---- spellings the general code reads as the same data ------------------------------------------

/** Labels the key lookup reduces to the printed label's key. */
const labelSpellings = (label: string): string[] => [
  `${label} `, // `Interface (in) :` in the OCR'd NAT fixture
  `${label}${NBSP}`,
  label.toLowerCase(),
  label.toUpperCase(),
  label.replace(/ +/g, ' '), // `Source IP/port` as `display nat session` prints it
  label.replace(/ /, NBSP),
];

const zeros = (n: number) => String(n).padStart(16, '0'); // beyond the fast path's 15 digits

/** Values the general reader reads as the printed one; `warns` when it rightly says so. */
function valueSpellings(kind: Kind, value: string): Array<{ text: string; warns?: boolean }> {
  switch (kind) {
    case 'vpn':
      return [
        { text: value.replace(/\//g, ' / ') },
        { text: value.replace('/', `${NBSP}/`) },
        { text: value.replace(/\/(?=[^/]*$)/, `/${IDEO}`) },
      ];
    case 'protocol':
      return [
        { text: value.replace('(', ' (') },
        { text: value.replace('(', '( ').replace(')', ' )') },
      ];
    case 'counter': {
      const m = /^ *(\d+) packets +(\d+) bytes$/.exec(value);
      const [p, b] = [Number(m?.[1]), Number(m?.[2])];
      return [
        { text: `${p} packets${NBSP}${b} bytes` },
        { text: `${p} packets ${b} Bytes` },
        { text: `${p} packets ${b} BYTES` },
        { text: `${zeros(p)} packets ${b} bytes` },
        { text: `${p} packets ${zeros(b)} bytes` },
        { text: `${p}${NBSP}packets ${b} bytes` },
        // OCR copies print the unit of the first counter twice: read as bytes, with a warning.
        { text: `${p} packets ${b} packets`, warns: true },
      ];
    }
    case 'start': {
      const m = /^(.*\S) +TTL: (\d+)s$/.exec(value);
      if (m === null) return []; // `TTL: -` never takes the fast path
      const [, at, ttl] = m;
      return [
        { text: `${at} TTL:${ttl}s` },
        { text: `${at}  TTL: ${ttl} s` },
        { text: `${at}  TTL: ${ttl}sec` },
        { text: `${at}  TTL: ${ttl}S` },
        { text: `${at}${NBSP} TTL: ${ttl}s` },
        { text: `${at}  TTL:${NBSP}${ttl}s` },
        { text: `${at}  TTL: ${zeros(Number(ttl))}s` },
      ];
    }
    case 'ruleId':
      // Only an all-dash ID has another spelling: any other is kept as printed.
      return /^[-/]+$/.test(value) ? [{ text: value.replace('/', `/${NBSP}`) }] : [];
    default:
      return [];
  }
}

/** Per line: which label spelling, which value spelling, which indent (0 = as printed). */
const choice = fc.record({ label: fc.nat(6), value: fc.nat(7), indent: fc.nat(3) });

function respell(
  lines: Line[],
  picks: Array<{ label: number; value: number; indent: number }>,
): { text: string; warnLines: number[] } {
  const warnLines: number[] = [];
  const out = lines.map((l, i) => {
    const pick = picks[i] ?? { label: 0, value: 0, indent: 0 };
    if (l.kind === 'header') return l;
    const labels = labelSpellings(l.label);
    const values = valueSpellings(l.kind, l.value);
    const label =
      pick.label === 0 ? l.label : (labels[(pick.label - 1) % labels.length] ?? l.label);
    const v =
      pick.value === 0 || values.length === 0 ? null : values[(pick.value - 1) % values.length];
    if (v?.warns === true) warnLines.push(i + 1);
    // The indent loop skips pasted no-break and ideographic spaces before any label is compared.
    const indent =
      [l.indent, `${NBSP}${l.indent}`, `${IDEO} `, ` ${NBSP}`][pick.indent] ?? l.indent;
    return { ...l, indent, label, value: v?.text ?? l.value };
  });
  return { text: print(out), warnLines };
}

const withChoices = <T>(lines: (t: T) => Line[], arb: fc.Arbitrary<T>) =>
  arb.chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.array(choice, { minLength: lines(t).length, maxLength: lines(t).length }),
    ),
  );

const warningsOf = (r: { warnings: Array<{ code: string; line: number | null }> }) =>
  r.warnings.map((w) => [w.code, w.line]);

/** The generated text must be a clean verbose table, or the comparisons below prove nothing. */
function readClean(text: string, sessions: number): SessionTableData {
  const r = parseSession(text);
  expect(r.errors).toEqual([]);
  expect(r.warnings).toEqual([]);
  expect(r.value?.sessions.length).toBe(sessions);
  return r.value as SessionTableData;
}

const table = fc.tuple(fc.array(session, { minLength: 1, maxLength: 3 }), fc.boolean());
const opts = { numRuns: 150 };
const SESSION_FIELDS = new Set(['State', 'Application', 'Rule ID', 'Rule name', 'Start time']);

describe('parseSession: fast paths and general code agree', () => {
  it('reads every label and value spelt another way as the printed one, at the same lines', () => {
    const lines = ([ss, total]: [Sess[], boolean]) => tableLines(ss, total);
    fc.assert(
      fc.property(withChoices(lines, table), ([t, picks]) => {
        const printed = print(lines(t));
        const fast = readClean(printed, t[0].length);
        const { text, warnLines } = respell(lines(t), picks);
        const general = parseSession(text);
        expect(json(general)).toEqual(JSON.parse(JSON.stringify(fast)));
        expect(warningsOf(general)).toEqual(warnLines.map((n) => ['unreadable-value', n]));
      }),
      opts,
    );
  });

  it('builds the same fieldLines whatever order a part prints its fields in', () => {
    // Fields of each part (and the session fields before the counters) shuffled among themselves;
    // `complete` depends on the counters' order, so those two stay last.
    const shuffled = fc
      .array(session, { minLength: 1, maxLength: 3 })
      .chain((ss) =>
        fc.tuple(fc.constant(ss), fc.array(fc.nat(), { minLength: 200, maxLength: 200 })),
      );
    fc.assert(
      fc.property(shuffled, ([ss, seeds]) => {
        const lines = tableLines(ss, true);
        const fast = readClean(print(lines), ss.length);
        const order = lines.map((_, i) => i);
        // Runs of lines of one part: an endpoint's fields (indented) or the session's own.
        const groups: number[][] = [];
        let tag = '';
        lines.forEach((l, i) => {
          const t = l.indent !== '' ? 'endpoint' : SESSION_FIELDS.has(l.label) ? 'session' : '';
          if (t !== '' && t === tag) groups[groups.length - 1]?.push(i);
          else if (t !== '') groups.push([i]);
          tag = t;
        });
        let k = 0;
        for (const g of groups) {
          // Fisher-Yates with the generated seeds, so fast-check can shrink the order.
          const moved = [...g];
          for (let i = moved.length - 1; i > 0; i--) {
            const j = (seeds[k++ % seeds.length] ?? 0) % (i + 1);
            [moved[i], moved[j]] = [moved[j] as number, moved[i] as number];
          }
          g.forEach((at, i) => (order[at] = moved[i] as number));
        }
        // order[newIndex] = old index; cited lines move from old to new.
        const newOf = new Map(order.map((old, i) => [old + 1, i + 1]));
        const r = parseSession(print(order.map((i) => lines[i] as Line)));
        expect(r.warnings).toEqual([]);
        expect(json(r)).toEqual(
          remapLines(JSON.parse(JSON.stringify(fast)), (n) => newOf.get(n) ?? n),
        );
      }),
      opts,
    );
  });

  it('reads a session among others as it reads it alone (values handed out again stay right)', () => {
    const headed = fc.array(
      session.map((s) => ({ ...s, header: s.header ?? 'Slot 1:' })),
      { minLength: 2, maxLength: 4 },
    );
    fc.assert(
      fc.property(headed, (ss) => {
        const all = readClean(print(tableLines(ss, false)), ss.length);
        let offset = 0;
        ss.forEach((s, i) => {
          const own = sessionLines(s);
          const alone = readClean(print(own), 1).sessions[0];
          expect(JSON.parse(JSON.stringify(all.sessions[i]))).toEqual(
            remapLines(JSON.parse(JSON.stringify(alone)), (n) => n + offset),
          );
          offset += own.length;
          const got = all.sessions[i];
          for (const [part, e] of [
            [got?.initiator, s.initiator],
            [got?.responder, s.responder],
          ] as const) {
            expect([
              part?.sourceIp,
              part?.sourcePort,
              part?.destinationIp,
              part?.destinationPort,
            ]).toEqual([e.src, e.srcPort, e.dst, e.dstPort]);
          }
        });
      }),
      opts,
    );
  });
});
