/**
 * The page an invitation's or a reset's link opens: check the link, choose a
 * password, then sign in. A link that cannot be used — cut short on the way
 * (no token, or not one the server could have written), expired, already
 * used — says so and offers the way to ask for a new one.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { NewPasswordField } from '../auth/NewPasswordField';
import { ErrorState, Loading, RequestFailure } from '../layout/QueryState';

interface LinkInfo {
  purpose: 'invitation' | 'password_reset';
  email: string;
  displayName: string;
  expiresAt: string;
}

/** The server's answers for a link that will not work, however often it is tried. */
const deadLink = (error: unknown) => error instanceof ApiError && ['link_invalid', 'link_expired', 'link_used'].includes(error.code);

export function SetPasswordPage() {
  const { t } = useTranslation('users');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const link = useQuery({
    queryKey: ['password-link', token],
    queryFn: () => api.post<LinkInfo>('/users/links/check', { token }),
    enabled: token !== '',
    retry: false,
  });
  const redeem = useMutation({ mutationFn: () => api.post<{ email: string }>('/users/links/redeem', { token, password }) });
  function submit(event: FormEvent) {
    event.preventDefault();
    redeem.mutate();
  }
  // No token, or one the server refuses to read: the address was cut short on the way.
  const incomplete = !token || (link.error instanceof ApiError && link.error.code === 'validation_failed');
  const askAgain = incomplete || deadLink(link.error) || deadLink(redeem.error);
  return (
    <section className="card narrow">
      <h1>{link.data?.purpose === 'password_reset' ? t('setPassword.resetTitle') : t('setPassword.title')}</h1>
      {incomplete && (
        <p className="state state-notice" role="alert" data-testid="link-incomplete">
          {t('setPassword.incomplete')}
        </p>
      )}
      {token && link.isPending && <Loading />}
      {link.error && !incomplete && <ErrorState error={link.error} />}
      {redeem.isSuccess ? (
        <>
          <p className="state state-notice" role="status">
            {t('setPassword.done')}
          </p>
          <Link className="button button-primary" to="/sign-in" state={{ email: redeem.data.email }} data-testid="set-password-sign-in">
            {t('setPassword.signIn')}
          </Link>
        </>
      ) : (
        link.data && (
          <form className="form" onSubmit={submit}>
            <p className="muted">{t('setPassword.for', { name: link.data.displayName, email: link.data.email })}</p>
            <NewPasswordField label={t('setPassword.password')} value={password} onChange={setPassword} testId="set-password" />
            <RequestFailure error={redeem.error} />
            <button type="submit" className="button button-primary" disabled={redeem.isPending} data-testid="set-password-submit">
              {t('setPassword.submit')}
            </button>
          </form>
        )
      )}
      {askAgain && (
        <p>
          <Link className="button" to="/forgot-password" data-testid="ask-new-link">
            {t('setPassword.askNew')}
          </Link>
        </p>
      )}
    </section>
  );
}
