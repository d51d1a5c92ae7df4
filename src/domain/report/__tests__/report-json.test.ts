import { incidentFacts } from '../incident';
import { describe, expect, it } from 'vitest';
import { reportToJson } from '../report-json';
import { diagnosedCase, partialCase } from './sample-runs';

describe('reportToJson', () => {
  it('wraps the whole state and run under a versioned format tag, pretty-printed', () => {
    const { state, run } = diagnosedCase();
    const json = reportToJson(state, run);
    expect(json.startsWith('{\n  "format": "slb-wizard-run",\n  "version": 1,\n')).toBe(true);
    const doc = JSON.parse(json) as unknown;
    expect(doc).toEqual({
      format: 'slb-wizard-run',
      version: 1,
      state,
      run,
      incident: incidentFacts(state, run),
    });
  });

  it('keeps a partial run as it is, current step included', () => {
    const { state, run } = partialCase();
    const doc = JSON.parse(reportToJson(state, run)) as {
      run: { current: string; diagnosis: null };
    };
    expect(doc.run.current).toBe('lag');
    expect(doc.run.diagnosis).toBeNull();
  });
});
