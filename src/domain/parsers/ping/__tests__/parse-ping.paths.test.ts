/**
 * parsePing reads the usual text on fast paths and anything else with the general code. These
 * properties pin the two together through the public parse only:
 *
 * 1. spellings, at the same lines: `trimIndented` (a blank indent) ↔ `trim()` (a pasted no-break or
 *    ideographic space in the indent or after the text); `numberOf`'s own decimal reading ↔
 *    `Number()` (counts, loss and round-trip times written with more than 16 characters, a leading
 *    `.`, or integral without their `.0`); the in-place cutting of an echoed command of ASCII words
 *    between single blanks ↔ the `split(/\s+/)` reading (words separated by repeated blanks, no-break
 *    or ideographic spaces), for `-vpn-instance`, `-a`, `-f` and `-s`; reply times read by `numberOf`.
 * 2. VPN source: a Comware 7 run whose VPN comes from its echoed `-vpn-instance` (fieldLines made
 *    as one literal, keys in the usual order) ↔ the same run with the VPN only on its statistics
 *    line (fieldLines built key by key).
 *
 * Inputs: random runs in the layouts of ../__fixtures__ and FORMATS.md: Comware 7 `Ping x (y):`,
 * `Ping6(...) a --> b`, Comware 5 `PING x:` with its one-per-line statistics; replies, `Request time
 * out`, a record-route block, with and without statistics and round-trip line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePing } from '../parse-ping';

const NBSP = '\u00a0';
const IDEO = '\u3000';

// ---- lines ---------------------------------------------------------------------------------------

/** A number the parser reads with `numberOf`; `rtt` ones may also be written `.5`. */
interface Num {
  n: string;
  rtt?: boolean;
}
/** An output line (text and numbers), or the echoed command (its words). */
type Line =
  { t: 'out'; indent: string; parts: Array<string | Num> } | { t: 'cmd'; words: string[] };

const out = (indent: string, ...parts: Array<string | Num>): Line => ({ t: 'out', indent, parts });
const int = (n: number): Num => ({ n: String(n) });
const ms = (n: number, digits: number): Num => ({ n: n.toFixed(digits), rtt: true });
const pct = (n: number, digits: number): Num => ({ n: n.toFixed(digits) });

const PROMPT = '<LB>';

function printLine(l: Line): string {
  if (l.t === 'cmd') return PROMPT + l.words.join(' ');
  return l.indent + l.parts.map((p) => (typeof p === 'string' ? p : p.n)).join('');
}

// ---- the same lines spelt the other ways the general code accepts ---------------------------------

/** The same value, each spelling sent to `Number()` instead of `numberOf`'s own reading. */
function numSpellings({ n, rtt }: Num): string[] {
  const out = [n.padStart(17, '0')];
  const dot = n.indexOf('.');
  if (dot >= 0) {
    out.push(n.padEnd(17, '0'));
    if (/^\.?0*$/.test(n.slice(dot))) out.push(n.slice(0, dot)); // `100.0` as `100`
    if (rtt === true && n.startsWith('0.')) out.push(n.slice(1)); // `0.466` as `.466`
  }
  return out;
}

const choice = fc.record({
  indent: fc.nat(3),
  end: fc.boolean(),
  num: fc.nat(4),
  sep: fc.nat(4),
  upper: fc.boolean(),
});
type Choice = typeof choice extends fc.Arbitrary<infer T> ? T : never;

function respellLine(l: Line, c: Choice): string {
  if (l.t === 'cmd') {
    // `PING`, `-VPN-INSTANCE` are read as typed by both; a non-blank separator needs the split.
    const words = c.upper
      ? l.words.map((w) => (w === 'ping' || w === '-vpn-instance' ? w.toUpperCase() : w))
      : l.words;
    return PROMPT + words.join([' ', '  ', NBSP, ` ${IDEO}`, `${NBSP} `][c.sep] ?? ' ');
  }
  const indent = [l.indent, `${NBSP}${l.indent}`, `${IDEO}${l.indent}`, ` ${NBSP}`][c.indent];
  let k = c.num;
  const body = l.parts
    .map((p) => {
      if (typeof p === 'string' || c.num === 0) return typeof p === 'string' ? p : p.n;
      const spellings = numSpellings(p);
      return spellings[k++ % spellings.length] ?? p.n;
    })
    .join('');
  return `${indent ?? l.indent}${body}${c.end ? NBSP : ''}`;
}

// ---- runs ----------------------------------------------------------------------------------------

type Layout = 'cw7' | 'ping6' | 'cw5';

interface Run {
  layout: Layout;
  dest: string;
  /** A name typed instead of the address (`Ping www.x.com (1.2.3.4)`), Comware 7 only. */
  name: string | null;
  vpn: string | null;
  /** Whether the VPN is also named in the echoed command (always, without statistics). */
  vpnInCommand: boolean;
  echo: boolean;
  /** true: a reply, false: `Request time out`. */
  replies: boolean[];
  recordRoute: string[] | null;
  statistics: boolean;
  times: number[];
  /** `ping -a` (the header then says `from SRC`), Comware 7 only. */
  source: string | null;
  /** `-f` */
  df: boolean;
  /** `-s N` (the header then says `N data bytes`). */
  size: number | null;
}

const run: fc.Arbitrary<Run> = fc.constantFrom<Layout>('cw7', 'ping6', 'cw5').chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    dest: layout === 'ping6' ? fc.ipV6() : fc.ipV4(),
    name: layout === 'cw7' ? fc.constantFrom(null, null, 'www.example.com') : fc.constant(null),
    vpn: layout === 'ping6' ? fc.constant(null) : fc.constantFrom(null, 'HLW', 'DMZ', 'vpn-a'),
    vpnInCommand: fc.boolean(),
    echo: fc.boolean(),
    replies: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
    recordRoute:
      layout === 'cw7'
        ? fc.option(fc.array(fc.ipV4(), { minLength: 1, maxLength: 4 }))
        : fc.constant(null),
    statistics: fc.oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    times: fc.array(fc.nat(300_000), { minLength: 4, maxLength: 4 }),
    source: layout === 'cw7' ? fc.option(fc.ipV4()) : fc.constant(null),
    df: layout === 'ping6' ? fc.constant(false) : fc.boolean(),
    size: fc.option(fc.integer({ min: 20, max: 8100 })),
  }),
);

function runLines(r: Run): Line[] {
  const host = r.name ?? r.dest;
  const vpnCmd = r.vpn !== null && (r.vpnInCommand || !r.statistics || r.layout === 'cw5');
  const lines: Line[] = [];
  // Options only an echoed command can carry.
  const echo = r.echo || vpnCmd || r.source !== null || r.df || r.size !== null;
  const source = echo ? r.source : null;
  const size = r.size ?? 56;
  if (echo)
    lines.push({
      t: 'cmd',
      words: [
        'ping',
        ...(r.layout === 'ping6' ? ['ipv6'] : []),
        ...(source !== null ? ['-a', source] : []),
        ...(r.df ? ['-f'] : []),
        ...(r.size !== null ? ['-s', String(r.size)] : []),
        ...(vpnCmd && r.vpn !== null ? ['-vpn-instance', r.vpn] : []),
        ...(r.recordRoute !== null ? ['-r'] : []),
        host,
      ],
    });
  const v6 = r.layout === 'ping6';
  const from = source !== null ? ` from ${source}` : '';
  if (r.layout === 'cw7')
    lines.push(
      out('', `Ping ${host} (${r.dest})${from}: ${size} data bytes, press CTRL_C to break`),
    );
  else if (v6)
    lines.push(out('', `Ping6(${size} data bytes) 2001::1 --> ${r.dest}, press CTRL_C to break`));
  else lines.push(out('  ', `PING ${r.dest}: ${size}  data bytes, press CTRL_C to break`));
  const inner = r.layout === 'cw5' ? '    ' : '';
  r.replies.forEach((ok, i) => {
    const ms3 = ((r.times[i % 4] ?? 0) / 1000).toFixed(3);
    if (!ok) lines.push(out(inner, 'Request time out'));
    else if (r.layout === 'cw5')
      lines.push(
        out(
          inner,
          `Reply from ${r.dest}: bytes=${size} Sequence=${i + 1} ttl=254 time=`,
          int(Math.round(Number(ms3))),
          ' ms',
        ),
      );
    else {
      const same = r.recordRoute !== null && i > 0 ? '  (same route)' : '';
      lines.push(
        out(
          '',
          `${size} bytes from ${r.dest}${v6 ? ',' : ':'} icmp_seq=${i} ${v6 ? 'hlim' : 'ttl'}=63 time=`,
          ms(Number(ms3), 3),
          ` ms${same}`,
        ),
      );
      if (r.recordRoute !== null && i === 0) {
        const [first, ...rest] = r.recordRoute;
        lines.push(out('', `RR:      ${first ?? ''}`), ...rest.map((a) => out('         ', a)));
      }
    }
  });
  if (!r.statistics) return lines;
  const sent = r.replies.length;
  const got = r.replies.filter(Boolean).length;
  const loss = ((sent - got) / sent) * 100;
  const [a = 0, b = 0, c = 0, d = 0] = [...r.times].sort((x, y) => x - y).map((t) => t / 1000);
  if (r.layout === 'cw5') {
    lines.push(
      out('  ', `--- ${r.dest} ping statistics ---`),
      out(inner, int(sent), ' packet(s) transmitted'),
      out(inner, int(got), ' packet(s) received'),
      out(inner, pct(loss, 2), '% packet loss'),
    );
    if (got > 0)
      lines.push(
        out(
          inner,
          'round-trip min/avg/max = ',
          ms(Math.round(a), 0),
          '/',
          ms(Math.round(b), 0),
          '/',
          ms(Math.round(c), 0),
          ' ms',
        ),
      );
    return lines;
  }
  const inVpn = r.vpn !== null ? ` in VPN instance ${r.vpn}` : '';
  lines.push(
    out('', `--- Ping${v6 ? '6' : ''} statistics for ${r.dest}${inVpn} ---`),
    out(
      '',
      int(sent),
      ' packet(s) transmitted, ',
      int(got),
      ' packet(s) received, ',
      pct(loss, 1),
      '% packet loss',
    ),
  );
  if (got > 0)
    lines.push(
      out(
        '',
        'round-trip min/avg/max/std-dev = ',
        ms(a, 3),
        '/',
        ms(b, 3),
        '/',
        ms(c, 3),
        '/',
        ms(d, 3),
        ' ms',
      ),
    );
  return lines;
}

/** What the parser must read from a run: size, DF, source and the reply times. */
function expectedRun(r: Run): [number, boolean | null, string | null, number[]] {
  const lines = runLines(r);
  const echo = lines[0]?.t === 'cmd';
  const source = r.layout === 'ping6' ? '2001::1' : r.layout === 'cw7' && echo ? r.source : null;
  const times = r.replies.flatMap((ok, i) => {
    if (!ok) return [];
    const ms3 = Number(((r.times[i % 4] ?? 0) / 1000).toFixed(3));
    return [r.layout === 'cw5' ? Math.round(ms3) : ms3];
  });
  return [r.size ?? 56, echo ? r.df : null, source, times];
}

const print = (lines: Line[]) => lines.map(printLine).join('\n');
const issues = (ws: Array<{ code: string; line: number | null }>) =>
  ws.map((w) => [w.code, w.line]);
const runs = fc.array(run, { minLength: 1, maxLength: 3 });

describe('parsePing: fast paths and general code agree', () => {
  it('reads every line spelt another way as printed, at the same line', () => {
    const pasted = runs.chain((rs) => {
      const lines = rs.flatMap(runLines);
      return fc.tuple(
        fc.constant(rs),
        fc.constant(lines),
        fc.array(choice, { minLength: lines.length, maxLength: lines.length }),
      );
    });
    fc.assert(
      fc.property(pasted, ([rs, lines, picks]) => {
        const fast = parsePing(print(lines));
        // A layout the parser did not take for its own would make the comparison empty.
        expect(fast.errors).toEqual([]);
        expect(fast.warnings.filter((w) => w.code === 'unrecognised-line')).toEqual([]);
        expect(fast.value?.pings.map((p) => [p.size, p.dontFragment, p.source, p.times])).toEqual(
          rs.map(expectedRun),
        );
        const general = parsePing(
          lines.map((l, i) => respellLine(l, picks[i] as Choice)).join('\n'),
        );
        expect(general.value).toEqual(fast.value);
        expect(issues(general.warnings)).toEqual(issues(fast.warnings));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a VPN named by the echoed command as the one named only on the statistics line', () => {
    const withVpn = runs.map((rs) =>
      rs.map((r) => ({
        ...r,
        layout: 'cw7' as const,
        vpn: r.vpn ?? 'HLW',
        echo: true,
        statistics: true,
      })),
    );
    fc.assert(
      fc.property(withVpn, (rs) => {
        const named = parsePing(print(rs.flatMap((r) => runLines({ ...r, vpnInCommand: true }))));
        const onStats = parsePing(
          print(rs.flatMap((r) => runLines({ ...r, vpnInCommand: false }))),
        );
        expect(named.errors).toEqual([]);
        expect(named.value?.pings.map((p) => p.vpnInstance)).toEqual(rs.map((r) => r.vpn));
        expect(onStats.value).toEqual(named.value);
        expect(onStats.warnings).toEqual(named.warnings);
      }),
      { numRuns: 100 },
    );
  });
});
