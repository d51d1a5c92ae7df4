// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '@/domain/share/share-codec';
import type { WizardState } from '@/domain/wizard-state';
import { threeFarms } from '@/testing/sample-runs';
import { loadLegacyState } from '../local-persistence';
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
    useWizardStore.setState({ wizard: state });
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

  it('a state an older build saved before the farm choice existed loads as "let the wizard choose"', () => {
    const { farm: _farm, ...old } = state;
    window.localStorage.setItem('slb-wizard:state:v1', JSON.stringify(old));
    expect(loadLegacyState()).toEqual({ ...state, farm: null });
  });
});
