import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyState, stepIds, type WizardState } from '../../wizard-state';
import { encodeBase64url, decodeBase64url } from '../base64url';
import { crc32 } from '../crc32';
import { dictionaryV1 } from '../dictionary-v1';
import { shareLimits } from '../limits';
import { assertContiguous, currentVersion, runMigrations, type Migration } from '../migrations';
import {
  decodeState,
  encodeState,
  pack,
  ShareEncodeError,
  type ShareErrorCode,
} from '../share-codec';
import { seedState } from './fixture-states';
import { toWire } from '../wire';
import { dictionaryV1Crc32, v1SeedLink } from './v1-seed-link';

const utf8 = (s: string) => new TextEncoder().encode(s);

const detailArb = fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 200 }));

const stateArb: fc.Arbitrary<WizardState> = fc.record(
  {
    pastes: fc.array(
      fc.record({
        step: fc.constantFrom(...stepIds),
        text: fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ maxLength: 200 }),
        ),
        at: fc.oneof(
          fc.constant(null),
          fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => s * 1000),
        ),
      }),
      { maxLength: 8 },
    ),
    answers: fc.dictionary(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      fc.constantFrom('yes' as const, 'no' as const),
      { maxKeys: 5 },
    ),
    server: fc.oneof(fc.constant(null), fc.ipV4(), fc.ipV6()),
    farm: fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 63 })),
    details: fc
      .record({
        ticket: detailArb,
        engineer: detailArb,
        service: detailArb,
        start: detailArb,
        end: detailArb,
      })
      // A state without details carries none (not five nulls): what the store and the link make.
      .filter((d) => Object.values(d).some((v) => v !== null)),
  },
  { requiredKeys: ['pastes', 'answers', 'server', 'farm'] },
);

function errorCode(payload: string): ShareErrorCode | 'ok' {
  const r = decodeState(payload);
  return r.ok ? 'ok' : r.error.code;
}

/** Flips one bit of the decoded body and re-encodes, keeping the version prefix. */
function flipBit(payload: string, byte: number, bit: number): string {
  const [version, body] = payload.split('.') as [string, string];
  const bytes = decodeBase64url(body)!;
  bytes[byte] = bytes[byte]! ^ (1 << bit);
  return `${version}.${encodeBase64url(bytes)}`;
}

/** A well-formed v1 envelope (right CRC, right dictionary) around arbitrary content. */
function wrapJson(json: string): string {
  return pack(utf8(json));
}

describe('share codec: round trip', () => {
  it('encode → decode is the identity (unicode, lone surrogates, times to the second)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeState(encodeState(state))).toEqual({ ok: true, state, migratedFrom: null });
      }),
      { numRuns: 200 },
    );
  });

  it('encodes the empty state and reads it back', () => {
    const payload = encodeState(emptyState);
    expect(payload).toMatch(new RegExp(`^${currentVersion}\\.[A-Za-z0-9_-]+$`));
    expect(decodeState(payload)).toEqual({ ok: true, state: emptyState, migratedFrom: null });
  });

  it('keeps times to the second (rounded)', () => {
    const state: WizardState = {
      pastes: [
        { step: 'ping', text: 'x', at: 1_687_672_385_499 },
        { step: 'lag', text: 'y', at: 1_687_672_300_501 },
      ],
      answers: {},
      server: null,
      farm: null,
    };
    const back = decodeState(encodeState(state));
    expect(back.ok && back.state.pastes.map((p) => p.at)).toEqual([
      1_687_672_385_000, 1_687_672_301_000,
    ]);
  });

  it('keeps a <script> tag in a paste as plain text', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)>\n"quoted" & \\ back';
    const state: WizardState = {
      pastes: [{ step: 'session', text, at: null }],
      answers: {},
      server: null,
      farm: null,
    };
    const back = decodeState(encodeState(state));
    expect(back.ok && back.state.pastes[0]!.text).toBe(text);
  });

  it('opens the version-1 seed link kept since v1 was defined', () => {
    expect(decodeState(v1SeedLink)).toEqual({ ok: true, state: seedState(), migratedFrom: 1 });
  });

  it('writes that very link for the seed state as version 1, and the same body as the current version (format and dictionary have not drifted)', () => {
    expect(pack(utf8(JSON.stringify(toWire(seedState()))), 1)).toBe(v1SeedLink);
    expect(encodeState(seedState())).toBe(`${currentVersion}.${v1SeedLink.slice(2)}`);
    expect(crc32(utf8(dictionaryV1)).toString(16)).toBe(dictionaryV1Crc32);
  });

  it('carries the chosen farm and the new steps in version 2', () => {
    const state: WizardState = {
      pastes: [
        { step: 'member-interfaces', text: 'x', at: null },
        { step: 'path-mtu', text: 'y', at: null },
      ],
      answers: {},
      server: '10.9.0.13',
      farm: 'pay-farm',
    };
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state, migratedFrom: null });
  });

  it('opens a version-2 link (farm and the steps of version 2) as it was', () => {
    const json =
      '{"t":1687672385,"p":[[6,"x",3],[9,"y"]],"a":{"q":"no"},"s":"10.9.0.13","f":"pay-farm"}';
    expect(decodeState(pack(utf8(json), 2))).toEqual({
      ok: true,
      state: {
        pastes: [
          { step: 'member-interfaces', text: 'x', at: 1_687_672_388_000 },
          { step: 'path-mtu', text: 'y', at: null },
        ],
        answers: { q: 'no' },
        server: '10.9.0.13',
        farm: 'pay-farm',
      },
      migratedFrom: 2,
    });
  });

  it('carries the verify step and the incident details in version 3', () => {
    const state: WizardState = {
      pastes: [
        { step: 'lag', text: 'before', at: 1_687_672_385_000 },
        { step: 'verify', text: 'after', at: 1_687_676_000_000 },
      ],
      answers: {},
      server: null,
      farm: null,
      details: {
        ticket: 'INC-20231',
        engineer: 'Li Wei',
        service: 'HLW portal',
        start: null,
        end: '2023-06-25 15:00 CST',
      },
    };
    const payload = encodeState(state);
    expect(decodeState(payload)).toEqual({ ok: true, state, migratedFrom: null });
  });

  it.each([
    ['the verify step, which version 2 never had', '{"p":[[10,"x"]]}'],
    ['incident details, which version 2 never had', '{"d":{"k":"INC-1"}}'],
  ])('refuses a version-2 link with %s', (_, json) => {
    expect(errorCode(pack(utf8(json), 2))).toBe('invalid-state');
  });

  it.each([
    ['an unknown detail', '{"d":{"x":"1"}}'],
    ['an empty detail', '{"d":{"k":""}}'],
    ['a detail that is not text', '{"d":{"e":5}}'],
    ['a detail too long', `{"d":{"v":"${'a'.repeat(201)}"}}`],
    ['details that are not an object', '{"d":["INC-1"]}'],
    ['a step index past verify', '{"p":[[11,"x"]]}'],
  ])('refuses a version-3 link with %s', (_, json) => {
    expect(errorCode(pack(utf8(json), 3))).toBe('invalid-state');
  });

  it.each([
    ['a step version 1 never had', '{"p":[[6,"x"]]}'],
    ['a farm, which version 1 never had', '{"f":"pay-farm"}'],
  ])('refuses a version-1 link with %s', (_, json) => {
    expect(errorCode(pack(utf8(json), 1))).toBe('invalid-state');
  });

  it('refuses to encode a state no link could carry', () => {
    const many: WizardState = {
      pastes: Array.from({ length: shareLimits.maxPastes + 1 }, () => ({
        step: 'ping' as const,
        text: '',
        at: null,
      })),
      answers: {},
      server: null,
      farm: null,
    };
    expect(() => encodeState(many)).toThrow(ShareEncodeError);
    const badAnswer = {
      pastes: [],
      answers: { __proto__x: 'yes' as const },
      server: null,
      farm: null,
    };
    expect(() => encodeState(badAnswer)).toThrow(/question id/);
  });
});

describe('share codec: decoding never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.base64String().map((s) => `1.${s}`),
          fc.stringMatching(/^1\.[A-Za-z0-9_-]{0,80}$/),
        ),
        (s) => {
          const r = decodeState(s);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on every single-bit flip of a real link', () => {
    const payload = encodeState(seedState());
    const length = decodeBase64url(payload.slice(2))!.length;
    for (let byte = 0; byte < length; byte += 7) {
      expect(errorCode(flipBit(payload, byte, byte % 8))).toBe('corrupt');
    }
  });
});

describe('share codec: damaged links give stable error codes', () => {
  const good = encodeState(seedState());
  const bomb =
    pack(new Uint8Array(0)).slice(0, 2) +
    encodeBase64url(
      new Uint8Array([
        0,
        0,
        0,
        0,
        ...deflateSync(new Uint8Array(shareLimits.maxJsonBytes * 4).fill(32), { level: 9 }),
      ]),
    );

  const cases: [string, string, ShareErrorCode][] = [
    ['empty', '', 'empty'],
    ['truncated to the version only', '1.', 'corrupt'],
    ['truncated after 3 characters of body', good.slice(0, 5), 'corrupt'],
    ['truncated at a quarter', good.slice(0, Math.floor(good.length / 4)), 'corrupt'],
    ['truncated at half', good.slice(0, Math.floor(good.length / 2)), 'corrupt'],
    ['truncated by one character', good.slice(0, -1), 'corrupt'],
    ['truncated by three characters', good.slice(0, -3), 'corrupt'],
    ['bit flipped in the checksum', flipBit(good, 1, 3), 'corrupt'],
    ['bit flipped in the compressed data', flipBit(good, 40, 0), 'corrupt'],
    [
      'bit flipped near the end',
      flipBit(good, decodeBase64url(good.slice(2))!.length - 2, 6),
      'corrupt',
    ],
    ['no version marker', good.slice(2), 'unknown-version'],
    ['version 0 (never existed)', `0.${good.slice(2)}`, 'unknown-version'],
    [
      `version ${currentVersion + 1} (from a newer app)`,
      `${currentVersion + 1}.${good.slice(2)}`,
      'unknown-version',
    ],
    [
      'v1 body compressed without the dictionary',
      `1.${encodeBase64url(new Uint8Array([...new Uint8Array(4), ...deflateSync(utf8('{"p":[[1,"ping -vpn-instance HLW 10.197.44.200"]]}'))]))}`,
      'corrupt',
    ],
    ['oversized payload', `1.${'A'.repeat(shareLimits.maxPayloadChars)}`, 'too-large'],
    ['zip bomb (inflates past the cap)', bomb, 'too-large'],
    ['illegal base64 character (+)', `${good.slice(0, 20)}+${good.slice(21)}`, 'bad-base64'],
    ['base64 padding', `${good}==`, 'bad-base64'],
    ['whitespace inside (chat wrapping)', `${good.slice(0, 30)} ${good.slice(30)}`, 'bad-base64'],
    ['non-ASCII character', `${good.slice(0, 30)}é${good.slice(31)}`, 'bad-base64'],
    [
      'non-UTF-8 bytes',
      pack(new Uint8Array([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      'not-utf8',
    ],
    ['overlong UTF-8', pack(new Uint8Array([0x22, 0xc0, 0xaf, 0x22])), 'not-utf8'],
    ['not JSON', wrapJson('{"p":[[0,"x"]'), 'bad-json'],
    ['JSON with a BOM', pack(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])), 'bad-json'],
    ['JSON of the wrong shape (array)', wrapJson('[1,2,3]'), 'invalid-state'],
    ['unknown field', wrapJson('{"x":1}'), 'invalid-state'],
    ['unknown step index', wrapJson('{"p":[[11,"x"]]}'), 'invalid-state'],
    ['text not a string', wrapJson('{"p":[[0,5]]}'), 'invalid-state'],
    ['time without a base', wrapJson('{"p":[[0,"x",3]]}'), 'invalid-state'],
    ['answer other than yes/no', wrapJson('{"a":{"capture-traffic":"maybe"}}'), 'invalid-state'],
    ['__proto__ as an answer id', wrapJson('{"a":{"__proto__":"yes"}}'), 'invalid-state'],
    [
      'huge paste count',
      wrapJson(`{"p":[${Array.from({ length: 10_000 }, () => '[0,""]').join(',')}]}`),
      'invalid-state',
    ],
    [
      'text over the length cap',
      wrapJson(`{"p":[[0,"${'a'.repeat(shareLimits.maxTextChars + 1)}"]]}`),
      'invalid-state',
    ],
    ['empty server', wrapJson('{"s":""}'), 'invalid-state'],
  ];

  it.each(cases.map(([name, payload, code]) => [name, code, payload] as const))(
    '%s → %s',
    (_name, code, payload) => {
      const r = decodeState(payload);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    },
  );

  it('has at least 20 damaged-link cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
});

describe('share migrations', () => {
  const table: Migration[] = [
    { from: 1, to: 2, migrate: (d) => ({ ...(d as object), two: true }) },
    { from: 2, to: 3, migrate: (d) => ({ ...(d as object), three: true }) },
  ];

  it('accepts a contiguous table and runs it in order', () => {
    expect(() => assertContiguous(table, 1, 3)).not.toThrow();
    expect(runMigrations({ one: true }, 1, 3, table, 1)).toEqual({
      one: true,
      two: true,
      three: true,
    });
    expect(runMigrations({ one: true }, 2, 3, table, 1)).toEqual({ one: true, three: true });
  });

  it('rejects gaps, wrong order and a table that stops short', () => {
    expect(() => assertContiguous([table[1]!, table[0]!], 1, 3)).toThrow(/expected v1→v2/);
    expect(() => assertContiguous([table[0]!], 1, 3)).toThrow(/expected 2 migrations/);
    expect(() =>
      assertContiguous([{ from: 1, to: 3, migrate: (d) => d }, table[1]!], 1, 3),
    ).toThrow();
  });
});

describe('version 3: skipped steps', () => {
  it('opens a version-2 link as it always did (nothing skipped)', () => {
    const v2 = pack(utf8(JSON.stringify(toWire(seedState()))), 2);
    expect(decodeState(v2)).toEqual({ ok: true, state: seedState(), migratedFrom: 2 });
  });

  it('refuses a version-2 link that carries skipped steps, and a version-3 one with a bad list', () => {
    expect(decodeState(pack(utf8('{"k":[2]}'), 2)).ok).toBe(false);
    expect(decodeState(pack(utf8('{"k":[2,2]}'), 3)).ok).toBe(false);
    expect(decodeState(pack(utf8('{"k":[42]}'), 3)).ok).toBe(false);
    expect(decodeState(pack(utf8('{"k":[2]}'), 3))).toEqual({
      ok: true,
      state: { ...emptyState, skipped: ['session'] },
      migratedFrom: null,
    });
  });
});
