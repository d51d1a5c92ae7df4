import { describe, expect, it } from 'vitest';
import { detectCommand } from '../detect-command';
import { splitPaste } from '../split-paste';
import { normalise } from '../../shared/normalise';
import type { CommandId } from '../../command-ids';
import { expected, fixture, byName, withoutPrompts } from './fixture-table';

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
    [
      '[L5030]display session table ipv4 destination-ip 1.1.1.1 verbose',
      'display-session-table-verbose',
    ],
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
    ['<LB>display loadbalance action', 'display-loadbalance-action'],
    ['<LB>dis loadbal act name lba2', 'display-loadbalance-action'],
    ['<LB>display nqa result admin test', 'display-nqa-result'],
    ['<LB>display nqa history admin test', 'display-nqa-history'],
    ['<SW>display m-lag summary', 'display-m-lag'],
    ['<LB>display lldp neighbor-information list', 'display-lldp-neighbor'],
    ['<SW>dis lldp nei verbose', 'display-lldp-neighbor'],
    ['[LB]display arp 10.197.44.200', 'display-arp'],
    ['<LB>display arp vpn-instance HLW', 'display-arp'],
    ['<LB>dis arp | include 10.197.44.200', 'display-arp'],
    ['<LB>display logbuffer', 'display-logbuffer'],
    ['<LB>dis logb reverse level 4', 'display-logbuffer'],
    ['<LB>display current-configuration | begin nqa template', 'probe-template-configuration'],
    ['<LB>dis cur | inc nqa', 'probe-template-configuration'],
    ['<LB>display current-configuration configuration nqa', 'probe-template-configuration'],
    ['[LB]nqa template http hc-web', 'probe-template-configuration'],
    ['<LB>display current-configuration', 'interface-configuration'],
    ['<LB>display current-configuration | begin interface Reth2', 'interface-configuration'],
    ['<LB>display current-configuration configuration system', 'interface-configuration'],
  ];
  for (const [line, id] of cases) {
    it(`${line} → ${id} even with no output`, () => {
      expect(detectCommand(`${line}\n`)).toEqual({ command: id, confidence: 'echo', line: 1 });
    });
  }

  it('skips echoes that print nothing we know (debugging, screen-length)', () => {
    const d = detectCommand(
      '<H3C>screen-length disable\n<H3C>debugging dialer event\n<H3C>display link-aggregation summary\n',
    );
    expect(d).toEqual({ command: 'display-link-aggregation-summary', confidence: 'echo', line: 3 });
  });

  it('an echo wins over the lines: an empty session table is still a session table', () => {
    expect(
      detectCommand(
        '[L5030]display session table ipv4 destination-ip 10.197.44.200 verbose\n[L5030]',
      ).command,
    ).toBe('display-session-table-verbose');
  });
});

describe('detectCommand on configuration holding NQA templates', () => {
  const tpl = 'nqa template tcp hc-8080\n destination port 8080\n#';
  const iface = 'interface Reth2\n member interface Route-Aggregation1.1973 priority 200\n#';
  it('templates and no interface block: probe templates, named by the `nqa template` line', () => {
    expect(detectCommand(`#\n${tpl}\nreturn`)).toEqual({
      command: 'probe-template-configuration',
      confidence: 'signature',
      line: 2,
    });
  });
  it('opening with a template (`| begin nqa template` without its echo): probe templates', () => {
    expect(detectCommand(`${tpl}\n${iface}\nreturn`).command).toBe('probe-template-configuration');
    expect(splitPaste(`${tpl}\n${iface}\nreturn`).map((s) => s.command)).toEqual([
      'probe-template-configuration',
    ]);
  });
  it('a configuration with interface blocks around a template: interface configuration', () => {
    expect(detectCommand(`#\n${iface}\n${tpl}\n${iface}`).command).toBe('interface-configuration');
    expect(detectCommand(`#\n${tpl}\n${iface}`).command).toBe('interface-configuration');
  });
  it('a typed template session stays one output across its prompts', () => {
    const session = [
      '[LB]nqa template http hc-web',
      '[LB-nqatplt-http-hc-web]expect status 200 to 399',
      '[LB-nqatplt-http-hc-web]quit',
      '[LB]real-server test1',
      '[LB-rserver-test1]probe hc-web',
    ].join('\n');
    expect(splitPaste(session).map((s) => s.command)).toEqual(['probe-template-configuration']);
  });
});

describe('detectCommand on empty and unknown pastes', () => {
  it.each(['', '   ', '\n\n\n', '\r\n \t \r\n', '<H3C>\n<H3C>\n'])('%j is empty', (t) => {
    expect(detectCommand(t)).toEqual({ command: 'empty', confidence: 'signature', line: null });
  });
  it.each([
    'hello world',
    'Destination/Mask    Proto  Pre Cost NextHop',
    '<H3C>display ip routing-table\n1.1.1.0/24  Direct 0 0 1.1.1.1 GE1/0/1',
  ])('%j is unknown', (t) => {
    expect(detectCommand(t).command).toBe('unknown');
  });
  it('names a paste of log lines only', () => {
    const t =
      '%Jun 25 13:53:05:123 2023 L5030 NQA/6/NQA_LOG_UNREACHABLE: Server 10.0.0.1 unreachable.\n';
    expect(detectCommand(t)).toEqual({ command: 'syslog', confidence: 'signature', line: 1 });
  });
});

describe('lines that name a server farm without being one', () => {
  it('`Server farm: X (in use)` alone is an LB action, not display server-farm', () => {
    expect(detectCommand('  Server farm: sf (in use)\n  Backup server farm: sfb\n').command).toBe(
      'display-loadbalance-action',
    );
  });
  it('a virtual server without its header is a virtual server', () => {
    expect(
      detectCommand('  Primary server farm: kippo (in use)\n  Backup server farm:\n').command,
    ).toBe('display-virtual-server');
    expect(detectCommand('  Default server farm: sf (in use)\n').command).toBe(
      'display-virtual-server',
    );
  });
  it('a farm listing then an action listing, with no prompt between, are two outputs', () => {
    const farm = fixture('01-display-server-farm.txt');
    const action = withoutPrompts(
      fixture('loadbalance-action__tsg-lb-generic-server-farm-in-use__ynu-js.txt'),
    );
    expect(splitPaste(withoutPrompts(`${farm}\n${action}`)).map((x) => x.command)).toEqual([
      'display-server-farm',
      'display-loadbalance-action',
    ]);
  });
});
