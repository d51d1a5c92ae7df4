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

/** The text of a one-paste state after redaction. */
function redactOne(text: string, extra: Partial<WizardState> = {}): string {
  return redactState({
    pastes: [{ step: 'ping', text, at: null }],
    answers: {},
    server: null,
    farm: null,
    ...extra,
  }).pastes[0]!.text;
}

describe('redactState: host names', () => {
  it('finds names in RBM and non-ASCII prompts and keeps each prompt’s view', () => {
    const out = redactOne(
      'RBM_P<LB01>display ha\nRBM_S[LB02-Route-Aggregation1]quit\n<北京-LB01>dis ver\n[LB01-nqatplt-http-hc]url http://10.1.1.1/\n[LB02]\n',
    );
    expect(out).toBe(
      'RBM_P<host-1>display ha\nRBM_S[host-3-Route-Aggregation1]quit\n<host-2>dis ver\n[host-1-nqatplt-http-hc]url http://10.0.0.1/\n[host-3]\n',
    );
  });

  it('cuts a view prompt at the view when no other prompt names the device', () => {
    const out = redactOne(
      '[GZ-HXY-L01-Route-Aggregation1]link-aggregation mode dynamic\n[GZ-HXY-L01-vlan10]quit\n%Jun 25 13:53:05:123 2023 GZ-HXY-L01 NQA/6/NQA_LOG: probe failed',
    );
    expect(out).toBe(
      '[host-1-Route-Aggregation1]link-aggregation mode dynamic\n[host-1-vlan10]quit\n%Jun 25 13:53:05:123 2023 host-1 NQA/6/NQA_LOG: probe failed',
    );
  });

  it('replaces LLDP system names and keeps the list’s columns', () => {
    const text = [
      'System Name          Local Interface Chassis ID      Port ID',
      'SZ-AGG-A             XGE1/0/1        5cdd-70b1-2c00  Ten-GigabitEthernet1/0/45',
      'SW1                  XGE1/0/2        70f9-6d4e-1a00  Ten-GigabitEthernet1/0/45',
      '',
      ' System name         : SZ-AGG-A',
    ].join('\n');
    const out = redactOne(text).split('\n');
    expect(out[1]).toBe(
      `${'host-1'.padEnd(21)}${'XGE1/0/1'.padEnd(16)}0000-5e00-5301  Ten-GigabitEthernet1/0/45`,
    );
    expect(out[2]).toBe(
      `${'host-2'.padEnd(21)}${'XGE1/0/2'.padEnd(16)}0000-5e00-5302  Ten-GigabitEthernet1/0/45`,
    );
    expect(out[4]).toBe(' System name         : host-1');
  });

  it('replaces URL hosts, Host headers, domains, ping targets and FQDNs, not keywords', () => {
    const text = [
      ' url http://app.corp.example.com:8080/health',
      '  Host: www.acme-bank.cn',
      ' dns domain acme.local',
      'domain acmecorp',
      'domain default enable system',
      '<LB>ping -c 3 app01',
      'Ping app01 (10.1.1.5): 56 data bytes',
      'see app.corp.example.com for app01',
      ' pki domain pd-corp-ca',
      'interface Route-Aggregation1.2040',
      'Copyright (c) 2004-2014 New H3C Technologies Co., Ltd.',
      ' flash:/startup.cfg version 7.1.064',
    ].join('\n');
    const out = redactOne(text);
    for (const gone of ['corp.example.com', 'acme', 'app01']) expect(out).not.toContain(gone);
    expect(out).toContain(' url http://host-2.example:8080/health');
    expect(out).toContain('see host-2.example for host-6');
    expect(out).toContain('<host-1>ping -c 3 host-6\nPing host-6 (10.0.0.1)');
    expect(out).toContain('domain default enable system');
    expect(out).toContain(' pki domain pd-corp-ca');
    expect(out).toContain('interface Route-Aggregation1.2040');
    expect(out).toContain('New H3C Technologies Co., Ltd.');
    expect(out).toContain(' flash:/startup.cfg version 7.1.064');
  });

  it('names the chosen farm and server with the same stand-ins as the pastes', () => {
    const out = redactState({
      pastes: [{ step: 'farm-status', text: 'ping app01.corp.local\nrs 10.9.9.9', at: null }],
      answers: {},
      server: '10.9.9.9',
      farm: 'app01.corp.local',
    });
    expect(out.pastes[0]!.text).toBe('ping host-1.example\nrs 10.0.0.1');
    expect(out.server).toBe('10.0.0.1');
    expect(out.farm).toBe('host-1.example');
  });
});

describe('redactState: descriptions', () => {
  it('replaces descriptions in any case, after a tab, with the same stand-in for the same text', () => {
    const out = redactOne(
      ' description to core\nDescription: to core\nDESCRIPTION:Uplink X\n description\tafter a tab\n  Description:\nDescription: GigabitEthernet1/0/1 Interface\n undo description',
    );
    expect(out).toBe(
      ' description desc-1\nDescription: desc-1\nDESCRIPTION:desc-2\n description\tdesc-3\n  Description:\nDescription: GigabitEthernet1/0/1 Interface\n undo description',
    );
  });

  it('replaces the Description column of display interface brief, wrapped lines included', () => {
    const text = [
      'Interface            Link Protocol Primary IP      Description',
      'GE1/0/1              UP   UP       10.1.1.1        to core sw 01',
      'InLoop0              UP   UP(s)    --',
      'Interface            Link Speed   Duplex Type PVID Description',
      'GE1/0/2              UP   1G(a)   F(a)   A    1    a-very-long-description-that-wr',
      'aps',
      'GE1/0/3              DOWN auto    A      A    1',
    ].join('\n');
    expect(redactOne(text).split('\n')).toEqual([
      'Interface            Link Protocol Primary IP      Description',
      'GE1/0/1              UP   UP       10.0.0.1        desc-1',
      'InLoop0              UP   UP(s)    --',
      'Interface            Link Speed   Duplex Type PVID Description',
      'GE1/0/2              UP   1G(a)   F(a)   A    1    desc-2',
      'desc-2',
      'GE1/0/3              DOWN auto    A      A    1',
    ]);
  });

  it('replaces an LLDP system description with its continuation lines', () => {
    const text = [
      ' Port description    : TO_CORE_1',
      ' System description  : H3C Comware Platform Software, Software Version 7.1.045,',
      '                       Release 1005P09',
      ' System capabilities supported : Bridge, Router',
    ].join('\n');
    expect(redactOne(text).split('\n')).toEqual([
      ' Port description    : desc-1',
      ' System description  : desc-2',
      '                       desc-2',
      ' System capabilities supported : Bridge, Router',
    ]);
  });
});

describe('redactState: addresses', () => {
  it('keeps a mask only where a mask stands', () => {
    const out = redactOne(
      'ip address 10.1.1.1 255.255.255.0\nrule permit source 10.1.1.0 0.0.0.255\n  Mask: 255.255.0.0\nping 3.255.255.255\narp 192.0.0.0 0.0.0.3 x\n10.0.0.255 255.255.255.1 0.0.0.5',
    );
    expect(out).toBe(
      'ip address 10.0.0.1 255.255.255.0\nrule permit source 10.0.0.0 0.0.0.255\n  Mask: 255.255.0.0\nping 11.0.0.255\narp 12.0.0.0 0.0.0.3 x\n10.1.0.255 13.0.0.1 14.0.0.1',
    );
  });

  it('finds IPv6 after a label’s colon or a word, compressed or not, with a zone or a prefix', () => {
    const out = redactOne(
      [
        'Address:2400:cb00:12:7::5',
        'IPv6address 2400:CB00:12:7:0:0:0:5',
        'subnet 2400:cb00:12:7::/64',
        'fe80::2e0:fcff:fe00:1%GigabitEthernet1/0/1',
        '::ffff:10.1.1.1 and 10.1.1.1',
        ':: ::1 ff02::1 13:53:05',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'Address:2001:db8:1::1',
        'IPv6address 2001:db8:1::1',
        'subnet 2001:db8:1::/64',
        'fe80::1%GigabitEthernet1/0/1',
        '::ffff:10.0.0.1 and 10.0.0.1',
        ':: ::1 ff02::1 13:53:05',
      ].join('\n'),
    );
  });

  it('maps a MAC the same in every spelling and keeps the no-partner and multicast MACs', () => {
    const out = redactOne(
      'System ID: 0x8000, 9023-b46c-4400\n90:23:B4:6C:44:00 9023.b46c.4400 90-23-b4-6c-44-00\n0x8000,00e0-fcff-ff01\n0x8000, 0000-0000-0000 0180-c200-000e',
    );
    expect(out).toBe(
      'System ID: 0x8000, 0000-5e00-5301\n00:00:5E:00:53:01 0000.5e00.5301 00-00-5e-00-53-01\n0x8000,0000-5e00-5302\n0x8000, 0000-0000-0000 0180-c200-000e',
    );
  });
});

describe('redactState: line breaks', () => {
  it('reads CRLF and CR pastes as it reads LF ones, and keeps their breaks', () => {
    const lf = [
      '[LB01]display interface brief',
      'Interface            Link Protocol Primary IP      Description',
      'GE1/0/1              UP   UP       10.1.1.1        to core sw 01',
      '',
      'interface GigabitEthernet1/0/1',
      ' description to-core',
      ' System description  : H3C Comware',
      '                       Release 1',
      'System Name          Local Interface Chassis ID      Port ID',
      'SW-CORE-01           XGE1/0/1        5cdd-70b1-2c00  Ten-GigabitEthernet1/0/45',
    ].join('\n');
    const expected = redactOne(lf);
    expect(expected).not.toMatch(/core|LB01|SW-CORE|Comware|Release/);
    expect(redactOne(lf.replace(/\n/g, '\r\n'))).toBe(expected.replace(/\n/g, '\r\n'));
    expect(redactOne(lf.replace(/\n/g, '\r'))).toBe(expected.replace(/\n/g, '\r'));
  });
});
