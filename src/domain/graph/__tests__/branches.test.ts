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
    'established',
    'probe-l7-mismatch',
    [
      ...upToSession,
      p(
        'session',
        sessionWith('State: TCP_SYN_SENT', 'State: TCP_ESTABLISHED', [
          [
            'Initiator->Responder:            0 packets          0 bytes',
            'Initiator->Responder:            5 packets        420 bytes',
          ],
          [
            'Responder->Initiator:            0 packets          0 bytes',
            'Responder->Initiator:            4 packets        780 bytes',
          ],
        ]),
      ),
    ],
  ],
  [
    'no reply via a plain port',
    'server-no-reply',
    [...upToSession, p('session', synSentVia('GigabitEthernet1/0/2'))],
  ],
  [
    'unknown session state',
    'inconclusive',
    [
      ...upToSession,
      p(
        'session',
        sessionWith('State: TCP_SYN_SENT', 'State: UDP_OPEN', [
          [
            'Responder->Initiator:            0 packets',
            'Responder->Initiator:            3 packets',
          ],
        ]),
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
    'Reth on plain ports, healthy',
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
    ],
  ],
  [
    'every aggregate member Selected',
    'server-no-reply',
    [
      ...upToLag,
      p(
        'lag',
        lagRows(
          '  XGE1/1/0         S       32768    3         {ACDEF}\n  XGE1/1/1         S       32768    3         {ACDEF}\n',
        ),
      ),
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

  it('inconclusive says what is known and what to run next', () => {
    const run = runWizard(stateOf(cases.find(([n]) => n === 'unknown session state')?.[2] ?? []));
    expect(run.diagnosis?.known?.map((k) => k['en-US'])).toEqual(
      expect.arrayContaining([
        expect.stringContaining('10.197.44.200'),
        expect.stringContaining('UDP_OPEN'),
      ]),
    );
    expect(run.diagnosis?.next?.[0]?.command).toBe(
      'display ip routing-table vpn-instance HLW 10.197.44.201 verbose',
    );
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
