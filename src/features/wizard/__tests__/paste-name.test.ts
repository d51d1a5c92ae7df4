import { describe, expect, it } from 'vitest';
import { runWizard } from '@/domain/graph/run-wizard';
import { seedPastes, stateOf } from '@/domain/graph/__tests__/seed';
import { citedLines, pasteName } from '../paste-name';

describe('cited lines and what citations call a paste', () => {
  const run = runWizard(stateOf(seedPastes));
  const lag = run.steps.find((s) => s.step === 'lag')!;

  it('colours each cited line by what it proves: the Unselected member a problem, the Selected one healthy', () => {
    const lines = citedLines(lag.findings, 'lag', 0);
    expect(lines.get(9)).toBe('problem'); // XGE1/1/1  U
    expect(lines.get(8)).toBe('ok'); // XGE1/1/0  S, cited for comparison
    expect(lines.get(2)).toBe('info'); // Aggregation Mode: Dynamic
  });

  it('names a paste by its command, numbered only when the step holds several', () => {
    expect(pasteName('display-link-aggregation-verbose', 0, 1, 'Output')).toBe(
      'display link-aggregation verbose',
    );
    expect(pasteName('ping', 1, 2, 'Output')).toBe('ping (2)');
    expect(pasteName('unknown', 0, 1, 'Output of the command')).toBe('Output of the command 1');
  });
});
