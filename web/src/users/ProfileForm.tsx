/** One's own names and job titles (English and Vietnamese), language and time zone, on the account page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { RequestFailure } from '../layout/QueryState';
import { ZoneInput } from '../meetings/form-parts';
import { normalizeZone } from '../meetings/zones';
import { NameFields } from './NameFields';
import { namesBody, namesOf, noNames, type Names, type UserRecord } from './types';
import { LanguageOptions } from '../i18n/LanguageSwitch';

export function ProfileForm() {
  const { t, i18n } = useTranslation('users');
  const client = useQueryClient();
  const me = useQuery({ queryKey: ['users', 'me'], queryFn: () => api.get<UserRecord>('/account') });
  const [names, setNames] = useState<Names>(noNames);
  const [language, setLanguage] = useState<'vi' | 'en'>('vi');
  const [zoneInput, setZoneInput] = useState('');
  useEffect(() => {
    if (!me.data) return;
    setNames(namesOf(me.data));
    setLanguage(me.data.language);
    setZoneInput(me.data.timeZone);
  }, [me.data]);
  const zone = normalizeZone(zoneInput);
  const save = useMutation({
    mutationFn: () => api.patch<UserRecord>('/account', { ...namesBody(names), language, timeZone: zone }),
    onSuccess: async (user) => {
      await i18n.changeLanguage(user.language);
      await client.invalidateQueries({ queryKey: ['users', 'me'] });
      await client.invalidateQueries({ queryKey: ['session'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (zone) save.mutate();
  }
  if (!me.data) return null;
  return (
    <form className="form" onSubmit={submit} data-testid="profile-form">
      <h2>{t('profile.title')}</h2>
      <NameFields value={names} onChange={setNames} idPrefix="profile" />
      <label className="field">
        <span>{t('language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as 'vi' | 'en')}>
          <LanguageOptions />
        </select>
      </label>
      <label className="field">
        <span>{t('timeZone')}</span>
        <ZoneInput value={zoneInput} onChange={setZoneInput} invalid={zone === null} testId="profile-zone" />
        {zone === null && (
          <span className="field-error" role="alert">
            {t('profile.zoneUnknown')}
          </span>
        )}
      </label>
      <RequestFailure error={save.error} />
      {save.isSuccess && (
        <p className="state state-notice" role="status">
          {t('profile.saved')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending || zone === null}>
        {t('save')}
      </button>
    </form>
  );
}
