/**
 * A datum kept in both languages, shown in the reader's; where only the
 * other language has it, that one is shown marked with its language (a small
 * "EN"/"VI" badge, and `lang` so that screen readers and hyphenation follow).
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './index';

export function InLanguage({ en, vi, className }: { en: string | null | undefined; vi: string | null | undefined; className?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const own = lang === 'vi' ? vi : en;
  if (own) return <span className={className}>{own}</span>;
  const other = lang === 'vi' ? en : vi;
  if (!other) return null;
  const otherLang = lang === 'vi' ? 'en' : 'vi';
  return (
    <span className={className} lang={otherLang}>
      {other}{' '}
      <abbr className="lang-mark" title={t('langMark', { language: t(`lang.${otherLang}`) })} data-testid="lang-mark">
        {otherLang.toUpperCase()}
      </abbr>
    </span>
  );
}
