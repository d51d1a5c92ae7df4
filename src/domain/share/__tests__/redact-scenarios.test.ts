/**
 * Redaction must not change what the engine concludes: every whole-incident scenario reaches the
 * same path, diagnosis and kinds of findings on its redacted state as on the original.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';
import { redactState } from '../redact';

const scenarios = loadScenarios();

describe('redaction keeps every scenario’s diagnosis', () => {
  it('found the scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(20);
  });

  for (const sc of scenarios) {
    it(sc.name, () => {
      const state = stateOf(sc);
      const before = runWizard(state);
      const after = runWizard(redactState(state));
      expect(after.path).toEqual(before.path);
      expect(after.diagnosis?.id ?? null).toBe(before.diagnosis?.id ?? null);
      expect(after.current).toBe(before.current);
      // A finding id may carry its subject (`ping-ok:10.88.3.15`), which redaction renames.
      const ids = (r: typeof before) =>
        r.steps.flatMap((s) => s.findings.map((f) => f.id.split(':')[0])).sort();
      expect(ids(after)).toEqual(ids(before));
    });
  }
});
