/**
 * Reading the supporting outputs pooled for the whole run (interface counters, logs, LLDP): they
 * may be pasted at any step, and any rule may use them, citing the paste they came from.
 */
import type { Evidence } from '../run-types';
import type { InterfaceStatus, LldpNeighbor, LogEntry } from '../parsers/parsed-types';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { Support } from './context';
import { ev } from './evidence';

export interface Snapshot {
  status: InterfaceStatus;
  /** The paste's place in the state's order (later pastes are later snapshots). */
  order: number;
  evidence: (lines: Array<number | null | undefined>) => Evidence;
}

/** Every `display interface` block for this interface, oldest paste first. */
export function snapshots(support: Support, name: string): Snapshot[] {
  const out: Snapshot[] = [];
  support.iface.forEach((input, order) => {
    for (const status of input.value.interfaces) {
      if (!sameInterface(status.name, name)) continue;
      out.push({ status, order, evidence: (lines) => ev(input.step, input.index, lines) });
    }
  });
  return out;
}

export function latest(support: Support, name: string): Snapshot | null {
  const all = snapshots(support, name);
  return all[all.length - 1] ?? null;
}

/**
 * More than LACPDUs: a port that only exchanges LACP sees well under one packet a second
 * (one every 1 s with `lacp period short`, every 30 s otherwise).
 */
export const TRAFFIC_PPS = 5;

export function inputPps(s: InterfaceStatus): number | null {
  return s.inputRate?.packetsPerSecond ?? null;
}

/** The lines that show the input rate (and the state, so a reader sees the port is up). */
export function rateLines(s: InterfaceStatus): Array<number | null | undefined> {
  return [s.fieldLines.inputRate];
}

export function neighbour(
  support: Support,
  port: string,
): { n: LldpNeighbor; evidence: Evidence } | null {
  for (let i = support.lldp.length - 1; i >= 0; i--) {
    const input = support.lldp[i];
    if (!input) continue;
    const n = input.value.neighbors.find((x) => sameInterface(x.localPort, port));
    if (n) return { n, evidence: ev(input.step, input.index, [n.line]) };
  }
  return null;
}

export interface LocatedLog {
  entry: LogEntry;
  evidence: Evidence;
}

export function logEntries(support: Support): LocatedLog[] {
  const out: LocatedLog[] = [];
  for (const input of support.log)
    for (const entry of input.value.entries)
      out.push({
        entry,
        evidence: ev(input.step, input.index, range(entry.line, entry.endLine)),
      });
  // Several pastes of the same buffer repeat entries: keep each once, in time order.
  const seen = new Set<string>();
  return out
    .filter((l) => {
      const key = `${l.entry.time}|${l.entry.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.entry.at ?? 0) - (b.entry.at ?? 0));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= Math.max(a, b) && out.length < 20; i++) out.push(i);
  return out;
}
