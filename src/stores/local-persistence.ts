/**
 * localStorage: the user's preferences, and the state older builds kept here (read once, to move
 * it into the incident library). Incidents themselves live in IndexedDB (`incident-db.ts`).
 */
import type { Lang } from '@/domain/run-types';
import { asWizardState, type WizardState } from '@/domain/wizard-state';
import type { Theme } from './wizard-store';

const KEY = 'slb-wizard:state:v1';
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

/** The state a build before the incident library kept here; the library imports it once. */
export function loadLegacyState(): WizardState | null {
  return asWizardState(read(KEY));
}

/** Called once the library holds the legacy state; the undo copy of those builds goes too. */
export function forgetLegacyState(): void {
  write(KEY, null);
  write('slb-wizard:undo:v1', null);
}

export interface Prefs {
  lang: Lang;
  theme: Theme;
  /** "Keep nothing on this computer": a choice, not data, so it may be kept. */
  keepNothing: boolean;
}

export function loadPrefs(): Partial<Prefs> {
  const v = read(PREFS_KEY);
  if (!v || typeof v !== 'object') return {};
  const p = v as Record<string, unknown>;
  const out: Partial<Prefs> = {};
  if (p.lang === 'en-US' || p.lang === 'zh-CN') out.lang = p.lang;
  if (p.theme === 'system' || p.theme === 'light' || p.theme === 'dark') out.theme = p.theme;
  if (typeof p.keepNothing === 'boolean') out.keepNothing = p.keepNothing;
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

const FILE_ACK_KEY = 'slb-wizard:file-warning-read:v1';

/** The user read the file:// warning and chose to keep incidents anyway. */
export function loadFileWarningRead(): boolean {
  return read(FILE_ACK_KEY) === true;
}

export function saveFileWarningRead(): void {
  write(FILE_ACK_KEY, true);
}
