import { describe, expect, it } from 'vitest';
import { parseServerFarm } from '../../parsers/server-farm/parse-server-farm';
import { guards } from '../../graph/guards';
import { emptyContext } from '../context';
import { evaluateFarmStatus } from '../evaluate-farm-status';
import { input } from './helpers';

const farm = (rows: string[], active: number) => `[L5030]display server-farm
Server farm: sf1
  Description:
  Predictor: Round robin
  Proximity: Disabled
  NAT: Enabled
  SNAT pool:
  Failed action: Keep
  Active threshold: Disabled
  Slow-online: Disabled
  Selected server: Disabled
  Busy action: Drop
  Probe information:
    Probe success criteria: All
    Probe method:
    t4
  Total real server: ${rows.length}
  Active real server: ${active}
  Real server list:
  Name          State        VPN-instance  Address         Port  Weight Priority
${rows.join('\n')}
`;
const row = (name: string, state: string, ip: string) =>
  `  ${name.padEnd(14)}${state.padEnd(13)}${'HLW'.padEnd(14)}${ip.padEnd(16)}80    100    4`;

function run(rows: string[], active: number) {
  return evaluateFarmStatus([input(parseServerFarm, farm(rows, active))], emptyContext());
}
const g = guards['farm-status'];

describe('evaluateFarmStatus', () => {
  it('all Active → all-active', () => {
    const r = run([row('rs1', 'Active', '10.0.0.1'), row('rs2', 'Active', '10.0.0.2')], 2);
    expect(g['all-active'](r.facts)).toBe(true);
    expect(r.findings.map((f) => f.id)).toEqual(['farm-all-active']);
  });

  it('Probe-failed servers → any-probe-failed, context lists them with VPN and port, evidence cites rows and the Active count', () => {
    const r = run(
      [
        row('test1', 'Probe-failed', '10.197.44.200'),
        row('test2', 'Probe-failed', '10.197.44.201'),
      ],
      0,
    );
    expect(g['all-active'](r.facts)).toBe(false);
    expect(g['only-shutdown'](r.facts)).toBe(false);
    expect(g['any-probe-failed'](r.facts)).toBe(true);
    const f = r.findings.find((x) => x.id === 'farm-probe-failed');
    expect(f?.text['en-US']).toContain(
      'test1 (10.197.44.200) and test2 (10.197.44.201) in server farm sf1 are Probe-failed',
    );
    expect(f?.text['zh-CN']).toContain('探测失败');
    expect(f?.evidence).toEqual([{ step: 'farm-status', paste: 0, lines: [18, 21, 22] }]);
    expect(r.context.failedServers).toEqual([
      { name: 'test1', address: '10.197.44.200', vpn: 'HLW', port: 80, farm: 'sf1' },
      { name: 'test2', address: '10.197.44.201', vpn: 'HLW', port: 80, farm: 'sf1' },
    ]);
  });

  it('Shutdown only (others Active) → only-shutdown', () => {
    const r = run([row('bbs-1', 'Shutdown', '10.0.0.1'), row('bbs-2', 'Active', '10.0.0.2')], 1);
    expect(g['only-shutdown'](r.facts)).toBe(true);
    expect(g['any-probe-failed'](r.facts)).toBe(false);
    expect(r.context.shutdownServers).toEqual(['bbs-1']);
  });

  it('Inactive only → only-inactive; Standby/Ramp only → only-slow-online', () => {
    expect(g['only-inactive'](run([row('rs1', 'Inactive', '10.0.0.1')], 0).facts)).toBe(true);
    const slow = run([row('rs1', 'Standby', '10.0.0.1'), row('rs2', 'Ramp', '10.0.0.2')], 0);
    expect(g['only-slow-online'](slow.facts)).toBe(true);
    expect(slow.findings.map((f) => f.id)).toContain('farm-slow-online');
  });

  it('a mix of Shutdown and Probe-failed is not "only shutdown": the probe failure is followed', () => {
    const r = run([row('rs1', 'Shutdown', '10.0.0.1'), row('rs2', 'Probe-failed', '10.0.0.2')], 0);
    expect(g['only-shutdown'](r.facts)).toBe(false);
    expect(g['any-probe-failed'](r.facts)).toBe(true);
  });
});

describe('evaluateFarmStatus with several farms in one paste', () => {
  const block = (name: string, rows: string[], active: number) =>
    farm(rows, active)
      .replace('[L5030]display server-farm\n', '')
      .replace('Server farm: sf1', `Server farm: ${name}`);
  const paste = `[L5030]display server-farm\n${block('app-farm', [row('app1', 'Active', '10.1.1.11'), row('app2', 'Active', '10.1.1.12')], 2)}${block('test-01', [row('test1', 'Probe-failed', '10.197.44.200'), row('test2', 'Probe-failed', '10.197.44.201')], 0)}${block('pay-farm', [row('pay1', 'Active', '10.9.0.11'), row('pay2', 'Active', '10.9.0.12'), row('pay3', 'Probe-failed', '10.9.0.13')], 2)}`;
  const lines = paste.split('\n');
  const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;

  it('two failing farms and no choice → waits with a farm choice, each farm with its state', () => {
    const r = evaluateFarmStatus([input(parseServerFarm, paste)], emptyContext());
    expect(r.waiting).toBe(true);
    expect(r.choice?.selected).toBeNull();
    expect(r.choice?.options.map((o) => [o.value, o.failing, o.summary['en-US']])).toEqual([
      ['app-farm', false, '2/2 Active'],
      ['test-01', true, '0/2 Active (2 Probe-failed)'],
      ['pay-farm', true, '2/3 Active (1 Probe-failed)'],
    ]);
    expect(r.findings.map((f) => f.id)).toEqual(['farm-healthy:app-farm', 'farm-choose']);
  });

  it('the chosen farm is judged alone: its findings name it and cite only its lines', () => {
    const r = evaluateFarmStatus([input(parseServerFarm, paste)], emptyContext(), 'pay-farm');
    expect(g['any-probe-failed'](r.facts)).toBe(true);
    expect(r.context.failedServers.map((s) => s.name)).toEqual(['pay3']);
    const f = r.findings.find((x) => x.id === 'farm-probe-failed');
    expect(f?.text['en-US']).toBe(
      'pay3 (10.9.0.13) in server farm pay-farm is Probe-failed: the health probe fails.',
    );
    expect(f?.evidence[0]?.lines).toEqual([lineOf('pay3')]);
    const problemLines = r.findings
      .filter((x) => x.severity === 'problem' || x.severity === 'warning')
      .flatMap((x) => x.evidence.flatMap((e) => e.lines));
    for (const l of problemLines)
      expect(lines[l - 1]).not.toMatch(/app\d|test\d|Active real server: 2/);
  });

  it('exactly one failing farm is followed without asking, and says so', () => {
    const one = paste
      .replace(/Probe-failed(\s+HLW\s+10\.197)/g, 'Active      $1')
      .replace(/Active real server: 0/, 'Active real server: 2');
    const r = evaluateFarmStatus([input(parseServerFarm, one)], emptyContext());
    expect(r.waiting).toBeUndefined();
    expect(r.choice?.selected).toBe('pay-farm');
    expect(r.choice?.byUser).toBe(false);
    expect(r.findings.find((f) => f.id === 'farm-followed')?.text['en-US']).toContain(
      'only one with failing real servers',
    );
  });

  it('a chosen farm that is not in the paste is said, and the choice falls back', () => {
    const r = evaluateFarmStatus([input(parseServerFarm, paste)], emptyContext(), 'nope');
    expect(r.findings.map((f) => f.id)).toContain('farm-choice-not-found');
    expect(r.waiting).toBe(true);
  });
});
