import { useWizardStore } from '@/stores/wizard-store';
import type { Lang, Localized } from '@/domain/run-types';
import { format, messages, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(lang: Lang): Translate {
  // A word not loaded yet (never on a rendered page, which waits for them) shows in English, or as its key.
  return (key, params) => format(messages[lang][key] ?? messages['en-US'][key] ?? key, params);
}

export function useLang(): Lang {
  return useWizardStore((s) => s.lang);
}

export function useT(): Translate {
  return translate(useLang());
}

/** Picks the user's language from a domain text. */
export function useL(): (text: Localized) => string {
  const lang = useLang();
  return (text) => text[lang];
}
