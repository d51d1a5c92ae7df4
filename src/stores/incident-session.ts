/**
 * This tab's incident and the library behind it. The store holds what the user typed; this module
 * keeps it in the library (debounced, with a revision check so two tabs never silently overwrite
 * each other), follows what other tabs do (BroadcastChannel), and gives every destructive action
 * its undo.
 *
 * - A tab remembers its incident in sessionStorage, so a reload reopens the same one; a new tab
 *   continues the most recently changed incident, unless it was opened on a link.
 * - Opening a link (or the example) never replaces an incident: it opens as its own, or focuses the
 *   incident that already holds the same content.
 * - Two tabs on one incident: each save is broadcast; the other tab takes it when it has nothing
 *   unsaved, and a save based on an older revision is kept as a new incident ("forked"), never
 *   written over the other tab's.
 */
import {
  contentKey,
  defaultTitle,
  isEmptyState,
  newIncidentId,
  summarise,
  type Incident,
  type IncidentSummary,
} from '@/domain/incidents/incident';
import { asWizardState, emptyState, type StepId, type WizardState } from '@/domain/wizard-state';
import type { Lang } from '@/domain/run-types';
import { translate } from '@/i18n/use-t';
import {
  memoryStore,
  openIndexedDb,
  problemOf,
  type IncidentMeta,
  type IncidentStore,
  type StorageProblem,
} from './incident-db';
import { forgetLegacyState } from './local-persistence';
import { pushUndo, removePaste, restorePaste, useWizardStore } from './wizard-store';

const TAB_KEY = 'slb-wizard:tab-incident:v1';
/** What this tab had not saved yet when it was closed or reloaded (written synchronously). */
const JOURNAL_KEY = 'slb-wizard:unsaved:v1';
const JOURNAL_MAX_CHARS = 2_000_000;
const CHANNEL = 'slb-wizard:incidents:v1';
// Short: a reload right after a change must find it kept. Bursts of changes still coalesce.
const SAVE_DELAY_MS = 30;
/**
 * Pasted text kept at most per incident: IndexedDB copies a value on the main thread when it is
 * written, and 50 MB blocked the page for over half a second (e2e big-paste). Larger incidents
 * stay in the tab, and the page says so and offers the export.
 */
export const KEEP_MAX_CHARS = 8_000_000;

export type Message =
  { type: 'saved' | 'deleted'; id: string; rev: number } | { type: 'keep-nothing' };

export interface Session {
  db: IncidentStore;
  /** The state last saved or loaded for this tab's incident: anything else is unsaved. */
  saved: WizardState | null;
  rev: number | null;
  created: number;
  title: string | null;
  diagnosis: IncidentSummary['diagnosis'];
  /** The title or diagnosis changed since the last save (the list entry needs rewriting). */
  metaDirty: boolean;
  timer: number | null;
  saving: Promise<void> | null;
  channel: BroadcastChannel | null;
}

let session: Session | null = null;
const libraryListeners = new Set<() => void>();
let library: LibraryEntry[] = [];

const store = useWizardStore;
const now = () => Date.now();

function tabIncident(): string | null {
  try {
    return window.sessionStorage.getItem(TAB_KEY);
  } catch {
    return null;
  }
}

function rememberTabIncident(id: string | null): void {
  try {
    if (id === null) window.sessionStorage.removeItem(TAB_KEY);
    else window.sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // Without sessionStorage a reload continues the most recent incident instead.
  }
}

function writeJournal(): void {
  const s = session;
  if (!s) return;
  const { wizard, incidentId } = store.getState();
  if (wizard === s.saved || isEmptyState(wizard)) return;
  let size = 0;
  for (const p of wizard.pastes) size += p.text.length;
  if (size > JOURNAL_MAX_CHARS) return;
  try {
    window.sessionStorage.setItem(JOURNAL_KEY, JSON.stringify({ id: incidentId, state: wizard }));
  } catch {
    // Full or refused: the link in the URL still holds small states.
  }
}

/** The state this tab had not saved when it was last closed or reloaded, for `incidentId`. */
function takeJournal(incidentId: string | null): WizardState | null {
  try {
    const raw = window.sessionStorage.getItem(JOURNAL_KEY);
    window.sessionStorage.removeItem(JOURNAL_KEY);
    if (raw === null) return null;
    const j = JSON.parse(raw) as { id?: unknown; state?: unknown };
    return j.id === incidentId ? asWizardState(j.state) : null;
  } catch {
    return null;
  }
}

function randomId(): string {
  return newIncidentId((b) => crypto.getRandomValues(b));
}

function showProblem(problem: StorageProblem | null, detail = ''): void {
  const current = store.getState().storage;
  if (problem === null) {
    if (current.problem !== null) store.setState({ storage: { problem: null } });
  } else if (current.problem !== problem || ('detail' in current && current.detail !== detail)) {
    store.setState({ storage: { problem, detail } });
  }
}

/**
 * Work the browser refused to keep (storage full or failing) when the tab moves to another
 * incident: it stays in this tab's memory, listed with the kept ones, until a save succeeds.
 */
const stash = memoryStore();

/** An incident in the list; `unsaved` when only this tab's memory holds it. */
export type LibraryEntry = IncidentMeta & { unsaved?: boolean };

async function refreshLibrary(): Promise<void> {
  if (!session) return;
  const listed = await session.db.list();
  const stashed = await stash.list();
  const unsaved = (stashed.ok ? stashed.value : []).map((m) => ({ ...m, unsaved: true }));
  const kept = (listed.ok ? listed.value : []).filter((m) => !unsaved.some((u) => u.id === m.id));
  library = [...unsaved, ...kept].sort((a, b) => b.updated - a.updated);
  for (const l of libraryListeners) l();
}

/** Reads an incident wherever this tab has it: the library, or the memory of refused saves. */
async function getIncident(id: string): Promise<Incident | null> {
  const stashed = await stash.get(id);
  if (stashed.ok && stashed.value) return stashed.value;
  const got = await session!.db.get(id);
  return got.ok ? got.value : null;
}

/**
 * Before this tab moves to another incident: saves what is unsaved and, when the browser refuses
 * it, keeps it in memory. Returns the id of the incident left (null when it was empty).
 */
async function leaveCurrent(): Promise<string | null> {
  await flush();
  const s = session!;
  const { wizard, incidentId } = store.getState();
  if (wizard === s.saved || isEmptyState(wizard)) return incidentId;
  const record = { ...currentRecord(), rev: 1 };
  await stash.remove(record.id);
  await stash.put(record, null);
  if (incidentId === null) store.setState({ incidentId: record.id });
  await refreshLibrary();
  return record.id;
}

/** The incidents this browser keeps, newest change first (for `useSyncExternalStore`). */
export function subscribeLibrary(listener: () => void): () => void {
  libraryListeners.add(listener);
  return () => libraryListeners.delete(listener);
}

export function getLibrary(): LibraryEntry[] {
  return library;
}

export function titleOf(
  incident: Pick<Incident, 'title' | 'summary' | 'created'>,
  lang: Lang,
): string {
  return (
    incident.title ??
    defaultTitle(incident.summary, lang) ??
    translate(lang)('incidentUntitled', {
      time: new Date(incident.created).toLocaleString(lang),
    })
  );
}

function currentTitle(lang: Lang): string {
  const s = session!;
  const state = store.getState().wizard;
  return titleOf(
    { title: s.title, summary: summarise(state, s.diagnosis), created: s.created },
    lang,
  );
}

function post(message: Message): void {
  try {
    session?.channel?.postMessage(message);
  } catch {
    // A closed channel only means other tabs learn of it on their next load.
  }
}

/** Loads an incident into this tab, as its own; nothing of it is unsaved. */
function adopt(incident: Incident | null): void {
  const s = session!;
  s.saved = incident?.state ?? emptyState;
  s.rev = incident?.rev ?? null;
  s.created = incident?.created ?? now();
  s.title = incident?.title ?? null;
  s.diagnosis = incident?.summary.diagnosis ?? null;
  s.metaDirty = false;
  store.setState({ wizard: s.saved, incidentId: incident?.id ?? null, notice: null });
  rememberTabIncident(incident?.id ?? null);
}

function scheduleSave(): void {
  const s = session;
  if (!s) return;
  if (s.timer !== null) window.clearTimeout(s.timer);
  s.timer = window.setTimeout(() => {
    s.timer = null;
    void flush();
  }, SAVE_DELAY_MS);
}

/** Writes this tab's incident now, if anything is unsaved; resolves when it is written (or refused). */
export async function flush(): Promise<void> {
  const s = session;
  if (!s) return;
  if (s.timer !== null) {
    window.clearTimeout(s.timer);
    s.timer = null;
  }
  while (s.saving) await s.saving;
  const { wizard, incidentId } = store.getState();
  const stateChanged = wizard !== s.saved;
  if (!stateChanged && !s.metaDirty) return;
  if (incidentId === null && isEmptyState(wizard)) {
    s.saved = wizard;
    return;
  }
  s.saving = save(wizard, incidentId, stateChanged).finally(() => (s.saving = null));
  await s.saving;
}

async function save(wizard: WizardState, incidentId: string | null, withState: boolean) {
  const s = session!;
  let size = 0;
  for (const p of wizard.pastes) size += p.text.length;
  if (size > KEEP_MAX_CHARS) {
    s.metaDirty = true;
    showProblem('too-large', `${(size / 1e6).toFixed(1)} MB`);
    return;
  }
  const id = incidentId ?? randomId();
  const diagnosis = s.diagnosis;
  s.metaDirty = false;
  const record: Incident = {
    id,
    title: s.title,
    created: s.created,
    updated: now(),
    rev: (s.rev ?? 0) + 1,
    key: contentKey(wizard),
    summary: summarise(wizard, diagnosis),
    state: wizard,
  };
  const result = await s.db.put(record, incidentId === null ? null : s.rev, withState);
  if (!result.ok) {
    s.metaDirty = true;
    showProblem(result.problem, result.detail);
    return;
  }
  if (result.value === 'conflict') {
    await fork(record);
    return;
  }
  s.rev = record.rev;
  s.saved = wizard;
  showProblem(null);
  await stash.remove(id);
  if (incidentId === null) {
    store.setState({ incidentId: id });
    rememberTabIncident(id);
  }
  post({ type: 'saved', id, rev: record.rev });
  await refreshLibrary();
}

/** Another tab saved this incident meanwhile: keep this tab's version as an incident of its own. */
async function fork(record: Incident): Promise<void> {
  const s = session!;
  const from = titleOf(record, store.getState().lang);
  const copy: Incident = { ...record, id: randomId(), rev: 1, created: now() };
  const result = await s.db.put(copy, null);
  if (!result.ok) {
    showProblem(result.problem, result.detail);
    return;
  }
  s.rev = 1;
  s.saved = copy.state;
  s.created = copy.created;
  store.setState({ incidentId: copy.id, notice: { kind: 'forked', from } });
  rememberTabIncident(copy.id);
  post({ type: 'saved', id: copy.id, rev: 1 });
  await refreshLibrary();
}

async function onMessage(message: Message): Promise<void> {
  const s = session;
  if (!s) return;
  if (message.type === 'keep-nothing') {
    await keepNothingHere();
    return;
  }
  await refreshLibrary();
  if (message.id !== store.getState().incidentId) return;
  if (message.type === 'deleted') {
    s.rev = null;
    store.setState({ notice: { kind: 'deleted-elsewhere' } });
    return;
  }
  if (s.rev !== null && message.rev <= s.rev) return;
  // Unsaved work here: the save finds the newer revision and keeps this version apart.
  if (store.getState().wizard !== s.saved || s.saving || s.timer !== null) return;
  const got = await s.db.get(message.id);
  if (!got.ok || !got.value || store.getState().incidentId !== message.id) return;
  if (store.getState().wizard !== s.saved) return;
  // Only its title or diagnosis changed (the other tab renamed it, or its run finished).
  if (got.value.key === contentKey(store.getState().wizard)) {
    s.rev = got.value.rev;
    s.title = got.value.title;
    return;
  }
  adopt(got.value);
  store.setState({ notice: { kind: 'updated-elsewhere' } });
}

/** Imports the state a build before the library kept in localStorage, once. */
async function migrateLegacy(db: IncidentStore, legacy: WizardState | null): Promise<void> {
  if (!legacy || isEmptyState(legacy)) return;
  const at = legacy.pastes.find((p) => p.at !== null)?.at ?? now();
  const record: Incident = {
    id: randomId(),
    title: null,
    created: at,
    updated: now(),
    rev: 1,
    key: contentKey(legacy),
    summary: summarise(legacy, null),
    state: legacy,
  };
  const put = await db.put(record, null);
  if (put.ok && put.value === 'saved') forgetLegacyState();
}

export interface InitOptions {
  keepNothing: boolean;
  /** The tab was opened on a link: the link, not the most recent incident, is what it shows. */
  openedOnLink: boolean;
  legacy: WizardState | null;
  /** For tests: another IndexedDB implementation. */
  indexedDb?: IDBFactory;
}

let initialising: Promise<void> | null = null;

/** Some private windows throw on merely reading `indexedDB`. */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}
let factory: IDBFactory | undefined;

/** Opens the library and this tab's incident; once per page. */
export function initIncidents(options: InitOptions): Promise<void> {
  // Whatever goes wrong, the page opens: at worst on an empty incident kept in memory.
  initialising ??= init(options)
    .catch((e: unknown) => {
      session ??= newSession(memoryStore(), null);
      showProblem(problemOf(e), e instanceof Error ? e.message : String(e));
    })
    .then(() => {
      // A state restored from the journal is not in the library yet.
      if (session && store.getState().wizard !== session.saved) scheduleSave();
      store.subscribe((next, prev) => {
        if (next.wizard !== prev.wizard && next.wizard !== session?.saved) scheduleSave();
      });
      // Closing or hiding the tab writes what is pending at once. A write to IndexedDB may not
      // finish before a reload: the unsaved state also goes to this tab's sessionStorage.
      window.addEventListener('pagehide', () => {
        writeJournal();
        void flush();
      });
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') void flush();
      });
    });
  return initialising;
}

function newSession(db: IncidentStore, channel: BroadcastChannel | null): Session {
  return {
    db,
    saved: null,
    rev: null,
    created: now(),
    title: null,
    diagnosis: null,
    metaDirty: false,
    timer: null,
    saving: null,
    channel,
  };
}

async function init(options: InitOptions): Promise<void> {
  let db: IncidentStore = memoryStore();
  let problem: { problem: StorageProblem; detail: string } | null = null;
  factory = options.indexedDb ?? browserIndexedDb();
  if (!options.keepNothing) {
    const opened = await openIndexedDb(factory);
    if (opened.ok) db = opened.value;
    else problem = { problem: opened.problem, detail: opened.detail };
  }
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  session = newSession(db, channel);
  if (channel) channel.onmessage = (e: MessageEvent<Message>) => void onMessage(e.data);
  store.setState({ keepNothing: options.keepNothing });
  if (problem) showProblem(problem.problem, problem.detail);
  if (db.kind === 'indexeddb') await migrateLegacy(db, options.legacy);
  await refreshLibrary();

  let incident: Incident | null = null;
  const mine = tabIncident();
  if (mine) {
    const got = await db.get(mine);
    incident = got.ok ? got.value : null;
  }
  if (!incident && !options.openedOnLink && library[0]) {
    const got = await db.get(library[0].id);
    incident = got.ok ? got.value : null;
  }
  adopt(incident);
  // Work this tab had not saved before a reload: it is this incident's newest state.
  const unsaved = takeJournal(incident?.id ?? null);
  if (unsaved) store.setState({ wizard: unsaved });
}

/** The run's diagnosis, for the incident's title in the list. */
export function noteDiagnosis(diagnosis: IncidentSummary['diagnosis']): void {
  const s = session;
  if (!s) return;
  const same =
    s.diagnosis?.id === diagnosis?.id && s.diagnosis?.title['en-US'] === diagnosis?.title['en-US'];
  if (same) return;
  s.diagnosis = diagnosis;
  s.metaDirty = true;
  if (store.getState().incidentId !== null) scheduleSave();
}

/** Switches this tab to a kept incident (what was unsaved here is saved first). */
export async function openIncident(id: string): Promise<boolean> {
  const s = session;
  if (!s) return false;
  if (store.getState().incidentId === id) {
    await flush();
    return true;
  }
  await leaveCurrent();
  const incident = await getIncident(id);
  if (!incident) return false;
  const stashed = await stash.get(id);
  adopt(incident);
  // Only this tab's memory holds it: the next save tries the library again.
  if (stashed.ok && stashed.value) {
    const kept = await s.db.get(id);
    s.rev = kept.ok && kept.value ? kept.value.rev : null;
    s.saved = null;
    scheduleSave();
  }
  return true;
}

function pushSwitchBack(previous: string | null, message: (lang: Lang) => string): void {
  if (previous === null) return;
  pushUndo(message, async () => {
    await openIncident(previous);
  });
}

/** "New incident": the current one stays in the library. */
export async function newIncident(): Promise<void> {
  const s = session;
  if (!s) return;
  const title = currentTitle(store.getState().lang);
  const left = await leaveCurrent();
  if (left === null) return;
  adopt(null);
  pushSwitchBack(left, (l) => translate(l)('undoNewIncident', { title }));
}

/**
 * Opens a state that came from outside (a link, the example) as an incident of its own, or
 * focuses the incident that already holds it. Returns which it did.
 */
export async function openAsIncident(
  state: WizardState,
  origin: 'link' | 'example',
): Promise<'opened' | 'focused' | 'same'> {
  const s = session;
  if (!s) return 'same';
  const key = contentKey(state);
  const { incidentId, wizard } = store.getState();
  if (incidentId !== null && contentKey(wizard) === key) {
    await flush();
    return 'same';
  }
  const previousTitle = currentTitle(store.getState().lang);
  const previous = await leaveCurrent();
  const existing = library.find((i) => i.key === key);
  if (existing && (await openIncident(existing.id))) {
    pushSwitchBack(previous, (l) =>
      translate(l)('undoFocusedLink', { title: titleOf(existing, l), previous: previousTitle }),
    );
    return 'focused';
  }
  // A fresh tab's empty incident has nothing to keep: the link simply fills it.
  adopt(null);
  store.setState({ wizard: state });
  await flush();
  pushSwitchBack(previous, (l) =>
    translate(l)(origin === 'link' ? 'undoOpenedLink' : 'undoOpenedExample', {
      previous: previousTitle,
    }),
  );
  return 'opened';
}

/** Removes a paste from this tab's incident, with an undo that puts it back where it stood. */
export function removePasteUndoable(step: StepId, index: number, stepName: Record<Lang, string>) {
  const incidentId = store.getState().incidentId;
  const removed = removePaste(step, index);
  if (!removed) return;
  pushUndo(
    (l) => translate(l)('undoRemovedPaste', { n: index + 1, step: stepName[l] }),
    async () => {
      if (incidentId !== null && store.getState().incidentId !== incidentId) {
        if (!(await openIncident(incidentId))) return;
      }
      restorePaste(removed.paste, removed.position);
    },
  );
}

/** This tab's incident as it is now, saved or not. */
function currentRecord(): Incident {
  const s = session!;
  const { incidentId, wizard } = store.getState();
  return {
    id: incidentId ?? randomId(),
    title: s.title,
    created: s.created,
    updated: now(),
    rev: s.rev ?? 0,
    key: contentKey(wizard),
    summary: summarise(wizard, s.diagnosis),
    state: wizard,
  };
}

/** Moves every incident from the browser's storage into this tab's memory, and empties storage. */
async function keepNothingHere(): Promise<Incident[]> {
  const s = session!;
  const moved: Incident[] = [];
  if (s.db.kind === 'indexeddb') {
    for (const meta of library) {
      const got = await s.db.get(meta.id);
      if (got.ok && got.value) moved.push(got.value);
    }
    for (const i of moved) await s.db.remove(i.id);
  }
  const current = currentRecord();
  s.db = memoryStore(moved.filter((i) => i.id !== current.id));
  s.rev = null;
  s.saved = null;
  store.setState({ keepNothing: true });
  showProblem(null);
  await flush();
  await refreshLibrary();
  return moved;
}

/** What the library's rarer actions (`incident-library-actions.ts`, loaded on use) work with. */
export const internal = {
  session: (): Session => session!,
  refreshLibrary,
  post,
  adopt,
  showProblem,
  randomId,
  factory: () => factory,
  currentRecord,
  keepNothingHere,
  getIncident,
  unstash: (id: string) => stash.remove(id),
};
