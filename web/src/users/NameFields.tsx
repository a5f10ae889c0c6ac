/** Names and job titles in English and Vietnamese: one's own profile and an administrator's correction. */
import { useTranslation } from 'react-i18next';
import type { Names } from './types';

/** As the API bounds them (users/routes.ts). */
const NAME_MAX = 200;
const JOB_TITLE_MAX = 200;

export function NameFields({
  value,
  onChange,
  idPrefix,
  testIds = {},
}: {
  value: Names;
  onChange: (next: Names) => void;
  idPrefix: string;
  /** Test ids other than `<idPrefix>-<field>`. */
  testIds?: Partial<Record<keyof Names, string>>;
}) {
  const { t } = useTranslation('users');
  const field = (key: keyof Names, label: string, max: number, lang: 'en' | 'vi', required = false) => (
    <label className="field">
      <span>{label}</span>
      <input
        required={required}
        maxLength={max}
        lang={lang}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        data-testid={testIds[key] ?? `${idPrefix}-${key}`}
      />
    </label>
  );
  return (
    <>
      {field('displayName', t('nameEn'), NAME_MAX, 'en', true)}
      {field('displayNameVi', t('nameVi'), NAME_MAX, 'vi')}
      {field('jobTitleEn', t('jobTitleEn'), JOB_TITLE_MAX, 'en')}
      {field('jobTitleVi', t('jobTitleVi'), JOB_TITLE_MAX, 'vi')}
    </>
  );
}
