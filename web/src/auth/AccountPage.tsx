/** One's own account: change the password, sign out on every device; admins reach the security page from here. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, setCsrfToken } from '../api/client';
import { RefusalPage, RequestFailure } from '../layout/QueryState';
import { MailPreferencesForm } from '../users/MailPreferencesForm';
import { ProfileForm } from '../users/ProfileForm';
import { NewPasswordField } from './NewPasswordField';
import { useUser } from './session';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
    },
  });
  const everywhere = useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/sign-out-everywhere'),
    onSettled: async () => {
      setCsrfToken(null);
      await client.invalidateQueries();
      void navigate('/');
    },
  });

  // The route's gate (App.tsx) refuses first; this narrows the type.
  if (!user) return <RefusalPage permission="session.signedIn" />;

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate();
  }

  return (
    <section className="card narrow">
      <h1>{t('account.title')}</h1>
      <p className="muted">{t('account.signedInAs', { name: user.displayName, email: user.email })}</p>
      <nav aria-label={t('account.myPages')} data-testid="my-pages">
        <h2>{t('account.myPages')}</h2>
        <ul>
          <li>
            <Link to="/press/mine">{t('account.myApplications')}</Link>
          </li>
          {user.roles.includes('delegation_liaison') && (
            <li>
              <Link to="/delegation">{t('account.myDelegation')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <ProfileForm />
      <MailPreferencesForm />
      <form className="form" onSubmit={submit} data-testid="password-form">
        <h2>{t('account.passwordTitle')}</h2>
        <label className="field">
          <span>{t('account.currentPassword')}</span>
          <input type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <NewPasswordField label={t('account.newPassword')} value={newPassword} onChange={setNew} />
        <RequestFailure error={change.error} />
        {change.isSuccess && (
          <p className="state state-notice" role="status">
            {t('account.passwordChanged')}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
      <h2>{t('account.sessionsTitle')}</h2>
      <p className="muted">{t('account.everywhereHint')}</p>
      <button type="button" className="button" disabled={everywhere.isPending} onClick={() => everywhere.mutate()} data-testid="sign-out-everywhere">
        {t('account.signOutEverywhere')}
      </button>
      {user.roles.includes('admin') && (
        <p>
          <Link to="/admin/users">{t('nav.admin')}</Link> · <Link to="/admin/security">{t('security.title')}</Link>
        </p>
      )}
    </section>
  );
}
