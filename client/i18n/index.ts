import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';
import { bn } from './bn';
import { en } from './en';

// The last language this browser showed: signed-out screens (sign-in, setup, an invite
// link) open in it; once signed in, the account's own language wins.
const REMEMBERED = 'barta.language';

function rememberedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(REMEMBERED);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { bn: { translation: bn }, en: { translation: en } },
  lng: rememberedLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['bn', 'en'],
  // React escapes what it renders; escaping here too would show &amp; in headlines.
  interpolation: { escapeValue: false },
  returnNull: false,
  contextSeparator: '~',
  initAsync: false,
});

function applyDocumentLanguage(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyDocumentLanguage(rememberedLanguage());

/** Shows the dashboard in `language` now, and remembers it for the signed-out screens of this browser. */
export function showLanguage(language: Language) {
  try {
    globalThis.localStorage?.setItem(REMEMBERED, language);
  } catch {
    // Private windows may refuse storage; the account still keeps the choice.
  }
  applyDocumentLanguage(language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** A key built at run time (a status, a role, a server message): checked by the catalog tests instead. */
export function translateKey(key: string, params?: Record<string, unknown>): string {
  return (i18n.t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
