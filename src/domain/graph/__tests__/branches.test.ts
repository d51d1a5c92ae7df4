import { describe, expect, it } from 'vitest';
import { diagnosisIds, type DiagnosisId } from '../../run-types';
import type { Paste, StepId } from '../../wizard-state';
import { runWizard } from '../run-wizard';
import { seed, stateOf } from './seed';

const p = (step: StepId, text: string): Paste => ({ step, text, at: null });
const farmWith = (s1: string, s2: string) =>
  seed.farm
    .replace('test1         Probe-failed', `test1         ${s1.padEnd(12)}`)
    .replace('test2         Probe-failed', `test2         ${s2.padEnd(12)}`);
const upToSession = [p('farm-status', seed.farm), p('ping', seed.pingLoss), p('ping', seed.pingOk)];
const sessionWith = (from: string, to: string, more: Array<[string, string]> = []) =>
  more.reduce((s, [a, b]) => s.replace(a, b), seed.session.replace(from, to));
const synSentVia = (iface: string) =>
  sessionWith('Inbound interface: Reth2', `Inbound interface: ${iface}`);
const rethDisplay = (rows: string) => `<LB> display reth interface reth 2
Reth2 :
  Redundancy group  : aa
  Member         Physical status       Forwarding status      Presence status
${rows}`;
const upToLag = [...upToSession, p('session', seed.session), p('reth', seed.reth)];
const lagRows = (rows: string) => seed.lag.replace(/ {2}XGE1\/1\/0[\s\S]*$/, rows);
const allSelected = lagRows(
  '  XGE1/1/0         S       32768    3         {ACDEF}\n  XGE1/1/1         S       32768    3         {ACDEF}\n',
);
const remote = (ids: [string, string]) => `Remote:
  Actor            Partner Priority Oper-Key  SystemID               Flag
--------------------------------------------------------------------------------
  XGE1/1/0         43      32768    33        0x8000, ${ids[0]} {ACDEF}
  XGE1/1/1         44      32768    33        0x8000, ${ids[1]} {ACDEF}
`;

/** `display interface` of a Route-Aggregation member (Comware 7, route mode). */
function member(port: string, o: { pps: number; crc?: number; flap?: string }): string {
  return `<L5030>display interface ${port.replace(/(\d)/, ' $1')}
${port}
Current state: UP
Line protocol state: UP
Description: to-CORE-${port.slice(-5)}
Bandwidth: 10000000 kbps
Maximum transmission unit: 1500
Internet protocol processing: Disabled
IP packet frame type: Ethernet II, hardware address: 9023-b46c-4401
Loopback is not set
Media type is optical fiber, port hardware type is 10G_BASE_SR_SFP
10Gbps-speed mode, full-duplex mode
Link speed type is autonegotiation, link duplex type is autonegotiation
Flow-control is not enabled
Maximum frame length: 9216
Last link flapping: ${o.flap ?? '12 weeks 3 days 4 hours 11 minutes'}
Last clearing of counters: Never
Last 300 second input: ${o.pps} packets/sec ${o.pps * 611} bytes/sec 0%
Last 300 second output: 1893 packets/sec 1118530 bytes/sec 0%
Input (total):  4358237286 packets, 4432560568556 bytes
    4303929389 unicasts, 62 broadcasts, 33895095 multicasts, 0 pauses
Input (normal):  4337824546 packets, - bytes
    4303929389 unicasts, 62 broadcasts, 33895095 multicasts, 0 pauses
Input:  ${o.crc ?? 0} input errors, 0 runts, 0 giants, 0 throttles
    ${o.crc ?? 0} CRC, 0 frame, - overruns, 0 aborts
    - ignored, - parity errors
Output (total): 3755453007 packets, 2061360496941 bytes
    3243358465 unicasts, 56720 broadcasts, 509956054 multicasts, 0 pauses
Output (normal): 3753371239 packets, - bytes
    3243358465 unicasts, 56720 broadcasts, 509956054 multicasts, 0 pauses
Output: 0 output errors, - underruns, - buffer failures
    0 aborts, 0 deferred, 0 collisions, 0 late collisions
    0 lost carrier, - no carrier
`;
}
const template = (body: string) =>
  `<L5030>display current-configuration | begin nqa template\n#\n${body}#\n`;
const arpOf = (row: string) =>
  `<L5030>display arp vpn-instance HLW | include 10.197.44.201\n${row}\n<L5030>`;
const sessionState = (state: string, sent: [number, number], back: [number, number]) =>
  sessionWith('State: TCP_SYN_SENT', `State: ${state}`, [
    [
      'Initiator->Responder:            0 packets          0 bytes',
      `Initiator->Responder:${String(sent[0]).padStart(13)} packets${String(sent[1]).padStart(11)} bytes`,
    ],
    [
      'Responder->Initiator:            0 packets          0 bytes',
      `Responder->Initiator:${String(back[0]).padStart(13)} packets${String(back[1]).padStart(11)} bytes`,
    ],
  ]);
const pingDf = (
  size: number,
  received: number,
) => `<L5030>ping -vpn-instance HLW -f -s ${size} 10.197.44.201
Ping 10.197.44.201 (10.197.44.201): ${size} data bytes, press CTRL_C to break
${received ? Array.from({ length: 5 }, (_, i) => `${size + 8} bytes from 10.197.44.201: icmp_seq=${i} ttl=63 time=1.${i}02 ms`).join('\n') : 'Request time out\nRequest time out\nRequest time out\nRequest time out\nRequest time out'}

--- Ping statistics for 10.197.44.201 in VPN instance HLW ---
5 packet(s) transmitted, ${received} packet(s) received, ${received ? '0.0' : '100.0'}% packet loss
${received ? 'round-trip min/avg/max/std-dev = 1.002/1.202/1.402/0.141 ms\n' : ''}`;
const slowPing = `<L5030>ping -vpn-instance HLW 10.197.44.201
Ping 10.197.44.201 (10.197.44.201): 56 data bytes, press CTRL_C to break
56 bytes from 10.197.44.201: icmp_seq=0 ttl=63 time=702.113 ms
56 bytes from 10.197.44.201: icmp_seq=1 ttl=63 time=811.407 ms
56 bytes from 10.197.44.201: icmp_seq=2 ttl=63 time=756.992 ms
56 bytes from 10.197.44.201: icmp_seq=3 ttl=63 time=690.205 ms
56 bytes from 10.197.44.201: icmp_seq=4 ttl=63 time=733.880 ms

--- Ping statistics for 10.197.44.201 in VPN instance HLW ---
5 packet(s) transmitted, 5 packet(s) received, 0.0% packet loss
round-trip min/avg/max/std-dev = 690.205/738.919/811.407/42.312 ms
`;

/** Realistic states (seed outputs with the values that differ) and the diagnosis each must give. */
const cases: Array<[string, DiagnosisId, Paste[]]> = [
  ['all Active', 'farm-healthy', [p('farm-status', farmWith('Active', 'Active'))]],
  [
    'one Shutdown, one Active',
    'real-server-shutdown',
    [p('farm-status', farmWith('Shutdown', 'Active'))],
  ],
  ['Inactive', 'real-server-inactive', [p('farm-status', farmWith('Inactive', 'Inactive'))]],
  ['Standby and Ramp', 'slow-online', [p('farm-status', farmWith('Standby', 'Ramp'))]],
  ['unknown state', 'inconclusive', [p('farm-status', farmWith('Busy', 'Active'))]],
  [
    'no session',
    'probe-not-sent',
    [
      ...upToSession,
      p(
        'session',
        '[L5030]display session table ipv4 destination-ip 10.197.44.201 verbose\nTotal sessions found: 0\n',
      ),
    ],
  ],
  [
    'session in the public network',
    'vpn-instance-mismatch',
    [...upToSession, p('session', seed.session.replaceAll('HLW/-/-', '-/-/-'))],
  ],
  [
    'reset by the server',
    'server-port-closed',
    [
      ...upToSession,
      p(
        'session',
        sessionWith('State: TCP_SYN_SENT', 'State: TCP_CLOSE', [
          [
            'Initiator->Responder:            0 packets          0 bytes',
            'Initiator->Responder:            1 packets         60 bytes',
          ],
          [
            'Responder->Initiator:            0 packets          0 bytes',
            'Responder->Initiator:            1 packets         40 bytes',
          ],
        ]),
      ),
    ],
  ],
  [
    'data back and an HTTP template expecting a status',
    'probe-l7-mismatch',
    [
      ...upToSession,
      p('session', sessionState('TCP_ESTABLISHED', [5, 420], [4, 780])),
      p(
        'probe-template',
        template(
          ' nqa template http tcp-temp\n  url http://10.197.44.201/health\n  expect status 200\n',
        ),
      ),
    ],
  ],
  [
    'a TLS probe closed after the certificate',
    'probe-tls-failure',
    [
      ...upToSession,
      p(
        'session',
        sessionState('TCP_TIME_WAIT', [6, 611], [4, 3921])
          .replace('10.197.44.201/80', '10.197.44.201/443')
          .replace('/80\n', '/443\n')
          .replace('Application: HTTP', 'Application: HTTPS'),
      ),
      p(
        'probe-template',
        template(
          ' nqa template https tcp-temp\n  destination port 443\n  ssl-client-policy lb-probe\n',
        ),
      ),
    ],
  ],
  [
    'replies slower than the probe timeout',
    'probe-timeout-too-short',
    [
      p('farm-status', seed.farm),
      p('ping', seed.pingLoss),
      p('ping', slowPing),
      p('session', sessionState('TCP_CLOSE', [2, 100], [1, 60])),
      p('probe-template', template(' nqa template tcp tcp-temp\n  probe timeout 500\n')),
    ],
  ],
  [
    'handshake only, large DF pings lost',
    'path-mtu-blackhole',
    [
      ...upToSession,
      p('session', sessionState('TCP_ESTABLISHED', [3, 410], [1, 60])),
      p(
        'probe-template',
        template(' nqa template http tcp-temp\n  url http://10.197.44.201/index.html\n'),
      ),
      p('path-mtu', pingDf(1472, 0)),
      p('path-mtu', pingDf(1400, 5)),
    ],
  ],
  [
    'handshake only, large DF pings answered',
    'inconclusive',
    [
      ...upToSession,
      p('session', sessionState('TCP_ESTABLISHED', [3, 410], [1, 60])),
      p(
        'probe-template',
        template(' nqa template http tcp-temp\n  url http://10.197.44.201/index.html\n'),
      ),
      p('path-mtu', pingDf(1472, 5)),
    ],
  ],
  [
    'no reply via a plain port, the server resolved there',
    'server-no-reply',
    [
      ...upToSession,
      p('session', synSentVia('GigabitEthernet1/0/2')),
      p('arp', arpOf('10.197.44.201   0050-56a1-3c2e N/A      GE1/0/2                  17    D')),
    ],
  ],
  [
    'no reply via a plain port, no ARP entry',
    'arp-unresolved',
    [...upToSession, p('session', synSentVia('GigabitEthernet1/0/2')), p('arp', arpOf(''))],
  ],
  [
    'unknown session state',
    'inconclusive',
    [
      ...upToSession,
      p(
        'session',
        sessionState('TCP_LAST_ACK', [1, 60], [1, 60]).replace(
          'State: TCP_LAST_ACK',
          'State: RAWIP_OPEN',
        ),
      ),
    ],
  ],
  [
    'preferred Reth member down',
    'reth-member-inactive',
    [
      ...upToSession,
      p('session', seed.session),
      p(
        'reth',
        seed.reth
          .replaceAll('Route-Aggregation1.1973', 'GigabitEthernet1/0/1')
          .replaceAll('Route-Aggregation2.1973', 'GigabitEthernet1/0/2'),
      ),
      p(
        'reth',
        rethDisplay(
          '  GE1/0/1      DOWN                  Inactive               Normal\n  GE1/0/2      UP                    Active                 Normal\n',
        ),
      ),
    ],
  ],
  [
    'Reth on plain ports, healthy, the server resolved on the Reth',
    'server-no-reply',
    [
      ...upToSession,
      p('session', seed.session),
      p(
        'reth',
        rethDisplay(
          '  GE1/0/1      UP                    Active                 Normal\n  GE1/0/2      UP                    Inactive               Normal\n',
        ),
      ),
      p('arp', arpOf('10.197.44.201   0050-56a1-3c2e N/A      Reth2                    17    D')),
    ],
  ],
  [
    'every aggregate member Selected, both carrying traffic',
    'server-no-reply',
    [
      ...upToLag,
      p('lag', allSelected),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/0', { pps: 2210 })),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/1', { pps: 1987 })),
    ],
  ],
  [
    'every member Selected, one receiving nothing',
    'lag-member-faulty',
    [
      ...upToLag,
      p('lag', allSelected),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/0', { pps: 4120 })),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/1', { pps: 0 })),
    ],
  ],
  [
    'every member Selected, one with old CRC errors (odd, not proof)',
    'inconclusive',
    [
      ...upToLag,
      p('lag', allSelected),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/0', { pps: 2210 })),
      p('member-interfaces', member('Ten-GigabitEthernet1/1/1', { pps: 1987, crc: 17 })),
    ],
  ],
  [
    'members answered by two partner systems',
    'lag-cross-connected',
    [
      ...upToLag,
      p('lag', `${seed.lag.replace(/\n*$/, '\n')}${remote(['3cd2-e54f-0a00', '3cd2-e54f-7b80'])}`),
    ],
  ],
  [
    'Oper-Key differs',
    'lag-member-unselected',
    [
      ...upToLag,
      p(
        'lag',
        lagRows(
          '  XGE1/1/0         S       32768    3         {ACDEF}\n  XGE1/1/1         U       32768    4         {AC}\n',
        ),
      ),
    ],
  ],
  [
    'aggregate directly on the session (no Reth)',
    'lacp-mode-mismatch',
    [
      ...upToSession,
      p('session', synSentVia('Route-Aggregation1.1973')),
      p('lag', seed.lag),
      p('peer-config', seed.peer),
    ],
  ],
  ['the seed', 'lacp-mode-mismatch', [...upToLag, p('lag', seed.lag), p('peer-config', seed.peer)]],
  [
    'both dynamic, a member permits other VLANs',
    'lag-member-unselected',
    [
      ...upToLag,
      p('lag', seed.lag),
      p(
        'peer-config',
        seed.peer
          .replace(
            'port trunk permit vlan 972 to 973 1972 to 1973\n#',
            'port trunk permit vlan 972 to 973 1972 to 1973\nlink-aggregation mode dynamic\n#',
          )
          .replace(
            /(Ten-GigabitEthernet1\/2\/0\/44[\s\S]*?)port trunk permit vlan 972 to 973 1972 to 1973/,
            '$1port trunk permit vlan 972 to 973',
          ),
      ),
    ],
  ],
  [
    'Reth members without priorities or status',
    'inconclusive',
    [
      ...upToSession,
      p('session', seed.session),
      p(
        'reth',
        'interface Reth2\n member interface GigabitEthernet1/0/1\n member interface GigabitEthernet1/0/2\n',
      ),
    ],
  ],
];

describe('every diagnosis is reachable from realistic pastes', () => {
  it.each(cases)('%s → %s', (_name, id, pastes) => {
    const run = runWizard(stateOf(pastes));
    expect(run.current).toBeNull();
    expect(run.diagnosis?.id).toBe(id);
  });

  it('covers every diagnosis id', () => {
    const covered = new Set(cases.map(([, id]) => id));
    expect(diagnosisIds.filter((d) => !covered.has(d))).toEqual([]);
  });

  it('names the differing attribute in the both-dynamic case', () => {
    const both = cases.find(([n]) => n.startsWith('both dynamic'));
    const run = runWizard(stateOf(both?.[2] ?? []));
    expect(run.diagnosis?.cause['en-US']).toContain('permitted VLANs');
    expect(run.diagnosis?.fix[0]?.view).toEqual([
      'system-view',
      'interface Ten-GigabitEthernet1/2/0/44',
    ]);
  });

  it('inconclusive says what is known, what looks odd and what to run next', () => {
    const run = runWizard(stateOf(cases.find(([n]) => n === 'unknown session state')?.[2] ?? []));
    expect(run.diagnosis?.known?.map((k) => k['en-US'])).toEqual(
      expect.arrayContaining([expect.stringContaining('10.197.44.200')]),
    );
    expect(run.diagnosis?.odd?.map((k) => k['en-US'])).toEqual(
      expect.arrayContaining([expect.stringContaining('RAWIP_OPEN')]),
    );
    expect(run.diagnosis?.next?.[0]?.command).toBe(
      'display ip routing-table vpn-instance HLW 10.197.44.201 verbose',
    );
  });

  it('large DF pings that pass leave the MTU innocent: nothing is claimed, the next commands are given', () => {
    const run = runWizard(
      stateOf(cases.find(([n]) => n === 'handshake only, large DF pings answered')?.[2] ?? []),
    );
    expect(run.path.slice(-2)).toEqual(['probe-template', 'path-mtu']);
    expect(run.diagnosis?.withheld).toBeUndefined();
    expect(run.diagnosis?.next?.length).toBeGreaterThan(0);
  });

  const waitCases: Array<[string, StepId, Paste[]]> = [
    [
      'a peer paste without an aggregate',
      'peer-config',
      [
        ...upToLag,
        p('lag', seed.lag),
        p(
          'peer-config',
          '#\ninterface Ten-GigabitEthernet1/2/0/43\n port link-aggregation group 33\n#\n',
        ),
      ],
    ],
    [
      'another aggregate than the Reth member',
      'lag',
      [...upToLag, p('lag', seed.lag.replace('Route-Aggregation1', 'Route-Aggregation2'))],
    ],
    [
      'another Reth than the session names',
      'reth',
      [...upToSession, p('session', seed.session), p('reth', seed.reth.replace('Reth2', 'Reth3'))],
    ],
    [
      'sessions to another address',
      'session',
      [...upToSession, p('session', seed.session.replaceAll('10.197.44.201', '10.197.99.9'))],
    ],
  ];
  it.each(waitCases)('%s keeps %s waiting, with a finding saying why', (_n, step, pastes) => {
    const run = runWizard(stateOf(pastes));
    expect(run.current).toBe(step);
    expect(run.diagnosis).toBeNull();
    expect(run.steps[run.steps.length - 1]?.findings.some((f) => f.severity === 'warning')).toBe(
      true,
    );
  });
});
