/** How one receives each kind of e-mail (at once, a daily digest, or not at all), on the account page. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { mailPreferencesView } from '../../../src/server/mail/schemas';
import { api } from '../api/client';
import { RequestFailure } from '../layout/QueryState';

type Preferences = z.infer<typeof mailPreferencesView>;
const categories = ['tasks', 'documents'] as const satisfies ReadonlyArray<keyof Preferences>;
const deliveries = ['immediate', 'daily', 'off'] as const;

export function MailPreferencesForm() {
  const { t } = useTranslation('users');
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['account', 'mail'], queryFn: () => api.get<Preferences>('/account/mail') });
  const [form, setForm] = useState<Preferences | null>(null);
  useEffect(() => {
    if (current.data) setForm(current.data);
  }, [current.data]);
  const save = useMutation({
    mutationFn: (body: Preferences) => api.patch<Preferences>('/account/mail', body),
    onSuccess: (saved) => client.setQueryData(['account', 'mail'], saved),
  });
  if (!form) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (form) save.mutate(form);
  }
  return (
    <form className="form" onSubmit={submit} data-testid="mail-preferences">
      <h2>{t('mail.title')}</h2>
      <p className="muted">{t('mail.hint')}</p>
      {categories.map((category) => (
        <label className="field" key={category}>
          <span>{t(`mail.categories.${category}`)}</span>
          <select value={form[category]} onChange={(e) => setForm({ ...form, [category]: e.target.value as Preferences[typeof category] })}>
            {deliveries.map((d) => (
              <option key={d} value={d}>
                {t(`mail.deliveries.${d}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <RequestFailure error={save.error} />
      {save.isSuccess && (
        <p className="state state-notice" role="status">
          {t('mail.saved')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('save')}
      </button>
    </form>
  );
}
