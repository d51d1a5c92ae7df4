/**
 * No parser answers `ok` with an empty list for a paste that does not say "none": the engine
 * reads `value` (even of a failed parse) and the rules would take an empty list for "no farm /
 * no aggregation / no Reth". Only the session parser has a "none" answer, and only for a paste
 * made of slot headers and a zero count (or an echo with no output at all).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseServerFarm } from '../server-farm/parse-server-farm';
import { parsePing } from '../ping/parse-ping';
import { parseSession } from '../session/parse-session';
import { parseReth } from '../reth/parse-reth';
import { parseRedundancyGroup } from '../reth/parse-redundancy-group';
import { parseLinkAggregation } from '../link-aggregation/parse-link-aggregation';
import { parseInterfaceConfig } from '../interface-config/parse-interface-config';
import { normalise } from '../shared/normalise';
import type { ParseResult } from '../shared/parse-result';

const fixtures = Object.entries(
  import.meta.glob('../detect/__fixtures__/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
);

type Lists = (v: unknown) => unknown[] | undefined;
const list =
  (key: string): Lists =>
  (v) =>
    (v as Record<string, unknown[]> | null)?.[key];
const parsers: [string, (t: string) => ParseResult<unknown>, Lists][] = [
  ['server-farm', parseServerFarm, list('farms')],
  ['ping', parsePing, list('pings')],
  ['session', parseSession, list('sessions')],
  ['reth', parseReth, list('reths')],
  ['redundancy-group', parseRedundancyGroup, list('groups')],
  ['link-aggregation', parseLinkAggregation, list('groups')],
  ['interface-config', parseInterfaceConfig, list('interfaces')],
];

const NONE_LINE = /^(?:Slot \d+|CPU \d+ on slot \d+):$|^Total sessions found: 0$/i;
/** The paste says there is no session: every output line is a slot header or a zero count. */
function saysNoSession(text: string): boolean {
  return normalise(text).lines.every((l) => l.text.trim() === '' || NONE_LINE.test(l.text.trim()));
}

function check(
  name: string,
  parse: (t: string) => ParseResult<unknown>,
  items: Lists,
  text: string,
) {
  const r = parse(text);
  const got = items(r.value);
  if (r.value !== null) expect(Array.isArray(got), `${name}: value without its list`).toBe(true);
  if (got === undefined || got.length > 0) return;
  // An empty list: only the session parser may give one, and only as an ok "none" answer.
  expect(name, 'only the session parser answers "none"').toBe('session');
  expect(r.ok).toBe(true);
  expect(saysNoSession(text), JSON.stringify(text.slice(0, 200))).toBe(true);
}

describe('no parser gives an empty list for a paste that does not say "none"', () => {
  for (const [name, parse, items] of parsers) {
    it(`${name}: every fixture, cut at every line`, () => {
      for (const [, text] of fixtures) {
        const lines = text.split('\n');
        for (let k = 1; k <= lines.length; k++)
          check(name, parse, items, lines.slice(0, k).join('\n'));
      }
    });
    it(`${name}: fixture lines shuffled with junk`, () => {
      const pool = fixtures.flatMap(([, t]) => t.split('\n'));
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 40 })), {
            maxLength: 12,
          }),
          (ls) => check(name, parse, items, ls.join('\n')),
        ),
        { numRuns: 300 },
      );
    });
  }

  it('the session parser\'s "none" answers', () => {
    for (const text of [
      'Total sessions found: 0',
      'Slot 1:\nTotal sessions found: 0',
      '<LB>display session table ipv4 verbose\n<LB>',
    ]) {
      const r = parseSession(text);
      expect(r.ok).toBe(true);
      expect(r.value?.sessions).toEqual([]);
    }
  });
});

describe("each parser's rule for a paste with nothing to use (see their header comments)", () => {
  const refused = (r: ParseResult<unknown>, code: string) => {
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual([code]);
  };
  it('ping: an echoed ping with an error and no run', () => {
    // The device refused to send: the error names that (the ping parser's `ping-failed`).
    refused(
      parsePing('<LB>ping -vpn-instance HLW 10.0.0.1\nping: connect: Invalid argument\n<LB>'),
      'ping-failed',
    );
  });
  it('reth: a Redundancy group line with no Reth; a Reth cut before its members is kept', () => {
    refused(parseReth('  Redundancy group  : aa\n'), 'wrong-command');
    const r = parseReth('<LB>display reth interface reth 1\nReth1 :\n');
    expect(r.value?.reths.map((x) => [x.name, x.members.length])).toEqual([['Reth1', 0]]);
    expect(r.warnings.map((w) => w.code)).toEqual(['truncated']);
  });
  it('redundancy group: node lines without the group header', () => {
    refused(
      parseRedundancyGroup('Node ID  Slot  Priority  Status  Track weight\n'),
      'wrong-command',
    );
  });
  it('interface configuration: configuration with no interface block; an empty block is kept', () => {
    refused(parseInterfaceConfig('#\nvlan 10\n#\nreturn\n'), 'no-interface');
    const r = parseInterfaceConfig(
      '<SW>display current-configuration interface Bridge-Aggregation33\n#\ninterface Bridge-Aggregation33\n#\nreturn\n',
    );
    expect(r.ok).toBe(true);
    expect(r.value?.interfaces.map((i) => i.name)).toEqual(['Bridge-Aggregation33']);
  });
});
