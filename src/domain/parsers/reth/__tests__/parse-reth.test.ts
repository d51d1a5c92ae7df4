import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../shared/parse-result';
import { lossless, truncate } from '../../shared/testing/mangle';
import { parseRedundancyGroup } from '../parse-redundancy-group';
import { parseReth } from '../parse-reth';
import type { RedundancyGroupData, RethTableData } from '../reth-types';
import { json, mutateLines, pairFixtures, remapLines } from '../../shared/testing/fixture-harness';

const fixtures = pairFixtures(
  import.meta.glob('../__fixtures__/*.txt', { query: '?raw', import: 'default', eager: true }),
  import.meta.glob('../__fixtures__/*.expected.json', { import: 'default', eager: true }),
);

/** Which parser and which echoed command each fixture belongs to. */
function route(name: string): { parse: (t: string) => ParseResult<unknown>; command: string } {
  if (name.startsWith('redundancy-group'))
    return { parse: parseRedundancyGroup, command: 'display redundancy group aaa' };
  if (name.startsWith('reth-interface'))
    return { parse: parseReth, command: 'display reth interface reth 1' };
  return { parse: parseReth, command: 'display current-configuration interface Reth2' };
}

/** `display interface reth N` has no member list: the Reth step must ask for another command. */
const expectedErrors: Record<string, string> = {
  'interface-reth__doc-detail-and-brief__h3c-cn-cmdref.txt': 'wrong-command',
};

const withValue = fixtures.filter((f) => f.expected !== undefined);

describe('Reth parsers on real fixtures', () => {
  it('has an expectation for every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
    for (const f of fixtures)
      expect(f.expected !== undefined || f.name in expectedErrors, f.name).toBe(true);
  });

  for (const f of withValue) {
    it(`reads ${f.name}`, () => {
      const r = route(f.name).parse(f.text);
      expect(r.errors).toEqual([]);
      expect(r.ok).toBe(true);
      expect(json(r)).toEqual(f.expected);
      expect(r.warnings).toEqual([]);
    });
  }

  for (const [name, code] of Object.entries(expectedErrors)) {
    it(`rejects ${name} with ${code}, naming what it is`, () => {
      const f = fixtures.find((x) => x.name === name);
      const r = parseReth(f?.text ?? '');
      expect(r.ok).toBe(false);
      expect(r.value).toBeNull();
      expect(r.errors.map((e) => e.code)).toEqual([code]);
      expect(r.errors[0]?.message).toMatch(/display interface reth/);
      for (const m of lossless(f?.text ?? '', 'display interface reth 1'))
        expect(
          parseReth(m.text).errors.map((e) => e.code),
          m.name,
        ).toEqual([code]);
    });
  }

  it('each parser rejects the other outputs as wrong-command', () => {
    for (const f of fixtures) {
      const own = route(f.name).parse;
      for (const p of [parseReth, parseRedundancyGroup] as Array<
        (t: string) => ParseResult<unknown>
      >) {
        if (p === own) continue;
        const r = p(f.text);
        expect(r.ok, f.name).toBe(false);
        expect(r.errors[0]?.code, f.name).toBe('wrong-command');
      }
    }
  });
});

describe('Reth parsers on mangled pastes', () => {
  for (const f of withValue) {
    const { parse, command } = route(f.name);
    for (const m of lossless(f.text, command)) {
      it(`${m.name}: ${f.name}`, () => {
        const r = parse(m.text);
        expect(r.ok).toBe(true);
        expect(r.warnings).toEqual([]);
        expect(json(r)).toEqual(remapLines(f.expected, m.mapLine));
      });
    }
  }

  const rethFixtures = withValue.filter((f) => !f.name.startsWith('redundancy-group'));
  for (const f of rethFixtures) {
    it(`truncated at every line keeps the members printed before the cut: ${f.name}`, () => {
      const full = f.expected as RethTableData;
      const n = f.text.split('\n').length;
      for (let keep = 0; keep <= n; keep++) {
        const r = parseReth(truncate(f.text, keep).text);
        const got = r.value?.reths.flatMap((x) => x.members) ?? [];
        for (const m of full.reths.flatMap((x) => x.members).filter((x) => x.line <= keep))
          expect(got, `keep ${keep}`).toContainEqual(m);
        // A display cut before the member table says so.
        const cutBeforeTable = full.reths.some(
          (x) => x.source === 'display' && x.line <= keep && (x.fieldLines.members ?? 0) > keep,
        );
        if (cutBeforeTable)
          expect(
            r.warnings.map((w) => w.code),
            `keep ${keep}`,
          ).toContain('truncated');
      }
    });
  }

  for (const f of withValue.filter((x) => x.name.startsWith('redundancy-group'))) {
    it(`truncated at every line keeps the rows printed before the cut: ${f.name}`, () => {
      const full = f.expected as RedundancyGroupData;
      const n = f.text.split('\n').length;
      for (let keep = 0; keep <= n; keep++) {
        const r = parseRedundancyGroup(truncate(f.text, keep).text);
        const nodes = r.value?.groups.flatMap((g) => g.nodes) ?? [];
        for (const node of full.groups.flatMap((g) => g.nodes)) {
          if (node.line <= keep) {
            const got = nodes.find((x) => x.nodeId === node.nodeId);
            expect(got && [got.priority, got.status, got.trackWeight], `keep ${keep}`).toEqual([
              node.priority,
              node.status,
              node.trackWeight,
            ]);
          }
          const got = nodes.find((x) => x.nodeId === node.nodeId);
          for (const m of node.members.filter((x) => x.line <= keep))
            expect(got?.members, `keep ${keep}`).toContainEqual(m);
          for (const t of node.tracks.filter((x) => x.line <= keep))
            expect(got?.tracks, `keep ${keep}`).toContainEqual(t);
        }
      }
    });
  }
});

describe('parseReth edge cases', () => {
  it('empty pastes', () => {
    for (const t of ['', '\n', '  \n\t', '<LB>display reth interface reth 1\n<LB>']) {
      expect(parseReth(t).errors.map((e) => e.code)).toEqual(['empty-input']);
      expect(parseRedundancyGroup(t).errors.map((e) => e.code)).toEqual(['empty-input']);
    }
  });

  it('a session table is wrong-command for both', () => {
    const t = 'Initiator:\n  Source      IP/port: 10.0.0.1/1\nTotal sessions found: 1';
    expect(parseReth(t).errors[0]?.code).toBe('wrong-command');
    expect(parseRedundancyGroup(t).errors[0]?.code).toBe('wrong-command');
  });

  it('reads a full configuration: other interfaces skipped, group membership and N/A handled', () => {
    const t = [
      '#',
      'interface Route-Aggregation1.1973',
      ' vlan-type dot1q vid 1973',
      ' member interface XGE1/1/1 priority 7',
      '#',
      'interface Reth2',
      ' member interface Route-Aggregation1.1973 priority 100',
      ' member interface GigabitEthernet1/0/2',
      '#',
      'redundancy group rg1',
      ' member interface reth 2',
      ' node 1',
      '  bind slot 1',
      '  priority 100',
      '#',
      'return',
    ].join('\n');
    const r = parseReth(t);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.value?.reths).toHaveLength(1);
    const reth = r.value?.reths[0];
    expect(reth?.members.map((m) => [m.interface, m.priority])).toEqual([
      ['Route-Aggregation1.1973', 100],
      ['GigabitEthernet1/0/2', null],
    ]);
    expect(reth?.redundancyGroup).toBe('rg1');
    expect(reth?.fieldLines.redundancyGroup).toBe(11);
  });

  it('keeps unknown statuses verbatim with a warning, and N/A group as null', () => {
    const t =
      'Reth3 :\n  Redundancy group  : N/A\n  Member   Physical status   Forwarding status   Presence status\n  GE1/0/1  DOWN(redundancy down)  Standby  Absent\n  garbage row';
    const r = parseReth(t);
    expect(r.ok).toBe(true);
    const m = r.value?.reths[0]?.members[0];
    expect(r.value?.reths[0]?.redundancyGroup).toBeNull();
    expect([m?.physicalStatus, m?.forwardingStatus, m?.presenceStatus]).toEqual([
      'DOWN(redundancy down)',
      'Standby',
      'Absent',
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['unknown-value', 4],
      ['unrecognised-line', 5],
    ]);
  });
});

describe('Reth parsers properties', () => {
  const opts = { numRuns: 200 };
  const parsers = [parseReth, parseRedundancyGroup] as Array<(t: string) => ParseResult<unknown>>;
  it('never throw on arbitrary strings and unicode', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 })),
        (s) => {
          for (const p of parsers) expect(typeof p(s).ok).toBe('boolean');
        },
      ),
      opts,
    );
  });

  it('never throw on line-level mutations of the fixtures', () => {
    const texts = fixtures.map((f) => f.text);
    const junk = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Reth1 :',
        'interface Reth1',
        'Node 1:',
        'Track info:',
        'Node member  Physical status',
        '#',
        'Redundancy group x (ID 2):',
      ),
    );
    const op = fc.record({ kind: fc.nat(3), at: fc.nat(1000), junk });
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(op, { maxLength: 12 }), (t, ops) => {
        const m = mutateLines(t, ops);
        for (const p of parsers) {
          const r = p(m);
          for (const w of r.warnings) expect(w.line === null || w.line >= 1).toBe(true);
        }
      }),
      opts,
    );
  });

  it('handle one 1 MB line quickly', () => {
    // Long runs of spaces or dashes are left out: normalise()'s trailing-space and pager regexes are
    // quadratic on them (reported; not this parser's code).
    const lines = [
      'x'.repeat(1_000_000),
      `member interface ${'a '.repeat(500_000)}`,
      `Redundancy group ${'(ID '.repeat(250_000)}:`,
      `Reth1 ${'x'.repeat(1_000_000)} :`,
    ];
    for (const line of lines) {
      for (const p of parsers) {
        const t0 = performance.now();
        p(
          `interface Reth1\n${line}\nReth1 :\n Member Physical status\n${line}\nRedundancy group a (ID 1):\nNode 1:\nNode member\n${line}`,
        );
        expect(performance.now() - t0).toBeLessThan(1000);
      }
    }
  });
});
