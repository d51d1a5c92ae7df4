/**
 * The incident library's rarer actions (delete, rename, export, import, keep nothing), loaded when
 * first used. They work on the session that `incident-session.ts` holds.
 */
import { isEmptyState, type Incident } from '@/domain/incidents/incident';
import { toIncidentFile } from '@/domain/incidents/incident-file';
import { translate } from '@/i18n/use-t';
import { openIndexedDb, type StorageProblem } from './incident-db';
import { flush, getLibrary, internal, openIncident, titleOf } from './incident-session';
import { pushUndo, useWizardStore } from './wizard-store';

const store = useWizardStore;
const now = () => Date.now();

export async function deleteIncident(id: string): Promise<boolean> {
  const s = internal.session();
  await flush();
  const record = await internal.getIncident(id);
  if (!record) return false;
  await internal.unstash(id);
  const removed = await s.db.remove(id);
  if (!removed.ok) {
    internal.showProblem(removed.problem, removed.detail);
    return false;
  }
  const wasCurrent = store.getState().incidentId === id;
  if (wasCurrent) internal.adopt(null);
  internal.post({ type: 'deleted', id, rev: record.rev });
  await internal.refreshLibrary();
  pushUndo(
    (l) => translate(l)('undoDeletedIncident', { title: titleOf(record, l) }),
    async () => {
      const back = await s.db.put({ ...record, rev: record.rev + 1 }, null);
      if (!back.ok) {
        internal.showProblem(back.problem, back.detail);
        return;
      }
      internal.post({ type: 'saved', id, rev: record.rev + 1 });
      await internal.refreshLibrary();
      if (wasCurrent) await openIncident(id);
    },
  );
  return true;
}

export async function renameIncident(id: string, title: string | null): Promise<boolean> {
  const s = internal.session();
  const clean = title?.trim().slice(0, 200) || null;
  if (store.getState().incidentId === id) {
    s.title = clean;
    s.metaDirty = true;
    await flush();
    return true;
  }
  const got = await s.db.get(id);
  if (!got.ok || !got.value) return false;
  const next = { ...got.value, title: clean, rev: got.value.rev + 1, updated: now() };
  const put = await s.db.put(next, got.value.rev, false);
  if (!put.ok || put.value !== 'saved') return false;
  internal.post({ type: 'saved', id, rev: next.rev });
  await internal.refreshLibrary();
  return true;
}

/**
 * The incident file for this tab's incident, the ones named, or all kept ones. This tab's own is
 * taken from the tab, so work the browser refused to keep can still be exported.
 */
export async function exportIncidents(which: string[] | 'all' | 'current'): Promise<string | null> {
  await flush();
  const here = internal.currentRecord();
  const herePresent = store.getState().incidentId !== null || !isEmptyState(here.state);
  const ids = which === 'all' ? getLibrary().map((i) => i.id) : which === 'current' ? [] : which;
  const out: Incident[] = [];
  for (const id of ids) {
    if (id === here.id) continue;
    const incident = await internal.getIncident(id);
    if (incident) out.push(incident);
  }
  if (herePresent && (which !== 'all' ? which === 'current' || ids.includes(here.id) : true))
    out.unshift(here);
  return toIncidentFile(out, now());
}

/** Adds the incidents of a file to the library; ones already kept (same content) are skipped. */
export async function importIncidents(
  incidents: Incident[],
): Promise<{ added: number; existing: number; failed: StorageProblem | null }> {
  const s = internal.session();
  let added = 0;
  let existing = 0;
  for (const incident of incidents) {
    if (getLibrary().some((i) => i.key === incident.key)) {
      existing++;
      continue;
    }
    const taken = getLibrary().some((i) => i.id === incident.id);
    const record = { ...incident, id: taken ? internal.randomId() : incident.id, rev: 1 };
    const put = await s.db.put(record, null);
    if (!put.ok) {
      internal.showProblem(put.problem, put.detail);
      await internal.refreshLibrary();
      return { added, existing, failed: put.problem };
    }
    added++;
    internal.post({ type: 'saved', id: record.id, rev: 1 });
  }
  await internal.refreshLibrary();
  return { added, existing, failed: null };
}

/**
 * "Keep nothing on this computer": every incident leaves the browser's storage and lives in this
 * tab's memory (and its link) only; other tabs follow. Undo writes them back.
 */
export async function setKeepNothing(keepNothing: boolean): Promise<void> {
  const s = internal.session();
  if (store.getState().keepNothing === keepNothing) return;
  await flush();
  if (keepNothing) {
    const moved = await internal.keepNothingHere();
    internal.post({ type: 'keep-nothing' });
    pushUndo(
      (l) => translate(l)('undoKeepNothing', { count: moved.length }),
      () => setKeepNothing(false),
    );
    return;
  }
  const opened = await openIndexedDb(internal.factory());
  if (!opened.ok) {
    internal.showProblem(opened.problem, opened.detail);
    return;
  }
  const memory = s.db;
  const listed = await memory.list();
  const here = store.getState().incidentId;
  for (const meta of listed.ok ? listed.value : []) {
    if (meta.id === here) continue;
    const got = await memory.get(meta.id);
    if (got.ok && got.value) await opened.value.put({ ...got.value, rev: 1 }, null);
  }
  s.db = opened.value;
  s.rev = null;
  s.saved = null;
  store.setState({ keepNothing: false });
  await flush();
  await internal.refreshLibrary();
}
