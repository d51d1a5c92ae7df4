/**
 * Names the output an echoed command produces. Comware accepts any unambiguous prefix of a keyword
 * (`dis link-agg verb`, `disp cur int Bridge-Aggregation33`), so keywords are matched as prefixes
 * with a minimum length that keeps them apart from their neighbours.
 */
import type { CommandId } from '../command-ids';

export interface EchoCommand {
  id: CommandId;
  /** True for `interface X` typed in system view: a configuration session, not a display command. */
  configEntry: boolean;
}

/** `tok` is an abbreviation of `word` at least `min` characters long. */
export function kw(tok: string | undefined, word: string, min: number): boolean {
  return (
    tok !== undefined && tok.length >= min && tok.length <= word.length && word.startsWith(tok)
  );
}

function anyKw(toks: string[], from: number, word: string, min: number): boolean {
  for (let i = from; i < toks.length; i++) if (kw(toks[i], word, min)) return true;
  return false;
}

/** The command id for an echoed command line, or null when it produces none we know. */
export function commandFromEcho(command: string): EchoCommand | null {
  // Pipes (`| include X`) filter the output but do not change its kind, except a configuration
  // filtered for NQA (`| begin nqa template`), which shows the probe templates.
  const bar = command.indexOf('|');
  const toks = (bar >= 0 ? command.slice(0, bar) : command).trim().toLowerCase().split(/\s+/);
  const t0 = toks[0];
  if (t0 === 'ping') return { id: 'ping', configEntry: false };
  // `nqa template http hc-web` typed in system view
  if (t0 === 'nqa' && kw(toks[1], 'template', 3) && toks.length >= 4)
    return { id: 'probe-template-configuration', configEntry: true };
  // `interface Route-Aggregation 1`, `inter g1/0/1`, `int XGE1/0/49`
  if (kw(t0, 'interface', 3) && toks.length >= 2)
    return { id: 'interface-configuration', configEntry: true };
  if (!kw(t0, 'display', 3)) return null;
  const id = displayCommand(toks, bar >= 0 ? command.slice(bar + 1) : '');
  return id === null ? null : { id, configEntry: false };
}

// `| begin nqa template`, `| include nqa`, `| section nqa`
const NQA_FILTER = /^\s*\S+\s.*\bnqa\b/i;

function displayCommand(toks: string[], filter: string): CommandId | null {
  const t1 = toks[1];
  const t2 = toks[2];
  if (kw(t1, 'server-farm', 7))
    return anyKw(toks, 2, 'brief', 2) ? 'display-server-farm-brief' : 'display-server-farm';
  if (kw(t1, 'real-server', 3)) {
    if (anyKw(toks, 2, 'brief', 2)) return 'display-real-server-brief';
    if (kw(t2, 'statistics', 4)) return 'display-real-server-statistics';
    return 'display-real-server';
  }
  if (kw(t1, 'virtual-server', 3))
    return anyKw(toks, 2, 'brief', 2) ? 'display-virtual-server-brief' : 'display-virtual-server';
  // `display session table ipv4 destination-ip 1.1.1.1 verbose`, `display nat session verbose`
  if ((kw(t1, 'session', 4) && kw(t2, 'table', 2)) || (t1 === 'nat' && kw(t2, 'session', 4))) {
    return anyKw(toks, 3, 'verbose', 3) || kw(t2, 'verbose', 3)
      ? 'display-session-table-verbose'
      : 'display-session-table';
  }
  if (t1 === 'reth' && kw(t2, 'interface', 3)) return 'display-reth-interface';
  if (kw(t1, 'redundancy', 4) && kw(t2, 'group', 2)) return 'display-redundancy-group';
  if (kw(t1, 'link-aggregation', 4)) {
    if (kw(t2, 'verbose', 3)) return 'display-link-aggregation-verbose';
    if (kw(t2, 'summary', 2)) return 'display-link-aggregation-summary';
    if (kw(t2, 'member-port', 3)) return 'display-link-aggregation-member-port';
    return null;
  }
  if (kw(t1, 'current-configuration', 3) || kw(t1, 'saved-configuration', 3) || t1 === 'this') {
    // `display current-configuration configuration nqa` (a module's section), or filtered for nqa
    if ((kw(t2, 'configuration', 4) && toks[3] === 'nqa') || NQA_FILTER.test(filter))
      return 'probe-template-configuration';
    return 'interface-configuration';
  }
  if (kw(t1, 'interface', 3)) return 'display-interface';
  if (kw(t1, 'loadbalance', 5) && kw(t2, 'policy', 3)) return 'display-loadbalance-policy';
  if (kw(t1, 'loadbalance', 5) && kw(t2, 'action', 3)) return 'display-loadbalance-action';
  if (t1 === 'nqa') {
    if (kw(t2, 'result', 3)) return 'display-nqa-result';
    if (kw(t2, 'history', 3)) return 'display-nqa-history';
    return null;
  }
  if (kw(t1, 'm-lag', 3)) return 'display-m-lag';
  // `display lldp neighbor-information [list | verbose | interface X ...]`, `dis lldp nei list`
  if (t1 === 'lldp' && kw(t2, 'neighbor-information', 1)) return 'display-lldp-neighbor';
  // `display arp`, `display arp 10.1.1.5`, `display arp vpn-instance HLW`, `display arp all verbose`;
  // not `display arp timer aging`, `display arp snooping` and the other tables named `arp ...`.
  if (t1 === 'arp' && (t2 === undefined || arpTableArg(t2))) return 'display-arp';
  // `display logbuffer [reverse] [level N] [size N] [slot N]`; `summary` prints a count per level.
  if (kw(t1, 'logbuffer', 4)) return kw(t2, 'summary', 2) ? null : 'display-logbuffer';
  return null;
}

// The words `display arp` takes before printing its table (a scope, a form), each with a minimum
// prefix; `static` is spelt out because `stat...` may begin other `display arp` keywords.
const ARP_TABLE_WORDS: [string, number][] = [
  ['all', 3],
  ['dynamic', 2],
  ['static', 6],
  ['multiport', 2],
  ['vlan', 2],
  ['interface', 3],
  ['vpn-instance', 3],
  ['slot', 2],
  ['chassis', 2],
  ['verbose', 3],
  ['count', 2],
];

/** `t2` (after `display arp`) asks for the ARP table: an address or one of ARP_TABLE_WORDS. */
function arpTableArg(t2: string): boolean {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(t2)) return true;
  return ARP_TABLE_WORDS.some(([word, min]) => kw(t2, word, min));
}
