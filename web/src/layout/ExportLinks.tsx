/**
 * An export offered in each language and file format ("PDF · Vietnamese"),
 * each a DownloadLink with its progress. Vietnamese comes first: it is the
 * chairmanship's working language.
 */
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n/index';
import { DownloadLink } from './LongWork';

export type ExportFormat = 'pdf' | 'docx';

export function ExportLinks({
  formats,
  href,
  testIdPrefix,
  lead,
}: {
  /** In the order shown within each language. */
  formats: readonly ExportFormat[];
  href: (format: ExportFormat, lang: Language) => string;
  /** Each link's test id: `${testIdPrefix}-${format}-${lang}`. */
  testIdPrefix: string;
  /** Given: this language's links are full buttons and the other's ghost buttons; else all alike. */
  lead?: Language;
}) {
  const { t } = useTranslation();
  return (
    <>
      {languages.flatMap((lang) =>
        formats.map((format) => (
          <DownloadLink
            key={`${format}-${lang}`}
            className={lead && lang !== lead ? 'button button-ghost' : 'button'}
            href={href(format, lang)}
            testId={`${testIdPrefix}-${format}-${lang}`}
          >
            {t('exportFile', { format: format.toUpperCase(), language: t(`langName.${lang}`) })}
          </DownloadLink>
        )),
      )}
    </>
  );
}
