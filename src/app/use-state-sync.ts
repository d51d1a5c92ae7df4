/**
 * Keeps the store, the URL fragment (`?s=<payload>`) and the incident library in step.
 * - On load, a link is opened as an incident of its own (or focuses the one holding the same
 *   content); it never replaces the incident this tab or another one works on.
 * - Every change rewrites `s` in place (replace), so history entries never hold stale state: going
 *   back or forward changes the page, never the pastes. A payload we wrote earlier that reappears
 *   through back/forward is replaced by the current state; an unknown one is a newly opened link.
 * - A damaged link loads nothing and is reported; the previous work stays in the library.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { WizardState } from '@/domain/wizard-state';
import { loadLegacyState, loadPrefs, browserLang, savePrefs } from '@/stores/local-persistence';
import { library } from '@/stores/incidents';
import { loadMessages, loadMoreMessages } from '@/i18n/load-messages';
import { useWizardStore } from '@/stores/wizard-store';

/** Past this much pasted text a link cannot carry the state; the incident library still does. */
export const URL_TEXT_LIMIT = 400_000;

export interface LinkProblem {
  code: string;
  message: string;
}

type Codec = typeof import('@/domain/share/share-codec');
let codec: Codec | null = null;
// The share codec (deflate and its dictionary) is its own chunk: the first page paints without it.
const codecLoaded: Promise<Codec> = import('@/domain/share/share-codec').then((m) => (codec = m));

export function loadCodec(): Promise<Codec> {
  return codecLoaded;
}

function payloadOf(state: WizardState, c: Codec | null): string | null {
  if (!c) return null;
  if (state.pastes.length === 0 && Object.keys(state.answers).length === 0) return null;
  const size = state.pastes.reduce((n, p) => n + p.text.length, 0);
  if (size > URL_TEXT_LIMIT) return null;
  try {
    return c.encodeState(state);
  } catch {
    return null;
  }
}

/**
 * Fingerprints of the payloads this tab wrote or opened, kept in sessionStorage so that after a
 * reload, going back to an older entry of this tab is still recognised as history, not as a link.
 */
class SeenPayloads {
  private static KEY = 'slb-wizard:seen:v1';
  private seen: string[];
  constructor() {
    try {
      const raw = window.sessionStorage.getItem(SeenPayloads.KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      this.seen = Array.isArray(parsed)
        ? parsed.filter((x): x is string => typeof x === 'string')
        : [];
    } catch {
      this.seen = [];
    }
  }
  size(): number {
    return this.seen.length;
  }
  has(payload: string): boolean {
    return this.seen.includes(fingerprint(payload));
  }
  add(payload: string): void {
    const f = fingerprint(payload);
    if (this.seen.includes(f)) return;
    this.seen = [...this.seen.slice(-199), f];
    try {
      window.sessionStorage.setItem(SeenPayloads.KEY, JSON.stringify(this.seen));
    } catch {
      // A full sessionStorage only means older history entries count as links.
    }
  }
}

/** FNV-1a over the payload, with its length: enough to tell this tab's own payloads apart. */
function fingerprint(payload: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < payload.length; i++) {
    h ^= payload.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${payload.length.toString(36)}.${h.toString(36)}`;
}

let initialised: Promise<void> | null = null;
let incidentsReady = false;

/** Reads prefs once, before the first render, then opens this tab's incident (asynchronously). */
function initialiseStore(): void {
  if (initialised) return;
  const prefs = loadPrefs();
  useWizardStore.setState({ lang: prefs.lang ?? browserLang(), theme: prefs.theme ?? 'system' });
  const hash = window.location.hash.replace(/^#/, '');
  const openedOnLink = new URLSearchParams(hash.split('?')[1] ?? '').get('s') !== null;
  const lang = prefs.lang ?? browserLang();
  initialised = Promise.all([
    library().then((m) =>
      m.initIncidents({
        keepNothing: prefs.keepNothing ?? false,
        openedOnLink,
        legacy: loadLegacyState(),
      }),
    ),
    loadMessages(lang),
    loadMoreMessages(),
  ]).then(() => {
    incidentsReady = true;
  });
}

/** Opens a link's payload as an incident of its own; the problem when it is damaged. */
async function openLink(c: Codec, payload: string): Promise<LinkProblem | null> {
  const decoded = c.decodeState(payload);
  if (!decoded.ok) return { code: decoded.error.code, message: decoded.error.message };
  await (await library()).openAsIncident(decoded.state, 'link');
  return null;
}

export interface StateSync {
  /** False while a link in the URL waits for the codec to be read. */
  ready: boolean;
  linkProblem: LinkProblem | null;
  dismiss: () => void;
}

export function useStateSync(): StateSync {
  const location = useLocation();
  const navigate = useNavigate();
  useState(initialiseStore);
  const [codecReady, setCodecReady] = useState(codec !== null);
  const [libraryReady, setLibraryReady] = useState(incidentsReady);
  const [opening, setOpening] = useState(false);
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(null);
  const wizard = useWizardStore((s) => s.wizard);
  const lang = useWizardStore((s) => s.lang);
  const theme = useWizardStore((s) => s.theme);
  // Payloads this tab has already applied or written: seeing one again in the URL means back/forward.
  const written = useRef<SeenPayloads | null>(null);
  written.current ??= new SeenPayloads();
  // On the first look the URL is the truth (a reload, or a link opened in a new tab).
  const firstLook = useRef(true);
  const payload = useMemo(() => payloadOf(wizard, codecReady ? codec : null), [wizard, codecReady]);

  useEffect(() => {
    if (codecReady) return;
    let live = true;
    void codecLoaded.then(() => live && setCodecReady(true));
    return () => {
      live = false;
    };
  }, [codecReady]);

  useEffect(() => {
    if (libraryReady) return;
    let live = true;
    void initialised?.then(() => live && setLibraryReady(true));
    return () => {
      live = false;
    };
  }, [libraryReady]);

  const keepNothing = useWizardStore((s) => s.keepNothing);
  useEffect(() => {
    savePrefs({ lang, theme, keepNothing });
  }, [lang, theme, keepNothing]);

  useEffect(() => {
    if (linkProblem || !codecReady || !codec || !libraryReady || opening) return;
    const seen = written.current!;
    const inUrl = new URLSearchParams(location.search).get('s') || null;
    const first = firstLook.current;
    firstLook.current = false;
    const own = first && inUrl !== null && seen.has(inUrl);
    // On a reload this tab's own link is older than the library, which another tab may have
    // changed since (and the journal holds what this tab had not saved): it is only rewritten.
    const ownKept = own && useWizardStore.getState().incidentId !== null;
    if (inUrl !== null && inUrl !== payload && (first || !seen.has(inUrl)) && !ownKept) {
      // A link opened in this tab (on load or pasted into the address bar), or this tab's own
      // link when nothing else kept its incident (storage refused).
      seen.add(inUrl);
      setOpening(true);
      void openLink(codec, inUrl).then((problem) => {
        setOpening(false);
        if (problem) setLinkProblem(problem);
      });
      return;
    }
    if (inUrl === payload) return;
    if (payload !== null) seen.add(payload);
    const search = payload === null ? '' : `?s=${payload}`;
    // A click often changes the state and navigates at once; the router applies the navigation
    // asynchronously, so rewrite the URL only after it settled, on whatever page it settled.
    const timer = window.setTimeout(() => {
      const hash = window.location.hash.replace(/^#/, '');
      const [pathname = '/', query = ''] = hash.split('?');
      if ((new URLSearchParams(query).get('s') || null) === payload) return;
      navigate({ pathname: pathname || '/', search }, { replace: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [
    payload,
    location.pathname,
    location.search,
    navigate,
    linkProblem,
    codecReady,
    libraryReady,
    opening,
  ]);

  const inUrl = new URLSearchParams(location.search).get('s') || null;
  const hasLink = inUrl !== null;
  // A link in the URL on the first look is opened before anything shows: no frame of the
  // incident the tab had before.
  const linkWaiting = firstLook.current && hasLink && inUrl !== payload;
  return {
    ready: libraryReady && !opening && !linkWaiting && (codecReady || !hasLink),
    linkProblem,
    dismiss: () => {
      setLinkProblem(null);
      navigate({ pathname: '/', search: '' }, { replace: true });
    },
  };
}

/** For "Copy link": the full URL of the current page with the state. */
export function shareUrl(
  c: Codec,
  pathname: string,
  state: WizardState,
): { url: string; length: number } {
  const payload = c.encodeState(state);
  const base = window.location.href.split('#')[0] ?? '';
  const url = `${base}#${pathname}?s=${payload}`;
  return { url, length: url.length };
}
