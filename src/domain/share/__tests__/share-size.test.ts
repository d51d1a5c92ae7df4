import { deflateSync } from 'fflate';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { WizardState } from '../../wizard-state';
import { decodeState, encodeState } from '../share-codec';
import { toWire } from '../wire';
import { encodeBase64url } from '../base64url';
import { largerStateA, largerStateB, seedState } from './fixture-states';
import { isStepId, type Paste } from '../../wizard-state';

// Whole-incident scenarios are written for the tests and are not in the dictionary: honest sizes.
const scenarioFiles = import.meta.glob('../../scenarios/*/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function scenarioState(folder: string): WizardState {
  const pastes: Paste[] = Object.keys(scenarioFiles)
    .filter((f) => f.includes(`/scenarios/${folder}/`))
    .sort()
    .flatMap((f) => {
      const step = /\d+-([a-z-]+)\.txt$/.exec(f)?.[1];
      return isStepId(step) ? [{ step, text: scenarioFiles[f] ?? '', at: null }] : [];
    });
  return { pastes, answers: {}, server: null, farm: null };
}

/** The two scenarios with the most pasted text. */
function largestScenarios(): [string, WizardState][] {
  const folders = [...new Set(Object.keys(scenarioFiles).map((f) => f.split('/').at(-2) ?? ''))];
  return folders
    .map((f): [string, WizardState] => [f, scenarioState(f)])
    .sort((a, b) => size(b[1]) - size(a[1]))
    .slice(0, 2)
    .map(([f, st]) => [`scenario ${f} (${st.pastes.length} pastes, not in the dictionary)`, st]);
}

function size(state: WizardState): number {
  return state.pastes.reduce((n, p) => n + p.text.length, 0);
}

/** The same v1 JSON with plain deflate (no dictionary), as base64url. */
function plainDeflateLength(state: WizardState): number {
  const json = new TextEncoder().encode(JSON.stringify(toWire(state)));
  return encodeBase64url(deflateSync(json, { level: 9 })).length;
}

function lzLength(state: WizardState): number {
  return LZString.compressToEncodedURIComponent(JSON.stringify(toWire(state))).length;
}

/*
 * The seed incident is held out of the dictionary, so its number is the honest one. The larger
 * states are made of real captures that the v1 dictionary holds verbatim (scripts/
 * build-share-dictionary.ts), so their v1 numbers are a best case; their plain-deflate and
 * lz-string columns are not affected.
 */
describe('share payload size', () => {
  const cases: [string, WizardState][] = [
    ['seed incident (8 pastes)', seedState()],
    ['larger A (7 real captures, also in the dictionary)', largerStateA()],
    ['larger B (10 real captures, also in the dictionary)', largerStateB()],
    ...largestScenarios(),
  ];

  it('prints payload lengths: dictionary deflate vs plain deflate vs lz-string', () => {
    const rows = cases.map(([name, state]) => {
      const payload = encodeState(state);
      const text = state.pastes.reduce((n, p) => n + p.text.length, 0);
      return {
        case: name,
        'pasted chars': text,
        'v1 payload': payload.length,
        'plain deflate': plainDeflateLength(state),
        'lz-string': lzLength(state),
      };
    });
    console.log('share payload length (characters)');
    console.table(rows);
    for (const r of rows) expect(r['v1 payload']).toBeLessThan(r['plain deflate']);
  });

  it('fits the whole seed incident in at most 1,000 characters, and it decodes back', () => {
    const state = seedState();
    const payload = encodeState(state);
    expect(payload.length).toBeLessThanOrEqual(1000);
    const back = decodeState(payload);
    expect(back).toEqual({ ok: true, state, migratedFrom: null });
  });

  it('keeps the fragment well under chat limits for the larger real states', () => {
    for (const [, state] of cases.slice(1)) {
      const back = decodeState(encodeState(state));
      expect(back.ok && back.state).toEqual(state);
    }
  });
});
