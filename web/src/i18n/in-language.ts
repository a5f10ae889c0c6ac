/** Which of a datum's two languages the reader sees (pure: no i18next; pick.ts and InLanguage.tsx use it). */
import type { Language } from './index';

export interface Chosen {
  text: string;
  /** The language `text` is in. */
  lang: Language;
  /** True when the reader's language had nothing and the other one is shown. */
  fallback: boolean;
}

export function chooseLanguage(en: string | null | undefined, vi: string | null | undefined, lang: Language): Chosen {
  const own = (lang === 'vi' ? vi : en) ?? '';
  if (own) return { text: own, lang, fallback: false };
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const text = (other === 'vi' ? vi : en) ?? '';
  return text ? { text, lang: other, fallback: true } : { text: '', lang, fallback: false };
}
