import { describe, expect, it } from 'vitest';
import { parsePing, type PingParsed } from '../parse-ping';
import { lossless, truncate } from '../../shared/testing/mangle';
import { describeNeverThrows, remapLines } from '../../shared/testing/fixture-harness';

const texts = import.meta.glob('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const expected = import.meta.glob('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
}) as Record<string, unknown>;
const fixtures = Object.entries(texts).map(([path, text]) => ({
  name: path.replace('../__fixtures__/', ''),
  text,
}));

const debugLines = [
  5, 7, 9, 11, 13, 14, 15, 16, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37,
];
const expectedWarnings: Record<string, Array<[string, number]>> = {
  'ping__cw7-partial-loss-first-timeout-stddev-debug-interleaved__h3c-ddr-debug-doc.txt':
    debugLines.map((n) => ['unrecognised-line', n]),
  'ping__cw7-total-loss-request-time-out-x5-no-stats__hcl-vlan-lab.txt': [
    ['truncated', 7],
    ['derived-statistics', 2],
  ],
  'ping__cw7-ctrl-plus-c-total-loss-no-stats__go-netops-comment.txt': [
    ['truncated', 7],
    ['derived-statistics', 2],
  ],
  'ping__synth-source-a-leading-timeout-no-stats.txt': [
    ['truncated', 7],
    ['derived-statistics', 2],
  ],
};

function echoed(text: string): string {
  // `[L5030]ping -vpn-instance HLW 10.197.44.200` → the command
  const m = /^\s*[<[][^>\]]+[>\]]\s*(ping.*)$/m.exec(text);
  return m?.[1]?.trim() ?? 'ping';
}

describe('parsePing on real fixtures', () => {
  it('has an expected value for every fixture', () => {
    expect(fixtures.length).toBe(11);
    for (const f of fixtures)
      expect(
        expected[`../__fixtures__/${f.name.replace(/\.txt$/, '.expected.json')}`],
        f.name,
      ).toBeDefined();
  });

  for (const f of fixtures) {
    it(`reads ${f.name}`, () => {
      const r = parsePing(f.text);
      expect(r.ok).toBe(true);
      expect(r.value).toEqual(
        expected[`../__fixtures__/${f.name.replace(/\.txt$/, '.expected.json')}`],
      );
      expect(r.warnings.map((w) => [w.code, w.line])).toEqual(expectedWarnings[f.name] ?? []);
    });

    it(`gives the same values for every lossless mangle of ${f.name}`, () => {
      const base = parsePing(f.text);
      for (const m of lossless(f.text, echoed(f.text))) {
        const r = parsePing(m.text);
        expect(r.value, m.name).toEqual(remapLines(base.value, m.mapLine));
        expect(
          r.warnings.map((w) => [w.code, w.line]),
          m.name,
        ).toEqual(base.warnings.map((w) => [w.code, w.line === null ? null : m.mapLine(w.line)]));
      }
    });

    it(`keeps every run printed before a cut in ${f.name}`, () => {
      const full = parsePing(f.text).value as PingParsed;
      const lineCount = f.text.replace(/\n$/, '').split('\n').length;
      for (let k = 1; k <= lineCount; k++) {
        const got = parsePing(truncate(f.text, k).text).value?.pings ?? [];
        for (const run of full.pings)
          if (run.hasStatistics && run.endLine <= k)
            expect(
              got.find((g) => g.line === run.line),
              `cut at ${k}`,
            ).toEqual(run);
      }
    });
  }
});

describe('parsePing on combined and other pastes', () => {
  const loss = texts['../__fixtures__/02-ping-10.197.44.200-loss.txt'] ?? '';
  const ok = texts['../__fixtures__/02-ping-10.197.44.201-ok.txt'] ?? '';

  it('reads both seed pings pasted into one box, each with its own lines and VPN', () => {
    const r = parsePing(`${loss.replace(/\n$/, '')}\n${ok}`);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(
      r.value?.pings.map((p) => [
        p.destination,
        p.vpnInstance,
        p.transmitted,
        p.received,
        p.lossPercent,
        p.line,
        p.endLine,
      ]),
    ).toEqual([
      ['10.197.44.200', 'HLW', 5, 0, 100, 2, 9],
      ['10.197.44.201', 'HLW', 5, 5, 0, 11, 18],
    ]);
  });

  it('takes the VPN from the echoed command when the statistics are cut', () => {
    const r = parsePing(loss.split('\n').slice(0, 5).join('\n'));
    const run = r.value?.pings[0];
    expect([
      run?.vpnInstance,
      run?.fieldLines.vpnInstance,
      run?.transmitted,
      run?.received,
      run?.hasStatistics,
    ]).toEqual(['HLW', 1, 3, 0, false]);
    expect(r.warnings.map((w) => w.code)).toEqual(['truncated', 'derived-statistics']);
  });

  it('reads the Comware 5 layout', () => {
    const text = [
      '  PING 1.1.2.2: 56  data bytes, press CTRL_C to break',
      '    Reply from 1.1.2.2: bytes=56 Sequence=1 ttl=254 time=205 ms',
      '    Request time out',
      '  --- 1.1.2.2 ping statistics ---',
      '    2 packet(s) transmitted',
      '    1 packet(s) received',
      '    50.00% packet loss',
      '    round-trip min/avg/max = 1/41/205 ms',
    ].join('\n');
    const r = parsePing(text);
    expect(r.warnings).toEqual([]);
    const p = r.value?.pings[0];
    expect([
      p?.destination,
      p?.transmitted,
      p?.received,
      p?.lossPercent,
      p?.replies,
      p?.timeouts,
      p?.rtt,
      p?.endLine,
    ]).toEqual(['1.1.2.2', 2, 1, 50, 1, 1, { min: 1, avg: 41, max: 205, stdDev: null }, 8]);
  });

  it('reads the `ping -a` header and counts the timeouts before the first reply (issue: loss under-reported)', () => {
    const text = texts['../__fixtures__/ping__synth-source-a-leading-timeout-no-stats.txt'] ?? '';
    const r = parsePing(text);
    const p = r.value?.pings[0];
    expect(r.value?.pings.length).toBe(1);
    expect([p?.line, p?.source, p?.timeouts, p?.replies, p?.transmitted, p?.lossPercent]).toEqual([
      2,
      '10.197.44.1',
      3,
      2,
      5,
      60,
    ]);
    expect(r.warnings.filter((w) => w.code === 'unrecognised-line')).toEqual([]);
  });

  it('gives a header-less run the timeouts printed before its first reply', () => {
    const r = parsePing(
      [
        'Request time out',
        'Request time out',
        '56 bytes from 10.1.1.2: icmp_seq=2 ttl=253 time=4.020 ms',
        '56 bytes from 10.1.1.2: icmp_seq=3 ttl=253 time=3.334 ms',
      ].join('\n'),
    );
    const p = r.value?.pings[0];
    expect([p?.line, p?.fieldLines.destination, p?.timeouts, p?.replies, p?.lossPercent]).toEqual([
      1, 3, 2, 2, 50,
    ]);
    expect(p?.times).toEqual([4.02, 3.334]);
    expect(r.warnings.map((w) => w.code)).toEqual(['truncated', 'derived-statistics']);
  });

  it('reports timeouts no visible run owns, not counting them in the next run', () => {
    const r = parsePing(
      [
        'Request time out',
        'Ping 1.1.2.2 (1.1.2.2): 56 data bytes, press CTRL_C to break',
        '56 bytes from 1.1.2.2: icmp_seq=0 ttl=254 time=2.137 ms',
        '--- Ping statistics for 1.1.2.2 ---',
        '1 packet(s) transmitted, 1 packet(s) received, 0.0% packet loss',
      ].join('\n'),
    );
    expect(r.value?.pings[0]?.timeouts).toBe(0);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['orphan-timeout', 1]]);
  });

  it('reads size, DF and source from the echoed command when no header shows them', () => {
    const r = parsePing(
      [
        '<LB>ping -i Vlan-interface 2 -F -s 1472 -A 10.1.1.1 -c 1 10.1.1.2',
        '--- Ping statistics for 10.1.1.2 ---',
        '1 packet(s) transmitted, 0 packet(s) received, 100.0% packet loss',
      ].join('\n'),
    );
    const p = r.value?.pings[0];
    expect([p?.size, p?.dontFragment, p?.source, p?.fieldLines.size, p?.fieldLines.source]).toEqual(
      [1472, true, '10.1.1.1', 1, 1],
    );
    // No echoed command: not known.
    const bare = parsePing('Ping 1.1.2.2 (1.1.2.2): 56 data bytes\nRequest time out');
    expect(bare.value?.pings[0]?.dontFragment).toBeNull();
  });

  it('reads the upper-case `PING x (y):` header of the H3C IPsec debugging reference', () => {
    const r = parsePing(
      '<Sysname> ping -c 1 10.10.10.2\nPING 10.10.10.2 (10.10.10.2): 56 data bytes, press CTRL_C to break',
    );
    expect(r.value?.pings.map((p) => [p.destination, p.size, p.line])).toEqual([
      ['10.10.10.2', 56, 2],
    ]);
  });

  it("keeps the device's own error lines, a too-big one as packet-too-big", () => {
    // BSD ping's wording for a DF packet over the local MTU; no Comware capture shows one.
    const r = parsePing(
      [
        '<LB>ping -f -s 8000 10.1.1.2',
        'Ping 10.1.1.2 (10.1.1.2): 8000 data bytes, press CTRL_C to break',
        'ping: sendto: Message too long',
        '--- Ping statistics for 10.1.1.2 ---',
        '1 packet(s) transmitted, 0 packet(s) received, 100.0% packet loss',
      ].join('\n'),
    );
    expect(r.value?.pings[0]?.sendErrors).toEqual([
      { line: 3, text: 'ping: sendto: Message too long', packetTooBig: true },
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['packet-too-big', 3]]);
    const only = parsePing(
      '<SW>ping -vpn-instance cs1data -A 1 198.19.144.117\nping: connect: Invalid argument',
    );
    expect(only.ok).toBe(false);
    expect(only.errors[0]?.code).toBe('ping-failed');
    expect(only.warnings.map((w) => [w.code, w.line])).toEqual([['ping-error', 2]]);
  });

  it('reads the Comware 5 reply times', () => {
    const r = parsePing(
      'PING 1.1.2.2: 56  data bytes\n  Reply from 1.1.2.2: bytes=56 Sequence=1 ttl=254 time=205 ms',
    );
    expect(r.value?.pings[0]?.times).toEqual([205]);
  });

  it('says empty and wrong-command', () => {
    expect(parsePing('').errors[0]?.code).toBe('empty-input');
    expect(parsePing('\n  \n<LB>\n').errors[0]?.code).toBe('empty-input');
    const r = parsePing('Server farm: sf\n  Predictor: Round robin\n');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe('wrong-command');
    expect(r.errors[0]?.message).toContain('ping');
  });
});

describeNeverThrows(
  'parsePing',
  parsePing,
  fixtures.map((f) => f.text),
  [
    'a'.repeat(1_000_000),
    `Ping ${'1'.repeat(1_000_000)}`,
    `PING ${':'.repeat(1_000_000)}`,
    `${'5'.repeat(1_000_000)} bytes from`,
    `round-trip min/avg/max = ${'1.'.repeat(500_000)}`,
  ],
);
