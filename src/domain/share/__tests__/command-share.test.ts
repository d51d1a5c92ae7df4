/** Round trip of the CLI's `share` (src/cli/command-share.ts): files → fragment → decoded state. */
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test reads the shared fixtures from disk
import path from 'node:path';
import { shareCommand } from '../../../cli/command-share';
import { runWizard } from '../../graph/run-wizard';
import { decodeState } from '../share-codec';
import { currentVersion } from '../migrations';
import { seedFiles, seedState, sharedDir } from './fixture-states';

const seedArgs = seedFiles.map(
  ([step, f]) => `${step}=${path.join(sharedDir, 'fixtures', 'seed-case', f)}`,
);

function stateOf(fragment: string) {
  const s = new URLSearchParams(fragment.slice(fragment.indexOf('?') + 1)).get('s');
  return decodeState(s ?? '');
}

describe('cli share', () => {
  it('gives a fragment that opens exactly the pasted state, on the route the engine reaches', () => {
    const fragment = shareCommand(seedArgs);
    const decoded = stateOf(fragment);
    expect(decoded).toEqual({ ok: true, state: seedState(), migratedFrom: null });
    const run = runWizard(seedState());
    expect(
      fragment.startsWith(
        run.current === null
          ? `#/diagnosis?s=${currentVersion}.`
          : `#/step/${run.current}?s=${currentVersion}.`,
      ),
    ).toBe(true);
  });

  it('points at the waiting step for an incomplete state', () => {
    const fragment = shareCommand(seedArgs.slice(0, 1));
    expect(fragment).toMatch(new RegExp(`^#/step/ping\\?s=${currentVersion}\\.[A-Za-z0-9_-]+$`));
  });

  it('redacts with --redact and still reaches the same route', () => {
    const plain = shareCommand(seedArgs);
    const redacted = shareCommand(['--redact', ...seedArgs]);
    expect(redacted.split('?')[0]).toBe(plain.split('?')[0]);
    const decoded = stateOf(redacted);
    expect(decoded.ok && decoded.state.pastes.some((p) => p.text.includes('10.197.44.200'))).toBe(
      false,
    );
  });
});
