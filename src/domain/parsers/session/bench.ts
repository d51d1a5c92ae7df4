/**
 * Large, realistic `display session table ipv4 verbose` output for the parse-speed budget: many
 * probe sessions in the seed's layout (Inline ID label, Rule ID lines, slot headers, a blank line
 * inside a block now and then), ending with the totals.
 */
import { parseSession } from './parse-session';

const pad10 = (n: number) => String(n).padStart(10, ' ');

function session(i: number): string {
  const a = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const b = `10.197.44.${200 + (i % 50)}`;
  const sport = 1024 + (i % 60000);
  const dport = i % 3 === 0 ? 443 : 80;
  const syn = i % 4 === 0;
  const pk = syn ? 0 : (i % 97) + 1;
  return [
    'Initiator:',
    `  Source      IP/port: ${a}/${sport}`,
    `  Destination IP/port: ${b}/${dport}`,
    '  DS-Lite tunnel peer: -',
    '  VPN instance/VLAN ID/Inline ID: HLW/-/-',
    '  Protocol: TCP(6)',
    '  Inbound interface: InLoopBack0',
    'Responder:',
    `  Source      IP/port: ${b}/${dport}`,
    `  Destination IP/port: ${a}/${sport}`,
    '  DS-Lite tunnel peer: -',
    ...(i % 50 === 0 ? [''] : []),
    '  VPN instance/VLAN ID/Inline ID: HLW/-/-',
    '  Protocol: TCP(6)',
    `  Inbound interface: ${i % 2 === 0 ? 'Reth2' : 'Route-Aggregation1.1973'}`,
    `State: ${syn ? 'TCP_SYN_SENT' : 'TCP_ESTABLISHED'}`,
    `Application: ${dport === 443 ? 'HTTPS' : 'HTTP'}`,
    'Rule ID: -/-/-',
    'Rule name:',
    `Start time: 2023-06-25 13:${String(i % 60).padStart(2, '0')}:05  TTL: ${(i % 3600) + 1}s`,
    `Initiator->Responder: ${pad10(pk + 1)} packets ${pad10((pk + 1) * 60)} bytes`,
    `Responder->Initiator: ${pad10(pk)} packets ${pad10(pk * 1500)} bytes`,
  ].join('\n');
}

export function generateSessionTable(targetBytes: number): string {
  const parts: string[] = ['[L5030]display session table ipv4 verbose', 'Slot 1:'];
  let size = 0;
  let count = 0;
  for (let i = 0; size < targetBytes; i++) {
    const s = session(i);
    parts.push(s);
    size += s.length + 1;
    count++;
  }
  parts.push(`Total sessions found: ${count}`);
  return parts.join('\n') + '\n';
}

export const benchCases = [
  {
    name: 'session table verbose',
    generate: generateSessionTable,
    parse: (text: string) => parseSession(text),
  },
];
