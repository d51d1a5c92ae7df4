import { describe, expect, it } from 'vitest';
import { runWizard, sortPastes } from '../run-wizard';
import { seed, seedPastes, stateOf } from './seed';
import type { Run } from '../../run-types';

const ids = (run: Run) => run.findings.map((f) => f.id);
const subjects = (run: Run) => run.findings.flatMap((f) => f.subjects);
const commandsOf = (run: Run, step: string) =>
  run.steps.find((s) => s.step === step)?.commands.map((c) => c.command) ?? [];

describe('runWizard on the seed incident', () => {
  const run = runWizard(stateOf(seedPastes));

  it('walks farm-status → ping → session → reth → lag → peer-config to lacp-mode-mismatch', () => {
    expect(run.path).toEqual(['farm-status', 'ping', 'session', 'reth', 'lag', 'peer-config']);
    expect(run.current).toBeNull();
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
    expect(run.steps.map((s) => s.decision?.guard)).toEqual([
      'any-probe-failed',
      'otherwise',
      'no-reply-via-reth',
      'forwarding-is-aggregate',
      'unselected',
      'mode-mismatch',
    ]);
  });

  it('cites XGE1/1/1, Route-Aggregation1.1973 and Bridge-Aggregation33 with the lines that prove them', () => {
    expect(subjects(run)).toEqual(
      expect.arrayContaining(['XGE1/1/1', 'Route-Aggregation1.1973', 'Bridge-Aggregation33']),
    );
    const u = run.findings.find((f) => f.id === 'lag-member-unselected:XGE1/1/1');
    expect(u?.evidence).toEqual([{ step: 'lag', paste: 0, lines: [8, 9], healthy: [8] }]);
    const mode = run.findings.find((f) => f.id === 'peer-lacp-mode-mismatch');
    expect(mode?.evidence).toEqual([
      { step: 'peer-config', paste: 0, lines: [2] },
      { step: 'lag', paste: 0, lines: [2] },
    ]);
    const fwd = run.findings.find((f) => f.id === 'reth-forwarding-aggregate');
    expect(fwd?.text['en-US']).toContain(
      'Route-Aggregation1.1973 is a subinterface of Route-Aggregation1',
    );
    expect(fwd?.evidence).toEqual([{ step: 'reth', paste: 0, lines: [5] }]);
    expect(ids(run)).toEqual(
      expect.arrayContaining([
        'farm-probe-failed',
        'ping-partial-reachability',
        'session-no-reply',
      ]),
    );
  });

  it('fills every next command from earlier steps', () => {
    expect(commandsOf(run, 'ping')).toEqual([
      'ping -vpn-instance HLW 10.197.44.200',
      'ping -vpn-instance HLW 10.197.44.201',
    ]);
    expect(commandsOf(run, 'session')).toEqual([
      'display session table ipv4 destination-ip 10.197.44.201 verbose',
    ]);
    expect(commandsOf(run, 'reth')).toEqual([
      'display current-configuration interface Reth2',
      'display reth interface reth 2',
      'display interface Route-Aggregation2.1973',
    ]);
    expect(commandsOf(run, 'lag')).toEqual([
      'display link-aggregation verbose Route-Aggregation1',
      'display lldp neighbor-information list',
      'display interface XGE1/1/1',
    ]);
    expect(commandsOf(run, 'peer-config')[0]).toBe(
      'display current-configuration interface Bridge-Aggregation33',
    );
  });

  it('gives the fix on the peer (dynamic) with the LB going static as the alternative, rollback and verification', () => {
    const d = run.diagnosis;
    expect(d?.fix[0]).toMatchObject({
      view: ['system-view', 'interface Bridge-Aggregation33'],
      commands: ['link-aggregation mode dynamic', 'return', 'save force'],
    });
    expect(d?.fix[0]?.device['en-US']).toBe('Peer switch');
    expect(d?.fix[1]).toMatchObject({
      view: ['system-view', 'interface Route-Aggregation1'],
      commands: ['undo link-aggregation mode', 'return', 'save force'],
      alternative: true,
    });
    expect(d?.rollback[0]).toMatchObject({
      view: ['system-view', 'interface Bridge-Aggregation33'],
      commands: ['undo link-aggregation mode', 'return', 'save force'],
    });
    const verify = d?.verify.map((v) => `${v.command} :: ${v.expect['en-US']}`) ?? [];
    expect(verify).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^display link-aggregation verbose Route-Aggregation1 :: .*XGE1\/1\/0 and XGE1\/1\/1.*Status S/,
        ),
        expect.stringMatching(/^display server-farm name test-01 :: `Active real server: 2`/),
        expect.stringMatching(/^ping -vpn-instance HLW 10\.197\.44\.200 :: 0\.0% packet loss/),
      ]),
    );
    expect(d?.cause['zh-CN']).toContain('静态聚合');
    expect(d?.findings).toEqual(
      expect.arrayContaining(['peer-lacp-mode-mismatch', 'lag-member-unselected:XGE1/1/1']),
    );
  });

  it('asks the capture question at lag with the real names, and the answer becomes a finding', () => {
    const q = run.steps.find((s) => s.step === 'lag')?.questions[0];
    expect(q).toEqual({
      id: 'lag-capture-unselected',
      text: {
        'en-US': 'Did a capture on XGE1/1/1 show traffic to or from 10.197.44.200?',
        'zh-CN': '在 XGE1/1/1 上抓包是否看到了与 10.197.44.200 交互的报文？',
      },
      answer: null,
      command:
        'packet-capture interface XGE1/1/1 capture-filter "host 10.197.44.200" limit-captured-frames 50',
    });
    const answered = runWizard(stateOf(seedPastes, { 'lag-capture-unselected': 'yes' }));
    expect(answered.steps.find((s) => s.step === 'lag')?.questions[0]?.answer).toBe('yes');
    expect(ids(answered)).toContain('lag-capture-on-unselected');
    expect(answered.diagnosis?.id).toBe('lacp-mode-mismatch');
  });

  it('takes the answer from the Unselected member’s counters when they are pasted, instead of asking', () => {
    const counters = `<L5030>display interface Ten-GigabitEthernet 1/1/1
Ten-GigabitEthernet1/1/1
Current state: UP
Line protocol state: UP
Last link flapping: 6 weeks 1 days 2 hours 9 minutes
Last clearing of counters: Never
Last 300 second input: 2871 packets/sec 1752310 bytes/sec 0%
Last 300 second output: 0 packets/sec 0 bytes/sec 0%
Input:  0 input errors, 0 runts, 0 giants, 0 throttles
    0 CRC, 0 frame, - overruns, 0 aborts
`;
    const withCounters = runWizard(
      stateOf([
        ...seedPastes.slice(0, 6),
        { step: 'lag', text: counters, at: null },
        seedPastes[6]!,
      ]),
    );
    const q = withCounters.steps.find((s) => s.step === 'lag')?.questions[0];
    expect(q?.answeredBy?.finding).toBe('lag-unselected-receives:XGE1/1/1');
    expect(q?.answeredBy?.text['en-US']).toContain('2871 packets/sec');
    expect(withCounters.diagnosis?.id).toBe('lacp-mode-mismatch');
  });

  it('is deterministic', () => {
    expect(runWizard(stateOf(seedPastes))).toEqual(run);
  });
});

describe('runWizard on partial states', () => {
  const expected: Array<[number, string | null]> = [
    [0, 'farm-status'],
    [1, 'ping'],
    [2, 'session'], // one ping is enough to go on
    [3, 'session'],
    [4, 'reth'],
    [5, 'lag'],
    [6, 'peer-config'],
    [7, null],
  ];
  it.each(expected)('the first %i seed pastes stop at %s', (n, current) => {
    const run = runWizard(stateOf(seedPastes.slice(0, n)));
    expect(run.current).toBe(current);
    if (current) {
      expect(run.path[run.path.length - 1]).toBe(current);
      expect(run.diagnosis).toBeNull();
      expect(run.steps[run.steps.length - 1]?.decision).toBeNull();
    }
  });

  it('before the peer is pasted, its aggregate number is asked for in the command', () => {
    const run = runWizard(stateOf(seedPastes.slice(0, 6)));
    expect(commandsOf(run, 'peer-config')).toEqual([
      'display current-configuration interface Bridge-Aggregation<n>',
      'display current-configuration interface <member-port>',
      'display current-configuration interface Route-Aggregation1',
    ]);
    expect(run.steps.find((s) => s.step === 'peer-config')?.commands[0]?.device['en-US']).toBe(
      'Peer switch',
    );
  });
});

describe('misfiled pastes', () => {
  it('a link-aggregation output on the session step is kept, marked, and not used', () => {
    const pastes = [
      ...seedPastes.slice(0, 3),
      { step: 'session' as const, text: seed.lag, at: null },
    ];
    const run = runWizard(stateOf(pastes));
    expect(run.current).toBe('session');
    const s = run.steps.find((x) => x.step === 'session');
    expect(s?.pastes[0]?.misfiled).toEqual({
      command: 'display-link-aggregation-verbose',
      belongsTo: 'lag',
    });
    expect(s?.pastes[0]?.result).toBeNull();
  });

  it('a peer config pasted at reth belongs to peer-config; the Reth config next to it is used', () => {
    const pastes = [
      ...seedPastes.slice(0, 4),
      { step: 'reth' as const, text: seed.peer, at: null },
      { step: 'reth' as const, text: seed.reth, at: null },
    ];
    const run = runWizard(stateOf(pastes));
    const r = run.steps.find((x) => x.step === 'reth');
    expect(r?.pastes.map((p) => p.misfiled?.belongsTo ?? null)).toEqual(['peer-config', null]);
    expect(run.current).toBe('lag');
    // Evidence points at the paste's index within the step, misfiled ones counted.
    expect(run.findings.find((f) => f.id === 'reth-members')?.evidence[0]?.paste).toBe(1);
  });
});

describe('sortPastes', () => {
  const all = [
    seed.farm,
    seed.pingLoss,
    seed.pingOk,
    seed.session,
    seed.reth,
    seed.lag,
    seed.lbAgg,
    seed.peer,
  ].join('\n');

  it('files every seed output under its step (the two adjacent configurations stay one paste)', () => {
    const sorted = sortPastes(all);
    expect(sorted.map((p) => p.step)).toEqual([
      'farm-status',
      'ping',
      'ping',
      'session',
      'reth',
      'lag',
      'peer-config',
    ]);
    expect(sorted[6]?.text).toContain('interface Route-Aggregation1');
    expect(sorted[6]?.text).toContain('interface Bridge-Aggregation33');
  });

  it('gives the same diagnosis as the pastes filed by hand', () => {
    const run = runWizard(stateOf(sortPastes(all)));
    expect(run.path).toEqual(['farm-status', 'ping', 'session', 'reth', 'lag', 'peer-config']);
    expect(run.diagnosis?.id).toBe('lacp-mode-mismatch');
  });
});
