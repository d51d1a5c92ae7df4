/**
 * Which drawn element a diagnosis blames. Each diagnosis names the kind of element at fault and
 * the findings that locate it; the element is the one those findings name (by the port in their
 * id, or their subjects), never one picked by its looks. Diagnoses that blame nothing on the path
 * (healthy, transient, inconclusive) or something between the drawn elements (a path-MTU black
 * hole somewhere beyond the peer) mark nothing.
 */
import type { DiagnosisId, Finding, Localized, Run } from '../run-types';
import { matches } from '../rules/requirements';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { HopKind, PathHop, PathItem } from './path-model';

export interface PathFault {
  diagnosis: DiagnosisId;
  /** The diagnosis title: the words beside the mark. */
  title: Localized;
  /** Ids of the marked items (`member:XGE1/1/1`) and kinds of the marked hops. */
  items: string[];
  hops: HopKind[];
  /** The marked elements' names, for the words. */
  names: string[];
}

type Where =
  /** Rows of a hop, named by the locating findings. */
  | { hop: HopKind; rows: 'real-server' | 'reth-member' | 'member-port'; from: string[] }
  /** The load balancer's health probe row. */
  | { probe: true; from: string[] }
  /** The server hop as a whole. */
  | { server: true; from: string[] };

const where: Partial<Record<DiagnosisId, Where>> = {
  'real-server-shutdown': { hop: 'lb', rows: 'real-server', from: ['farm-shutdown'] },
  'real-server-inactive': { hop: 'lb', rows: 'real-server', from: ['farm-inactive'] },
  'probe-not-sent': { probe: true, from: ['session-none'] },
  'vpn-instance-mismatch': { probe: true, from: ['session-vpn-mismatch'] },
  'probe-l7-mismatch': { probe: true, from: ['template-http-expectations'] },
  'probe-tls-failure': { probe: true, from: ['template-tls-abort'] },
  'probe-timeout-too-short': { probe: true, from: ['template-timeout-below-rtt'] },
  'server-port-closed': { server: true, from: ['session-reset'] },
  'server-no-reply': { server: true, from: ['session-no-reply'] },
  'arp-unresolved': { server: true, from: ['arp-missing', 'arp-wrong-interface'] },
  'reth-member-inactive': { hop: 'reth', rows: 'reth-member', from: ['reth-member-inactive'] },
  'lacp-mode-mismatch': { hop: 'aggregate', rows: 'member-port', from: ['lag-member-unselected'] },
  'lag-member-unselected': {
    hop: 'aggregate',
    rows: 'member-port',
    from: ['lag-member-unselected'],
  },
  // The member the wrongly cabled side leaves Unselected.
  'lag-cross-connected': { hop: 'aggregate', rows: 'member-port', from: ['lag-member-unselected'] },
  'lag-member-faulty': {
    hop: 'aggregate',
    rows: 'member-port',
    from: ['member-flapping', 'member-errors-rising', 'member-silent', 'member-down'],
  },
};

/**
 * The names a locating finding points at. Per-port findings carry the port in their id
 * (`member-silent:XGE1/0/6` also names its healthy sibling among its subjects); the others name
 * the element first among their subjects, or list every one (the real servers shut down).
 */
function named(f: Finding, rows: string): string[] {
  const suffix = f.id.includes(':') ? f.id.slice(f.id.indexOf(':') + 1) : null;
  if (rows === 'member-port' && suffix) return [suffix];
  if (rows === 'reth-member') return f.subjects.slice(0, 1);
  return f.subjects;
}

function rowMatches(item: PathItem, rows: string, names: string[]): boolean {
  if (rows === 'real-server') {
    // A finding names a server by an address, or by its name when it has none.
    return item.id.startsWith('rs:') && names.some((n) => item.aliases?.includes(n));
  }
  const prefix = rows === 'reth-member' ? 'reth-member:' : 'member:';
  if (!item.id.startsWith(prefix)) return false;
  const port = item.id.slice(prefix.length);
  return names.some((n) => sameInterface(n, port));
}

export function faultOf(run: Run, hops: PathHop[]): { hops: PathHop[]; fault: PathFault } | null {
  const d = run.diagnosis;
  if (!d) return null;
  const w = where[d.id];
  if (!w) return null;
  const locating = run.findings.filter(
    (f) => d.findings.includes(f.id) && w.from.some((p) => matches(f.id, p)),
  );
  if (locating.length === 0) return null;
  const fault: PathFault = { diagnosis: d.id, title: d.title, items: [], hops: [], names: [] };
  const marked = hops.map((hop): PathHop => {
    if ('server' in w) {
      if (hop.kind !== 'server' || hop.status !== 'known') return hop;
      fault.hops.push(hop.kind);
      fault.names.push(hop.name ?? '');
      return { ...hop, fault: true };
    }
    const isHere = 'probe' in w ? hop.kind === 'lb' : hop.kind === w.hop;
    if (!isHere) return hop;
    const names = 'probe' in w ? [] : locating.flatMap((f) => named(f, w.rows));
    const items = hop.items.map((item) => {
      const hit = 'probe' in w ? item.id === 'probe' : rowMatches(item, w.rows, names);
      if (!hit) return item;
      fault.items.push(item.id);
      fault.names.push(item.name);
      return { ...item, fault: true };
    });
    return { ...hop, items };
  });
  return { hops: marked, fault };
}
