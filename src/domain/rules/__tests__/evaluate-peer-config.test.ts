import { describe, expect, it } from 'vitest';
import { parseInterfaceConfig } from '../../parsers/interface-config/parse-interface-config';
import { guards } from '../../graph/guards';
import { evaluatePeerConfig, type PeerConfigFacts } from '../evaluate-peer-config';
import { ctxWith, input } from './helpers';

const peer = (aggLines: string[], member44: string[] = []) => `#
interface Bridge-Aggregation33
 description GZ-HXY-G160201-V07-H5030
 port link-type trunk
 undo port trunk permit vlan 1
 port trunk permit vlan 972 to 973 1972 to 1973
${aggLines.join('\n')}
#
interface Ten-GigabitEthernet1/2/0/43
 port link-mode bridge
 port link-type trunk
 undo port trunk permit vlan 1
 port trunk permit vlan 972 to 973 1972 to 1973
 port link-aggregation group 33
#
interface Ten-GigabitEthernet1/2/0/44
 port link-mode bridge
 port link-type trunk
 undo port trunk permit vlan 1
 ${member44.length ? member44.join('\n ') : 'port trunk permit vlan 972 to 973 1972 to 1973'}
 port link-aggregation group 33
#
`;
const lagEv = { step: 'lag' as const, paste: 0, lines: [2] };
const ctx = ctxWith({
  aggregate: 'Route-Aggregation1',
  lagMode: 'dynamic',
  lagModeEvidence: lagEv,
  unselectedPorts: ['XGE1/1/1'],
  selectedPorts: ['XGE1/1/0'],
});
const first = (facts: PeerConfigFacts) =>
  Object.entries(guards['peer-config'] as Record<string, (f: PeerConfigFacts) => boolean>).find(
    ([, fn]) => fn(facts),
  )?.[0];

describe('evaluatePeerConfig', () => {
  it('peer static, LB dynamic → mode-mismatch, citing the peer aggregate and the LB mode line', () => {
    const r = evaluatePeerConfig([input(parseInterfaceConfig, peer([]))], ctx);
    expect(first(r.facts)).toBe('mode-mismatch');
    const f = r.findings.find((x) => x.id === 'peer-lacp-mode-mismatch');
    expect(f?.text['en-US']).toContain('Bridge-Aggregation33 on the peer switch is static');
    expect(f?.text['en-US']).toContain('Route-Aggregation1 on the load balancer is dynamic (LACP)');
    expect(f?.evidence).toEqual([{ step: 'peer-config', paste: 0, lines: [2] }, lagEv]);
    expect(r.context.peerAggregate).toBe('Bridge-Aggregation33');
    expect(r.context.peerMembers).toEqual([
      'Ten-GigabitEthernet1/2/0/43',
      'Ten-GigabitEthernet1/2/0/44',
    ]);
  });

  it('both dynamic with a member permitting other VLANs → attributes-differ, the attribute named on each end', () => {
    const r = evaluatePeerConfig(
      [
        input(
          parseInterfaceConfig,
          peer([' link-aggregation mode dynamic'], ['port trunk permit vlan 972 to 973']),
        ),
      ],
      ctx,
    );
    expect(first(r.facts)).toBe('attributes-differ');
    expect(r.context.differences).toEqual([
      {
        attribute: 'permitted-vlans',
        port: 'Ten-GigabitEthernet1/2/0/44',
        reference: 'Bridge-Aggregation33',
        value: '972 to 973',
        expected: '972 to 973 1972 to 1973',
        device: 'peer',
      },
    ]);
    const f = r.findings.find((x) =>
      x.id.startsWith('peer-attribute-differs:Ten-GigabitEthernet1/2/0/44'),
    );
    expect(f?.text['en-US']).toContain(
      'permitted VLANs 972 to 973 but Bridge-Aggregation33 has 972 to 973 1972 to 1973',
    );
  });

  it('both dynamic with identical configuration names no cause', () => {
    const r = evaluatePeerConfig(
      [input(parseInterfaceConfig, peer([' link-aggregation mode dynamic']))],
      ctx,
    );
    expect(first(r.facts)).toBe('otherwise');
    expect(r.findings.map((f) => f.id)).toContain('peer-config-same');
    expect(r.findings.some((f) => f.id.startsWith('peer-attribute-differs'))).toBe(false);
  });

  it('a LACP period or MTU that differs is named, but is not a cause', () => {
    const r = evaluatePeerConfig(
      [
        input(
          parseInterfaceConfig,
          peer(
            [' link-aggregation mode dynamic'],
            [
              'port trunk permit vlan 972 to 973 1972 to 1973',
              'lacp period short',
              'jumboframe enable 9000',
            ],
          ),
        ),
      ],
      ctx,
    );
    expect(first(r.facts)).toBe('otherwise');
    const also = r.findings.filter((f) => f.id.startsWith('peer-attribute-also-differs'));
    expect(also.map((f) => f.id)).toEqual([
      'peer-attribute-also-differs:Ten-GigabitEthernet1/2/0/44:lacp-period',
      'peer-attribute-also-differs:Ten-GigabitEthernet1/2/0/44:jumboframe',
    ]);
    expect(also.every((f) => f.severity === 'warning')).toBe(true);
    expect(also[0]?.text['en-US']).toContain(
      'LACP period short but Ten-GigabitEthernet1/2/0/43 has long',
    );
  });

  it('two aggregates and nothing to tell which faces the LB → waits, asking for LLDP', () => {
    const two = `${peer([' link-aggregation mode dynamic'])}interface Bridge-Aggregation34
 link-aggregation mode dynamic
#
`;
    const r = evaluatePeerConfig([input(parseInterfaceConfig, two)], ctx);
    expect(r.waiting).toBe(true);
    const f = r.findings.find((x) => x.id === 'peer-aggregate-ambiguous');
    expect(f?.text['en-US']).toContain('display lldp neighbor-information list');
  });

  it('LLDP shows the LB members reaching ports of two aggregates → members-split', () => {
    const two = `${peer([' link-aggregation mode dynamic'])}interface Bridge-Aggregation34
 link-aggregation mode dynamic
#
interface Ten-GigabitEthernet1/2/0/45
 port link-aggregation group 34
#
`;
    const r = evaluatePeerConfig([input(parseInterfaceConfig, two)], {
      ...ctx,
      peerPorts: {
        'XGE1/1/0': 'Ten-GigabitEthernet1/2/0/43',
        'XGE1/1/1': 'Ten-GigabitEthernet1/2/0/45',
      },
    });
    expect(first(r.facts)).toBe('members-split');
    expect(r.findings[0]?.id).toBe('peer-members-split');
    expect(r.findings[0]?.evidence[0]?.lines).toEqual([9, 14, 26, 27]);
  });

  it('the LB aggregate config pasted alongside decides the LB mode', () => {
    const lb = '#\ninterface Route-Aggregation1\n description input-int\n#\n';
    const r = evaluatePeerConfig(
      [input(parseInterfaceConfig, peer([])), input(parseInterfaceConfig, lb, 1)],
      ctx,
    );
    expect(r.facts.lbMode).toBe('static');
    // Both ends static and no member attribute differs: no rule names a cause.
    expect(first(r.facts)).toBe('otherwise');
  });

  it('no aggregate in the paste → otherwise', () => {
    const r = evaluatePeerConfig(
      [
        input(
          parseInterfaceConfig,
          '#\ninterface Ten-GigabitEthernet1/2/0/43\n port link-aggregation group 33\n#\n',
        ),
      ],
      ctx,
    );
    expect(first(r.facts)).toBe('otherwise');
  });
});
