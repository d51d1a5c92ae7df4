/**
 * Large `display interface` outputs in the layouts of the real Comware 7 fixtures (plain `display
 * interface` on a big IRF switch or LB: ports, aggregates, Route-Aggregation sub-interfaces, Vlan-
 * interfaces), for the bench script (`npm run bench`).
 */
import { parseInterfaceStatus } from './parse-interface-status';

const n = (i: number, k: number) => ((i * 2654435761 + k * 40503) >>> 0) % 1_000_000_007;
/** A packet or byte total as big as a busy port's (up to 13 digits). */
const total = (i: number, k: number) =>
  `${n(i, k) % 10000}${String(n(i, k + 100)).padStart(9, '0')}`;

function port(i: number): string {
  const name = `Ten-GigabitEthernet${1 + (i % 4)}/0/${1 + (i % 48)}`;
  const up = i % 7 !== 0;
  const lines = [
    name,
    `Current state: ${up ? 'UP' : 'DOWN'}`,
    `Line protocol state: ${up ? 'UP' : 'DOWN'}`,
    `IP packet frame type: Ethernet II, hardware address: 000c-29${(i % 256).toString(16).padStart(2, '0')}-b767`,
    `Description: link to rack ${i % 97} port ${i % 48}`,
    'Bandwidth: 10000000 kbps',
    'Loopback is not set',
    'Media type is optical fiber, port hardware type is 10G_BASE_SR_SFP',
    up ? '10Gbps-speed mode, full-duplex mode' : 'Unknown-speed mode, unknown-duplex mode',
    'Link speed type is autonegotiation, link duplex type is autonegotiation',
    'Flow-control is not enabled',
    `Maximum frame length: ${i % 3 === 0 ? 1536 : 9216}`,
    i % 3 === 0 ? 'Forbid jumbo frames to pass' : 'Allow jumbo frames to pass',
    'Broadcast max-ratio: 100%',
    'Multicast max-ratio: 100%',
    'Unicast max-ratio: 100%',
    `PVID: ${1 + (i % 4094)}`,
    'MDI type: Automdix',
    'Port link-type: Trunk',
    ' VLAN Passing:   1(default vlan), 1000-1002, 1031',
    ' VLAN permitted: 1(default vlan), 2-4094',
    ' Trunk port encapsulation: IEEE 802.1q',
    'Port priority: 0',
    `Last link flapping: ${i % 5} weeks ${i % 7} days ${i % 24} hours ${i % 60} minutes`,
    'Last clearing of counters: Never',
    'Current system time:2025-02-04 10:02:52',
    'Last time when physical state changed to up:2025-01-01 09:01:01',
    'Last time when physical state changed to down:-',
    ` Peak input rate: ${n(i, 1) % 100000000} bytes/sec, at 2025-01-29 06:16:42`,
    ` Peak output rate: ${n(i, 2) % 100000000} bytes/sec, at 2025-02-02 10:38:12`,
    ` Last 300 seconds input: ${n(i, 3) % 20000} packets/sec ${n(i, 4) % 9000000} bytes/sec 1%`,
    ` Last 300 seconds output: ${n(i, 5) % 20000} packets/sec ${n(i, 6) % 9000000} bytes/sec 0%`,
    ` Input (total):  ${total(i, 7)} packets, ${total(i, 9)} bytes`,
    `         ${n(i, 7)} unicasts, ${n(i, 11) % 1000} broadcasts, ${n(i, 12) % 100000} multicasts, 0 pauses`,
    ` Input (normal):  ${total(i, 7)} packets, - bytes`,
    `         ${n(i, 7)} unicasts, ${n(i, 11) % 1000} broadcasts, ${n(i, 12) % 100000} multicasts, 0 pauses`,
    ` Input:  ${i % 11 === 0 ? n(i, 13) % 1000 : 0} input errors, 0 runts, 0 giants, 0 throttles`,
    `         ${i % 11 === 0 ? n(i, 14) % 1000 : 0} CRC, 0 frame, - overruns, 0 aborts`,
    '         - ignored, - parity errors',
    ` Output (total): ${total(i, 15)} packets, ${total(i, 17)} bytes`,
    `         ${n(i, 15)} unicasts, ${n(i, 18) % 1000} broadcasts, ${n(i, 19) % 100000} multicasts, 0 pauses`,
    ` Output (normal): ${total(i, 15)} packets, - bytes`,
    `         ${n(i, 15)} unicasts, ${n(i, 18) % 1000} broadcasts, ${n(i, 19) % 100000} multicasts, 0 pauses`,
    ' Output: 0 output errors, - underruns, - buffer failures',
    '         0 aborts, 0 deferred, 0 collisions, 0 late collisions',
    '         0 lost carrier, - no carrier',
  ];
  if (i % 4 === 0)
    lines.push(
      'IPv4 traffic statistics:',
      ' Last 300 seconds input rate: 0 packets/sec, 0 bytes/sec',
      ' Last 300 seconds output rate: 0 packets/sec, 0 bytes/sec',
      ' Input: 0 packets, 0 bytes',
      ' Output: 0 packets, 0 bytes',
    );
  return lines.join('\n');
}

function aggregate(i: number): string {
  return [
    `Route-Aggregation${1 + (i % 128)}.${1 + (i % 4000)}`,
    'Current state: UP',
    'Line protocol state: UP',
    `Description: Route-Aggregation${1 + (i % 128)}.${1 + (i % 4000)} Interface`,
    'Bandwidth: 20000000 kbps',
    `Maximum transmission unit: ${i % 2 === 0 ? 1500 : 9000}`,
    `Internet address: 10.${(i >> 8) & 255}.${i & 255}.1/24 (primary)`,
    'IP packet frame type: Ethernet II, hardware address: 3822-d666-bd0c',
    'IPv6 packet frame type: Ethernet II, hardware address: 3822-d666-bd0c',
    'Last clearing of counters: Never',
    `Last 300 seconds input rate: ${n(i, 20) % 900000} bytes/sec, ${n(i, 21)} bits/sec, ${n(i, 22) % 9000} packets/sec`,
    `Last 300 seconds output rate: ${n(i, 23) % 900000} bytes/sec, ${n(i, 24)} bits/sec, ${n(i, 25) % 9000} packets/sec`,
    `Input: ${n(i, 26)} packets, ${n(i, 27)} bytes, 0 drops`,
    `Output: ${n(i, 28)} packets, ${n(i, 29)} bytes, 0 drops`,
  ].join('\n');
}

export const benchCases = [
  {
    name: 'display interface (CW7 ports and Route-Aggregation sub-interfaces)',
    generate: (targetBytes: number) => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < targetBytes; i++) {
        const block = i % 5 === 4 ? aggregate(i) : port(i);
        parts.push(block, '');
        size += block.length + 2;
      }
      return parts.join('\n');
    },
    parse: parseInterfaceStatus,
  },
];
