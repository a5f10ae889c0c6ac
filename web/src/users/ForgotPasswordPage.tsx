/** Ask for a password-reset link by e-mail; the answer is the same whether or not the account exists. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { RequestFailure } from '../layout/QueryState';

export function ForgotPasswordPage() {
  const { t } = useTranslation('users');
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.post<{ ok: true }>('/users/password-reset', { email }) });
  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate();
  }
  return (
    <section className="card narrow">
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <p className="state state-notice" role="status">
          {t('forgot.sent')}
        </p>
      ) : (
        <form className="form" onSubmit={submit}>
          <p className="muted">{t('forgot.intro')}</p>
          <label className="field">
            <span>{t('email')}</span>
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <RequestFailure error={request.error} />
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
