/**
 * A short timeline for the diagnosis page and the report: probe state changes and link/LACP events
 * from the log buffer, around the first probe failure (or the latest events when no probe failure
 * was logged).
 */
import type { TimelineEntry } from '../run-types';
import type { Support } from './context';
import { logEntries, type LocatedLog } from './support';

/** Events this close to the first probe failure belong to the story. */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 12;

function kindOf(l: LocatedLog): TimelineEntry['kind'] {
  const e = l.entry.event;
  if (!e) return 'other';
  return e.kind === 'lagg-member' ? 'lagg' : e.kind;
}

function bad(l: LocatedLog): boolean {
  const e = l.entry.event;
  if (!e) return false;
  if (e.kind === 'probe') return !e.ok;
  if (e.kind === 'link') return !e.up;
  return !e.selected;
}

export function buildTimeline(support: Support): TimelineEntry[] {
  const relevant = logEntries(support).filter((l) => l.entry.event !== null);
  if (relevant.length === 0) return [];
  const firstFail = relevant.find((l) => l.entry.event?.kind === 'probe' && bad(l));
  let chosen: LocatedLog[];
  if (firstFail && firstFail.entry.at !== null) {
    const t0 = firstFail.entry.at;
    const near = relevant.filter(
      (l) => l.entry.at !== null && Math.abs(l.entry.at - t0) <= WINDOW_MS,
    );
    const i = near.indexOf(firstFail);
    // Keep the events leading up to the failure first: they are the likely cause.
    const start = Math.max(0, Math.min(i - Math.floor(MAX_ENTRIES / 2), near.length - MAX_ENTRIES));
    chosen = near.slice(start, start + MAX_ENTRIES);
  } else {
    chosen = relevant.slice(-MAX_ENTRIES);
  }
  return chosen.map((l) => ({
    time: l.entry.time,
    at: l.entry.at,
    kind: kindOf(l),
    bad: bad(l),
    text: `${l.entry.module}${l.entry.mnemonic ? `/${l.entry.mnemonic}` : ''}: ${l.entry.message}`,
    evidence: l.evidence,
  }));
}
