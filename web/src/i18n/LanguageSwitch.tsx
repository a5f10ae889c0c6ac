/** VI / EN buttons; i18next's detector stores the choice under 'gavel.lang'. */
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from './index';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className={lng === active ? 'active' : undefined}
          aria-pressed={lng === active}
          title={t(`lang.${lng}`)}
          data-testid={`lang-${lng}`}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/**
 * The options of a language <select>: each named in itself (`lang.vi`,
 * `lang.en`: the same in both files, the convention for language pickers),
 * with its `lang` so that screen readers say it right.
 */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {languages.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {t(`lang.${lng}`)}
        </option>
      ))}
    </>
  );
}
