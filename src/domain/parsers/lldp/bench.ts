/** Large realistic inputs for the parser bench (imported by the project's bench script). */
import { parseLldp } from './parse-lldp';

const hex4 = (n: number) => (n & 0xffff).toString(16).padStart(4, '0');

/** One Comware 7 verbose block, as a core switch prints it for a neighbouring switch. */
function block(i: number): string {
  const port = `Ten-GigabitEthernet${1 + ((i >> 12) & 3)}/0/${(i >> 6) & 63}/${i & 63}`;
  return [
    `LLDP neighbor-information of port ${i + 1}[${port}]:`,
    'LLDP agent nearest-bridge:',
    ' LLDP neighbor index : 1',
    ` Update time         : ${i % 500} days, ${i % 24} hours, ${i % 60} minutes, 46 seconds`,
    ' Chassis type        : MAC address',
    ` Chassis ID          : 70f9-${hex4(i >> 4)}-${hex4(i)}`,
    ' Port ID type        : Interface name',
    ` Port ID             : Ten-GigabitEthernet${1 + (i & 1)}/0/${i % 48}`,
    ' Time to live        : 120',
    ` Port description    : TO_LB_${i}`,
    ` System name         : SW-ACC-${String(i >> 1).padStart(4, '0')}`,
    ' System description  : H3C Comware Platform Software, Software Version 7.1.045, ',
    '                       Release 1005P09',
    '                       H3C S12510-X',
    '                       Copyright (c) 2004-2014 Hangzhou H3C Tech. Co., Ltd. All ',
    '                       rights reserved.',
    ' System capabilities supported : Bridge, Router, Customer Bridge, Service Bridge',
    ' System capabilities enabled   : Bridge, Router, Customer Bridge',
    ' Management address type           : IPv4',
    ` Management address                : 10.6.${(i >> 8) & 255}.${i & 255}`,
    ' Management address interface type : IfIndex',
    ` Management address interface ID   : ${6000 + (i % 1000)}`,
    ' Management address OID            : 0',
    ' Port VLAN ID(PVID)  : 10',
    ' Link aggregation supported : Yes',
    ' Link aggregation enabled   : Yes',
    ` Aggregation port ID        : ${i % 2000}`,
    ' Auto-negotiation supported : Yes',
    ' Auto-negotiation enabled   : Yes',
    ' OperMau                    : Speed(10000)/Duplex(Full)',
    ' Power port class           : PSE',
    ' PSE power supported        : No',
    ' PSE power enabled          : No',
    ' PSE pairs control ability  : No',
    ' Power pairs                : Signal',
    ' Port power classification  : Class 0',
    ' Maximum frame size         : 9216',
    '',
  ].join('\n');
}

/** One row of the list form. */
function row(i: number): string {
  const name = `SW-ACC-${String(i >> 1).padStart(4, '0')}`.padEnd(21);
  const local = `XGE${1 + ((i >> 12) & 3)}/0/${i & 63}`.padEnd(16);
  const chassis = `bcea-${hex4(i >> 4)}-${hex4(i)}`.padEnd(16);
  return `${name}${local}${chassis}Ten-GigabitEthernet1/0/${i % 48}`;
}

function fill(targetBytes: number, head: string, part: (i: number) => string): string {
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < targetBytes; i++) {
    const p = part(i);
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}

export const benchCases = [
  {
    name: 'lldp verbose (many neighbour blocks)',
    generate: (targetBytes: number) =>
      fill(targetBytes, '<LB>display lldp neighbor-information verbose', block),
    parse: parseLldp,
  },
  {
    name: 'lldp list (many rows)',
    generate: (targetBytes: number) =>
      fill(
        targetBytes,
        [
          '<LB>display lldp neighbor-information list',
          'Chassis ID : * -- -- Nearest nontpmr bridge neighbor',
          '             # -- -- Nearest customer bridge neighbor',
          '             Default -- -- Nearest bridge neighbor',
          'System Name          Local Interface Chassis ID      Port ID',
        ].join('\n'),
        row,
      ),
    parse: parseLldp,
  },
];
