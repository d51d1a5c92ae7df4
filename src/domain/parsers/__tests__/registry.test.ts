import { describe, expect, it } from 'vitest';
import { commandsForStep, parseAny, parseAs, stepForCommand, stepForPaste } from '../registry';
import { otherCommandIds, stepCommandIds } from '../command-ids';
import { stepIds } from '../../wizard-state';
import { fixture } from '../detect/__tests__/fixture-table';

describe('step table (DESIGN.md)', () => {
  it.each([
    ['display-server-farm', 'farm-status'],
    ['display-server-farm-brief', 'farm-status'],
    ['display-real-server', 'farm-status'],
    ['display-real-server-brief', 'farm-status'],
    ['ping', 'ping'],
    ['display-session-table-verbose', 'session'],
    ['display-reth-interface', 'reth'],
    ['display-redundancy-group', 'reth'],
    ['display-link-aggregation-verbose', 'lag'],
    ['display-link-aggregation-summary', 'lag'],
    ['display-link-aggregation-member-port', 'lag'],
    ['interface-configuration', 'peer-config'],
  ] as const)('%s → %s', (command, step) => {
    expect(stepForCommand(command)).toBe(step);
    expect(commandsForStep(step)).toContain(command);
  });

  it('outputs no step reads have no step', () => {
    for (const c of [...otherCommandIds, 'unknown', 'empty'] as const)
      expect(stepForCommand(c)).toBeNull();
  });

  it('interface configuration serves both reth and peer-config', () => {
    expect(commandsForStep('reth')).toEqual([
      'display-reth-interface',
      'display-redundancy-group',
      'interface-configuration',
    ]);
    expect(commandsForStep('peer-config')).toEqual(['interface-configuration']);
  });

  it('every step takes at least one command and every step command has a step and a parser', () => {
    for (const s of stepIds) expect(commandsForStep(s).length).toBeGreaterThan(0);
    for (const c of stepCommandIds) {
      expect(stepForCommand(c)).not.toBeNull();
      expect(parseAs(c, '')).not.toBeNull();
    }
  });
});

describe('stepForPaste', () => {
  it.each([
    ['01-display-server-farm.txt', 'farm-status'],
    ['02-ping-10.197.44.200-loss.txt', 'ping'],
    ['03-session-table-10.197.44.201-verbose.txt', 'session'],
    ['04-interface-reth2-config.txt', 'reth'],
    ['05-link-aggregation-verbose-ra1.txt', 'lag'],
    ['06-lb-route-aggregation1-config.txt', 'peer-config'],
    ['07-switch-bridge-aggregation33-config.txt', 'peer-config'],
    ['reth-interface__doc-active-inactive-redundancy-group__h3c-cn-cmdref.txt', 'reth'],
    ['redundancy-group__doc-nodes-track-redundancy-down__h3c-cn-cmdref.txt', 'reth'],
    [
      'current-configuration__ragg-dynamic-members-route-mode-lacp-short__rst-lab.txt',
      'peer-config',
    ],
    ['m-lag-summary-verbose__dsw1-peer-link-drcp__ru-lab.txt', null],
    ['session-table-ipv4-brief__doc-slot1-initiator-only__h3c-cn-cmdref.txt', null],
  ] as const)('%s → %s', (name, step) => {
    expect(stepForPaste(fixture(name))).toBe(step);
  });

  it('reads the Reth name from an echoed display command too', () => {
    expect(
      stepForPaste(
        '<LB>display current-configuration interface Reth2\n#\n description x\n#\nreturn',
      ),
    ).toBe('reth');
    expect(
      stepForPaste('<SW>disp cur int Bridge-Aggregation33\n#\n description x\n#\nreturn'),
    ).toBe('peer-config');
  });
});

describe('parseAs / parseAny', () => {
  it('has no parser for outputs no step reads', () => {
    expect(parseAs('display-m-lag', 'x')).toBeNull();
    expect(parseAs('unknown', 'x')).toBeNull();
  });

  it.each([
    '01-display-server-farm.txt',
    '02-ping-10.197.44.201-ok.txt',
    '03-session-table-10.197.44.201-verbose.txt',
    '04-interface-reth2-config.txt',
    '05-link-aggregation-verbose-ra1.txt',
    '07-switch-bridge-aggregation33-config.txt',
    'display-lldp-neighbor-list__ntc.txt',
    'lldp-verbose__cw5-locally-assigned-port-tlv-blocks__omegamaps-lab.txt',
    'display-arp__table__ntc.txt',
    'arp__doc-ip-address-query__h3c-cn-cmdref.txt',
  ])('parses seed file %s with the detected command', (name) => {
    const { command, result } = parseAny(fixture(name));
    expect(command).not.toBe('unknown');
    expect(result.ok).toBe(true);
    expect(result.value).not.toBeNull();
  });

  it('parses display interface (detail and brief) with the interface-status parser', () => {
    for (const name of [
      'display-interface__ntc.txt',
      'display-interface-brief__ntc_release_9119P17.txt',
      'display-interface__cw5-4210-ge-sfp-crc-on-error-line__3com-blog.txt',
    ]) {
      const { command, result } = parseAny(fixture(name));
      expect(command, name).toBe('display-interface');
      expect(result.ok, name).toBe(true);
      expect((result.value as { interfaces: unknown[] }).interfaces.length, name).toBeGreaterThan(
        0,
      );
    }
  });

  it('an output no parser reads is ok:false naming what it looks like and what was expected', () => {
    const { command, result } = parseAny(
      fixture('m-lag-summary-verbose__dsw1-peer-link-drcp__ru-lab.txt'),
    );
    expect(command).toBe('display-m-lag');
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.code).toBe('unsupported-command');
    expect(result.errors[0]?.message).toContain('display m-lag');
    expect(result.errors[0]?.message).toContain('display server-farm');
  });

  it('display loadbalance action names its command and is read by no step', () => {
    for (const name of [
      'loadbalance-action__tsg-lb-generic-server-farm-in-use__ynu-js.txt',
      'loadbalance-action__doc-drop-and-http-server-farm-in-use-headers__h3c-cn-cmdref.txt',
    ]) {
      const { command, result } = parseAny(fixture(name));
      expect(command).toBe('display-loadbalance-action');
      expect(stepForPaste(fixture(name))).toBeNull();
      expect(result.value).toBeNull();
      expect(result.errors[0]?.code).toBe('unsupported-command');
      expect(result.errors[0]?.message).toContain('display loadbalance action');
    }
  });

  it('empty and unknown pastes', () => {
    expect(parseAny('').result.errors[0]?.code).toBe('empty-input');
    expect(parseAny('hello').command).toBe('unknown');
    expect(parseAny('hello').result.errors[0]?.code).toBe('unknown-command');
  });
});
