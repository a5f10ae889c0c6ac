/**
 * Data comes in language pairs (`titleEn`/`titleVi`, `nameEn`/`nameVi`).
 * `inLanguage(en, vi)` decides which one the reader sees: their language's,
 * or the other's when theirs is empty (then `fallback` is true and the text
 * is shown marked, i18n/InLanguage.tsx). `pick(obj, 'title')` gives that
 * text where only a string can go (an option, an attribute, a sort key).
 * Pass `lang` where a memo depends on it.
 */
import { currentLanguage, type Language } from './index';
import { chooseLanguage, type Chosen } from './in-language';

export type Pair<K extends string> = { [P in `${K}En` | `${K}Vi`]: string | null | undefined };

export function inLanguage(en: string | null | undefined, vi: string | null | undefined, lang: Language = currentLanguage()): Chosen {
  return chooseLanguage(en, vi, lang);
}

export function pick<K extends string>(obj: Pair<K>, field: K, lang: Language = currentLanguage()): string {
  return inLanguage(obj[`${field}En`], obj[`${field}Vi`], lang).text;
}
