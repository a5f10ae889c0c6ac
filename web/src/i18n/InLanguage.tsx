/**
 * A datum kept in both languages, shown in the reader's; where only the
 * other language has it, that one is shown marked with its language: a small
 * "EN"/"VI" badge, `lang` on the text so that screen readers and hyphenation
 * follow, and the badge's words ("Only in English") for screen readers.
 * `<Picked of={meeting} field="title" />` is the same for a `titleEn`/`titleVi` pair.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';
import { inLanguage, type Pair } from './pick';

export function InLanguage({ en, vi, className }: { en: string | null | undefined; vi: string | null | undefined; className?: string }) {
  useTranslation(); // re-rendered when the reader switches language
  const chosen = inLanguage(en, vi, currentLanguage());
  if (!chosen.text) return null;
  if (!chosen.fallback) return className ? <span className={className}>{chosen.text}</span> : <>{chosen.text}</>;
  return (
    <span className={className} lang={chosen.lang}>
      {chosen.text} <LangMark lang={chosen.lang} />
    </span>
  );
}

/** The badge alone, after a text in `lang` that is not the reader's language (put `lang` on the text's element too). */
export function LangMark({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const label = t('langMark', { language: t(`langName.${lang}`) });
  return (
    <abbr className="lang-mark" title={label} lang={currentLanguage()} data-testid="lang-mark">
      <span aria-hidden="true">{lang.toUpperCase()}</span>
      <span className="visually-hidden">({label})</span>
    </abbr>
  );
}

export function Picked<K extends string>({ of, field, className }: { of: Pair<K>; field: K; className?: string }) {
  return <InLanguage en={of[`${field}En`]} vi={of[`${field}Vi`]} className={className} />;
}
