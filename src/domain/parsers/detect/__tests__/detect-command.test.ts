import { describe, expect, it } from 'vitest';
import { detectCommand } from '../detect-command';
import { splitPaste } from '../split-paste';
import { normalise } from '../../shared/normalise';
import type { CommandId } from '../../command-ids';

const fixtures = import.meta.glob('../__fixtures__/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(fixtures).map(([p, t]) => [p.replace(/^.*\//, ''), t]));
function fixture(name: string): string {
  const t = byName.get(name);
  if (t === undefined) throw new Error(`missing fixture ${name}`);
  return t;
}

// Written from reading each file (SOURCES.md names the command each came from).
const expected: Record<string, CommandId> = {
  '01-display-server-farm.txt': 'display-server-farm',
  '02-ping-10.197.44.200-loss.txt': 'ping',
  '02-ping-10.197.44.201-ok.txt': 'ping',
  '03-session-table-10.197.44.201-verbose.txt': 'display-session-table-verbose',
  '04-interface-reth2-config.txt': 'interface-configuration',
  '05-link-aggregation-verbose-ra1.txt': 'display-link-aggregation-verbose',
  '06-lb-route-aggregation1-config.txt': 'interface-configuration',
  '07-switch-bridge-aggregation33-config.txt': 'interface-configuration',
  'current-configuration-interface__bagg-mode-dynamic-access__netmiko-script.txt': 'interface-configuration',
  'current-configuration-interface__ge-member-port-link-aggregation-group__netmiko-script.txt': 'interface-configuration',
  'current-configuration__bagg-dynamic-interface-range-members__ru-lab.txt': 'interface-configuration',
  'current-configuration__bagg-dynamic-trunk-members-xge-fge__ru-lab.txt': 'interface-configuration',
  'current-configuration__ragg-dynamic-members-route-mode-lacp-short__rst-lab.txt': 'interface-configuration',
  'interface-reth__doc-detail-and-brief__h3c-cn-cmdref.txt': 'display-interface',
  'link-aggregation-member-port__cw5-unselected-ACG-EF__ntc.txt': 'display-link-aggregation-member-port',
  'link-aggregation-member-port__cw7-25G-dynamic__ntc.txt': 'display-link-aggregation-member-port',
  'link-aggregation-member-port__cw7-dynamic-plus-static-members__ntc.txt': 'display-link-aggregation-member-port',
  'link-aggregation-member-port__doc-cw7-static-vs-dynamic__hpe-5700-cmdref.txt': 'display-link-aggregation-member-port',
  'link-aggregation-summary__bagg-dynamic-multi__ntc.txt': 'display-link-aggregation-summary',
  'link-aggregation-summary__bagg-static-partner-none-schannel-legend__rst-lab.txt': 'display-link-aggregation-summary',
  'link-aggregation-summary__doc-ragg-static-nons-partner-no-space__h3c-cn-cmdref.txt': 'display-link-aggregation-summary',
  'link-aggregation-verbose__bagg-dynamic-all-selected__ntc.txt': 'display-link-aggregation-verbose',
  'link-aggregation-verbose__bagg-dynamic-both-unselected-ACG__netmiko-script.txt': 'display-link-aggregation-verbose',
  'link-aggregation-verbose__bagg-static-S-and-U-no-flag-no-remote__rst-lab.txt': 'display-link-aggregation-verbose',
  'link-aggregation-verbose__doc-dynamic-partner-absent-DEF-and-static__h3c-cn-cmdref.txt': 'display-link-aggregation-verbose',
  'link-aggregation-verbose__ragg-dynamic__ntc.txt': 'display-link-aggregation-verbose',
  'loadbalance-policy__tsg-lb-http-chinese-action-names-indented__ynu-js.txt': 'display-loadbalance-policy',
  'm-lag-summary-verbose__dsw1-peer-link-drcp__ru-lab.txt': 'display-m-lag',
  'nat-session-verbose__cw7-2014-vll-id-interface-in-out-ocr__h3c-lab-guide.txt': 'display-session-table-verbose',
  'nqa-debug-reaction-syslog__doc-probe-fail-trigger__h3c-cn-debug-ref.txt': 'syslog',
  'nqa-history__doc-udp-tracert__h3c-cn-cmdref.txt': 'display-nqa-history',
  'nqa-result__doc-tcp-extended-results__h3c-cn-cmdref.txt': 'display-nqa-result',
  'ping-ipv6__cw7-ping6-hlim__h3c-cn-cmdref-doc.txt': 'ping',
  'ping__cw7-partial-loss-first-timeout-stddev-debug-interleaved__h3c-ddr-debug-doc.txt': 'ping',
  'ping__cw7-record-route-same-route__h3c-cn-cmdref-doc.txt': 'ping',
  'ping__cw7-success-and-total-loss-no-timeout-lines__hcl-vrf-lab.txt': 'ping',
  'ping__cw7-total-loss-request-time-out-x5-no-stats__hcl-vlan-lab.txt': 'ping',
  'real-server-brief__doc__h3c-cn-cmdref.txt': 'display-real-server-brief',
  'real-server-brief__tsg-lb-active-shutdown-truncated-names__ynu-js.txt': 'display-real-server-brief',
  'real-server-name__doc-probe-succeeded__h3c-cn-cmdref.txt': 'display-real-server',
  'real-server-name__tsg-lb-gbk-mojibake-indented__ynu-js.txt': 'display-real-server',
  'real-server-statistics__tsg-lb-slot-header-truncated__ynu-js.txt': 'display-real-server-statistics',
  'real-server__tsg-lb-all-detail-truncated__ynu-js.txt': 'display-real-server',
  'redundancy-group__doc-nodes-track-redundancy-down__h3c-cn-cmdref.txt': 'display-redundancy-group',
  'reth-interface__doc-active-inactive-redundancy-group__h3c-cn-cmdref.txt': 'display-reth-interface',
  'server-farm-brief__doc-predictor-legend__h3c-cn-cmdref.txt': 'display-server-farm-brief',
  'server-farm__tsg-lb-multi-farm-proximity-probe__ynu-js.txt': 'display-server-farm',
  'session-table-ipv4-brief__doc-slot1-initiator-only__h3c-cn-cmdref.txt': 'display-session-table',
  'session-table-ipv4-verbose__doc-slot1-tcp-syn-sent-icmp-request__h3c-cn-cmdref.txt': 'display-session-table-verbose',
  'session-table-ipv6-verbose__doc-icmpv6-request-no-dslite-in-initiator__h3c-cn-cmdref.txt': 'display-session-table-verbose',
  'virtual-server-brief__doc-ipv6-wrapped__h3c-cn-cmdref.txt': 'display-virtual-server-brief',
  'virtual-server__tsg-lb-tcp-ip-types__ynu-js.txt': 'display-virtual-server',
};

/** The paste with every prompt/echo line removed, so only the output's own lines can name it. */
function withoutPrompts(text: string): string {
  const drop = new Set(normalise(text).noise.filter((n) => n.kind === 'echo' || n.kind === 'prompt').map((n) => n.no));
  return text
    .split(/\r\n|\n|\r/)
    .filter((_, i) => !drop.has(i + 1))
    .join('\n');
}

describe('detectCommand on every real and seed fixture', () => {
  it('has an expectation for every fixture file', () => {
    expect([...byName.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, id] of Object.entries(expected)) {
    it(`${name} → ${id}`, () => {
      const d = detectCommand(fixture(name));
      expect(d.command).toBe(id);
      expect(d.line).not.toBeNull();
      const echoed = normalise(fixture(name)).commands.length > 0;
      if (!echoed) expect(d.confidence).toBe('signature');
    });

    it(`${name} → ${id} from its output alone (prompts removed)`, () => {
      const d = detectCommand(withoutPrompts(fixture(name)));
      expect(d.command).toBe(id);
      expect(d.confidence).toBe('signature');
    });

    it(`${name} stays one output when not split by prompts`, () => {
      const segs = splitPaste(withoutPrompts(fixture(name)));
      expect(segs.map((s) => s.command)).toEqual([id]);
    });
  }
});

describe('detectCommand from echoed commands', () => {
  const cases: [string, CommandId][] = [
    ['[L5030]display session table ipv4 destination-ip 1.1.1.1 verbose', 'display-session-table-verbose'],
    ['<H3C>display session table ipv4', 'display-session-table'],
    ['[RTA]display nat session verbose', 'display-session-table-verbose'],
    ['<H3C>dis link-agg verb', 'display-link-aggregation-verbose'],
    ['<H3C>dis link-aggregation summary', 'display-link-aggregation-summary'],
    ['<H3C>display link-aggregation member-port xge1/0/1', 'display-link-aggregation-member-port'],
    ['<SW>disp cur int Bridge-Aggregation33', 'interface-configuration'],
    ['<SW>display this', 'interface-configuration'],
    ['<LB>display server-farm name sf', 'display-server-farm'],
    ['<LB>display server-farm brief', 'display-server-farm-brief'],
    ['<LB>display real-server name rs', 'display-real-server'],
    ['<LB>dis real-server br', 'display-real-server-brief'],
    ['<LB>display real-server statistics', 'display-real-server-statistics'],
    ['<LB>display virtual-server brief', 'display-virtual-server-brief'],
    ['<LB>display virtual-server', 'display-virtual-server'],
    ['<LB>display reth interface reth 2', 'display-reth-interface'],
    ['<LB>display redundancy group aaa', 'display-redundancy-group'],
    ['<LB>ping -vpn-instance HLW 10.197.44.200', 'ping'],
    ['<LB>display interface Reth2', 'display-interface'],
    ['<LB>display loadbalance policy', 'display-loadbalance-policy'],
    ['<LB>display nqa result admin test', 'display-nqa-result'],
    ['<LB>display nqa history admin test', 'display-nqa-history'],
    ['<SW>display m-lag summary', 'display-m-lag'],
    ['<LB>display logbuffer', 'syslog'],
  ];
  for (const [line, id] of cases) {
    it(`${line} → ${id} even with no output`, () => {
      expect(detectCommand(`${line}\n`)).toEqual({ command: id, confidence: 'echo', line: 1 });
    });
  }

  it('skips echoes that print nothing we know (debugging, screen-length)', () => {
    const d = detectCommand('<H3C>screen-length disable\n<H3C>debugging dialer event\n<H3C>display link-aggregation summary\n');
    expect(d).toEqual({ command: 'display-link-aggregation-summary', confidence: 'echo', line: 3 });
  });

  it('an echo wins over the lines: an empty session table is still a session table', () => {
    expect(detectCommand('[L5030]display session table ipv4 destination-ip 10.197.44.200 verbose\n[L5030]').command).toBe(
      'display-session-table-verbose',
    );
  });
});

describe('detectCommand on empty and unknown pastes', () => {
  it.each(['', '   ', '\n\n\n', '\r\n \t \r\n', '<H3C>\n<H3C>\n'])('%j is empty', (t) => {
    expect(detectCommand(t)).toEqual({ command: 'empty', confidence: 'signature', line: null });
  });
  it.each(['hello world', 'Destination/Mask    Proto  Pre Cost NextHop', '<H3C>display ip routing-table\n1.1.1.0/24  Direct 0 0 1.1.1.1 GE1/0/1'])(
    '%j is unknown',
    (t) => {
      expect(detectCommand(t).command).toBe('unknown');
    },
  );
  it('names a paste of log lines only', () => {
    const t = '%Jun 25 13:53:05:123 2023 L5030 NQA/6/NQA_LOG_UNREACHABLE: Server 10.0.0.1 unreachable.\n';
    expect(detectCommand(t)).toEqual({ command: 'syslog', confidence: 'signature', line: 1 });
  });
});

export { fixture, expected, withoutPrompts };
