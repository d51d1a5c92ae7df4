import { describe, expect, it } from 'vitest';
// The acceptance test drives the CLI's diagnose entry on the seed files (the CLI reads files itself).
import { diagnoseCommand } from '../../../cli/command-diagnose';

const file = (name: string) =>
  decodeURIComponent(new URL(`../__fixtures__/seed/${name}`, import.meta.url).pathname);

interface Out {
  path: string[];
  current: string | null;
  diagnosis: { id: string } | null;
  findings: Array<{ id: string; subjects: string[] }>;
}

describe('cli diagnose', () => {
  it('prints the seed path, lacp-mode-mismatch and findings citing XGE1/1/1, Route-Aggregation1.1973 and Bridge-Aggregation33', () => {
    const out = diagnoseCommand([
      `farm-status=${file('01-display-server-farm.txt')}`,
      `ping=${file('02-ping-10.197.44.200-loss.txt')}`,
      `ping=${file('02-ping-10.197.44.201-ok.txt')}`,
      `session=${file('03-session-table-10.197.44.201-verbose.txt')}`,
      `reth=${file('04-interface-reth2-config.txt')}`,
      `lag=${file('05-link-aggregation-verbose-ra1.txt')}`,
      `peer-config=${file('07-switch-bridge-aggregation33-config.txt')}`,
    ]) as Out;
    expect(out.path).toEqual(['farm-status', 'ping', 'session', 'reth', 'lag', 'peer-config']);
    expect(out.current).toBeNull();
    expect(out.diagnosis?.id).toBe('lacp-mode-mismatch');
    const cited = out.findings.flatMap((f) => f.subjects);
    expect(cited).toEqual(
      expect.arrayContaining(['XGE1/1/1', 'Route-Aggregation1.1973', 'Bridge-Aggregation33']),
    );
  });

  it('places bare files by detection', () => {
    const names = [
      '05-link-aggregation-verbose-ra1.txt',
      '01-display-server-farm.txt',
      '03-session-table-10.197.44.201-verbose.txt',
      '02-ping-10.197.44.200-loss.txt',
      '04-interface-reth2-config.txt',
      '07-switch-bridge-aggregation33-config.txt',
    ];
    const out = diagnoseCommand(names.map(file)) as Out;
    expect(out.diagnosis?.id).toBe('lacp-mode-mismatch');
  });
});
