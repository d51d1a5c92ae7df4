/** Large realistic inputs for the parser bench (imported by the project's bench script). */
import { parsePing } from './parse-ping';

function run(i: number): string {
  const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const lines = [
    `[LB]ping -vpn-instance HLW ${ip}`,
    `Ping ${ip} (${ip}): 56 data bytes, press CTRL_C to break`,
  ];
  const lost = i % 3 === 0;
  for (let s = 0; s < 5; s++)
    lines.push(
      lost ? 'Request time out' : `56 bytes from ${ip}: icmp_seq=${s} ttl=63 time=0.${800 + s} ms`,
    );
  lines.push(`--- Ping statistics for ${ip} in VPN instance HLW ---`);
  lines.push(
    lost
      ? '5 packet(s) transmitted, 0 packet(s) received, 100.0% packet loss'
      : '5 packet(s) transmitted, 5 packet(s) received, 0.0% packet loss',
  );
  if (!lost) lines.push('round-trip min/avg/max/std-dev = 0.800/0.802/0.804/0.001 ms');
  lines.push('');
  return lines.join('\n');
}

export const benchCases = [
  {
    name: 'ping (many runs in one paste)',
    generate: (targetBytes: number) => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < targetBytes; i++) {
        const r = run(i);
        parts.push(r);
        size += r.length + 1;
      }
      return parts.join('\n');
    },
    parse: parsePing,
  },
];
