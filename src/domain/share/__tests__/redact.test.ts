import { describe, expect, it } from 'vitest';
import type { WizardState } from '../../wizard-state';
import { runWizard } from '../../graph/run-wizard';
import { redactState } from '../redact';
import { largerStateA, largerStateB, seedState } from './fixture-states';

// Sample: `10.197.44.200` (not part of `1.10.197.44.200.5`).
const ipv4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;

function addresses(state: WizardState): Set<string> {
  return new Set(state.pastes.flatMap((p) => p.text.match(ipv4) ?? []));
}

const kept = (a: string) => a === '0.0.0.0' || a.startsWith('255.');

describe('redactState', () => {
  const seed = seedState();
  const red = redactState(seed);

  it('maps the same address to the same stand-in everywhere', () => {
    expect(red.pastes[0]!.text).toContain('10.0.0.1');
    expect(red.pastes[1]!.text).toContain(
      'ping -vpn-instance HLW 10.0.0.1\nPing 10.0.0.1 (10.0.0.1)',
    );
    expect(red.pastes[1]!.text).toContain('Ping statistics for 10.0.0.1 in VPN instance HLW');
    expect(red.pastes[2]!.text).toContain('10.0.0.2');
    // The probe source (the Reth's address) is one address in the session and the Reth config.
    expect(red.pastes[3]!.text).toContain('Source      IP/port: 10.0.1.1/51188');
    expect(red.pastes[4]!.text).toContain('ip address 10.0.1.1 255.255.255.252');
  });

  it('leaves no original address, host name or description behind', () => {
    for (const state of [seed, largerStateA(), largerStateB()]) {
      const out = redactState(state);
      const after = out.pastes.map((p) => p.text).join('\n');
      for (const a of addresses(state)) {
        if (kept(a)) continue;
        expect(
          after.match(new RegExp(`(?<![\\d.])${a.replace(/\./g, '\\.')}(?![\\d.])`)),
        ).toBeNull();
      }
    }
    const all = red.pastes.map((p) => p.text).join('\n');
    for (const secret of [
      'L5030]',
      'GZ-HXY-G160201-V07-L5000S-L-01',
      'GZ-HXY-G160201-V07-H5030',
      'output-int',
      'input-int',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('keeps masks, 0.0.0.0, column alignment and everything else', () => {
    const s: WizardState = {
      pastes: [
        {
          step: 'reth',
          text: 'ip route-static 0.0.0.0 0 10.1.2.3\nip address 10.1.2.4 255.255.255.0\nrule permit source 10.1.2.0 0.0.0.255\n  test1   Active   10.1.2.3        80\n',
          at: null,
        },
      ],
      answers: { 'capture-traffic': 'no' },
      server: '10.1.2.3',
      farm: null,
    };
    const out = redactState(s);
    expect(out.pastes[0]!.text).toBe(
      'ip route-static 0.0.0.0 0 10.0.0.1\nip address 10.0.0.2 255.255.255.0\nrule permit source 10.0.0.0 0.0.0.255\n  test1   Active   10.0.0.1        80\n',
    );
    expect(out.server).toBe('10.0.0.1');
    expect(out.answers).toEqual({ 'capture-traffic': 'no' });
  });

  it('pads a shorter stand-in in a table so the columns stay put', () => {
    const row = '  test1         Probe-failed HLW           10.197.44.200   80    100    4';
    const out = redactState({
      pastes: [{ step: 'farm-status', text: row, at: null }],
      answers: {},
      server: null,
      farm: null,
    });
    expect(out.pastes[0]!.text.length).toBe(row.length);
    expect(out.pastes[0]!.text.indexOf('80')).toBe(row.indexOf('80'));
  });

  it('maps IPv6 addresses into the documentation prefix, one /64 per subnet, and keeps times', () => {
    const text =
      'Source      IP/port: 2001::2/1024\nDestination IP/port: 2001::1/2048\nStart time: 2023-06-25 13:53:05  TTL: 2s\nback 2001::2';
    const out = redactState({
      pastes: [{ step: 'session', text, at: null }],
      answers: {},
      server: null,
      farm: null,
    }).pastes[0]!.text;
    expect(out).toBe(
      'Source      IP/port: 2001:db8:1::1/1024\nDestination IP/port: 2001:db8:1::2/2048\nStart time: 2023-06-25 13:53:05  TTL: 2s\nback 2001:db8:1::1',
    );
  });

  it('does not change the diagnosis of the seed incident', () => {
    const before = runWizard(seed);
    const after = runWizard(red);
    expect(after.path).toEqual(before.path);
    expect(after.diagnosis?.id).toBe(before.diagnosis?.id);
  });
});
