/**
 * Data comes in language pairs (`titleEn`/`titleVi`, `nameEn`/`nameVi`).
 * `pick(obj, 'title')` gives the text the reader sees (their language's, or
 * the other's when theirs is empty: in-language.ts) where only a string can
 * go: an option, an attribute, a sort key. Where the text is shown, use
 * <Picked> (InLanguage.tsx), which marks a text in the other language; where
 * only a string can go but the element can carry `lang` (an option, an image
 * with its alt text), give it `lang={fallbackLang(obj, field)}`.
 * Pass `lang` where a memo depends on it.
 */
import { currentLanguage, type Language } from './index';
import { inLanguage } from './in-language';

export type Pair<K extends string> = { [P in `${K}En` | `${K}Vi`]: string | null | undefined };

export function pick<K extends string>(obj: Pair<K>, field: K, lang: Language = currentLanguage()): string {
  return inLanguage(obj[`${field}En`], obj[`${field}Vi`], lang).text;
}

/** The language of `pick(obj, field)` when it is not the reader's (for a `lang` attribute), else undefined. */
export function fallbackLang<K extends string>(obj: Pair<K>, field: K, lang: Language = currentLanguage()): Language | undefined {
  const chosen = inLanguage(obj[`${field}En`], obj[`${field}Vi`], lang);
  return chosen.fallback ? chosen.lang : undefined;
}
