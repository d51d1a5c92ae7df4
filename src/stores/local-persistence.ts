/**
 * localStorage copy of the state, so a reload or a closed tab loses nothing even when the URL is
 * gone. Storage can be full or refused (private windows, 10 MB pastes): then the URL still holds it.
 */
import type { Lang } from '@/domain/run-types';
import { asWizardState, type WizardState } from '@/domain/wizard-state';
import type { Theme } from './wizard-store';

const KEY = 'slb-wizard:state:v1';
const UNDO_KEY = 'slb-wizard:undo:v1';
const PREFS_KEY = 'slb-wizard:prefs:v1';

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function loadLocalState(): WizardState | null {
  return asWizardState(read(KEY));
}

/**
 * Browsers give a page about 5 MB of localStorage; a state past that would only fail after
 * serialising it (tens of milliseconds on the main thread for a 10 MB paste), so it is not tried.
 * The last state that fitted stays saved; the paste card says such a paste lives in this tab only.
 */
export const LOCAL_STATE_MAX_CHARS = 2_000_000;

export function saveLocalState(state: WizardState): boolean {
  let size = 0;
  for (const p of state.pastes) size += p.text.length;
  if (size > LOCAL_STATE_MAX_CHARS) return false;
  return write(KEY, state);
}

export function loadLocalUndo(): WizardState | null {
  return asWizardState(read(UNDO_KEY));
}

export function saveLocalUndo(state: WizardState | null): void {
  write(UNDO_KEY, state);
}

export interface Prefs {
  lang: Lang;
  theme: Theme;
}

export function loadPrefs(): Partial<Prefs> {
  const v = read(PREFS_KEY);
  if (!v || typeof v !== 'object') return {};
  const p = v as Record<string, unknown>;
  const out: Partial<Prefs> = {};
  if (p.lang === 'en-US' || p.lang === 'zh-CN') out.lang = p.lang;
  if (p.theme === 'system' || p.theme === 'light' || p.theme === 'dark') out.theme = p.theme;
  return out;
}

export function savePrefs(prefs: Prefs): void {
  write(PREFS_KEY, prefs);
}

/** First visit: the browser's language decides. */
export function browserLang(): Lang {
  const langs =
    typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return langs.some((l) => /^zh\b/i.test(l)) ? 'zh-CN' : 'en-US';
}
