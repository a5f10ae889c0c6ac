/**
 * Which of a datum's two languages the reader sees (pure: no i18next, so
 * pure modules such as meetings/short-name.ts use it too): their language's,
 * or the other's when theirs is empty; then `fallback` is true and the text
 * is shown marked (InLanguage.tsx). pick.ts gives the text alone.
 */
import type { Language } from './index';

export interface Chosen {
  text: string;
  /** The language `text` is in. */
  lang: Language;
  /** True when the reader's language had nothing and the other one is shown. */
  fallback: boolean;
}

export function inLanguage(en: string | null | undefined, vi: string | null | undefined, lang: Language): Chosen {
  const own = (lang === 'vi' ? vi : en) ?? '';
  if (own) return { text: own, lang, fallback: false };
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const text = (other === 'vi' ? vi : en) ?? '';
  return text ? { text, lang: other, fallback: true } : { text: '', lang, fallback: false };
}
