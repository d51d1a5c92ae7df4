/**
 * "I cannot run this here": a skipped step is part of the state; the engine goes on without it to
 * a step that already has a paste (or the next one in the graph), names what it could not check,
 * and gives no diagnosis whose required evidence was on the skipped step.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../run-wizard';
import { asWizardState, withSkipped, type WizardState } from '../../wizard-state';
import { decodeState, encodeState } from '../../share/share-codec';
import { seedPastes, stateOf } from './seed';

const without = (step: string) => seedPastes.filter((p) => p.step !== step);

describe('skipping a step', () => {
  it('waits at a step without input until it is skipped', () => {
    const state = stateOf(without('session'));
    expect(runWizard(state).current).toBe('session');
    const run = runWizard(withSkipped(state, 'session', true));
    const session = run.steps.find((s) => s.step === 'session');
    expect(session?.skipped).toBe(true);
    expect(session?.decision?.guard).toBe('skipped');
    // The Reth was pasted: the run goes there rather than to the first step in the graph's order.
    expect(session?.decision?.to).toEqual({ step: 'reth' });
    expect(run.path.slice(0, 4)).toEqual(['farm-status', 'ping', 'session', 'reth']);
  });

  it('gives a diagnosis whose evidence holds without the skipped step, naming what was not checked', () => {
    const full = runWizard(stateOf(seedPastes)).diagnosis;
    expect(full?.id).toBe('lacp-mode-mismatch');
    expect(full?.notChecked).toBeUndefined();
    const d = runWizard(withSkipped(stateOf(without('session')), 'session', true)).diagnosis;
    expect(d?.id).toBe('lacp-mode-mismatch');
    expect(d?.notChecked).toEqual(['session']);
  });

  it('gives no diagnosis whose evidence was on the skipped step, and says what would answer it', () => {
    const state = withSkipped(stateOf(without('peer-config')), 'peer-config', true);
    const run = runWizard(state);
    expect(run.current).toBeNull();
    const d = run.diagnosis;
    // The peer's static mode is what lacp-mode-mismatch rests on: without it, nothing is proven.
    expect(d?.id).toBe('inconclusive');
    expect(d?.notChecked).toEqual(['peer-config']);
    expect(d?.cause['en-US']).toMatch(
      /could not be run here.*Not checked \(skipped\): Peer switch configuration\./,
    );
    expect(d?.next?.[0]?.device['en-US']).toBe('Peer switch');
    expect(d?.next?.map((c) => c.command).join('\n')).toMatch(/Route-Aggregation1/);
  });

  it('a step with its paste runs as usual even when marked skipped', () => {
    const run = runWizard(withSkipped(stateOf(seedPastes), 'session', true));
    expect(run.steps.find((s) => s.step === 'session')?.skipped).toBeUndefined();
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
  });

  it('un-skipping goes back to waiting', () => {
    const skipped = withSkipped(stateOf(without('session')), 'session', true);
    expect(withSkipped(skipped, 'session', false).skipped ?? []).toEqual([]);
    expect(runWizard(withSkipped(skipped, 'session', false)).current).toBe('session');
  });

  it('reads a stored state from before skipping existed, and refuses a malformed list', () => {
    const old = { pastes: [], answers: {}, server: null, farm: null };
    expect(asWizardState(old)).toEqual(old);
    expect(asWizardState({ ...old, skipped: ['session', 'session'] })?.skipped).toEqual([
      'session',
    ]);
    expect(asWizardState({ ...old, skipped: ['nope'] })).toBeNull();
  });

  it('travels in a share link (format version 3)', () => {
    const state: WizardState = withSkipped(stateOf(without('session')), 'session', true);
    const link = encodeState(state);
    expect(link.startsWith('3.')).toBe(true);
    const back = decodeState(link);
    expect(back.ok && back.state.skipped).toEqual(['session']);
    const none = decodeState(encodeState(stateOf(seedPastes)));
    expect(none.ok && none.state.skipped).toBeUndefined();
  });
});
