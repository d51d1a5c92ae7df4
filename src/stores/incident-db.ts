/**
 * Where incidents live: IndexedDB (two stores, so listing never reads the pastes), or memory when
 * the browser refuses storage or the user chose to keep nothing. Every call resolves, never throws:
 * a refused write is a result the page shows, not an exception.
 */
import type { Incident } from '@/domain/incidents/incident';
import type { WizardState } from '@/domain/wizard-state';

export type StorageProblem = 'quota' | 'blocked' | 'failed' | 'too-large';
export type DbResult<T> =
  { ok: true; value: T } | { ok: false; problem: StorageProblem; detail: string };
export type IncidentMeta = Omit<Incident, 'state'>;

export interface IncidentStore {
  kind: 'indexeddb' | 'memory';
  list(): Promise<DbResult<IncidentMeta[]>>;
  get(id: string): Promise<DbResult<Incident | null>>;
  /**
   * Writes `next` if the stored revision is still `baseRev` (null: the id must be new); 'conflict'
   * otherwise, and nothing is written. `withState: false` rewrites only the list entry.
   */
  put(
    next: Incident,
    baseRev: number | null,
    withState?: boolean,
  ): Promise<DbResult<'saved' | 'conflict'>>;
  remove(id: string): Promise<DbResult<null>>;
}

const DB_NAME = 'slb-wizard';
const META = 'incidents';
const STATES = 'states';

function metaOf(incident: Incident): IncidentMeta {
  const { state: _state, ...meta } = incident;
  return meta;
}

export function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'blocked';
  return 'failed';
}

function failure<T>(error: unknown): DbResult<T> {
  const e = error as { name?: string; message?: string } | null;
  return {
    ok: false,
    problem: problemOf(error),
    detail: `${e?.name ?? 'Error'}: ${e?.message ?? ''}`,
  };
}

export function memoryStore(seed: Incident[] = []): IncidentStore {
  const records = new Map(seed.map((i) => [i.id, i]));
  return {
    kind: 'memory',
    list: () => Promise.resolve({ ok: true, value: [...records.values()].map(metaOf) }),
    get: (id) => Promise.resolve({ ok: true, value: records.get(id) ?? null }),
    put: (next, baseRev, withState = true) => {
      const old = records.get(next.id);
      if ((old?.rev ?? null) !== baseRev) return Promise.resolve({ ok: true, value: 'conflict' });
      records.set(next.id, withState || !old ? next : { ...next, state: old.state });
      return Promise.resolve({ ok: true, value: 'saved' });
    },
    remove: (id) => {
      records.delete(id);
      return Promise.resolve({ ok: true, value: null });
    },
  };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A quota failure surfaces as an abort whose error is QuotaExceededError.
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    tx.onerror = () => undefined;
  });
}

/** `factory` undefined: the browser has none, or refused to give it. */
export async function openIndexedDb(
  factory: IDBFactory | undefined,
): Promise<DbResult<IncidentStore>> {
  let db: IDBDatabase;
  try {
    if (!factory) return { ok: false, problem: 'blocked', detail: 'IndexedDB is not available' };
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(META, { keyPath: 'id' });
      open.result.createObjectStore(STATES);
    };
    db = await request(open);
  } catch (e) {
    const f = failure<IncidentStore>(e);
    return f.ok ? f : { ...f, problem: f.problem === 'quota' ? 'quota' : 'blocked' };
  }
  const attempt = async <T>(work: () => Promise<T>): Promise<DbResult<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      return failure<T>(e);
    }
  };
  return {
    ok: true,
    value: {
      kind: 'indexeddb',
      list: () =>
        attempt(() =>
          request(db.transaction(META).objectStore(META).getAll() as IDBRequest<IncidentMeta[]>),
        ),
      get: (id) =>
        attempt(async () => {
          const tx = db.transaction([META, STATES]);
          const [meta, state] = await Promise.all([
            request(tx.objectStore(META).get(id) as IDBRequest<IncidentMeta | undefined>),
            request(tx.objectStore(STATES).get(id) as IDBRequest<WizardState | undefined>),
          ]);
          return meta && state ? { ...meta, state } : null;
        }),
      put: (next, baseRev, withState = true) =>
        attempt(async () => {
          const tx = db.transaction([META, STATES], 'readwrite');
          const finished = done(tx);
          const metaStore = tx.objectStore(META);
          const old = await request(metaStore.get(next.id) as IDBRequest<IncidentMeta | undefined>);
          if ((old?.rev ?? null) !== baseRev) {
            tx.abort();
            await finished.catch(() => undefined);
            return 'conflict' as const;
          }
          metaStore.put(metaOf(next));
          if (withState || !old) tx.objectStore(STATES).put(next.state, next.id);
          await finished;
          return 'saved' as const;
        }),
      remove: (id) =>
        attempt(async () => {
          const tx = db.transaction([META, STATES], 'readwrite');
          const finished = done(tx);
          tx.objectStore(META).delete(id);
          tx.objectStore(STATES).delete(id);
          await finished;
          return null;
        }),
    },
  };
}
