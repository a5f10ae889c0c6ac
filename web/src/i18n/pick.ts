/**
 * Data comes in language pairs (`titleEn`/`titleVi`, `nameEn`/`nameVi`).
 * `pick(obj, 'title')` gives the one for the current language, falling back
 * to the other when it is empty. Pass `lang` where a memo depends on it.
 */
import { currentLanguage, type Language } from './index';

type Pair<K extends string> = { [P in `${K}En` | `${K}Vi`]: string | null | undefined };

export function pick<K extends string>(obj: Pair<K>, field: K, lang: Language = currentLanguage()): string {
  const en = obj[`${field}En`] ?? '';
  const vi = obj[`${field}Vi`] ?? '';
  return lang === 'vi' ? vi || en : en || vi;
}
