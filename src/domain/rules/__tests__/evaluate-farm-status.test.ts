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
