import { describe, expect, it } from 'vitest';
import type { InterfaceStatus, LogEntry } from '../../parsers/parsed-types';
import { guards } from '../../graph/guards';
import { emptySupport } from '../context';
import { evaluateMemberInterfaces } from '../evaluate-member-interfaces';
import { ctxWith } from './helpers';

/** A `display interface` block as the parser gives it: line 1 is the name, then fixed lines. */
function status(name: string, over: Partial<InterfaceStatus> = {}): InterfaceStatus {
  return {
    name,
    state: 'UP',
    up: true,
    lineProtocol: 'UP',
    description: null,
    mtu: null,
    maxFrameLength: 9216,
    jumboFrames: true,
    speed: '10Gbps',
    duplex: 'full',
    lastFlap: '12 weeks 3 days 1 hours 2 minutes',
    lastFlapSecondsAgo: 7_520_520,
    rateWindowSeconds: 300,
    inputRate: { packetsPerSecond: 3143, bytesPerSecond: 929430 },
    outputRate: { packetsPerSecond: 5674, bytesPerSecond: 5945156 },
    inputPackets: 80274398,
    outputPackets: 110103849,
    inputErrors: 0,
    crc: 0,
    outputErrors: 0,
    countersCleared: 'Never',
    line: 1,
    endLine: 30,
    fieldLines: { state: 2, lastFlap: 12, inputRate: 15, outputRate: 16, crc: 21, inputErrors: 20 },
    ...over,
  };
}

const support = (...pastes: InterfaceStatus[][]) => {
  const s = emptySupport();
  pastes.forEach((interfaces, index) =>
    s.iface.push({ step: 'member-interfaces', index, text: '', value: { interfaces } }),
  );
  return s;
};
const ctx = (s: ReturnType<typeof emptySupport>) =>
  ctxWith({
    support: s,
    aggregate: 'Route-Aggregation1',
    selectedPorts: ['XGE1/0/1', 'XGE1/0/2'],
  });
const first = (facts: Parameters<(typeof guards)['member-interfaces']['member-faulty']>[0]) =>
  Object.entries(guards['member-interfaces']).find(([, fn]) => fn(facts))?.[0];

describe('evaluateMemberInterfaces', () => {
  it('waits until every member is pasted', () => {
    const r = evaluateMemberInterfaces(ctx(support([status('Ten-GigabitEthernet1/0/1')])));
    expect(r.waiting).toBe(true);
    expect(r.findings[0]?.subjects).toEqual(['XGE1/0/2']);
  });

  it('all members up, clean and busy → members-healthy, citing each rate line', () => {
    const r = evaluateMemberInterfaces(
      ctx(support([status('Ten-GigabitEthernet1/0/1'), status('Ten-GigabitEthernet1/0/2')])),
    );
    expect(first(r.facts)).toBe('members-healthy');
    expect(r.findings.map((f) => f.id)).toEqual(['members-healthy']);
  });

  it('one member receives nothing while its sibling is busy → member-silent (gray failure)', () => {
    const r = evaluateMemberInterfaces(
      ctx(
        support([
          status('Ten-GigabitEthernet1/0/1'),
          status('Ten-GigabitEthernet1/0/2', {
            inputRate: { packetsPerSecond: 0, bytesPerSecond: 0 },
          }),
        ]),
      ),
    );
    expect(first(r.facts)).toBe('member-faulty');
    const f = r.findings.find((x) => x.id === 'member-silent:XGE1/0/2');
    expect(f?.severity).toBe('problem');
    expect(f?.text['en-US']).toContain('receives 0 packets/sec');
    expect(r.context.faultyMembers).toEqual(['XGE1/0/2']);
  });

  it('CRC that rises between two pastes is a fault; a single old count is only odd', () => {
    const before = [
      status('Ten-GigabitEthernet1/0/1'),
      status('Ten-GigabitEthernet1/0/2', { crc: 120, inputErrors: 120 }),
    ];
    const after = [
      status('Ten-GigabitEthernet1/0/1'),
      status('Ten-GigabitEthernet1/0/2', { crc: 4711, inputErrors: 4711 }),
    ];
    const rising = evaluateMemberInterfaces(ctx(support(before, after)));
    expect(first(rising.facts)).toBe('member-faulty');
    expect(rising.findings.map((f) => f.id)).toContain('member-errors-rising:XGE1/0/2');
    const once = evaluateMemberInterfaces(ctx(support(before)));
    expect(first(once.facts)).toBe('otherwise');
    expect(once.findings.find((f) => f.id === 'member-errors:XGE1/0/2')?.severity).toBe('warning');
  });

  it('a member that flapped minutes ago while the others are stable → member-flapping', () => {
    const r = evaluateMemberInterfaces(
      ctx(
        support([
          status('Ten-GigabitEthernet1/0/1'),
          status('Ten-GigabitEthernet1/0/2', {
            lastFlap: '0 hours 4 minutes 12 seconds',
            lastFlapSecondsAgo: 252,
          }),
        ]),
      ),
    );
    expect(first(r.facts)).toBe('member-faulty');
    expect(r.findings.map((f) => f.id)).toContain('member-flapping:XGE1/0/2');
  });

  it('link-down events in the log buffer prove a flapping member', () => {
    const s = support([status('Ten-GigabitEthernet1/0/1'), status('Ten-GigabitEthernet1/0/2')]);
    const entry = (line: number, up: boolean): LogEntry => ({
      time: `Dec  4 03:1${line}:55:123 2026`,
      at: Date.UTC(2026, 11, 4, 3, 10 + line, 55),
      host: 'LB01',
      module: 'IFNET',
      level: 3,
      mnemonic: 'PHY_UPDOWN',
      message: `Physical state on the interface Ten-GigabitEthernet1/0/2 changed to ${up ? 'up' : 'down'}.`,
      event: { kind: 'link', interface: 'Ten-GigabitEthernet1/0/2', layer: 'physical', up },
      line,
      endLine: line,
    });
    s.log.push({
      step: 'member-interfaces',
      index: 2,
      text: '',
      value: { entries: [entry(1, false), entry(2, true), entry(3, false), entry(4, true)] },
    });
    const r = evaluateMemberInterfaces(ctx(s));
    expect(first(r.facts)).toBe('member-faulty');
    const f = r.findings.find((x) => x.id === 'member-flapping:XGE1/0/2');
    expect(f?.evidence).toEqual([{ step: 'member-interfaces', paste: 2, lines: [1, 3] }]);
  });
});
