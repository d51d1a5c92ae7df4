import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossless, truncate } from '../../shared/testing/mangle';
import { parseSession } from '../parse-session';
import type { SessionTableData } from '../session-types';
import { json, mutateLines, pairFixtures, remapLines } from '../../shared/testing/fixture-harness';
import { fixture } from '../../detect/__tests__/fixture-table';

const fixtures = pairFixtures(
  import.meta.glob('../__fixtures__/*.txt', { query: '?raw', import: 'default', eager: true }),
  import.meta.glob('../__fixtures__/*.expected.json', { import: 'default', eager: true }),
);
const withValue = fixtures.filter((f) => f.expected !== undefined);
const COMMAND = 'display session table ipv4 verbose';

/** Warnings each fixture really deserves: lines whose text cannot be read as printed. */
const expectedWarnings: Record<string, Array<{ code: string; line: number }>> = {
  // OCR copy: `-1-/-` is not a VPN/VLAN/VLL triple, and the byte counters say `packets`.
  'nat-session-verbose__cw7-2014-vll-id-interface-in-out-ocr__h3c-lab-guide.txt': [
    { code: 'unreadable-value', line: 12 },
    { code: 'unreadable-value', line: 19 },
    { code: 'unreadable-value', line: 20 },
  ],
};

/** Fixtures that are not the verbose command at all. */
const expectedErrors: Record<string, string> = {
  'session-table-ipv4-brief__doc-slot1-initiator-only__h3c-cn-cmdref.txt': 'wrong-command',
};

describe('parseSession on real fixtures', () => {
  it('has an expectation for every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const f of fixtures)
      expect(f.expected !== undefined || f.name in expectedErrors, f.name).toBe(true);
  });

  for (const f of withValue) {
    it(`reads ${f.name}`, () => {
      const r = parseSession(f.text);
      expect(r.errors).toEqual([]);
      expect(r.ok).toBe(true);
      expect(json(r)).toEqual(f.expected);
      expect(r.warnings.map((w) => ({ code: w.code, line: w.line }))).toEqual(
        expectedWarnings[f.name] ?? [],
      );
    });
  }

  for (const [name, code] of Object.entries(expectedErrors)) {
    it(`rejects ${name} with ${code}`, () => {
      const f = fixtures.find((x) => x.name === name);
      expect(f).toBeDefined();
      const r = parseSession(f?.text ?? '');
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.code)).toEqual([code]);
      expect(r.errors[0]?.message).toMatch(/verbose/);
    });
  }
});

describe('parseSession on mangled pastes', () => {
  for (const f of withValue) {
    for (const m of lossless(f.text, COMMAND)) {
      it(`${m.name}: ${f.name}`, () => {
        const r = parseSession(m.text);
        expect(r.ok).toBe(true);
        expect(json(r)).toEqual(remapLines(f.expected, m.mapLine));
        const want = (expectedWarnings[f.name] ?? []).map((w) => ({
          code: w.code,
          line: m.mapLine(w.line),
        }));
        expect(r.warnings.map((w) => ({ code: w.code, line: w.line }))).toEqual(want);
      });
    }
  }

  for (const name of Object.keys(expectedErrors)) {
    it(`mangled wrong-command stays wrong-command: ${name}`, () => {
      const f = fixtures.find((x) => x.name === name);
      for (const m of lossless(f?.text ?? '', 'display session table ipv4')) {
        expect(
          parseSession(m.text).errors.map((e) => e.code),
          m.name,
        ).toEqual([expectedErrors[name]]);
      }
    });
  }

  for (const f of withValue) {
    it(`truncated at every line keeps the sessions printed before the cut: ${f.name}`, () => {
      const full = f.expected as SessionTableData;
      const n = f.text.split('\n').length;
      for (let keep = 0; keep <= n; keep++) {
        const r = parseSession(truncate(f.text, keep).text);
        const done = full.sessions.filter((s) => s.endLine <= keep);
        const got = (json(r) as SessionTableData | null)?.sessions ?? [];
        for (const s of done) expect(got, `keep ${keep}`).toContainEqual(s);
        // A cut inside a session keeps it, flagged, with a truncated warning at the last line.
        const cut = full.sessions.find((s) => s.line <= keep && s.endLine > keep);
        if (cut && r.value) {
          const partial = r.value.sessions.find((s) => s.line === cut.line);
          expect(partial?.complete, `keep ${keep}`).toBe(false);
          expect(
            r.warnings.some((w) => w.code === 'truncated'),
            `keep ${keep}`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('parseSession edge cases', () => {
  it('empty pastes', () => {
    for (const t of ['', '\n\n', '   \n\t\n']) {
      const r = parseSession(t);
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.code)).toEqual(['empty-input']);
    }
  });

  it('an echoed session command with no output means no session matched', () => {
    const r = parseSession(
      '<L5030>display session table ipv4 destination-ip 10.0.0.9 verbose\n<L5030>',
    );
    expect(r.ok).toBe(true);
    expect(r.value?.sessions).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['no-output', 1]]);
  });

  it('another command is wrong-command', () => {
    const reth =
      'Reth1 :\n  Redundancy group  : aa\n  Member  Physical status  Forwarding status  Presence status\n  GE1/0/1  UP  Active  Normal';
    const ping =
      'Ping 10.0.0.1 (10.0.0.1): 56 data bytes, press CTRL+C to break\nRequest time out\n';
    for (const t of [reth, ping]) {
      const r = parseSession(t);
      expect(r.ok).toBe(false);
      expect(r.value).toBeNull();
      expect(r.errors[0]?.code).toBe('wrong-command');
      expect(r.errors[0]?.message).toMatch(/display session table/);
    }
  });

  it('no session at all is a valid, empty answer', () => {
    const r = parseSession('Slot 1:\nTotal sessions found: 0\n');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ sessions: [], totalFound: 0 });
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['a zero count alone', 'Total sessions found: 0', 0],
    ['a slot header, then the next prompt', 'Slot 1:\n<LB>', null],
    [
      'slot headers of a multi-CPU board, echoed',
      '<LB>display session table ipv4 verbose\nCPU 0 on slot 1:\nCPU 1 on slot 1:\n<LB>',
      null,
    ],
    [
      'the echo, a slot header and a zero count',
      '[LB]dis session table ipv4 destination-ip 10.0.0.9 verbose\nSlot 1:\nTotal sessions found: 0\n[LB]',
      0,
    ],
  ])('a paste that says there is no session: %s', (_name, text, total) => {
    const r = parseSession(text);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ sessions: [], totalFound: total });
  });

  it('a slot header with nothing after it may be a cut copy: an error, not "no session"', () => {
    const r = parseSession(
      '<LB>display session table ipv4 destination-ip 10.0.0.9 verbose\nSlot 1:\n',
    );
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['no-total', 2]]);
  });

  it('a count of sessions the paste does not hold is an error, not an empty answer', () => {
    const r = parseSession(
      '<LB>display session table ipv4 destination-ip 10.0.0.9 verbose\nSlot 1:\nTotal sessions found: 2\n',
    );
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['sessions-missing', 3]]);
    expect(r.errors[0]?.message).toMatch(/reported 2 session/);
  });

  it('no session and lines not understood is an error (a block that lost its Initiator line)', () => {
    const r = parseSession(
      [
        'Slot 1:',
        '  Source      IP/port: 10.0.0.1/1000',
        '  Destination IP/port: 10.0.0.2/443',
        'Total sessions found: 0',
      ].join('\n'),
    );
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['no-sessions']);
    expect(r.errors[0]?.message).toMatch(/2 line\(s\) were not understood/);
  });

  it('display real-server statistics (a Slot header, then none of ours) is not an empty answer', () => {
    const r = parseSession(
      fixture('real-server-statistics__tsg-lb-slot-header-truncated__ynu-js.txt'),
    );
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['no-sessions']);
  });

  const one = (header: string, vpn: string) =>
    [
      header,
      'Initiator:',
      '  Source      IP/port: 10.0.0.1/1000',
      '  Destination IP/port: 10.0.0.2/443',
      vpn,
      '  Protocol: TCP(6)',
      '  Inbound interface: InLoopBack0',
      'Responder:',
      '  Source      IP/port: 10.0.0.2/443',
      '  Destination IP/port: 10.0.0.1/1000',
      vpn,
      '  Protocol: TCP(6)',
      '  Inbound interface: Route-Aggregation1.10',
      'State: TCP_ESTABLISHED',
      'Application: HTTPS',
      'Start time: 2024-01-01 00:00:00  TTL: -',
      'Initiator->Responder:         3 packets        180 bytes',
      'Responder->Initiator:         2 packets        120 bytes',
      'Total sessions found: 1',
    ].join('\n');

  it('reads the CPU-on-slot header and the plain VPN instance label', () => {
    const r = parseSession(one('CPU 0 on slot 1:', '  VPN instance: HLW'));
    expect(r.warnings).toEqual([]);
    const s = r.value?.sessions[0];
    expect(s?.slot).toBe('1');
    expect(s?.cpu).toBe('0');
    expect(s?.fieldLines.slot).toBe(1);
    expect(s?.initiator.vpnInstance).toBe('HLW');
    expect(s?.responder.inboundInterface).toBe('Route-Aggregation1.10');
    expect(s?.ttlSeconds).toBeNull();
    expect(s?.responderToInitiator).toEqual({ packets: 2, bytes: 120 });
  });

  it('reads an L2 session VLAN and an Inline ID', () => {
    const r = parseSession(one('Slot 2:', '  VPN instance/VLAN ID/Inline ID: -/1973/5'));
    const s = r.value?.sessions[0];
    expect(r.warnings).toEqual([]);
    expect(s?.slot).toBe('2');
    expect(s?.initiator.vpnInstance).toBeNull();
    expect(s?.initiator.vlanId).toBe(1973);
    expect(s?.initiator.inlineId).toBe(5);
  });

  it('warns about unknown lines and a total that does not match', () => {
    const text = one('Slot 1:', '  VPN instance: HLW')
      .replace('State:', 'Weird line here\nState:')
      .replace('found: 1', 'found: 3');
    const r = parseSession(text);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['unrecognised-line', 14],
      ['count-mismatch', null],
    ]);
  });

  it('an Initiator block with no Responder among verbose ones is flagged incomplete', () => {
    const text = one('Slot 1:', '  VPN instance: A').replace(
      'Total sessions found: 1',
      'Initiator:\n  Source      IP/port: 10.0.0.9/1\nTotal sessions found: 2',
    );
    const r = parseSession(text);
    expect(r.ok).toBe(true);
    expect(r.value?.sessions.map((s) => s.complete)).toEqual([true, false]);
    expect(r.warnings.map((w) => w.code)).toEqual(['incomplete-session']);
  });
});

describe('parseSession properties', () => {
  const opts = { numRuns: 200 };
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const r = parseSession(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      opts,
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        parseSession(s);
      }),
      opts,
    );
  });

  it('never throws on line-level mutations of the fixtures', () => {
    const texts = fixtures.map((f) => f.text);
    const op = fc.record({
      kind: fc.nat(3),
      at: fc.nat(1000),
      junk: fc.oneof(
        fc.string(),
        fc.constantFrom(
          'Initiator:',
          'Responder:',
          'State:',
          'Slot 1:',
          'Total sessions found: x',
          'Responder->Initiator: 1 packets',
        ),
      ),
    });
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(op, { maxLength: 12 }), (t, ops) => {
        const r = parseSession(mutateLines(t, ops));
        for (const w of r.warnings) expect(w.line === null || w.line >= 1).toBe(true);
      }),
      opts,
    );
  });

  it('handles one 1 MB line quickly', () => {
    for (const line of [
      'x'.repeat(1_000_000),
      `State: ${'a '.repeat(500_000)}`,
      `Initiator->Responder: ${'1 '.repeat(500_000)}packets`,
    ]) {
      const t0 = performance.now();
      const r = parseSession(`Initiator:\n${line}\n`);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(typeof r.ok).toBe('boolean');
    }
  });
});
