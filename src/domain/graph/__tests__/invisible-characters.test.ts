/**
 * Issue #15, end to end: invisible characters and text-direction controls slipped into the tokens
 * of any scenario's pastes (interface names, addresses, states, ...) leave the whole run as it was:
 * the same path, the same diagnosis and the same findings. Each line that lost characters is named
 * by a warning on its paste.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';
import { pastesFor, type Paste } from '../../wizard-state';
import { runWizard } from '../run-wizard';
import { parseStep } from '../parse-step';
import { BIDI, INVISIBLE, insertInTokens, insertionArb } from '../../parsers/shared/testing/hide';

const HIDDEN_CODES = new Set(['invisible-characters', 'bidi-controls']);

const scenarios = loadScenarios();

describe('invisible characters in any scenario paste change nothing but warnings', () => {
  for (const sc of scenarios) {
    const state = stateOf(sc);
    const base = runWizard(state);

    it(`${sc.name}: same path, diagnosis and findings`, () => {
      const hit = fc.record({
        paste: fc.nat(),
        where: insertionArb([...INVISIBLE, ...BIDI]),
      });
      fc.assert(
        fc.property(fc.array(hit, { minLength: 1, maxLength: 8 }), (hits) => {
          const changed = new Map<Paste, Set<number>>();
          const pastes = sc.pastes.map((p) => ({ ...p }));
          for (let i = 0; i < pastes.length; i++) {
            const mine = hits.filter((h) => h.paste % pastes.length === i).map((h) => h.where);
            if (mine.length === 0) continue;
            const p = pastes[i] as Paste;
            const m = insertInTokens(p.text, mine);
            p.text = m.text;
            changed.set(p, m.lines);
          }
          const mangled = { ...state, pastes };
          const run = runWizard(mangled);
          expect(run.path).toEqual(base.path);
          expect(run.current).toBe(base.current);
          expect(run.diagnosis?.id ?? null).toBe(base.diagnosis?.id ?? null);
          expect(run.findings).toEqual(base.findings);

          for (const [p, lines] of changed) {
            const own = pastesFor(mangled, p.step);
            const parsed = parseStep(p.step, own).pastes[own.indexOf(p)];
            const r = parsed?.result;
            // A paste the step does not take is not parsed there, and an unreadable one warns of nothing.
            if (r === null || r === undefined || r.value === null) continue;
            const named = new Set(
              r.warnings.filter((w) => HIDDEN_CODES.has(w.code)).map((w) => w.line),
            );
            expect(named).toEqual(lines);
          }
        }),
        { numRuns: 20 },
      );
    });
  }
});
