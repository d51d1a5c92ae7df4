/** Large realistic inputs for the parser bench (imported by the project's bench script). */
import { parseServerFarm } from './parse-server-farm';

const STATES = ['Active', 'Probe-failed', 'Active', 'Shutdown', 'Inactive'];

function farmBlock(i: number): string {
  const rows: string[] = [];
  for (let r = 0; r < 8; r++) {
    const name = `web-${i}-real-server-${r}`;
    const shown = name.length > 16 ? `${name.slice(0, 13)}...` : name;
    rows.push(
      `  ${shown.padEnd(17)}${(STATES[(i + r) % STATES.length] ?? 'Active').padEnd(14)}${`10.${(i >> 8) & 255}.${i & 255}.${r + 1}`.padEnd(21)}${'80'.padEnd(6)}${'100'.padEnd(7)}4`,
    );
  }
  return [
    `Server farm: sf-${i}`,
    '  Description:',
    '  Predictor: Round robin',
    '  Proximity: Disabled',
    '  NAT: Enabled',
    '  SNAT pool:',
    '  Failed action: Keep',
    '  Active threshold: Disabled',
    '  Slow-online: Disabled',
    '  Selected server: Disabled',
    '  Probe information:',
    '    Probe success criteria: All',
    '    Probe method:',
    '    tcp-temp',
    '  Total real server: 8',
    '  Active real server: 3',
    '  Real server list:',
    '  Name             State         Address              Port  Weight Priority',
    ...rows,
    '',
  ].join('\n');
}

function realServerBlock(i: number): string {
  return [
    `Real server: rs-${i}`,
    '  Description:',
    `  State: ${STATES[i % STATES.length] ?? 'Active'}`,
    `  IPv4 address: 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    '  IPv6 address: --',
    '  Port: 80',
    `  Server farm: sf-${i >> 4}`,
    '  Weight: 100',
    '  Priority: 4',
    '  Cost: 0',
    '  Slow shutdown: Disabled',
    '  Connection limit: --',
    '  Rate limit:',
    '    Connections: --',
    '    Bandwidth: --',
    '    Inbound bandwidth: --',
    '    Outbound bandwidth: --',
    '  Probe information:',
    '    Probe success criteria: All',
    '    Probe method      State',
    '    t4                Failed',
    '',
  ].join('\n');
}

function repeat(head: string, block: (i: number) => string, targetBytes: number): string {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < targetBytes; i++) {
    const b = block(i);
    parts.push(b);
    size += b.length + 1;
  }
  return parts.join('\n');
}

export const benchCases = [
  {
    name: 'display server-farm (many farms)',
    generate: (n: number) => repeat('<LB>display server-farm', farmBlock, n),
    parse: parseServerFarm,
  },
  {
    name: 'display real-server (many servers)',
    generate: (n: number) => repeat('<LB>display real-server', realServerBlock, n),
    parse: parseServerFarm,
  },
];
