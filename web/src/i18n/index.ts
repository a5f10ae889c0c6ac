/**
 * i18next set-up: Vietnamese and English, remembered in localStorage under
 * 'gavel.lang'; first visit follows the browser (Vietnamese browsers get
 * Vietnamese, everyone else English). Keeps <html lang> in step.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

/**
 * Each feature folder may bring its own translations as
 * `<feature>/i18n/en.json` and `vi.json`; they load as the namespace
 * `<feature>` (use `useTranslation('<feature>')`).
 */
const featureFiles = import.meta.glob<{ default: Record<string, unknown> }>('../*/i18n/*.json', { eager: true });
const featureResources: Record<string, Record<string, Record<string, unknown>>> = { en: {}, vi: {} };
for (const [path, module] of Object.entries(featureFiles)) {
  const match = /^\.\.\/([^/]+)\/i18n\/(en|vi)\.json$/.exec(path);
  if (match) featureResources[match[2]!]![match[1]!] = module.default;
}

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const storageKey = 'gavel.lang';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      en: { translation: en, ...featureResources.en },
      vi: { translation: vi, ...featureResources.vi },
    },
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: storageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: (lng: string) => lng.split('-')[0] ?? lng,
    },
  });

function syncDocument(): void {
  document.documentElement.lang = currentLanguage();
}
i18n.on('languageChanged', syncDocument);
syncDocument();

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'vi' ? 'vi' : 'en';
}

export default i18n;
