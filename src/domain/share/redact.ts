/**
 * Optional redaction before sharing or exporting: addresses, host names, MAC addresses and
 * descriptions are replaced consistently across every paste (the same value always gets the
 * same stand-in), so the engine reaches the same diagnosis on the redacted state. Secrets are
 * removed first (strip-secrets.ts), as they are from every link and export.
 *
 * - Addresses (IPv4, IPv6, MAC): see redact-addresses.ts. `10.197.44.200` → `10.0.0.1`,
 *   `10.197.44.201` → `10.0.0.2`, `10.197.0.122` → `10.0.1.1`; masks are kept where a mask
 *   stands; `2001:db8:5a::21` → `2001:db8:1::1`; `9023-b46c-4400` → `0000-5e00-5301`.
 * - Host names become host-1, host-2, … (names with dots host-3.example): system names from
 *   prompts (`<X>`, `[X-view]`, RBM's `RBM_P<X>`), `sysname` and log lines; LLDP neighbours'
 *   system names; URL hosts, `Host:` headers, `domain` / `ip host` names, ping and tracert
 *   targets and any name ending in a top-level domain. Each is then replaced wherever it stands
 *   as a whole word, in every paste; a prompt keeps its view (`[host-1-Route-Aggregation1]`).
 * - Descriptions become desc-1, desc-2, …: `description x` (configuration), `Description: x`
 *   in any case (display output, LLDP port and system descriptions with their continuation
 *   lines), and the Description column of `display interface brief`. Comware's default
 *   `GigabitEthernet1/0/1 Interface` is kept.
 * - The chosen server and farm (`state.server`, `state.farm`) go through the same maps, so they
 *   still name the same real server and farm. Answers are kept. The incident details (ticket,
 *   engineer, service, times) are kept, with any address or host name in them replaced the same way.
 *
 * Every paste keeps its line count, so a run's citations point at the same lines. Where a
 * stand-in of another length replaces a table cell (followed by two or more spaces), the spaces
 * after it are adjusted so the columns to its right stay aligned.
 */
import type { WizardState } from '../wizard-state';
import {
  newAddressMaps,
  redactMac,
  redactV4,
  redactV6,
  type AddressMaps,
} from './redact-addresses';
import {
  collectNames,
  collectSysnames,
  isName,
  redactLines,
  type LineContext,
} from './redact-names';
import { stripSecrets } from './strip-secrets';

interface Maps {
  addresses: AddressMaps;
  hosts: Map<string, string>;
  descriptions: Map<string, string>;
}

function nextName(map: Map<string, string>, value: string, make: (n: number) => string): string {
  let name = map.get(value);
  if (name === undefined) {
    name = make(map.size + 1);
    map.set(value, name);
  }
  return name;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One pass over the text for every kind of token, so that no stand-in is read again as an original.
// Sample MACs: `9023-b46c-4400`, `9023.b46c.4400`, `90:23:b4:6c:44:00`, `90-23-B4-6C-44-00`.
const macSource = String.raw`(?<![0-9A-Za-z:.-])(?:[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}|(?:[0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2})(?![0-9A-Za-z:-]|\.[0-9A-Za-z])`;
// Sample IPv6: `2001::2/1024`, `Address:2001:db8:1::5`, `fe80::1%GE1/0/1`, `::ffff:10.1.1.1`. A
// label's colon may touch it (`Address:`); a time `13:53:05` matches and is left alone by redactV6.
const v6Source = String.raw`(?:(?<![0-9A-Za-z:.])|(?<=[A-Za-z]:))(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![0-9A-Za-z:]|\.\d)`;
// Sample IPv4: `10.197.44.200` (not inside `1.2.3.4.5` nor a version `7.1.064`).
const v4Source = String.raw`(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)`;

function tokenPattern(hosts: Map<string, string>): RegExp {
  // Longest names first, so `core-1` inside `core-10` is not replaced half-way.
  const names = [...hosts.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Never matches when there are no names: the groups stay the same for the replacer.
  const nameSource =
    names.length === 0 ? '(?!)' : `(?<![A-Za-z0-9_.-])(?:${names.join('|')})(?![A-Za-z0-9_-])`;
  // Plain groups (no names): a 10 MB paste has a million matches, each would build a groups object.
  return new RegExp(`(?:(${macSource})|(${v6Source})|(${v4Source})|(${nameSource}))( *)`, 'g');
}

/** `replacement` and the blanks after it; in a table (two or more blanks) the column stays put. */
function fit(original: string, replacement: string, gap: string): string {
  if (gap.length < 2 || replacement.length === original.length) return replacement + gap;
  const width = Math.max(1, gap.length + original.length - replacement.length);
  return replacement + ' '.repeat(width);
}

function redactTokens(text: string, pattern: RegExp, maps: Maps): string {
  return text.replace(
    pattern,
    (
      all: string,
      mac: string | undefined,
      v6: string | undefined,
      v4: string | undefined,
      name: string | undefined,
      gap: string,
      offset: number,
      whole: string,
    ) => {
      let original: string;
      let replacement: string;
      if (mac !== undefined) {
        original = mac;
        replacement = redactMac(maps.addresses, mac);
      } else if (v6 !== undefined) {
        original = v6;
        replacement = redactV6(maps.addresses, v6) ?? v6;
      } else if (v4 !== undefined) {
        original = v4;
        replacement = redactV4(maps.addresses, v4, whole, offset);
      } else if (name !== undefined) {
        original = name;
        replacement = maps.hosts.get(name) ?? name;
      } else return all;
      return original === replacement ? all : fit(original, replacement, gap);
    },
  );
}

export function redactState(state: WizardState): WizardState {
  const maps: Maps = { addresses: newAddressMaps(), hosts: new Map(), descriptions: new Map() };
  const texts = state.pastes.map((p) => stripSecrets(p.text));
  const addHost = (name: string) =>
    nextName(maps.hosts, name, (n) => (name.includes('.') ? `host-${n}.example` : `host-${n}`));

  // System names first: a view prompt `[LB02-vlan10]` is cut at a name seen in `<LB02>`.
  const known = new Set<string>();
  for (const text of texts) collectSysnames(text, (name) => known.add(name));
  for (const name of known) if (isName(name)) addHost(name);
  for (const text of texts) collectNames(text, known, addHost);

  const ctx: LineContext = {
    description: (value) => nextName(maps.descriptions, value, (n) => `desc-${n}`),
    host: (name) => maps.hosts.get(name) ?? null,
    known,
  };
  const pattern = tokenPattern(maps.hosts);
  const pastes = state.pastes.map((p, i) => ({
    ...p,
    text: redactTokens(redactLines(texts[i]!, ctx), pattern, maps),
  }));
  const inline = (value: string | null) =>
    value === null ? null : redactTokens(value, pattern, maps);
  const out: WizardState = {
    pastes,
    answers: { ...state.answers },
    server: inline(state.server),
    farm: inline(state.farm),
  };
  const d = state.details;
  if (d) {
    out.details = {
      ticket: inline(d.ticket),
      engineer: inline(d.engineer),
      service: inline(d.service),
      start: inline(d.start),
      end: inline(d.end),
    };
  }
  return out;
}
