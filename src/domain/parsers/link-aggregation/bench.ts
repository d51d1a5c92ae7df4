/**
 * Large `display link-aggregation` outputs in the exact layout of the real fixtures, for the bench
 * script (`npm run bench`): many aggregates with many members each.
 */
import { parseLinkAggregation } from './parse-link-aggregation';

const LEGEND = [
  'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
  'Port Status: S -- Selected, U -- Unselected, I -- Individual',
  'Flags:  A -- LACP_Activity, B -- LACP_Timeout, C -- Aggregation,',
  '        D -- Synchronization, E -- Collecting, F -- Distributing,',
  '        G -- Defaulted, H -- Expired',
  '',
].join('\n');
const SEP = '-'.repeat(80);
const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));
const port = (g: number, i: number) => `XGE${1 + (g % 2)}/${Math.floor(g / 40) % 10}/${i + 1}`;
const hex4 = (n: number) => (n & 0xffff).toString(16).padStart(4, '0');

function verboseGroup(g: number, members: number): string {
  const out: string[] = [];
  const dynamic = g % 5 !== 0;
  out.push(`Aggregate Interface: ${g % 3 === 0 ? 'Route' : 'Bridge'}-Aggregation${g + 1}`);
  out.push(`Aggregation Mode: ${dynamic ? 'Dynamic' : 'Static'}`, 'Loadsharing Type: Shar');
  if (!dynamic) {
    out.push('  Port             Status  Priority Oper-Key', SEP);
    for (let i = 0; i < members; i++)
      out.push(
        `  ${pad(port(g, i), 17)}${pad(i % 4 === 3 ? 'U' : 'S', 8)}${pad('32768', 9)}${g + 1}`,
      );
    return out.join('\n');
  }
  out.push(
    `System ID: 0x8000, 9023-b46c-${hex4(g)}`,
    'Local:',
    '  Port             Status  Priority Oper-Key  Flag',
    SEP,
  );
  for (let i = 0; i < members; i++) {
    const sel = i % 4 !== 3;
    out.push(
      `  ${pad(port(g, i), 17)}${pad(sel ? 'S' : 'U', 8)}${pad('32768', 9)}${pad(String(g + 1), 10)}${sel ? '{ACDEF}' : '{ACG}'}`,
    );
  }
  out.push(
    'Remote:',
    '  Actor            Partner Priority Oper-Key  SystemID               Flag',
    SEP,
  );
  for (let i = 0; i < members; i++) {
    const sel = i % 4 !== 3;
    const sys = sel ? `0x8000, bcea-fa19-${hex4(g * 7)}` : '0x8000, 0000-0000-0000';
    out.push(
      `  ${pad(port(g, i), 17)}${pad(sel ? String(i + 1) : '0', 8)}${pad('32768', 9)}${pad(sel ? '2' : '0', 10)}${sys} ${sel ? '{ACDEF}' : '{EF}'}`,
    );
  }
  return out.join('\n');
}

export function generateVerbose(targetBytes: number): string {
  const parts = [LEGEND];
  let size = LEGEND.length;
  for (let g = 0; size < targetBytes; g++) {
    const block = verboseGroup(g, 8 + (g % 9));
    parts.push(block, '');
    size += block.length + 2;
  }
  return parts.join('\n');
}

export function generateSummary(targetBytes: number): string {
  const head = [
    'Aggregate Interface Type:',
    'BAGG -- Bridge-Aggregation, BLAGG -- Blade-Aggregation, RAGG -- Route-Aggregation, SCH-B -- Schannel-Bundle',
    'Aggregation Mode: S -- Static, D -- Dynamic',
    'Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing',
    'Actor System ID: 0x8000, 74b3-5502-0300',
    '',
    'AGG        AGG   Partner ID              Selected  Unselected  Individual  Share',
    'Interface  Mode                          Ports     Ports       Ports       Type',
    SEP,
  ].join('\n');
  const rows = [head];
  let size = head.length;
  for (let g = 0; size < targetBytes; g++) {
    const dyn = g % 4 !== 0;
    const row = `${pad(`${g % 3 === 0 ? 'RAGG' : 'BAGG'}${g + 1}`, 11)}${pad(dyn ? 'D' : 'S', 6)}${pad(dyn ? `0x8000, 943f-c2b8-${hex4(g)}` : 'None', 24)}${pad(String(g % 8), 10)}${pad(String(g % 3), 12)}${pad('0', 12)}${g % 7 === 0 ? 'NonS' : 'Shar'}`;
    rows.push(row);
    size += row.length + 1;
  }
  return rows.join('\n');
}

export function generateMemberPort(targetBytes: number): string {
  const head = [
    'Flags: A -- LACP_Activity, B -- LACP_Timeout, C -- Aggregation,',
    '       D -- Synchronization, E -- Collecting, F -- Distributing,',
    '       G -- Defaulted, H -- Expired',
    '',
  ].join('\n');
  const parts = [head];
  let size = head.length;
  for (let p = 0; size < targetBytes; p++) {
    const g = Math.floor(p / 4);
    const name = `Ten-GigabitEthernet${1 + (g % 2)}/0/${(p % 48) + 1}`;
    const block =
      g % 6 === 0
        ? [
            `${name}:`,
            `Aggregate Interface: Bridge-Aggregation${g + 1}`,
            `Port Number: ${p + 1}`,
            'Port Priority: 32768',
            `Oper-Key: ${g + 1}`,
            '',
          ].join('\n')
        : [
            `${name}:`,
            `Aggregate Interface: Bridge-Aggregation${g + 1}`,
            'Local:',
            `    Port Number: ${p + 1}`,
            '    Port Priority: 32768',
            `    Oper-Key: ${g + 1}`,
            `    Flag: ${p % 5 === 0 ? '{ACG}' : '{ACDEF}'}`,
            'Remote:',
            `    System ID: 0x8000, 000f-e267-${hex4(g)}`,
            `    Port Number: ${p % 5 === 0 ? 0 : p + 26}`,
            '    Port Priority: 32768',
            `    Oper-Key: ${p % 5 === 0 ? 0 : g + 1}`,
            `    Flag: ${p % 5 === 0 ? '{EF}' : '{ACDEF}'}`,
            `Received LACP Packets: ${p * 13} packet(s)`,
            'Illegal: 0 packet(s)',
            `Sent LACP Packets: ${p * 11} packet(s)`,
            '',
          ].join('\n');
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n');
}

export const benchCases = [
  {
    name: 'link-aggregation verbose',
    generate: generateVerbose,
    parse: (text: string): unknown => parseLinkAggregation(text),
  },
  {
    name: 'link-aggregation summary',
    generate: generateSummary,
    parse: (text: string): unknown => parseLinkAggregation(text),
  },
  {
    name: 'link-aggregation member-port',
    generate: generateMemberPort,
    parse: (text: string): unknown => parseLinkAggregation(text),
  },
];
