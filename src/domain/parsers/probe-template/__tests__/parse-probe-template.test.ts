import { describe, expect, it } from 'vitest';
import { parseProbeTemplate } from '../parse-probe-template';
import type { ProbeTemplate, ProbeTemplateData } from '../../parsed-types';
import {
  pairFixtures,
  parserSuite,
  type RecordRef,
} from '../../interface-config/__tests__/parser-harness';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expected = import.meta.glob<unknown>('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
});

function records(v: ProbeTemplateData): RecordRef[] {
  // A template is complete once the last line of its (possibly re-entered) blocks was read.
  return v.templates.map((t) => ({
    key: `${t.type} ${t.name}`,
    line: t.line,
    lastLine: Math.max(...t.lines.map((l) => l.no)),
    value: t,
  }));
}

parserSuite({
  parse: parseProbeTemplate,
  fixtures: pairFixtures(texts, expected),
  command: 'display current-configuration | begin nqa template',
  expectedWarnings: {
    'probe-template__ap-dis-cu-icmp-per-probe-then-interfaces__cn-ap-notes.txt': [
      'outside-template@3',
    ],
    // The `<Sysname> system-view` lines (and the LB views) of the typed examples.
    'probe-template__doc-dns-ftp-radius-typed-examples__h3c-cn-nqa-cmdref.txt': [
      'outside-template@1',
    ],
    'probe-template__doc-http-httptplt-typed-examples__h3c-cn-nqa-cmdref.txt': [
      'outside-template@1',
    ],
    'probe-template__doc-icmp-t4-real-server-and-farm-probe__h3c-cn-lb-cmdref.txt': [
      'outside-template@1',
    ],
    'probe-template__doc-tcp-icmp-typed-examples__h3c-cn-nqa-cmdref.txt': ['outside-template@1'],
    'probe-template__synth-begin-nqa-template-l5000-http-https-raw-tcp-then-rest.txt': [
      'outside-template@35',
    ],
    'probe-template__synth-typed-snippet-indent-stripped-quit.txt': ['outside-template@24'],
  },
  records,
  otherCommands: [
    'Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break\nRequest time out\n',
    'Aggregate Interface: Route-Aggregation1\nAggregation Mode: Dynamic\nLoadsharing Type: Shar\n',
  ],
});

const one = (text: string): ProbeTemplate | undefined =>
  parseProbeTemplate(text).value?.templates[0];
const codes = (text: string) => parseProbeTemplate(text).warnings.map((w) => `${w.code}@${w.line}`);

describe('parseProbeTemplate rules', () => {
  it('counts every other section once, however long the configuration after the templates', () => {
    const rest = Array.from(
      { length: 2000 },
      (_, i) => `#\ninterface GE1/0/${i}\n port access vlan 10`,
    );
    const r = parseProbeTemplate(
      `nqa template tcp t\n destination port 80\n${rest.join('\n')}\nreturn`,
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['outside-template']);
    expect(r.warnings[0]?.message).toContain('4000 line(s)');
  });

  it('an NQA-filtered display that printed nothing is a real answer: no template configured', () => {
    for (const echo of [
      'display current-configuration | begin nqa template',
      'dis cur | inc nqa',
      'display current-configuration configuration nqa',
    ]) {
      const r = parseProbeTemplate(`<LB>${echo}\n<LB>`);
      expect(r.ok, echo).toBe(true);
      expect(r.value).toEqual({
        templates: [],
        sslClientPolicies: [],
        references: [],
        answered: true,
      });
    }
    // `| include nqa` that printed only the client switch: still none configured.
    expect(parseProbeTemplate('<LB>dis cur | include nqa\n nqa agent enable').value?.answered).toBe(
      true,
    );
  });

  it('a configuration without templates, or an unfiltered display, is not an answer', () => {
    const cfg = parseProbeTemplate(
      '#\ninterface Reth2\n member interface RAGG1.1973 priority 200\n#\nreturn',
    );
    expect(cfg.ok).toBe(false);
    expect(cfg.errors.map((e) => e.code)).toEqual(['no-template']);
    expect(cfg.errors[0]?.message).toContain('nqa template');
    const bare = parseProbeTemplate('<LB>display current-configuration\n<LB>');
    expect(bare.errors.map((e) => e.code)).toEqual(['empty-input']);
  });

  it('reads expect status lists and ranges, and says which word it could not read', () => {
    expect(
      one('nqa template http h\n expect status 200 to 299 302 400 to 404')?.expectStatus,
    ).toEqual([
      [200, 299],
      [302, 302],
      [400, 404],
    ]);
    const bad = 'nqa template http h\n expect status 200 to 1xx';
    expect(one(bad)?.expectStatus).toEqual(null);
    expect(codes(bad)).toEqual(['bad-value@2']);
    // Typed twice: the second adds to the list; `undo` clears it.
    expect(
      one('nqa template http h\nexpect status 200\nexpect status 301 to 302')?.expectStatus,
    ).toEqual([
      [200, 200],
      [301, 302],
    ]);
    expect(
      one('nqa template http h\nexpect status 200\nundo expect status')?.expectStatus,
    ).toBeNull();
  });

  it('reads the url host, port and path, IPv6 literals included', () => {
    const t = one('nqa template https h\n url https://[2001:db8::5]:8443/hc?x');
    expect([t?.urlHost, t?.urlPort, t?.urlPath]).toEqual(['[2001:db8::5]', 8443, '/hc?x']);
    const bare = one('nqa template http h\n url http://10.1.1.1');
    expect([bare?.urlHost, bare?.urlPort, bare?.urlPath]).toEqual(['10.1.1.1', null, null]);
  });

  it('keeps raw-request content as displayed (deeper indent) and ends it at the next command', () => {
    const t = one(
      [
        'nqa template http h',
        ' operation raw',
        ' raw-request',
        '  POST /login HTTP/1.0',
        '  Host: a.example.com',
        '  user=x',
        ' probe timeout 4000',
      ].join('\n'),
    );
    expect([t?.rawRequestLine, t?.rawRequestHost, t?.timeoutMs]).toEqual([
      'POST /login HTTP/1.0',
      'a.example.com',
      4000,
    ]);
    expect(t?.lines.map((l) => l.text)).toContain('user=x');
  });

  it('reads lines typed in a template view whose `nqa template` line was not pasted', () => {
    const r = parseProbeTemplate(
      '[LB-nqatplt-tcp-hc-8080]destination port 8080\n[LB-nqatplt-tcp-hc-8080]quit',
    );
    expect(r.value?.templates.map((t) => [t.type, t.name, t.line, t.destinationPort])).toEqual([
      ['tcp', 'hc-8080', 1, 8080],
    ]);
  });

  it('warns about template types and commands the command reference does not list, keeping them', () => {
    expect(codes('nqa template arp a\n frequency 1000')).toEqual(['unknown-template-type@1']);
    const text = 'nqa template http h\n url http://a/\n retry 3';
    expect(codes(text)).toEqual(['unknown-template-command@3']);
    expect(one(text)?.lines.map((l) => l.text)).toEqual([
      'nqa template http h',
      'url http://a/',
      'retry 3',
    ]);
  });

  it('ends a typed block at the first line that is no template command', () => {
    const r = parseProbeTemplate('nqa template tcp t\ndestination port 80\nvlan 10\ndescription x');
    expect(r.value?.templates[0]?.lines.map((l) => l.no)).toEqual([1, 2]);
    expect(r.warnings.map((w) => `${w.code}@${w.line}`)).toEqual(['outside-template@3']);
  });

  it('reads `server-verify enable` and a missing one in an ssl client-policy', () => {
    const r = parseProbeTemplate(
      'nqa template ssl s\n ssl-client-policy p1\n#\nssl client-policy p1\n server-verify enable\n#\nssl client-policy p2\n version tls1.0\n',
    );
    expect(r.value?.sslClientPolicies?.map((p) => [p.name, p.serverVerify, p.version])).toEqual([
      ['p1', true, null],
      ['p2', null, 'tls1.0'],
    ]);
  });

  it('reads lines typed in an ssl client-policy view', () => {
    const r = parseProbeTemplate(
      '[LB]nqa template https hc\n[LB-nqatplt-https-hc]ssl-client-policy cp1\n[LB]ssl client-policy cp1\n[LB-ssl-client-policy-cp1]version tls1.2\n[LB-ssl-client-policy-cp2]prefer-cipher rsa_aes_256_cbc_sha',
    );
    expect(
      r.value?.sslClientPolicies?.map((p) => [p.name, p.line, p.version, p.preferCipher]),
    ).toEqual([
      ['cp1', 3, 'tls1.2', null],
      ['cp2', 5, null, 'rsa_aes_256_cbc_sha'],
    ]);
  });

  it('`source ip` and `source interface` replace each other', () => {
    const t = one('nqa template icmp i\nsource ip 10.1.1.1\nsource interface Vlan-interface2');
    expect([t?.sourceIp, t?.sourceInterface, t?.fieldLines]).toEqual([
      null,
      'Vlan-interface2',
      { sourceInterface: 3 },
    ]);
  });
});
