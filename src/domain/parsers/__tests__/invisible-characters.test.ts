/**
 * Issue #15: a zero-width space inside `XGE1/1/1` dropped that row as not understood. For every
 * parser fixture, invisible characters and text-direction controls slipped inside tokens, a BOM in
 * front and NBSPs in place of blanks give the same detection, the same values and the same
 * warnings, plus one warning per line that lost characters, naming it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectCommand } from '../detect/detect-command';
import { parseAs } from '../registry';
import type { ParseIssue } from '../shared/parse-result';
import { BIDI, INVISIBLE, insertInTokens, insertionArb } from '../shared/testing/hide';

const fixtures = Object.entries(
  import.meta.glob('../*/__fixtures__/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
).sort(([a], [b]) => a.localeCompare(b));

const HIDDEN_CODES = new Set(['invisible-characters', 'bidi-controls']);
const key = (w: ParseIssue) => [w.code, w.line];

function parse(text: string) {
  const command = detectCommand(text).command;
  return { command, result: parseAs(command, text) };
}

describe('invisible characters change no parser result (every fixture)', () => {
  for (const [path, text] of fixtures) {
    const name = path.replace(/^\.\.\//, '');
    const clean = parse(text);
    if (clean.result === null) continue;
    const cleanResult = clean.result;

    it(`${name}: same values, warnings naming each changed line`, () => {
      fc.assert(
        fc.property(
          fc.array(insertionArb([...INVISIBLE, ...BIDI]), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          (ins, bom) => {
            const m = insertInTokens(text, ins);
            const mangled = bom ? `\ufeff${m.text}` : m.text;
            if (bom) m.lines.add(1);
            const got = parse(mangled);
            expect(got.command).toBe(clean.command);
            const r = got.result;
            expect(r?.value).toEqual(cleanResult.value);
            expect(r?.errors).toEqual(cleanResult.errors);
            expect(r?.warnings.filter((w) => !HIDDEN_CODES.has(w.code)).map(key)).toEqual(
              cleanResult.warnings.map(key),
            );
            const named = new Set(
              r?.warnings.filter((w) => HIDDEN_CODES.has(w.code)).map((w) => w.line),
            );
            // An empty result (`[]` warnings by design) names nothing; every other one names each line.
            if (cleanResult.value !== null) expect(named).toEqual(m.lines);
          },
        ),
        { numRuns: 4 },
      );
    });

    it(`${name}: a NBSP for a blank changes nothing at all`, () => {
      const nbsp = text.replace(/(\S) (?=\S)/g, (_, c: string) => `${c}\u00a0`);
      const got = parse(nbsp);
      expect(got.command).toBe(clean.command);
      expect(got.result).toEqual(cleanResult);
    });
  }
});
