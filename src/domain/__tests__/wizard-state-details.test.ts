import { describe, expect, it } from 'vitest';
import { asWizardState } from '../wizard-state';

const base = {
  pastes: [{ step: 'lag', text: 'x', at: null }],
  answers: {},
  server: null,
  farm: null,
};

describe('asWizardState: incident details and the verify step', () => {
  it('loads a state saved before details existed, without any', () => {
    expect(asWizardState(base)).toEqual(base);
    expect(asWizardState(base)).not.toHaveProperty('details');
  });

  it('keeps the details given, filling the missing ones with null', () => {
    expect(
      asWizardState({ ...base, details: { ticket: 'INC-7', engineer: 'Li' } })?.details,
    ).toEqual({
      ticket: 'INC-7',
      engineer: 'Li',
      service: null,
      start: null,
      end: null,
    });
  });

  it('drops details that are all empty', () => {
    const s = asWizardState({
      ...base,
      details: { ticket: null, engineer: null, service: null, start: null, end: null },
    });
    expect(s).not.toHaveProperty('details');
  });

  it('accepts verify pastes', () => {
    expect(
      asWizardState({ ...base, pastes: [{ step: 'verify', text: 'y', at: 5 }] })?.pastes[0]?.step,
    ).toBe('verify');
  });

  it.each([
    ['an unknown detail', { owner: 'x' }],
    ['a detail that is not text', { ticket: 5 }],
    ['a detail longer than 200 characters', { service: 'a'.repeat(201) }],
    ['details as a list', ['INC-1']],
  ])('refuses %s', (_, details) => {
    expect(asWizardState({ ...base, details })).toBeNull();
  });
});
