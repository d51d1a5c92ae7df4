/**
 * Secrets never leave the page, redacted or not: SNMP communities and USM keys, passwords
 * (`local-user` views, `super password`, BGP peers), RADIUS/HWTACACS/IKE keys, routing-protocol
 * authentication keys and every `$c$…` / `$h$…` cipher blob. Each is replaced in place by
 * `******`, so every line keeps its number and the citations of a run stay valid; nothing the
 * engine reads is a secret, so the diagnosis is the same. Applied wherever pastes leave the
 * page: the share link (share-codec.ts), the Markdown and JSON exports (the report page).
 *
 * Config is lower case, so keywords match case-sensitively: a display table's `Oper Key` column
 * is not `key`.
 */
import type { WizardState } from '../wizard-state';

export const SECRET_MASK = '******';

// A cheap test a line must pass before it is read word by word: a 10 MB session table has none.
const candidateLine = /^.*(?:password|key|secret|community|securityname|-mode|\$[a-z]\$\d).*$/gm;

// `$c$3$R2tC1w==`, `$h$6$Pm7Q…==`: Comware's reversible and irreversible cipher texts.
const cipherBlob = /\$[a-z]\$\d+\$\S+/g;

// The word after these is the secret itself (`password hash $h$6$…`, `key simple abc`).
const encodings = new Set(['simple', 'cipher', 'hash', 'irreversible-cipher', 'plain']);
// A secret follows these, maybe after an encoding word or a direction.
const secretWords = new Set([
  'password',
  'key',
  'pre-shared-key',
  'authentication-key',
  'secret',
  'string-key',
  'hex-key',
  'shared-key',
  'keystring',
  'login-password',
  'auth-password',
  'priv-password',
  'securityname',
]);
// Between a secret word and its value: `key authentication simple x`, `sa string-key outbound esp x`.
const qualifiers = new Set([
  'authentication',
  'accounting',
  'authorization',
  'inbound',
  'outbound',
]);
// Words that follow a secret word but are options, not the secret (`pre-shared-key address …`).
const notSecret =
  /^(?:address|hostname|role|level|user-role|acl|vpn-instance|mode|type|chain|id|ipv6|\d{1,2})$|-mode$/;
// `authentication-mode sha <key>`, `privacy-mode aes128 <key>` (SNMPv3 users, NTP, VRRP, OSPF).
const algorithms =
  /^(?:md5|sha|sha1|sha224|sha256|sha384|sha512|hmac-md5|hmac-sha-?1|hmac-sha-?256|hmac-sha-?384|hmac-sha-?512|des56|3des|aes128|aes192|aes256)$/;
// A typed line's prompt (`[LB-luser-manage-admin]password simple x`) is not a word of the command.
const leadingPrompt = /^(\s*(?:RBM_[PS])?(?:<[^<>\s]+>|\[[^[\]\s]+\])?\s*)/;

function stripLine(line: string): string {
  const head = leadingPrompt.exec(line)?.[1] ?? '';
  const parts = line.slice(head.length).split(/(\s+)/);
  // parts: word, blank, word, …; words at even indexes.
  const words: number[] = [];
  for (let i = 0; i < parts.length; i += 2) if (parts[i] !== '') words.push(i);
  const masked = new Set<number>();
  const word = (k: number) => (k < words.length ? parts[words[k]!]! : null);
  const mask = (k: number) => {
    const w = word(k);
    if (w !== null && !encodings.has(w) && !notSecret.test(w)) masked.add(k);
  };
  let context = false;
  for (let k = 0; k < words.length; k++) {
    const w = word(k)!;
    if (w === 'community' && word(k - 1) === 'snmp-agent') {
      // `snmp-agent community read simple <name>`, `snmp-agent community write <name>` (Comware 5)
      let j = k + 1;
      while (/^(?:read|write|simple|cipher)$/.test(word(j) ?? '')) j++;
      mask(j);
      context = true;
    } else if (secretWords.has(w)) {
      context = true;
      let j = k + 1;
      while (qualifiers.has(word(j) ?? '') || /^(?:esp|ah)$/.test(word(j) ?? '')) j++;
      if (!encodings.has(word(j) ?? '')) mask(j);
    } else if (w === 'authentication-mode' || w === 'privacy-mode') {
      context = true;
      if (algorithms.test(word(k + 1) ?? '')) {
        const next = word(k + 2);
        if (next !== null && !/^\d+$/.test(next)) mask(k + 2);
      }
    } else if (w === 'usm-user') {
      context = true;
    } else if (context && encodings.has(w) && !encodings.has(word(k + 1) ?? '')) {
      mask(k + 1);
    }
  }
  for (const k of masked) parts[words[k]!] = SECRET_MASK;
  return head + parts.join('').replace(cipherBlob, SECRET_MASK);
}

/** The text with every secret replaced by `******`, line for line; the same string when it holds none. */
export function stripSecrets(text: string): string {
  const out = text.replace(candidateLine, stripLine);
  return out === text ? text : out;
}

/** The state with `stripSecrets` applied to every paste; the same object when no paste held one. */
export function stripSecretsState(state: WizardState): WizardState {
  let changed = false;
  const pastes = state.pastes.map((p) => {
    const text = stripSecrets(p.text);
    if (text === p.text) return p;
    changed = true;
    return { ...p, text };
  });
  return changed ? { ...state, pastes } : state;
}
