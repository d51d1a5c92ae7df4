/**
 * A large `display current-configuration` in the exact layout of the real fixtures, for the bench
 * script (`npm run bench`): thousands of aggregates, member ports, sub-interfaces and, between
 * them, other sections the parser must count and skip.
 */
import { parseInterfaceConfig } from './parse-interface-config';

function block(n: number): string {
  const agg = n + 1;
  const lines = [
    '#',
    `interface Bridge-Aggregation${agg}`,
    ` description to-peer-${agg} (BAGG${agg})`,
    ' port link-type trunk',
    ' undo port trunk permit vlan 1',
    ` port trunk permit vlan ${(agg % 900) + 10} to ${(agg % 900) + 12} ${(agg % 900) + 1900} to ${(agg % 900) + 1901}`,
    ...(n % 3 === 0 ? [] : [' link-aggregation mode dynamic']),
    '#',
    `interface Route-Aggregation${agg}.1973`,
    ' ip binding vpn-instance HLW',
    ` ip address 10.${(agg >> 8) & 255}.${agg & 255}.1 255.255.255.252`,
    ' vlan-type dot1q vid 1973',
  ];
  for (let m = 0; m < 2; m++) {
    lines.push(
      '#',
      `interface Ten-GigabitEthernet${1 + Math.floor(agg / 4800)}/${Math.floor(agg / 48) % 100}/0/${(agg % 48) * 2 + m + 1}`,
      ' port link-mode bridge',
      ` description to-peer-${agg}_PORT${m + 1}`,
      ' port link-type hybrid',
      ' undo port hybrid vlan 1',
      ` port hybrid vlan ${(agg % 900) + 10} to ${(agg % 900) + 12} tagged`,
      ` port link-aggregation group ${agg}`,
    );
  }
  lines.push('#', `vlan ${(agg % 4000) + 2}`, ` description vlan-${agg}`);
  return lines.join('\n');
}

export function generateCurrentConfiguration(targetBytes: number): string {
  const parts: string[] = [' version 7.1.064, Release 9141P38', '#', ' sysname L5030'];
  let size = 60;
  for (let n = 0; size < targetBytes; n++) {
    const b = block(n);
    parts.push(b);
    size += b.length + 1;
  }
  parts.push('#', 'return');
  return parts.join('\n');
}

export const benchCases = [
  {
    name: 'interface configuration (display current-configuration)',
    generate: generateCurrentConfiguration,
    parse: (text: string): unknown => parseInterfaceConfig(text),
  },
];
