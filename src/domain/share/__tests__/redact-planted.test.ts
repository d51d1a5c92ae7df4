/**
 * Every kind of identifier, planted in every kind of output, must be gone from everything that
 * leaves the page redacted: the share link, the Markdown report and the JSON export. Each
 * scenario's pastes (and the seed incident's) get the same terminal session appended, as if the
 * engineer had pasted more of it: an RBM pair's and a non-ASCII prompt, `display interface
 * brief` with descriptions, LLDP neighbours, a configuration with secrets, names and a probe
 * template, pings by name, ARP, IPv6 in every spelling, MACs in every spelling, log lines.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import { buildReport } from '../../report/report-model';
import { reportToMarkdown } from '../../report/report-markdown';
import { reportToJson } from '../../report/report-json';
import type { Lang } from '../../run-types';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';
import type { WizardState } from '../../wizard-state';
import { redactState } from '../redact';
import { decodeState, encodeState } from '../share-codec';
import { stripSecretsState } from '../strip-secrets';
import { seedState } from './fixture-states';

const session = String.raw`RBM_P<GZ-LB-PRI-01>display interface brief description
Brief information on interfaces in route mode:
Link: ADM - administratively down; Stby - standby
Protocol: (s) - spoofing
Interface            Link Protocol Primary IP      Description
GE1/0/1              UP   UP       172.31.250.17   to-ACME-DC2-core
Vlan10               UP   UP       100.64.7.1      ACME secret uplink
InLoop0              UP   UP(s)    --

Brief information on interfaces in bridge mode:
Link: ADM - administratively down; Stby - standby
Speed: (a) - auto
Duplex: (a)/A - auto; H - half; F - full
Type: A - access; T - trunk; H - hybrid
Interface            Link Speed   Duplex Type PVID Description
GE1/0/2              UP   1G(a)   F(a)   A    1    acme-brief-desc-1
GE1/0/3              DOWN auto    A      A    1
RBM_S[GZ-LB-SEC-02-Route-Aggregation1]display this
#
interface Route-Aggregation1
 description to-ACME-DC2-core
 ip address 100.64.7.1 255.255.255.0
 ipv6 address 2400:cb00:12:7::5/64
 link-aggregation mode dynamic
#
return
<北京-LB01>display lldp neighbor-information list
Chassis ID : * -- -- Nearest nontpmr bridge neighbor
             # -- -- Nearest customer bridge neighbor
             Default -- -- Nearest bridge neighbor
System Name          Local Interface Chassis ID      Port ID
GZ-AGG-SW-A          XGE1/0/1        3c8c-40aa-01f2  Ten-GigabitEthernet1/0/45
<北京-LB01>display lldp neighbor-information interface Ten-GigabitEthernet 1/0/2 verbose
LLDP neighbor-information of port 2[Ten-GigabitEthernet1/0/2]:
LLDP agent nearest-bridge:
 LLDP neighbor index : 1
 Update time         : 0 days, 1 hours, 2 minutes, 3 seconds
 Chassis type        : MAC address
 Chassis ID          : 3C8C-40AA-01F2
 Port ID type        : Interface name
 Port ID             : Ten-GigabitEthernet1/0/46
 Time to live        : 121
 Port description    : TO_ACME_CORE_9
 System name         : SW-CORE-01
 System description  : Acme Campus Core Stack 7
                       Acme Release 9 Build 1
 System capabilities supported : Bridge, Router
 Management address type           : IPv4
 Management address                : 172.31.250.1
<北京-LB01>display interface GigabitEthernet 1/0/3
GigabitEthernet1/0/3
Current state: DOWN
Line protocol state: DOWN
Description:	acme tab desc
IP packet frame type: Ethernet II, hardware address: 3c8c.40aa.01f2
<北京-LB01>display interface GigabitEthernet 1/0/4
GigabitEthernet1/0/4
Current state: UP
DESCRIPTION: ACME-SF-FARM-DESC
<北京-LB01>display ipv6 interface Vlan-interface10
Vlan-interface10 current state: UP
IPv6 is enabled, link-local address is FE80::2E0:FCFF:FE00:1
  Global unicast address(es):
    2409:8C00:0:0:0:0:0:A1, subnet is 2409:8C00::/64
<北京-LB01>display current-configuration
#
 sysname 北京-LB01
#
 dns domain acme.local
 ip host srv-db-07 100.64.9.9
#
domain acmecorp
 authentication login radius-scheme rs1
#
radius scheme rs1
 primary authentication 172.31.250.1 key simple RadAuthK
 key authentication simple RadAuthK
#
hwtacacs scheme hw1
 key authentication cipher $c$3$VGFjSzN5
#
 snmp-agent community read simple Publ1c-RO
 snmp-agent usm-user v3 nms grp simple authentication-mode sha AuthK3y! privacy-mode aes128 PrivK3y!
#
local-user admin class manage
 password hash $h$6$Pm7QxyzAbc==
 service-type ssh
#
ike keychain kc1
 pre-shared-key address 172.31.250.1 255.255.255.255 key simple IkePsk1
#
nqa template http hc-web
 url http://app.corp.example.com/health
 raw-request
  GET /health HTTP/1.1
  Host: www.acme-bank.cn
#
 ip route-static 0.0.0.0 0 172.31.250.1
#
return
<北京-LB01>ping app01.corp.local
Ping app01.corp.local (100.64.9.9): 56 data bytes, press CTRL_C to break
56 bytes from 100.64.9.9: icmp_seq=0 ttl=63 time=0.993 ms
--- Ping statistics for app01.corp.local ---
1 packet(s) transmitted, 1 packet(s) received, 0.0% packet loss
<北京-LB01>ping ipv6 -a 2408:8000:abcd::19 2409:8c00::a1
<北京-LB01>display arp
  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid
IP address      MAC address    VLAN/VSI name Interface                Aging Type
198.51.100.77   3c8c-40aa-01f2 10            XGE1/0/1                 1173  D
31.255.255.255  9023-b46c-4400 10            XGE1/0/2                 1173  D
<北京-LB01>display session table ipv6 verbose
Initiator:
  Source      IP/port: ::ffff:100.64.9.9/443
  Destination IP/port: 2408:8000:abcd::19/80
%Jun 25 13:53:05:123 2023 GZ-LB-PRI-01 ND/6/ND_DUPADDR: Duplicate address:2400:cb00:12:7::5 on Vlan-interface10.
%Jun 25 13:53:06:001 2023 GZ-LB-PRI-01 ARP/6/ARP_DUP: MAC 3C:8C:40:AA:01:F2 and 3C-8C-40-AA-01-F2 claim 198.51.100.77; IPv6address fe80::2e0:fcff:fe00:1%Vlan-interface10
`;

/** Strings that must appear nowhere once redacted (compared case-insensitively). */
const planted = [
  // host names: RBM prompts, a non-ASCII prompt, LLDP, log hosts, names in configuration
  'GZ-LB-PRI-01',
  'GZ-LB-SEC-02',
  '北京',
  'GZ-AGG-SW-A',
  'SW-CORE-01',
  'srv-db-07',
  'app01',
  'corp.example.com',
  'acme', // every description, domain, FQDN and host header above holds it
  // IPv4, including hosts that look like masks
  '172.31.250.17',
  '172.31.250.1',
  '100.64.7.1',
  '100.64.9.9',
  '198.51.100.77',
  '31.255.255.255',
  // IPv6 in every spelling
  '2400:cb00',
  '2408:8000',
  '2409:8c00',
  '2e0:fcff:fe00:1',
  // MACs in every spelling (see `hexOnly` below too)
  '9023-b46c-4400',
  '3c8c-40aa-01f2',
  '3c:8c:40:aa:01:f2',
  '3c8c.40aa.01f2',
  // secrets
  'RadAuthK',
  'VGFjSzN5',
  'Publ1c-RO',
  'AuthK3y',
  'PrivK3y',
  'Pm7QxyzAbc',
  'IkePsk1',
];
/** MACs with their separators taken out: no spelling of them may survive. */
const plantedMacHex = ['3c8c40aa01f2', '9023b46c4400'];

/** Markdown escapes punctuation (`GZ\-LB`) and may write entities: read it as plain text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function survivors(text: string, extra: string[]): string[] {
  const lower = text.toLowerCase();
  const hexOnly = lower.replace(/[^0-9a-f]/g, '');
  return [
    ...[...planted, ...extra].filter((s) => lower.includes(s.toLowerCase())),
    ...plantedMacHex.filter((h) => hexOnly.includes(h)),
  ];
}

// Sample: `10.197.44.200` (not part of `1.10.197.44.200.5`).
const ipv4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;

/** A contiguous netmask or wildcard: the only addresses allowed to stay (where a mask stands). */
function maskShaped(a: string): boolean {
  const n = a.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const inv = 0xffffffff - n;
  const low = (x: number) => (x & (x + 1)) === 0;
  return low(n) || low(inv);
}

/** The state's own addresses (not the planted ones), to check they are gone too. */
function ownAddresses(state: WizardState): string[] {
  const all = new Set(state.pastes.flatMap((p) => p.text.match(ipv4) ?? []));
  return [...all].filter((a) => !maskShaped(a) && !/\b(?:0|255)$/.test(a));
}

function plant(state: WizardState): WizardState {
  return { ...state, pastes: state.pastes.map((p) => ({ ...p, text: `${p.text}\n${session}` })) };
}

const cases: [string, WizardState][] = [
  ['seed incident', seedState()],
  ...loadScenarios().map((sc): [string, WizardState] => [sc.name, stateOf(sc)]),
];
const langs: Lang[] = ['en-US', 'zh-CN'];

describe('a redacted link, Markdown report and JSON export hold no planted identifier', () => {
  for (const [name, original] of cases) {
    it(name, () => {
      const state = plant(original);
      const red = redactState(state);
      // The seed's own names and descriptions must go too.
      const extra =
        name === 'seed incident'
          ? ['L5030', 'GZ-HXY', 'output-int', 'input-int', ...ownAddresses(original)]
          : ownAddresses(original);

      // (a) the link: what a recipient decodes
      const decoded = decodeState(encodeState(state, { redact: true }));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.state).toEqual(red);
      expect(survivors(JSON.stringify(decoded.state), extra)).toEqual([]);

      // (b) and (c): the reports built from the redacted state and its own run
      const run = runWizard(red);
      for (const lang of langs) {
        const md = plain(reportToMarkdown(buildReport(red, run, lang, { now: 0 })));
        expect(survivors(md, extra), lang).toEqual([]);
      }
      expect(survivors(reportToJson(red, run), extra)).toEqual([]);

      // The engine concludes the same on the redacted state.
      const before = runWizard(state);
      expect(run.path).toEqual(before.path);
      expect(run.diagnosis?.id ?? null).toBe(before.diagnosis?.id ?? null);
      expect(run.current).toBe(before.current);

      // Same value, same stand-in: the appended session reads the same after every paste…
      const tails = red.pastes.map((p) => p.text.split('\n').slice(-session.split('\n').length));
      for (const t of tails) expect(t).toEqual(tails[0]);
      // …and inside it, each spelling of one MAC or IPv6 address has one stand-in.
      const tail = tails[0]!.join('\n');
      const macs = tail.match(
        /(?:[0-9a-f]{2}[-:.]?){5}[0-9a-f]{2}|[0-9a-f]{4}[-.][0-9a-f]{4}[-.][0-9a-f]{4}/gi,
      )!;
      const standIn = (m: string) => m.toLowerCase().replace(/[^0-9a-f]/g, '');
      const lldpMac = standIn(/XGE1\/0\/1\s+(\S+)/.exec(tail)![1]!);
      expect(standIn(/Chassis ID {10}: (\S+)/.exec(tail)![1]!)).toBe(lldpMac);
      expect(standIn(/hardware address: (\S+)/.exec(tail)![1]!)).toBe(lldpMac);
      expect(standIn(/MAC (\S+) and/.exec(tail)![1]!)).toBe(lldpMac);
      expect(standIn(/and (\S+) claim/.exec(tail)![1]!)).toBe(lldpMac);
      expect(macs.length).toBeGreaterThanOrEqual(6);
      const v6 = /^ {4}(\S+), subnet is (\S+)\/64$/m.exec(tail)!;
      expect(tail).toContain(`-a ${/Destination IP\/port: (\S+)\/80/.exec(tail)![1]} ${v6[1]}`);
      expect(v6[1]!.startsWith(v6[2]!)).toBe(true);
      // Masks where a mask stands are kept; the prompt keeps its view.
      expect(tail).toContain('255.255.255.0');
      expect(tail).toMatch(/^RBM_S\[host-\d+-Route-Aggregation1\]display this$/m);
    });
  }

  it('secrets are gone from exports that are not redacted', () => {
    const state = stripSecretsState(plant(seedState()));
    const run = runWizard(state);
    const secrets = planted.slice(planted.indexOf('RadAuthK'));
    const json = reportToJson(state, run);
    const md = plain(reportToMarkdown(buildReport(state, run, 'en-US', { now: 0 })));
    for (const s of secrets) {
      expect(json).not.toContain(s);
      expect(md).not.toContain(s);
    }
    // Not redacted: the names are still there.
    expect(json).toContain('GZ-LB-PRI-01');
  });
});
