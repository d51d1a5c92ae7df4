/** Large realistic inputs for the parser bench (imported by the project's bench script). */
import { parseArp } from './parse-arp';

const hex4 = (n: number) => (n & 0xffff).toString(16).padStart(4, '0');

/** One Comware 7 row: dynamic entries on VLAN interfaces and aggregates, some static or N/A. */
function row(i: number): string {
  const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`.padEnd(16);
  const mac = `0050-${hex4(i >> 16)}-${hex4(i)}`.padEnd(15);
  const vlan = (i % 97 === 0 ? 'N/A' : String(1 + (i % 4094))).padEnd(14);
  const itf = (i % 3 === 0 ? `RAGG1.${1 + (i % 4094)}` : `XGE1/0/${i % 48}`).padEnd(25);
  const aging = (i % 50 === 0 ? 'N/A' : String(i % 1200)).padEnd(6);
  return `${ip}${mac}${vlan}${itf}${aging}${i % 50 === 0 ? 'S' : 'D'}`;
}

export const benchCases = [
  {
    name: 'arp table (many entries)',
    generate: (targetBytes: number) => {
      const head = [
        '[LB]display arp',
        '  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid',
        'IP address      MAC address    VLAN/VSI name Interface                Aging Type',
      ].join('\n');
      const parts: string[] = [head];
      let size = head.length;
      for (let i = 0; size < targetBytes; i++) {
        const r = row(i);
        parts.push(r);
        size += r.length + 1;
      }
      return parts.join('\n');
    },
    parse: parseArp,
  },
];
