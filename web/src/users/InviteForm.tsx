/** Invite someone: the account, its roles and scopes; the e-mail with the link goes through the outbox. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { RequestFailure } from '../layout/QueryState';
import { GrantFields } from './GrantFields';
import { NameFields } from './NameFields';
import { namesBody, noNames, type Grant, type Names, type UserRecord } from './types';
import { LanguageOptions } from '../i18n/LanguageSwitch';

export function InviteForm() {
  const { t } = useTranslation('users');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [names, setNames] = useState<Names>(noNames);
  const [language, setLanguage] = useState<'vi' | 'en'>('vi');
  const [grant, setGrant] = useState<Grant>({ roles: [], partyId: null, bodyIds: [] });
  const invite = useMutation({
    mutationFn: () => api.post<UserRecord>('/users', { email, ...namesBody(names), language, ...grant }),
    onSuccess: async () => {
      setEmail('');
      setNames(noNames);
      setGrant({ roles: [], partyId: null, bodyIds: [] });
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate();
  }
  return (
    <form className="form" onSubmit={submit} data-testid="invite-form">
      <h2>{t('invite.title')}</h2>
      <label className="field">
        <span>{t('email')}</span>
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} data-testid="invite-email" />
      </label>
      <NameFields value={names} onChange={setNames} idPrefix="invite" testIds={{ displayName: 'invite-name', displayNameVi: 'invite-name-vi' }} />
      <label className="field">
        <span>{t('language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as 'vi' | 'en')} data-testid="invite-language">
          <LanguageOptions />
        </select>
      </label>
      <GrantFields value={grant} onChange={setGrant} idPrefix="invite" />
      <RequestFailure error={invite.error} />
      {invite.isSuccess && (
        <p className="state state-notice" role="status">
          {t('invite.sent', { email: invite.data.email })}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={invite.isPending} data-testid="invite-submit">
        {t('invite.submit')}
      </button>
    </form>
  );
}
