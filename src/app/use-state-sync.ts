/**
 * Keeps the store, the URL fragment (`?s=<payload>`) and localStorage in step.
 * - On load, a link's state wins over localStorage (the link is what the user opened).
 * - Every change rewrites `s` in place (replace), so history entries never hold stale state: going
 *   back or forward changes the page, never the pastes. A payload we wrote earlier that reappears
 *   through back/forward is replaced by the current state; an unknown one is a newly opened link.
 * - A damaged link loads nothing and is reported; the previous work stays in localStorage.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { decodeState, encodeState } from '@/domain/share/share-codec';
import type { WizardState } from '@/domain/wizard-state';
import { loadLocalState, loadLocalUndo, loadPrefs, browserLang, saveLocalState, saveLocalUndo, savePrefs } from '@/stores/local-persistence';
import { replaceWizard, useWizardStore } from '@/stores/wizard-store';

/** Past this much pasted text a link cannot carry the state; localStorage still does. */
const URL_TEXT_LIMIT = 400_000;

export interface LinkProblem {
  code: string;
  message: string;
}

function payloadOf(state: WizardState): string | null {
  if (state.pastes.length === 0 && Object.keys(state.answers).length === 0) return null;
  const size = state.pastes.reduce((n, p) => n + p.text.length, 0);
  if (size > URL_TEXT_LIMIT) return null;
  try {
    return encodeState(state);
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
      this.seen = Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
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

let initialised = false;

/** Reads prefs and the initial state once, before the first render of any page. */
export function initialiseStore(hashSearch: string): LinkProblem | null {
  if (initialised) return null;
  initialised = true;
  const prefs = loadPrefs();
  useWizardStore.setState({ lang: prefs.lang ?? browserLang(), theme: prefs.theme ?? 'system' });
  const local = loadLocalState();
  const undo = loadLocalUndo();
  const s = new URLSearchParams(hashSearch).get('s');
  if (s !== null && s !== '') {
    const decoded = decodeState(s);
    if (decoded.ok) {
      useWizardStore.setState({ wizard: decoded.state, undoable: null });
      return null;
    }
    if (local) useWizardStore.setState({ wizard: local });
    return { code: decoded.error.code, message: decoded.error.message };
  }
  if (local) useWizardStore.setState({ wizard: local, undoable: undo });
  return null;
}

export function useStateSync(): { linkProblem: LinkProblem | null; dismiss: () => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(() => initialiseStore(location.search));
  const wizard = useWizardStore((s) => s.wizard);
  const undoable = useWizardStore((s) => s.undoable);
  const lang = useWizardStore((s) => s.lang);
  const theme = useWizardStore((s) => s.theme);
  // Payloads this tab has already applied or written: seeing one again in the URL means back/forward.
  const written = useRef(new SeenPayloads());
  if (written.current.size() === 0) written.current.add(new URLSearchParams(location.search).get('s') ?? '');
  const payload = useMemo(() => payloadOf(wizard), [wizard]);

  useEffect(() => {
    saveLocalState(wizard);
  }, [wizard]);
  useEffect(() => {
    saveLocalUndo(undoable);
  }, [undoable]);
  useEffect(() => {
    savePrefs({ lang, theme });
  }, [lang, theme]);

  useEffect(() => {
    if (linkProblem) return;
    const inUrl = new URLSearchParams(location.search).get('s') || null;
    if (inUrl !== null && inUrl !== payload && !written.current.has(inUrl)) {
      // A link opened in this tab (pasted into the address bar): load it, keep the current work undoable.
      written.current.add(inUrl);
      const decoded = decodeState(inUrl);
      if (decoded.ok) {
        const previous = useWizardStore.getState().wizard;
        useWizardStore.setState({ wizard: decoded.state, undoable: previous.pastes.length ? previous : null });
        return;
      }
      setLinkProblem({ code: decoded.error.code, message: decoded.error.message });
      return;
    }
    if (inUrl === payload) return;
    if (payload !== null) written.current.add(payload);
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
  }, [payload, location.pathname, location.search, navigate, linkProblem]);

  return {
    linkProblem,
    dismiss: () => {
      setLinkProblem(null);
      navigate({ pathname: '/', search: '' }, { replace: true });
    },
  };
}

/** For "Copy link": the full URL of the current page with the state. */
export function shareUrl(pathname: string, state: WizardState): { url: string; length: number } {
  const payload = encodeState(state);
  const base = window.location.href.split('#')[0] ?? '';
  const url = `${base}#${pathname}?s=${payload}`;
  return { url, length: url.length };
}

export { replaceWizard };
