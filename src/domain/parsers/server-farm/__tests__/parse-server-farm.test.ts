import { describe, expect, it } from 'vitest';
import { parseServerFarm, type ServerFarmParsed } from '../parse-server-farm';
import { lossless, truncate, type Mangled } from '../../shared/testing/mangle';
import { describeNeverThrows, remapLines } from '../../shared/testing/fixture-harness';
import { fixture, withoutPrompts } from '../../detect/__tests__/fixture-table';

const texts = import.meta.glob('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const expected = import.meta.glob('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
}) as Record<string, unknown>;

const WRONG = 'real-server-statistics__tsg-lb-slot-header-truncated__ynu-js.txt';
// Warnings each fixture must give (line numbers of the paste), and nothing else.
const expectedWarnings: Record<string, Array<[string, number]>> = {
  'server-farm__tsg-lb-multi-farm-proximity-probe__ynu-js.txt': [['truncated', 47]],
  'real-server__tsg-lb-all-detail-truncated__ynu-js.txt': [['truncated', 47]],
};

const fixtures = Object.entries(texts)
  .map(([path, text]) => ({ name: path.replace('../__fixtures__/', ''), text }))
  .filter((f) => f.name !== WRONG);

function echoed(text: string): string {
  // `<TSG-LB>display real-server brief` → `display real-server brief`
  const m = /^\s*[<[][^>\]]+[>\]]\s*(dis\S*.*)$/m.exec(text);
  return m?.[1]?.trim() ?? 'display server-farm';
}

/** Moves every cited line number through a mangle's line map. */

describe('parseServerFarm on real fixtures', () => {
  it('has an expected value for every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    for (const f of fixtures)
      expect(
        expected[`../__fixtures__/${f.name.replace(/\.txt$/, '.expected.json')}`],
        f.name,
      ).toBeDefined();
  });

  for (const f of fixtures) {
    it(`reads ${f.name}`, () => {
      const r = parseServerFarm(f.text);
      expect(r.ok).toBe(true);
      expect(r.errors).toEqual([]);
      expect(r.value).toEqual(
        expected[`../__fixtures__/${f.name.replace(/\.txt$/, '.expected.json')}`],
      );
      expect(r.warnings.map((w) => [w.code, w.line])).toEqual(expectedWarnings[f.name] ?? []);
    });

    it(`gives the same values for every lossless mangle of ${f.name}`, () => {
      const base = parseServerFarm(f.text);
      for (const m of lossless(f.text, echoed(f.text)) as Mangled[]) {
        const r = parseServerFarm(m.text);
        expect(r.value, m.name).toEqual(remapLines(base.value, m.mapLine));
        expect(
          r.warnings.map((w) => [w.code, w.line]),
          m.name,
        ).toEqual(base.warnings.map((w) => [w.code, w.line === null ? null : m.mapLine(w.line)]));
      }
    });

    it(`keeps every record printed before a cut in ${f.name}`, () => {
      const full = parseServerFarm(f.text).value as ServerFarmParsed;
      const lineCount = f.text.replace(/\n$/, '').split('\n').length;
      const servers = full.farms.flatMap((farm) => farm.realServers);
      // A farm header starts a record; a farm made from real-server blocks cites a field inside them.
      const farmHeads = full.farms
        .filter((x) => x.line < (x.realServers[0]?.line ?? Infinity))
        .map((x) => x.line);
      const starts = [...servers.map((s) => s.line), ...farmHeads].sort((a, b) => a - b);
      const endOf = (line: number) => (starts.find((s) => s > line) ?? lineCount + 1) - 1;
      for (let k = 1; k <= lineCount; k++) {
        const r = parseServerFarm(truncate(f.text, k).text);
        const got = r.value?.farms.flatMap((farm) => farm.realServers) ?? [];
        for (const s of servers) {
          if (endOf(s.line) > k) continue;
          const same = got.find((g) => g.line === s.line);
          expect(
            same && [same.name, same.state, same.address, same.port, same.serverFarm],
            `${s.name} cut at ${k}`,
          ).toEqual([s.name, s.state, s.address, s.port, s.serverFarm]);
        }
      }
    });
  }
});

describe('parseServerFarm on other pastes', () => {
  it('says empty for nothing, blanks or a bare prompt', () => {
    for (const t of ['', '\n\n  \n', '<LB-01>\n']) {
      const r = parseServerFarm(t);
      expect(r.ok).toBe(false);
      expect(r.errors[0]?.code).toBe('empty-input');
    }
  });

  it('rejects display real-server statistics as another command', () => {
    const r = parseServerFarm(texts[`../__fixtures__/${WRONG}`] ?? '');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe('wrong-command');
    expect(r.errors[0]?.message).toMatch(/statistics/);
  });

  it('rejects statistics without the echoed command too', () => {
    const text = (texts[`../__fixtures__/${WRONG}`] ?? '').split('\n').slice(1).join('\n');
    expect(parseServerFarm(text).errors[0]?.code).toBe('wrong-command');
  });

  it('rejects a ping and a link-aggregation paste', () => {
    const ping =
      'Ping 10.0.0.1 (10.0.0.1): 56 data bytes, press CTRL_C to break\nRequest time out\n';
    const lag = 'Aggregate Interface: Route-Aggregation1\nAggregation Mode: Dynamic\n';
    for (const t of [ping, lag]) {
      const r = parseServerFarm(t);
      expect(r.errors[0]?.code).toBe('wrong-command');
      expect(r.errors[0]?.message).toContain('display server-farm');
    }
  });

  it('keeps an unknown state verbatim and warns', () => {
    const text = [
      'Real server      Address              Port  State          Server farm',
      'rs1              10.0.0.1             80    Draining       sf',
    ].join('\n');
    const r = parseServerFarm(text);
    expect(r.value?.farms[0]?.realServers[0]?.state).toBe('Draining');
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['unknown-value', 2]]);
  });

  it('reads a probe table with a two-word state and a farm filtered by name has no totals', () => {
    const text = [
      '<LB>display real-server name rs9',
      'Real server: rs9',
      '  State: Probe-failed',
      '  IPv4 address: 10.0.0.9',
      '  Port: 443',
      '  Server farm: sf9',
      '  Probe information:',
      '    Probe success criteria: All',
      '    Probe method      State',
      '    t1                In progress',
      '    t2                Failed',
    ].join('\n');
    const farm = parseServerFarm(text).value?.farms[0];
    expect(farm?.totalRealServers).toBeNull();
    expect(farm?.realServers[0]?.probes).toEqual([
      { method: 't1', state: 'In progress', line: 10 },
      { method: 't2', state: 'Failed', line: 11 },
    ]);
  });

  it('counts totals for a complete display real-server listing', () => {
    const text = [
      '<LB>display real-server',
      'Real server: a',
      '  State: Active',
      '  Server farm: sf',
      '  Probe information:',
      '    Probe success criteria: All',
      '    Probe method      State',
      'Real server: b',
      '  State: Probe-failed',
      '  Server farm: sf',
      '  Probe information:',
      '    Probe success criteria: All',
      '    Probe method      State',
      '    t1                Failed',
    ].join('\n');
    const farm = parseServerFarm(text).value?.farms[0];
    expect([farm?.totalRealServers, farm?.activeRealServers]).toEqual([2, 1]);
  });
});

describe('outputs that name a farm without its state are not farms', () => {
  const ACTION_REAL = 'loadbalance-action__tsg-lb-generic-server-farm-in-use__ynu-js.txt';
  const ACTION_DOC =
    'loadbalance-action__doc-drop-and-http-server-farm-in-use-headers__h3c-cn-cmdref.txt';
  const VS_REAL = 'virtual-server__tsg-lb-tcp-ip-types__ynu-js.txt';
  const refused = (text: string, command: string, line: number) => {
    const r = parseServerFarm(text);
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['wrong-command', line]]);
    expect(r.errors[0]?.message).toContain(`This looks like ${command}`);
  };

  it.each([ACTION_REAL, ACTION_DOC])(
    '%s: display loadbalance action, as pasted and cleaned',
    (name) => {
      const text = fixture(name);
      refused(text, 'display loadbalance action', 2);
      // With no prompt, no indentation, or only the blocks' `Server farm: X (in use)` lines.
      refused(withoutPrompts(text), 'display loadbalance action', 1);
      refused(text.replace(/^[ ]+/gm, ''), 'display loadbalance action', 2);
      refused(
        text
          .split('\n')
          .filter((l) => l.includes('(in use)'))
          .join('\n'),
        'display loadbalance action',
        1,
      );
    },
  );

  it('display virtual-server, with or without its `Virtual server:` headers', () => {
    const text = fixture(VS_REAL);
    refused(text, 'display virtual-server', 2);
    const noHeaders = text
      .split('\n')
      .filter((l) => !l.startsWith('Virtual server:') && !l.startsWith('<'))
      .join('\n');
    refused(noHeaders, 'display virtual-server', 8);
  });

  it('an action whose farm is not in use (no suffix) makes no farm either', () => {
    const text = [
      'LB action: lba3',
      '  Type: Generic',
      '  State: Active',
      '  Forward type: Server farm',
      '  Server farm: sf',
      '  Backup server farm: sfb (in use)',
    ].join('\n');
    refused(text, 'display loadbalance action', 1);
  });

  it('an action block pasted after a farm changes nothing in it; a farm header after a blank line is read again', () => {
    const farm = fixture('01-display-server-farm.txt').replace(/\n$/, '');
    const action = withoutPrompts(fixture(ACTION_REAL)).replace(/\n$/, '');
    const alone = parseServerFarm(farm);
    const r = parseServerFarm(`${farm}\n\n${action}\n\n${farm.split('\n').slice(1).join('\n')}`);
    expect(r.value?.farms.map((f) => f.name)).toEqual(['test-01', 'test-01']);
    const [first, second] = r.value?.farms ?? [];
    expect(first).toEqual(alone.value?.farms[0]);
    expect(second?.realServers.map((x) => [x.name, x.state])).toEqual([
      ['test1', 'Probe-failed'],
      ['test2', 'Probe-failed'],
    ]);
    // Every action line is reported, none read.
    expect(r.warnings.filter((w) => w.code === 'unrecognised-line')).toHaveLength(20);
  });

  it('an action block after a real-server block does not give the server its State', () => {
    const text = [
      'Real server: rs1',
      '  State: Probe-failed',
      '  Server farm: sf',
      '  Probe information:',
      '    Probe success criteria: All',
      '    Probe method      State',
      '    t1                Failed',
      'LB action: lba2',
      '  State: Active',
      '  Server farm: sf (in use)',
    ].join('\n');
    const r = parseServerFarm(text);
    expect(r.value?.farms.map((f) => [f.name, f.realServers.map((x) => x.state)])).toEqual([
      ['sf', ['Probe-failed']],
    ]);
  });
});

describeNeverThrows(
  'parseServerFarm',
  parseServerFarm,
  fixtures.map((f) => f.text),
  [
    'a'.repeat(1_000_000),
    `Server farm: ${'x'.repeat(1_000_000)}`,
    `  rs ${'1.'.repeat(500_000)} 80 1 1`,
    `  Probe method: ${'t-'.repeat(500_000)}`,
  ],
);
