/**
 * Names and descriptions for redact.ts: where host names are found (so that they can then be
 * replaced wherever they occur), and the line-by-line replacements that need the line's context
 * (descriptions, a prompt's view suffix, table columns).
 */

/** Factory and documentation names: they identify nothing, and some are words of the output. */
const genericNames = new Set(['H3C', 'HPE', 'HP', 'Sysname', 'Switch', 'Router', 'Device', 'cr']);

// Sample: `<LB01>`, `RBM_P<LB01>display ha`, `<北京-LB01>`.
const userPrompt = /^[ \t]*(?:RBM_[PS])?<([^\s<>[\]]{1,64})>/gm;
// Sample: `[LB01]`, `RBM_S[LB02-Route-Aggregation1]quit`, `[GZ-HXY-L01-nqatplt-http-hc]`.
const viewPrompt = /^[ \t]*(?:RBM_[PS])?\[([^\s<>[\]]{1,95})\]/gm;
// Sample: ` sysname GZ-HXY-G160201-V07-L5000S-L-01`.
const sysnameLine = /^[ \t]*(?:\[[^\]\s]+\])?[ \t]*sysname[ \t]+(\S+)/gm;
// Sample: `%Jun 25 13:53:05:123 2023 L5030 NQA/6/NQA_LOG:`, `2018-08-27 12:21:31 SW1 %%10IFNET/3/…`.
const syslogHost =
  /^[ \t]*[%*#]?(?:[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d{1,2}:\d{2}:\d{2}(?:[:.]\d{1,3})?(?:[ \t]+\d{4})?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.:]\d{1,6})?)[ \t]+(\S+)[ \t]+(?:%%\d{2})?[A-Z][A-Z0-9_-]*[ \t]?\/\d/gm;
// Sample: ` System name         : SW1`, `SysName: core-1`.
const systemNameField = /^[ \t]*(?:System[ \t]*name|SysName)[ \t]*[:：][ \t]*(\S.*?)[ \t]*$/gim;
// Sample: `url http://app.corp.example.com/health`, `https://user@host:8443/`.
const urlHost = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?([^\s/:?#@[\]]+)/gi;
// Sample: `Host: app.corp.example.com`, `[LB-nqatplt-http-hc-raw-request]Host: app:8080`.
const hostHeader = /^[ \t]*(?:\[[^\]\s]+\])?[ \t]*Host[ \t]*:[ \t]*([^\s:]+)/gim;
// Sample: ` domain corp`, `dns domain corp.local`, `domain default enable corp`, `ip host app01 10.1.1.1`.
const domainLine =
  /^[ \t]*(?:\[[^\]\s]+\])?[ \t]*(?:(?:dns|ip)[ \t]+domain(?:-name)?|domain(?:[ \t]+default[ \t]+enable)?|ip[ \t]+host|dns[ \t]+host)[ \t]+(\S+)/gm;
// Sample: `<LB>ping -vpn-instance HLW app01.corp.local`, `tracert srv01`.
const pingCommand = /(?:^|[>\]])[ \t]*(?:ping|tracert)[ \t]+([^\n]*)$/gm;
// Sample: `Ping app01.corp.local (10.1.1.5): 56 data bytes`, `--- Ping statistics for app01 ---`.
const pingOutput =
  /^[ \t]*(?:Ping6?[ \t]+(\S+)[ \t]+\(|-+[ \t]*Ping6?[ \t]+statistics[ \t]+for[ \t]+(\S+))/gm;
// A domain name anywhere, when it ends in a top-level domain that names are made of.
const tlds =
  'com|net|org|edu|gov|mil|int|info|biz|io|local|lan|corp|internal|intranet|intra|home|localdomain|example|test|invalid|arpa|cn|hk|tw|jp|kr|sg|uk|de|fr|ru|in|au|ca|us|eu|nl|ch|it|es|br';
const fqdn = new RegExp(
  `(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:${tlds}))(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`,
  'gi',
);
// The cheap test first: most pastes (a 10 MB session table) hold no domain name at all.
const anyTld = new RegExp(`\\.(?:${tlds})(?![A-Za-z0-9_-])`, 'i');

// Ping options that take a value: the word after them is not the target.
const pingValueOptions = /^-(?:a|c|h|i|m|p|s|t|tos|vpn-instance|topology|si|ns|r|q|v|f|n)$/;
const pingFlags = /^-(?:r|q|v|f|n)$/;

const ipv4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const looksLikeMac = /^[0-9A-Fa-f]{4}[-.][0-9A-Fa-f]{4}[-.][0-9A-Fa-f]{4}$/;

/** A name worth replacing: not generic, not an address, not a dash or a number. */
export function isName(name: string): boolean {
  return (
    name.length >= 2 &&
    !genericNames.has(name) &&
    !ipv4.test(name) &&
    !name.includes(':') &&
    !looksLikeMac.test(name) &&
    !/^[-\d./]+$/.test(name) &&
    !wholeInterfaceType.test(name)
  );
}

// The view part of a system-view prompt: `-Route-Aggregation1`, `-vlan10`, `-nqatplt-http-hc`.
const interfaceTypes =
  'GigabitEthernet|Ten-GigabitEthernet|Route-Aggregation|Bridge-Aggregation|Reth|FortyGigE|HundredGigE|Twenty-FiveGigE|FiftyGigE|TwoHundredGigE|FourHundredGigE|Ethernet|M-GigabitEthernet|Vlan-interface|LoopBack|Blade-Aggregation|Schannel-Bundle|S-Channel|Tunnel|Vsi-interface|NULL|Serial|Dialer|Virtual-Template|InLoop|Register-Tunnel|Ten-GE|XGE|GE';
const viewWords =
  'vlan|ui|line|ospf|rip|isis|bgp|vsi|aux|vty|con|nqatplt|rserver|sfarm|vsrv|rs|sf|vs|luser|radius|hwtacacs|isp|acl|pki|ssl|snmp|probe|nqa|loadbalance|policy|classifier|behavior|qospolicy|ike|ipsec|aaa|route-policy|vpn-instance|rbm|remote-backup|snat|mlag|dhcp|ldap|ntp|ssh|sslvpn|zone|security-policy|object-group|nat|track|bfd|irf|ip-pool|user-group|dns';
const wholeInterfaceType = new RegExp(`^(?:${interfaceTypes})$`, 'i');
const viewSuffix = new RegExp(`^(?:(?:${interfaceTypes})\\d|(?:${viewWords})(?:[-\\d]|$))`);

/**
 * The system name inside a system-view prompt's name: `LB02` in `LB02-Route-Aggregation1`. A
 * known system name (from a `<LB02>` prompt or `sysname`) wins; else the name is cut before the
 * first view word; else it is all name.
 */
export function promptHost(name: string, known: ReadonlySet<string>): string {
  let best = '';
  for (const k of known) {
    if (k.length > best.length && (name === k || name.startsWith(`${k}-`))) best = k;
  }
  if (best !== '') return best;
  for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
    if (viewSuffix.test(name.slice(i + 1))) return name.slice(0, i);
  }
  return name;
}

/** Host names found in one paste, for `redact.ts` to replace in every paste. */
export function collectSysnames(text: string, add: (name: string) => void): void {
  if (text.includes('<')) for (const m of text.matchAll(userPrompt)) add(m[1]!);
  for (const m of text.matchAll(sysnameLine)) add(m[1]!);
}

export function collectNames(
  text: string,
  known: ReadonlySet<string>,
  add: (name: string) => void,
): void {
  const keep = (name: string | undefined) => {
    if (name !== undefined && isName(name)) add(name);
  };
  if (text.includes('[')) for (const m of text.matchAll(viewPrompt)) keep(promptHost(m[1]!, known));
  for (const m of text.matchAll(syslogHost)) keep(m[1]);
  for (const m of text.matchAll(systemNameField)) keep(m[1]);
  if (text.includes('://')) for (const m of text.matchAll(urlHost)) keep(m[1]);
  for (const m of text.matchAll(hostHeader)) keep(m[1]);
  for (const m of text.matchAll(domainLine)) {
    if (!/^(?:system|default|if-unknown|enable|disable)$/.test(m[1]!)) keep(m[1]);
  }
  for (const m of text.matchAll(pingCommand)) keep(pingTarget(m[1]!));
  for (const m of text.matchAll(pingOutput)) keep(m[1] ?? m[2]);
  if (anyTld.test(text)) for (const m of text.matchAll(fqdn)) keep(m[1]);
  if (/System Name|SysName/.test(text)) collectListNames(text, keep);
}

/** The target of `ping [ip|ipv6] [options] <target>`: its last word, unless an option's value. */
function pingTarget(args: string): string | undefined {
  const words = args.trim().split(/\s+/);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === undefined || last.startsWith('-') || /^(?:ip|ipv6)$/.test(last)) return undefined;
  if (before !== undefined && pingValueOptions.test(before) && !pingFlags.test(before))
    return undefined;
  return last;
}

// `System Name          Local Interface Chassis ID      Port ID` (the columns in either order).
const listTitles = /System Name|SysName|Local Interface|Local Intf|Chassis ID|Port ID/g;

interface ListRow {
  /** Line index of the row. */
  at: number;
  /** Where the System Name column is (end: where the next column starts). */
  start: number;
  end: number;
  name: string;
  /** A name longer than its column goes on on the next line: that line's index. */
  wrapped: number | null;
}

/** The System Name cells of `display lldp neighbor-information list` tables. */
function listRows(lines: string[]): ListRow[] {
  const rows: ListRow[] = [];
  let column: { start: number; end: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const titles = line.includes(':') ? [] : [...line.matchAll(listTitles)];
    const title = titles.find((t) => t[0] === 'System Name' || t[0] === 'SysName');
    if (title && titles.length >= 3) {
      const next = titles.find((t) => t.index > title.index);
      column = { start: title.index, end: next ? next.index : Infinity };
      continue;
    }
    if (column === null) continue;
    if (line.trim() === '' || /^\s*(?:RBM_[PS])?[<[]/.test(line)) {
      column = null;
      continue;
    }
    const cell = line.slice(column.start, column.end).trimEnd();
    const name = cell.trim();
    if (name === '' || name === '-') continue;
    const after = lines[i + 1]?.trim() ?? '';
    const fills = column.end !== Infinity && cell.length >= column.end - column.start - 1;
    const wrapped = fills && after !== '' && !/\s/.test(after) ? i + 1 : null;
    rows.push({
      at: i,
      ...column,
      name: wrapped === null ? name : name + after,
      wrapped,
    });
    if (wrapped !== null) i++;
  }
  return rows;
}

function collectListNames(text: string, keep: (name: string | undefined) => void): void {
  for (const row of listRows(splitKeeping(text).lines)) keep(row.name);
}

/**
 * A wrapped name's stand-in goes in its column, and its continuation line is emptied (the
 * stand-in is shorter than the column, so nothing is left to continue).
 */
function redactWrappedNames(lines: string[], ctx: LineContext): void {
  for (const row of listRows(lines)) {
    const stand = row.wrapped === null ? null : ctx.host(row.name);
    if (stand === null || row.wrapped === null) continue;
    const line = lines[row.at]!;
    const width = row.end - row.start;
    const cell = stand.length < width ? stand.padEnd(width) : `${stand} `;
    lines[row.at] = line.slice(0, row.start) + cell + line.slice(row.end);
    lines[row.wrapped] = '';
  }
}

export interface LineContext {
  /** Stand-in of a description (`desc-1`), the same for the same text. */
  description: (value: string) => string;
  /** Stand-in of a host name, or null when the name is not one to replace. */
  host: (name: string) => string | null;
  known: ReadonlySet<string>;
}

// Sample: `Description: uplink`, `DESCRIPTION:x`, ` Port description    : TO_CORE_1`, `System description  : H3C…`.
const labelled = /^([ \t]*(?:[A-Za-z]+[ \t]+)?description[ \t]*[:：][ \t]*)(\S.*?)([ \t]*)$/i;
// Sample: ` description to-core`, `[LB-GigabitEthernet1/0/1]description\tto core`.
const configured =
  /^([ \t]*(?:RBM_[PS])?(?:<[^<>\s]+>|\[[^[\]\s]+\])?[ \t]*description[ \t]+)(\S.*?)([ \t]*)$/i;
// A description Comware gives every interface: `GigabitEthernet1/0/1 Interface`.
const defaultDescription = /^[A-Za-z][A-Za-z-]*\d[\d/:.]* Interface$/;
// `Interface            Link Protocol Primary IP      Description` and the bridge-mode header.
const briefHeader = /^[ \t]*Interface[ \t]+Link[ \t]+(?:Protocol|Speed)\b(.*)\bDescription[ \t]*$/;
const interfaceName = /^[A-Za-z][A-Za-z-]*\d/;
// A lone interface name after the table heads a detailed block: it is not a wrapped description.
const wholeInterfaceName = /^[A-Z][A-Za-z-]*\d+(?:[/:.]\d+)*$/;
// Sample: `RBM_P<LB01>`, `[LB02-Route-Aggregation1]`.
const promptAtStart = /^([ \t]*(?:RBM_[PS])?)([<[])([^\s<>[\]]{1,95})([>\]])/gm;

/** Descriptions, table description columns and prompts (line count unchanged). */
export function redactLines(text: string, ctx: LineContext): string {
  // The line-by-line pass only where there is something for it: not in a 10 MB session table.
  const lined =
    /escription/i.test(text) || /System Name|SysName/.test(text) ? describedLines(text, ctx) : text;
  return lined.replace(
    promptAtStart,
    (all, head: string, open: string, name: string, close: string) => {
      const host = open === '<' ? name : promptHost(name, ctx.known);
      const stand = ctx.host(host);
      return stand === null ? all : head + open + stand + name.slice(host.length) + close;
    },
  );
}

/**
 * Lines and the breaks between them: `\r\n` and a lone `\r` break lines too (as for the parsers),
 * and each break is given back as it was.
 */
function splitKeeping(text: string): { lines: string[]; breaks: string[] } {
  if (!text.includes('\r')) return { lines: text.split('\n'), breaks: [] };
  const parts = text.split(/(\r\n|\n|\r)/);
  return {
    lines: parts.filter((_, i) => i % 2 === 0),
    breaks: parts.filter((_, i) => i % 2 === 1),
  };
}

function joinKeeping(lines: string[], breaks: string[]): string {
  if (breaks.length === 0) return lines.join('\n');
  return lines.map((l, i) => (i < breaks.length ? l + breaks[i]! : l)).join('');
}

function describedLines(text: string, ctx: LineContext): string {
  const { lines, breaks } = splitKeeping(text);
  if (/System Name|SysName/.test(text)) redactWrappedNames(lines, ctx);
  // A description that goes on over the next lines: indented at least this far, it continues.
  let continuation: { indent: number; stand: string } | null = null;
  // Inside a `display interface brief` table: how many columns come before the description.
  let brief: { cells: number; stand: string | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (continuation) {
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (line.trim() !== '' && indent >= continuation.indent && !/\S\s*[:：]\s/.test(line)) {
        lines[i] = line.slice(0, indent) + continuation.stand;
        continue;
      }
      continuation = null;
    }
    if (brief) {
      const row = briefRow(line, brief.cells);
      if (row) {
        if (row.description === null) brief.stand = null;
        else {
          brief.stand = ctx.description(row.description);
          line = line.slice(0, row.at) + brief.stand;
        }
        lines[i] = line;
        continue;
      }
      const t = line.trim();
      if (brief.stand !== null && t !== '' && !/\s/.test(t) && !wholeInterfaceName.test(t)) {
        // A long description wraps onto a line of its own.
        lines[i] = line.slice(0, line.indexOf(t)) + brief.stand;
        continue;
      }
      brief = null;
    }
    const header = briefHeader.exec(line);
    if (header) {
      brief = { cells: briefCells(line), stand: null };
      continue;
    }
    if (/escription/i.test(line)) {
      const m = labelled.exec(line) ?? configured.exec(line);
      if (m && m[2] !== '--' && !defaultDescription.test(m[2]!)) {
        const stand = ctx.description(m[2]!);
        lines[i] = m[1]! + stand + m[3]!;
        if (/system[ \t]+description/i.test(m[1]!)) {
          continuation = { indent: Math.max(1, m[1]!.length - 2), stand };
        }
      }
    }
  }
  return joinKeeping(lines, breaks);
}

/** Columns before the description: `Primary IP` / `Main IP` are one column of two words. */
function briefCells(header: string): number {
  const words = header
    .trim()
    .replace(/\b(?:Primary|Main) IP\b/, 'IP')
    .split(/\s+/);
  return words.length - 1;
}

/** A row of the brief table: where its description starts (after `cells` words), if it has one. */
function briefRow(line: string, cells: number): { at: number; description: string | null } | null {
  const words = [...line.matchAll(/\S+/g)];
  if (words.length < cells || !interfaceName.test(words[0]![0])) return null;
  const first = words[cells];
  if (first === undefined) return { at: line.length, description: null };
  const description = line.slice(first.index).trimEnd();
  return { at: first.index, description: description === '--' ? null : description };
}
