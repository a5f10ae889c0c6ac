/**
 * A datum kept in both languages, shown in the reader's; where only the
 * other language has it, that one is shown marked with its language: a small
 * "EN"/"VI" badge, `lang` on the text so that screen readers and hyphenation
 * follow, and the badge's words ("Only in English") for screen readers.
 * `<Picked of={meeting} field="title" />` is the same for a `titleEn`/`titleVi` pair;
 * `<PickedList of={owners} field="name" />` joins several.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from './index';
import { inLanguage, type Chosen } from './in-language';
import type { Pair } from './pick';

/** `children`, when given, renders the chosen text (search hits marked in it, say); the mark and `lang` stay this component's. */
export function InLanguage({
  en,
  vi,
  className,
  children,
}: {
  en: string | null | undefined;
  vi: string | null | undefined;
  className?: string;
  children?: (chosen: Chosen) => ReactNode;
}) {
  useTranslation(); // re-rendered when the reader switches language
  const chosen = inLanguage(en, vi, currentLanguage());
  if (!chosen.text) return null;
  const text = children ? children(chosen) : chosen.text;
  if (!chosen.fallback) return className ? <span className={className}>{text}</span> : <>{text}</>;
  return (
    <span className={className} lang={chosen.lang}>
      {text} <LangMark lang={chosen.lang} />
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

export function Picked<K extends string>({
  of,
  field,
  className,
  children,
}: {
  of: Pair<K>;
  field: K;
  className?: string;
  children?: (chosen: Chosen) => ReactNode;
}) {
  return (
    <InLanguage en={of[`${field}En`]} vi={of[`${field}Vi`]} className={className}>
      {children}
    </InLanguage>
  );
}

/** Several data's `field`, each in the reader's language or marked, joined by commas (or `separator`); `empty` when there are none. */
export function PickedList<K extends string>({
  of,
  field,
  empty = '—',
  separator = ', ',
}: {
  of: ReadonlyArray<Pair<K> & { id: number | string }>;
  field: K;
  empty?: string;
  separator?: string;
}) {
  if (of.length === 0) return <>{empty}</>;
  return (
    <>
      {of.map((item, i) => (
        <Fragment key={item.id}>
          {i > 0 && separator}
          <Picked of={item} field={field} />
        </Fragment>
      ))}
    </>
  );
}
