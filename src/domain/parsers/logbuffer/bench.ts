/** Large realistic inputs for the parser bench (imported by the project's bench script). */
import { parseLogbuffer } from './parse-logbuffer';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function stamp(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, ' ');
  const s = i % 86400;
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${MONTHS[i % 12] ?? 'Jan'} ${day} ${hh}:${mm}:${ss}:${i % 1000} 2026`;
}

/** One log entry (one or a few lines), in the mix a busy LB's buffer holds. */
function entry(i: number): string {
  const t = stamp(i);
  const port = `${1 + (i % 2)}/0/${i % 48}`;
  switch (i % 8) {
    case 0:
      return `%${t} LB01 IFNET/3/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet${port} changed to ${i % 16 ? 'up' : 'down'}.`;
    case 1:
      return `%${t} LB01 IFNET/5/LINK_UPDOWN: Line protocol state on the interface Ten-GigabitEthernet${port} changed to down.`;
    case 2:
      return `%${t} LB01 LAGG/6/LAGG_INACTIVE_PHYSTATE: Member port XGE${port} of aggregation group BAGG${i % 64} changed to the inactive state, because the physical state of the port is down.`;
    case 3:
      return `%${t} LB01 LAGG/6/LAGG_ACTIVE: Member port XGE${port} of aggregation group BAGG${i % 64} changed to the active state.`;
    case 4:
      return `%${t} LB01 LLDP/6/LLDP_CREATE_NEIGHBOR: -Slot=2; Nearest bridge agent neighbor created on port Ten-GigabitEthernet${port} (IfIndex ${i % 600}), neighbor's chassis ID is 1ac3-6812-1400, port ID is Ten-GigabitEthernet1/0/50.`;
    case 5:
      return `%${t} LB01 SHELL/6/SHELL_CMD: -Task=vt0-IPAddr=10.0.${i % 250}.4-User=admin; Command is display server-farm`;
    case 6:
      return `*${t} LB01 NQA/7/ Reaction: -VD=1; NQA entry (admin-t${i % 32})  reaction (1): Status changed from below-threshold to over-threshold.`;
    default:
      return `%${t} LB01 ARP/6/DUPIFIP:\nDuplicate address 172.16.${i % 250}.1 on interface Vlan-interface100, sourced from 00e0-fc58-123d\n This message repeated 4 times in last 30 seconds.`;
  }
}

export const benchCases = [
  {
    name: 'display logbuffer (header and many entries)',
    generate: (targetBytes: number) => {
      const parts = [
        '<LB01>display logbuffer',
        'Log buffer: Enabled',
        'Max buffer size: 1024',
        'Actual buffer size: 512',
        'Dropped messages: 0',
        'Overwritten messages: 0',
        'Current messages: 512',
      ];
      let size = parts.join('\n').length;
      for (let i = 0; size < targetBytes; i++) {
        const e = entry(i);
        parts.push(e);
        size += e.length + 1;
      }
      return parts.join('\n');
    },
    parse: parseLogbuffer,
  },
  {
    // No header: detection must read to the end before it can call the paste log lines.
    name: 'plain log lines (console and log host copies)',
    generate: (targetBytes: number) => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < targetBytes; i++) {
        const e = entry(i);
        // Every third line as a log host stores it: no mark, `%%10` before the module.
        const line = i % 3 === 0 ? e.replace(/^[%*](.*?) LB01 /, '$1 LB01 %%10') : e;
        parts.push(line);
        size += line.length + 1;
      }
      return parts.join('\n');
    },
    parse: parseLogbuffer,
  },
];
