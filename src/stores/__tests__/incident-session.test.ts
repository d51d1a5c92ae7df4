// @vitest-environment jsdom
/**
 * The incident library against a real IndexedDB implementation (fake-indexeddb): each "tab" is a
 * fresh copy of the modules sharing one database and one BroadcastChannel bus, as tabs share them.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WizardState } from '@/domain/wizard-state';

type Session = typeof import('../incident-session') & typeof import('../incident-library-actions');
type Store = typeof import('../wizard-store');
interface Tab {
  session: Session;
  store: Store;
}

let idb: IDBFactory;
const farm = '<LB1>display server-farm\nServer farm: sf-web\n  Active real server: 0\n';
const ping = '<LB1>ping 10.0.0.1\nPING 10.0.0.1: 56  data bytes\n';
const state = (...texts: string[]): WizardState => ({
  pastes: texts.map((text, i) => ({ step: i === 0 ? 'farm-status' : 'ping', text, at: 1000 * i })),
  answers: {},
  server: null,
  farm: null,
});

async function openTab(opts: { link?: boolean; legacy?: WizardState | null } = {}): Promise<Tab> {
  vi.resetModules();
  window.sessionStorage.clear();
  const session = {
    ...(await import('../incident-session')),
    ...(await import('../incident-library-actions')),
  };
  const store = await import('../wizard-store');
  // A fresh copy of the modules has only the English words until the Chinese are registered.
  const { registerMessages } = await import('@/i18n/messages');
  registerMessages('zh-CN', (await import('@/i18n/messages-zh')).zhCN);
  const more = await import('@/i18n/messages-more');
  registerMessages('en-US', more.enMore);
  registerMessages('zh-CN', more.zhMore);
  await session.initIncidents({
    keepNothing: false,
    openedOnLink: opts.link ?? false,
    legacy: opts.legacy ?? null,
    indexedDb: idb,
  });
  return { session, store };
}

const wizard = (tab: Tab) => tab.store.useWizardStore.getState().wizard;
const texts = (tab: Tab) => wizard(tab).pastes.map((p) => p.text);
const settle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(() => {
  idb = new IDBFactory();
  window.localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('the incident library', () => {
  it('keeps what was pasted: a new tab continues the most recent incident', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const b = await openTab();
    expect(texts(b)).toEqual([farm]);
    expect(a.session.getLibrary()).toHaveLength(1);
  });

  it('nothing is kept for an empty incident', async () => {
    const a = await openTab();
    await a.session.flush();
    expect(a.session.getLibrary()).toHaveLength(0);
  });

  it('a link opens as its own incident; undo goes back to the one it replaced on screen', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    expect(await a.session.openAsIncident(state(farm, ping), 'link')).toBe('opened');
    expect(texts(a)).toEqual([farm, ping]);
    expect(a.session.getLibrary()).toHaveLength(2);
    const undo = a.store.useWizardStore.getState().undo;
    expect(undo.at(-1)!.message('en-US')).toMatch(
      /^Opened the link as a new incident\. “sf-web · LB1”/,
    );
    await a.store.undoLast();
    expect(texts(a)).toEqual([farm]);
    // The same link again focuses the incident it made.
    expect(await a.session.openAsIncident(state(farm, ping), 'link')).toBe('focused');
    expect(a.session.getLibrary()).toHaveLength(2);
  });

  it('a tab opened on a link does not first load the most recent incident', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const b = await openTab({ link: true });
    expect(texts(b)).toEqual([]);
    await b.session.openAsIncident(state(ping), 'link');
    expect(b.store.useWizardStore.getState().undo).toHaveLength(0);
  });

  it('two tabs on one incident: a save in one shows in the other', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const id = a.store.useWizardStore.getState().incidentId!;
    window.sessionStorage.clear();
    const b = await openTab();
    expect(b.store.useWizardStore.getState().incidentId).toBe(id);
    b.store.commitPaste('ping', 0, ping);
    await b.session.flush();
    await settle();
    expect(texts(a)).toEqual([farm, ping]);
    expect(a.store.useWizardStore.getState().notice).toEqual({ kind: 'updated-elsewhere' });
  });

  it('two tabs changing one incident at once: neither is overwritten, the later one is forked', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const b = await openTab();
    // Both change it before either hears of the other.
    a.store.commitPaste('ping', 0, ping);
    b.store.commitPaste('ping', 0, ping.replace('10.0.0.1', '10.0.0.2'));
    await Promise.all([a.session.flush(), b.session.flush()]);
    await settle();
    const ids = new Set([
      a.store.useWizardStore.getState().incidentId,
      b.store.useWizardStore.getState().incidentId,
    ]);
    expect(ids.size).toBe(2);
    const forked = [a, b].find((t) => t.store.useWizardStore.getState().notice?.kind === 'forked');
    expect(forked).toBeDefined();
    const c = await openTab();
    expect(c.session.getLibrary()).toHaveLength(2);
  });

  it('remove a paste: undo puts it back where it stood, even after other edits', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    a.store.commitPaste('ping', 0, ping);
    a.session.removePasteUndoable('farm-status', 0, { 'en-US': 'Farm', 'zh-CN': '服务器组' });
    expect(texts(a)).toEqual([ping]);
    a.store.commitPaste('ping', 1, 'second ping');
    const entry = a.store.useWizardStore.getState().undo.at(-1)!;
    expect(entry.message('en-US')).toBe('Removed paste 1 of “Farm”.');
    expect(entry.message('zh-CN')).toBe('已删除“服务器组”的第 1 段粘贴。');
    await a.store.undoLast();
    expect(texts(a)).toEqual([farm, ping, 'second ping']);
  });

  it('delete an incident, then undo: it is back, with its pastes', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const id = a.store.useWizardStore.getState().incidentId!;
    expect(await a.session.deleteIncident(id)).toBe(true);
    expect(a.session.getLibrary()).toHaveLength(0);
    expect(texts(a)).toEqual([]);
    await a.store.undoLast();
    expect(a.session.getLibrary()).toHaveLength(1);
    expect(texts(a)).toEqual([farm]);
  });

  it('rename: the title given wins over the default, and empty brings the default back', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const id = a.store.useWizardStore.getState().incidentId!;
    await a.session.renameIncident(id, '  INC-1 web down ');
    expect(a.session.titleOf(a.session.getLibrary()[0]!, 'en-US')).toBe('INC-1 web down');
    await a.session.renameIncident(id, '');
    expect(a.session.titleOf(a.session.getLibrary()[0]!, 'en-US')).toBe('sf-web · LB1');
  });

  it('moves the state an older build kept in localStorage into the library, once', async () => {
    window.localStorage.setItem('slb-wizard:state:v1', JSON.stringify(state(farm)));
    const { loadLegacyState } = await import('../local-persistence');
    const a = await openTab({ legacy: loadLegacyState() });
    expect(texts(a)).toEqual([farm]);
    expect(window.localStorage.getItem('slb-wizard:state:v1')).toBeNull();
    expect(a.session.getLibrary()).toHaveLength(1);
  });

  it('export then import into another browser: the same incidents, none twice', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    const file = (await a.session.exportIncidents('all'))!;
    const { readIncidentFile } = await import('@/domain/incidents/incident-file');
    idb = new IDBFactory();
    const b = await openTab();
    const read = readIncidentFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(await b.session.importIncidents(read.incidents)).toEqual({
      added: 1,
      existing: 0,
      failed: null,
    });
    expect(await b.session.importIncidents(read.incidents)).toEqual({
      added: 0,
      existing: 1,
      failed: null,
    });
  });

  it('keep nothing: storage is emptied, this tab keeps them, undo writes them back', async () => {
    const a = await openTab();
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    await a.session.openAsIncident(state(ping), 'link');
    await a.session.setKeepNothing(true);
    expect(a.session.getLibrary()).toHaveLength(2);
    const fresh = await openTab();
    expect(fresh.session.getLibrary()).toHaveLength(0);
    await a.store.undoLast();
    const again = await openTab();
    expect(again.session.getLibrary()).toHaveLength(2);
  });

  it('storage that refuses: the tab works in memory and says so', async () => {
    vi.resetModules();
    const session = {
      ...(await import('../incident-session')),
      ...(await import('../incident-library-actions')),
    };
    const store = await import('../wizard-store');
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await session.initIncidents({
      keepNothing: false,
      openedOnLink: false,
      legacy: null,
      indexedDb: refusing,
    });
    expect(store.useWizardStore.getState().storage).toMatchObject({ problem: 'blocked' });
    store.commitPaste('farm-status', 0, farm);
    await session.flush();
    expect(store.useWizardStore.getState().wizard.pastes).toHaveLength(1);
    expect(await session.exportIncidents('current')).toContain('sf-web');
  });

  it('storage full, then a link: the work the browser refused stays listed in this tab, and reopens', async () => {
    const a = await openTab();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    a.store.commitPaste('farm-status', 0, farm);
    await a.session.flush();
    expect(a.store.useWizardStore.getState().storage).toMatchObject({ problem: 'quota' });
    await a.session.openAsIncident(state(ping), 'link');
    const listed = a.session.getLibrary();
    expect(listed.filter((i) => i.unsaved).map((i) => i.summary.farm)).toEqual(['sf-web']);
    // Room again: going back to it saves it into the library.
    put.mockRestore();
    await a.store.undoLast();
    expect(texts(a)).toEqual([farm]);
    await a.session.flush();
    expect(a.session.getLibrary().filter((i) => i.unsaved)).toHaveLength(0);
    expect(a.store.useWizardStore.getState().storage).toEqual({ problem: null });
  });
});
