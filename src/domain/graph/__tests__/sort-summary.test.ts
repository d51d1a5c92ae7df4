import { describe, expect, it } from 'vitest';
import { sortPastesWithLines, summariseSorted } from '../run-wizard';
import { seed } from './seed';

describe('what a paste of everything was filed as', () => {
  it('names the commands filed under each step, in the graph order, and what no step takes', () => {
    const junk = '<LB-1>display clock\n10:42:07.113 UTC Fri 12/04/2026';
    const all = [seed.lag, seed.farm, junk, seed.pingLoss, seed.pingOk].join('\n');
    const summary = summariseSorted(sortPastesWithLines(all));
    expect(summary.filed.map((f) => f.step)).toEqual(['farm-status', 'ping', 'lag']);
    expect(summary.filed.find((f) => f.step === 'ping')?.commands).toEqual(['ping', 'ping']);
    expect(summary.filed.find((f) => f.step === 'lag')?.commands).toEqual([
      'display-link-aggregation-verbose',
    ]);
    expect(summary.notUnderstood).toHaveLength(1);
    expect(summary.notUnderstood[0]?.firstLine).toBe('<LB-1>display clock');
  });

  it('files nothing and understands nothing in an empty paste', () => {
    expect(summariseSorted(sortPastesWithLines('\n \n'))).toEqual({ filed: [], notUnderstood: [] });
  });
});
