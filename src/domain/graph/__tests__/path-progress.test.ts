import { describe, expect, it } from 'vitest';
import { runWizard } from '../run-wizard';
import { pathProgress, stepStates } from '../path-progress';
import { withSkipped } from '../../wizard-state';
import { seedPastes, stateOf } from './seed';

describe('step n of m on this path', () => {
  it('is exact once the diagnosis is reached', () => {
    const run = runWizard(stateOf(seedPastes));
    expect(run.path).toHaveLength(6);
    expect(pathProgress(run, 'session')).toEqual({ n: 3, m: 6, exact: true });
    expect(pathProgress(run, 'arp')).toBeNull();
  });

  it('counts the longest way the graph can still go while a step waits', () => {
    const run = runWizard(stateOf(seedPastes.slice(0, 1)));
    expect(run.current).toBe('ping');
    // farm-status → ping → session → reth → lag → peer-config is the longest way on.
    expect(pathProgress(run, 'ping')).toEqual({ n: 2, m: 6, exact: false });
    const atPeer = runWizard(stateOf(seedPastes.filter((p) => p.step !== 'peer-config')));
    expect(pathProgress(atPeer, 'peer-config')).toEqual({ n: 6, m: 6, exact: true });
  });

  it('gives each step its state, a skipped one included', () => {
    const state = withSkipped(
      stateOf(seedPastes.filter((p) => p.step !== 'session')),
      'session',
      true,
    );
    const states = Object.fromEntries(stepStates(runWizard(state)).map((s) => [s.step, s.state]));
    expect(states).toMatchObject({
      'farm-status': 'done',
      session: 'skipped',
      reth: 'done',
      arp: 'not-reached',
    });
    const waiting = stepStates(runWizard(stateOf(seedPastes.slice(0, 1))));
    expect(waiting.find((s) => s.step === 'ping')?.state).toBe('waiting');
  });
});
