import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import { sameInterface } from '../../parsers/interface-config/interface-names';
import { loadScenarios, stateOf, type Scenario } from '../../scenarios/load-scenarios';
import type { WizardState } from '../../wizard-state';
import { buildPathModel, MAX_ITEMS, type HopKind, type PathModel } from '../path-model';
import { pathInWords } from '../path-words';

const scenarios = loadScenarios();
const scenario = (name: string): Scenario => {
  const sc = scenarios.find((s) => s.name === name);
  if (!sc) throw new Error(`no scenario ${name}`);
  return sc;
};
const modelOf = (state: WizardState) => buildPathModel(runWizard(state));
const hop = (m: PathModel, kind: HopKind) => {
  const h = m.hops.find((x) => x.kind === kind);
  if (!h) throw new Error(`no hop ${kind}`);
  return h;
};
const faulty = (m: PathModel) => [
  ...m.hops.flatMap((h) => h.items.filter((i) => i.fault).map((i) => i.id)),
  ...m.hops.filter((h) => h.fault).map((h) => h.kind),
];

describe('the seed case (lacp-mode-mismatch--seed-l5030)', () => {
  const seed = scenario('lacp-mode-mismatch--seed-l5030');
  const m = modelOf(stateOf(seed));

  it('marks XGE1/1/1, and only it, as the fault, with the diagnosis in words', () => {
    expect(faulty(m)).toEqual(['member:XGE1/1/1']);
    expect(m.fault?.diagnosis).toBe('lacp-mode-mismatch');
    expect(m.fault?.names).toEqual(['XGE1/1/1']);
  });

  it('draws every hop from the pastes, in path order', () => {
    expect(m.hops.map((h) => [h.kind, h.status, h.name])).toEqual([
      ['lb', 'known', 'test-01'],
      ['egress', 'known', 'Reth2'],
      ['reth', 'known', 'Reth2'],
      ['aggregate', 'known', 'Route-Aggregation1'],
      ['peer', 'known', null],
      ['server', 'known', '10.197.44.201'],
    ]);
  });

  it('shows the real servers with their states and the probe', () => {
    const lb = hop(m, 'lb');
    expect(lb.items.map((i) => [i.name, i.state?.['en-US'], i.tone])).toEqual([
      ['tcp-temp', 'health probe', 'neutral'],
      ['test1 10.197.44.200', 'Probe-failed', 'bad'],
      ['test2 10.197.44.201', 'Probe-failed', 'bad'],
    ]);
    expect(lb.detail?.['en-US']).toContain('0 of 2 real servers active');
  });

  it('shows the Reth members with priorities and which one forwards', () => {
    expect(hop(m, 'reth').items.map((i) => [i.name, i.state?.['en-US']])).toEqual([
      ['Route-Aggregation1.1973', 'priority 100 · forwards'],
      ['Route-Aggregation2.1973', 'priority 50'],
    ]);
  });

  it('shows the member ports with S/U and the aggregate mode', () => {
    const agg = hop(m, 'aggregate');
    expect(agg.detail?.['en-US']).toBe('dynamic (LACP)');
    expect(agg.items.map((i) => [i.name, i.state?.['en-US'], i.tone])).toEqual([
      ['XGE1/1/0', 'S · Selected', 'ok'],
      ['XGE1/1/1', 'U · Unselected', 'bad'],
    ]);
  });

  it("shows the peer's aggregate, its mode and its member ports, not the LB's", () => {
    const peer = hop(m, 'peer');
    expect(peer.items[0]).toMatchObject({ name: 'Bridge-Aggregation33' });
    expect(peer.items[0]?.state?.['en-US']).toBe('static');
    expect(peer.items.slice(1).map((i) => i.name)).toEqual([
      'Ten-GigabitEthernet1/2/0/43',
      'Ten-GigabitEthernet1/2/0/44',
    ]);
  });

  it('says the path in words in both languages, the fault named', () => {
    const en = pathInWords(m, 'en-US');
    expect(en).toHaveLength(6);
    expect(en[3]).toMatch(/XGE1\/1\/1 U · Unselected \(Fault: LACP mode mismatch/);
    const zh = pathInWords(m, 'zh-CN');
    expect(zh[3]).toMatch(/^聚合接口：Route-Aggregation1，动态聚合（LACP）/);
    expect(zh[3]).toContain('XGE1/1/1 U · 非选中 (故障点：聚合模式不一致');
  });

  it('fills in as the pastes come: a later hop says what to paste, nothing is marked yet', () => {
    const early = modelOf({ ...stateOf(seed), pastes: stateOf(seed).pastes.slice(0, 3) });
    expect(early.fault).toBeNull();
    expect(faulty(early)).toEqual([]);
    const egress = hop(early, 'egress');
    expect(egress.status).toBe('waiting');
    expect(egress.missing?.command).toBe(
      'display session table ipv4 destination-ip 10.197.44.201 verbose',
    );
    expect(hop(early, 'aggregate').status).toBe('waiting');
    expect(hop(early, 'aggregate').missing?.text['en-US']).toMatch(
      /^Not known yet: paste `display link-aggregation/,
    );
    // What is known is drawn already: the farm and the server the run follows.
    expect(hop(early, 'lb').status).toBe('known');
    expect(hop(early, 'server').name).toBe('10.197.44.201');
  });

  it('before any paste, every hop waits for its output', () => {
    const empty = modelOf({ pastes: [], answers: {}, server: null, farm: null });
    expect(empty.hops.every((h) => h.status === 'waiting')).toBe(true);
    expect(hop(empty, 'lb').missing?.command).toMatch(/^display server-farm/);
  });
});

describe('other causes mark their own element, or none', () => {
  const cases: Array<[string, string[]]> = [
    ['farm-healthy--two-farms-all-active', []],
    ['farm-healthy--real-server-brief', []],
    ['slow-online--standby-and-ramp', []],
    ['inconclusive--static-both-ends-member-unselected', []],
    ['path-mtu-blackhole--gre-ipsec-1400-icmp-filtered', []],
    ['real-server-shutdown--brief-one-of-three', ['rs:oa-03:192.168.40.13']],
    [
      'real-server-inactive--ipv6-farm-vs-not-enabled',
      ['rs:v6web-1:2001:db8:c0::31', 'rs:v6web-2:2001:db8:c0::32'],
    ],
    [
      'reth-member-inactive--preferred-member-inactive-after-switchover',
      ['reth-member:Ten-GigabitEthernet1/0/12'],
    ],
    ['lag-member-faulty--static-member-receives-nothing', ['member:XGE1/0/6']],
    ['lag-member-unselected--oper-key-100m-member', ['member:GE1/0/10']],
    ['lag-cross-connected--ragg-members-on-two-switches', ['member:XGE1/0/2']],
    ['probe-not-sent--no-output-source-ip-not-local', ['probe']],
    ['vpn-instance-mismatch--template-in-public-network', ['probe']],
    ['server-port-closed--service-stopped-rst', ['server']],
    ['server-no-reply--plain-interface-host-firewall', ['server']],
    ['arp-unresolved--server-port-moved-to-other-vlan', ['server']],
  ];
  it.each(cases)('%s → %j', (name, expected) => {
    expect(faulty(modelOf(stateOf(scenario(name))))).toEqual(expected);
  });

  it('a healthy farm: no fault, the farms as rows, later hops not checked', () => {
    const m = modelOf(stateOf(scenario('farm-healthy--two-farms-all-active')));
    expect(m.fault).toBeNull();
    expect(hop(m, 'lb').items.map((i) => [i.name, i.tone])).toEqual([
      ['sf-portal', 'ok'],
      ['sf-sso', 'ok'],
    ]);
    expect(m.hops.slice(1).every((h) => h.status === 'not-checked')).toBe(true);
  });

  it('no probe session at all: the egress is not in the paste, the hops after it not checked', () => {
    const m = modelOf(stateOf(scenario('probe-not-sent--no-output-source-ip-not-local')));
    expect(hop(m, 'egress').status).toBe('not-in-paste');
    expect(hop(m, 'egress').missing?.text['en-US']).toBe('Not in the pasted output.');
    expect(['reth', 'aggregate', 'peer'].map((k) => hop(m, k as HopKind).status)).toEqual([
      'not-checked',
      'not-checked',
      'not-checked',
    ]);
  });

  it('a plain egress port has no Reth, aggregate or peer hop on its path', () => {
    const m = modelOf(stateOf(scenario('server-no-reply--plain-interface-host-firewall')));
    expect(m.hops.map((h) => h.status)).toEqual([
      'known',
      'known',
      'not-on-path',
      'not-on-path',
      'not-on-path',
      'known',
    ]);
  });

  it('a Reth whose forwarding member is a plain port has no aggregate on its path', () => {
    const m = modelOf(stateOf(scenario('server-no-reply--reth-plain-port-member')));
    expect(hop(m, 'reth').status).toBe('known');
    expect(hop(m, 'aggregate').status).toBe('not-on-path');
  });
});

describe('every scenario', () => {
  for (const sc of scenarios) {
    it(`${sc.name}: a marked element is one the diagnosis's findings name`, () => {
      const run = runWizard(stateOf(sc));
      const m = buildPathModel(run);
      const d = run.diagnosis;
      const cited = run.findings
        .filter((f) => d?.findings.includes(f.id))
        .flatMap((f) => [...f.subjects, f.id.split(':').slice(1).join(':')]);
      for (const h of m.hops) {
        for (const i of h.items.filter((x) => x.fault)) {
          if (i.id === 'probe') continue;
          const names = [i.name, ...(i.aliases ?? [])];
          expect(
            names.some((n) => cited.some((c) => c === n || sameInterface(c, n))),
            `${i.id} in ${JSON.stringify(cited)}`,
          ).toBe(true);
        }
        if (h.fault) expect(cited).toContain(h.name);
      }
      if (d?.id === 'inconclusive' || d?.id === 'farm-healthy') expect(m.fault).toBeNull();
      expect(pathInWords(m, 'en-US')).toHaveLength(6);
    });
  }
});

describe('rows are capped, faulty rows kept', () => {
  it(`a farm of twelve lists ${MAX_ITEMS} rows, the shut-down server among them`, () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      const state = i === 10 ? 'Shutdown' : 'Active';
      return `web-${n}           10.1.1.${i + 1}${' '.repeat(13 - String(i + 1).length)}80    ${state.padEnd(15)}sf-web`;
    });
    const text = [
      '<LB>display real-server brief',
      'Real server      Address              Port  State          Server farm',
      ...rows,
    ].join('\n');
    const m = modelOf({
      pastes: [{ step: 'farm-status', text, at: null }],
      answers: {},
      server: null,
      farm: null,
    });
    const lb = hop(m, 'lb');
    expect(lb.items).toHaveLength(MAX_ITEMS);
    expect(lb.more).toBe(13 - MAX_ITEMS);
    expect(lb.items.filter((i) => i.fault).map((i) => i.name)).toEqual(['web-11 10.1.1.11']);
    expect(pathInWords(m, 'en-US')[0]).toContain(`and ${13 - MAX_ITEMS} more`);
  });
});
