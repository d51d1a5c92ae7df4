import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../share-codec';
import { SECRET_MASK, stripSecrets, stripSecretsState } from '../strip-secrets';
import { seedState } from './fixture-states';

// Each line as configured on Comware 5/7, with the secret it holds.
const cases: [string, string[]][] = [
  [' snmp-agent community read simple Publ1c-RO', ['Publ1c-RO']],
  [' snmp-agent community write cipher $c$3$Zm9vYmFyYmF6', ['$c$3$Zm9vYmFyYmF6']],
  [' snmp-agent community read corpRO acl 2000', ['corpRO']],
  [
    ' snmp-agent target-host trap address udp-domain 10.1.1.9 params securityname trapC0mm v2c',
    ['trapC0mm'],
  ],
  [
    ' snmp-agent usm-user v3 nms grp simple authentication-mode sha AuthK3y! privacy-mode aes128 PrivK3y!',
    ['AuthK3y!', 'PrivK3y!'],
  ],
  [
    ' snmp-agent usm-user v3 nms grp cipher authentication-mode sha $c$3$YXV0aA== privacy-mode aes128 $c$3$cHJpdg==',
    ['$c$3$YXV0aA==', '$c$3$cHJpdg=='],
  ],
  [
    ' snmp-agent usm-user v3 nms grp authentication-mode md5 Md5Key12 privacy-mode des56 DesKey12',
    ['Md5Key12', 'DesKey12'],
  ],
  [' password simple Adm1n@pass', ['Adm1n@pass']],
  [' password cipher $c$3$abcdEFGH==', ['$c$3$abcdEFGH==']],
  [' password hash $h$6$Pm7Qxyz$abc==', ['$h$6$Pm7Qxyz$abc==']],
  ['[LB01-luser-manage-admin]password simple Typed#Pw1', ['Typed#Pw1']],
  [' super password role network-admin simple SuperPw9', ['SuperPw9']],
  [' set authentication password simple VtyPw77', ['VtyPw77']],
  [' key authentication simple RadAuthK', ['RadAuthK']],
  [' key accounting cipher $c$3$cmFkaXVz', ['$c$3$cmFkaXVz']],
  [' key authentication OldRadKey', ['OldRadKey']],
  [' primary authentication 10.1.1.5 1812 key simple PrimK3y', ['PrimK3y']],
  [' pre-shared-key address 10.2.2.2 255.255.255.255 key simple IkePsk1', ['IkePsk1']],
  [' pre-shared-key cipher $c$3$aWtl', ['$c$3$aWtl']],
  [' ospf authentication-mode md5 1 cipher $c$3$b3NwZg==', ['$c$3$b3NwZg==']],
  [' ospf authentication-mode md5 1 plain OspfPlain', ['OspfPlain']],
  [' ntp-service authentication-keyid 1 authentication-mode md5 simple NtpKey42', ['NtpKey42']],
  [' peer 10.3.3.3 password simple BgpPw55', ['BgpPw55']],
  [' authentication-key simple VrrpK', ['VrrpK']],
  [' secret Sh4redS3cret', ['Sh4redS3cret']],
  [' sa string-key outbound esp simple EspOutK', ['EspOutK']],
];

describe('stripSecrets', () => {
  for (const [line, secrets] of cases) {
    it(`removes the secret of "${line.trim()}"`, () => {
      const out = stripSecrets(line);
      for (const s of secrets) expect(out).not.toContain(s);
      expect(out).toContain(SECRET_MASK);
      // The command itself stays readable.
      expect(out.split(/\s+/)[1]).toBe(line.split(/\s+/)[1]);
    });
  }

  it('leaves commands without a secret, and display output, as they are', () => {
    const text = [
      'user-interface vty 0 63',
      ' authentication-mode scheme',
      ' authentication-mode password',
      'password-control length 10',
      'local-user admin class manage',
      ' service-type ssh terminal',
      'public-key local create rsa',
      'Port             Status  Priority Oper-Key  Flag',
      '    Oper-Key: 2',
      'Actor Key  Partner Key',
      ' pki domain pd-corp-ca',
    ].join('\n');
    expect(stripSecrets(text)).toBe(text);
  });

  it('keeps every line in place', () => {
    const text = cases.map(([l]) => l).join('\n');
    const out = stripSecrets(text);
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    out.split('\n').forEach((line, i) => {
      expect(line.split(/\s+/).slice(0, 2)).toEqual(text.split('\n')[i]!.split(/\s+/).slice(0, 2));
    });
  });

  it('returns the same state when there is nothing to remove', () => {
    const seed = seedState();
    expect(stripSecretsState(seed)).toBe(seed);
  });

  it('keeps secrets out of a share link, redacted or not', () => {
    const seed = seedState();
    const text = `${seed.pastes[6]!.text}\n snmp-agent community read simple Publ1c-RO\nlocal-user admin class manage\n password simple Adm1n@pass\n`;
    const state = { ...seed, pastes: seed.pastes.map((p, i) => (i === 6 ? { ...p, text } : p)) };
    for (const redact of [false, true]) {
      const decoded = decodeState(encodeState(state, { redact }));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const all = JSON.stringify(decoded.state);
      expect(all).not.toContain('Publ1c-RO');
      expect(all).not.toContain('Adm1n@pass');
      expect(decoded.state.pastes[6]!.text.split('\n')).toHaveLength(text.split('\n').length);
    }
  });
});
