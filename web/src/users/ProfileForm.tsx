/** One's own names (English and Vietnamese), language and time zone, on the account page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { RequestFailure } from '../layout/QueryState';
import type { UserRecord } from './types';

export function ProfileForm() {
  const { t, i18n } = useTranslation('users');
  const client = useQueryClient();
  const me = useQuery({ queryKey: ['users', 'me'], queryFn: () => api.get<UserRecord>('/account') });
  const [form, setForm] = useState({ displayName: '', displayNameVi: '', language: 'vi' as 'vi' | 'en', timeZone: '' });
  useEffect(() => {
    if (me.data)
      setForm({ displayName: me.data.displayName, displayNameVi: me.data.displayNameVi ?? '', language: me.data.language, timeZone: me.data.timeZone });
  }, [me.data]);
  const save = useMutation({
    mutationFn: () => api.patch<UserRecord>('/account', { ...form, displayNameVi: form.displayNameVi || null }),
    onSuccess: async (user) => {
      await i18n.changeLanguage(user.language);
      await client.invalidateQueries({ queryKey: ['users', 'me'] });
      await client.invalidateQueries({ queryKey: ['session'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  if (!me.data) return null;
  return (
    <form className="form" onSubmit={submit} data-testid="profile-form">
      <h2>{t('profile.title')}</h2>
      <label className="field">
        <span>{t('nameEn')}</span>
        <input required value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('nameVi')}</span>
        <input value={form.displayNameVi} onChange={(e) => setForm({ ...form, displayNameVi: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('language')}</span>
        <select value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as 'vi' | 'en' })}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="field">
        <span>{t('timeZone')}</span>
        <input value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })} placeholder="Asia/Ho_Chi_Minh" />
      </label>
      <RequestFailure error={save.error} />
      {save.isSuccess && (
        <p className="state state-notice" role="status">
          {t('profile.saved')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('save')}
      </button>
    </form>
  );
}
