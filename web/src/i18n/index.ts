/**
 * i18next set-up: Vietnamese and English, remembered in localStorage under
 * 'gavel.lang'; first visit follows the browser (Vietnamese browsers get
 * Vietnamese, everyone else English). Keeps <html lang> in step.
 */
import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Bundle } from './bundle';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const storageKey = 'gavel.lang';

/**
 * Each language is one chunk with all its namespaces, fetched when the
 * language is first used (docs/decisions/web-code-splitting.md): a visitor
 * downloads only their language, and switching fetches the other one before
 * the page changes.
 */
const loaders: Record<Language, () => Promise<{ default: Bundle }>> = {
  vi: () => import('./resources-vi'),
  en: () => import('./resources-en'),
};
/**
 * The secretariat's own namespaces: a second chunk per language, fetched the
 * first time a page asks for one (useTranslation suspends until it is here),
 * so that a reader's first load does not carry them. Once loaded, a language
 * switch loads them again with the rest (i18next keeps every namespace asked for).
 */
const staffNamespaces = ['scheduling', 'committee', 'users', 'delegates'];
const staffLoaders: Record<Language, () => Promise<{ default: Bundle }>> = {
  vi: () => import('./resources-vi-staff'),
  en: () => import('./resources-en-staff'),
};
const isLanguage = (lng: string): lng is Language => (languages as readonly string[]).includes(lng);

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    (staffNamespaces.includes(namespace) ? staffLoaders : loaders)[language]().then(
      ({ default: bundle }) => callback(null, bundle[namespace] ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * Resolves once the visitor's language is loaded, all of its first chunk's
 * namespaces (main.tsx renders after it). The namespaces are those of the
 * bundle, so a later language switch loads every one of them too.
 */
export const i18nReady: Promise<void> = i18n
  .use(backend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    ns: ['translation'],
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Both languages have the same keys (parity.test.ts): Vietnamese needs no
    // English behind it, so a Vietnamese visitor never downloads the English.
    fallbackLng: { vi: [], default: ['en'] },
    interpolation: { escapeValue: false },
    // Ask for the language's chunk now, not after a timer: it is on the first render's path.
    initAsync: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: storageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => lng.split('-')[0] ?? lng,
    },
  })
  .then(() => loaders[currentLanguage()]())
  .then(({ default: bundle }) => i18n.loadNamespaces(Object.keys(bundle)));

function syncDocument(): void {
  document.documentElement.lang = currentLanguage();
}
i18n.on('languageChanged', syncDocument);
syncDocument();

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'vi' ? 'vi' : 'en';
}

export default i18n;
