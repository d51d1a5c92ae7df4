// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '@/domain/share/share-codec';
import type { WizardState } from '@/domain/wizard-state';
import { threeFarms } from '@/testing/sample-runs';
import { loadLocalState, saveLocalState } from '../local-persistence';
import { chooseFarm, chooseServer, useWizardStore } from '../wizard-store';

const state: WizardState = {
  pastes: [{ step: 'farm-status', text: threeFarms, at: 1_764_800_000_000 }],
  answers: {},
  server: null,
  farm: null,
};

describe('the farm choice is state the user made, so it is kept like a paste', () => {
  beforeEach(() => {
    window.localStorage.clear();
    useWizardStore.setState({ wizard: state, undoable: null });
  });

  it('survives a reload (localStorage)', () => {
    chooseFarm('sf-app');
    expect(saveLocalState(useWizardStore.getState().wizard)).toBe(true);
    expect(loadLocalState()).toEqual({ ...state, farm: 'sf-app' });
  });

  it('goes into the share link', () => {
    chooseFarm('sf-api');
    chooseServer('10.197.45.23');
    const decoded = decodeState(encodeState(useWizardStore.getState().wizard));
    expect(decoded.ok && decoded.state).toEqual({
      ...state,
      farm: 'sf-api',
      server: '10.197.45.23',
    });
  });

  it('a state saved before the farm choice existed loads as "let the wizard choose"', () => {
    const { farm: _farm, ...old } = state;
    window.localStorage.setItem('slb-wizard:state:v1', JSON.stringify(old));
    expect(loadLocalState()).toEqual({ ...state, farm: null });
  });
});
