import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';

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

// Each catalog is its own chunk: a browser downloads the language it shows, and the
// other only when someone switches to it (i18next loads it before changing language).
const CATALOGS: Record<Language, () => Promise<object>> = {
  bn: () => import('./bn').then((m) => m.bn),
  en: () => import('./en').then((m) => m.en),
};

const catalogChunks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(new Error(`No catalog for ${language}`), false);
    CATALOGS[language]().then(
      (catalog) => callback(null, catalog as never),
      (error: Error) => callback(error, false),
    );
  },
};

export const i18n = i18next.createInstance();

/** Resolves once the first language's catalog is in: the dashboard renders after it, so no screen shows keys. */
export const i18nReady: Promise<unknown> = i18n
  .use(catalogChunks)
  .use(initReactI18next)
  .init({
    lng: rememberedLanguage(),
    // Both catalogs have every key (the typecheck and catalog tests see to it): no fallback to download.
    fallbackLng: false,
    supportedLngs: ['bn', 'en'],
    load: 'currentOnly',
    // React escapes what it renders; escaping here too would show &amp; in headlines.
    interpolation: { escapeValue: false },
    returnNull: false,
    contextSeparator: '~',
    initAsync: false,
    // Screens render only after a catalog is loaded (main.tsx, SessionGate): nothing to suspend for.
    react: { useSuspense: false },
  });

function applyDocumentLanguage(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyDocumentLanguage(rememberedLanguage());

/** Whether `language`'s catalog is downloaded, so showing it changes the screen at once. */
export function isLanguageLoaded(language: Language): boolean {
  return i18n.hasResourceBundle(language, 'translation');
}

/**
 * Shows the dashboard in `language` (downloading its catalog first if needed; the screen
 * keeps the current language until then), and remembers it for this browser's signed-out screens.
 */
export async function showLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(REMEMBERED, language);
  } catch {
    // Private windows may refuse storage; the account still keeps the choice.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** A key built at run time (a status, a role, a server message): checked by the catalog tests instead. */
export function translateKey(key: string, params?: Record<string, unknown>): string {
  return (i18n.t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
