/**
 * Large, realistic Reth outputs for the parse-speed budget, in the fixtures' exact layouts:
 * `display reth interface` over many Reths, a current-configuration with many Reth blocks between
 * other interfaces, and `display redundancy group` over many groups.
 */
import { parseRedundancyGroup } from './parse-redundancy-group';
import { parseReth } from './parse-reth';

function fill(targetBytes: number, head: string[], block: (i: number) => string): string {
  const parts = [...head];
  let size = 0;
  for (let i = 1; size < targetBytes; i++) {
    const b = block(i);
    parts.push(b);
    size += b.length + 1;
  }
  return parts.join('\n') + '\n';
}

export function generateRethDisplay(targetBytes: number): string {
  return fill(targetBytes, ['<Sysname> display reth interface'], (i) =>
    [
      `Reth${i} :`,
      `  Redundancy group  : ${i % 5 === 0 ? 'N/A' : `rg${i % 16}`}`,
      '  Member         Physical status       Forwarding status      Presence status',
      `  GE1/0/${i % 48}      UP                    ${i % 2 ? 'Active  ' : 'Inactive'}               Normal`,
      `  GE2/0/${i % 48}      ${i % 7 ? 'UP  ' : 'DOWN'}                  ${i % 2 ? 'Inactive' : 'Active  '}               ${i % 11 ? 'Normal' : 'Absent'}`,
    ].join('\n'),
  );
}

export function generateRethConfig(targetBytes: number): string {
  return fill(targetBytes, ['[L5030]display current-configuration interface'], (i) =>
    [
      '#',
      `interface Route-Aggregation1.${1000 + (i % 3000)}`,
      ` vlan-type dot1q vid ${1000 + (i % 3000)}`,
      '#',
      `interface Reth${i}`,
      ` description output-int-${i}`,
      ' ip binding vpn-instance HLW',
      ` ip address 10.${(i >> 8) & 255}.${i & 255}.1 255.255.255.252`,
      ` member interface Route-Aggregation1.${1000 + (i % 3000)} priority 100`,
      ` member interface Route-Aggregation2.${1000 + (i % 3000)} priority 50`,
    ].join('\n'),
  );
}

export function generateRedundancyGroups(targetBytes: number): string {
  return fill(targetBytes, ['<Sysname> display redundancy group'], (i) =>
    [
      `Redundancy group rg${i} (ID ${i}):`,
      '  Node ID      Slot        Priority   Status           Track weight',
      `  1            Slot1       100        ${i % 2 ? 'Secondary' : 'Primary  '}        ${i % 2 ? '-255' : '255'}`,
      `  2            Slot2       99         ${i % 2 ? 'Primary  ' : 'Secondary'}        255`,
      'Preempt delay time remained   : 0    min',
      'Preempt delay timer setting   : 1    min',
      'Remaining hold-down time      : 0    sec',
      'Hold-down timer setting       : 300  sec',
      'Manual switchover request     : No',
      'Member interfaces:',
      `    Reth${2 * i - 1}          Reth${2 * i}`,
      'Member failover groups:',
      'Node 1:',
      '  Node member     Physical status',
      '    GE1/0/2       DOWN',
      '    GE1/0/4       DOWN(redundancy down)',
      '  Track info:',
      '    Track    Status       Reduced weight     Interface',
      '    1        Negative     255                GE1/0/2(Fault)',
      '    2        Negative     255                GE1/0/4',
      'Node 2:',
      '  Node member    Physical status',
      '    GE2/0/2   UP',
      '    GE2/0/4    UP',
      '  Track info:',
      '    Track    Status       Reduced weight     Interface',
      '    3        Positive     55                 GE2/0/2',
      '    4        Positive     55                 GE2/0/4',
    ].join('\n'),
  );
}

export const benchCases = [
  {
    name: 'reth interface display',
    generate: generateRethDisplay,
    parse: (text: string) => parseReth(text),
  },
  {
    name: 'reth configuration',
    generate: generateRethConfig,
    parse: (text: string) => parseReth(text),
  },
  {
    name: 'redundancy group',
    generate: generateRedundancyGroups,
    parse: (text: string) => parseRedundancyGroup(text),
  },
];
