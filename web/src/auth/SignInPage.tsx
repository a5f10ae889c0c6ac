import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, type Location } from 'react-router-dom';
import { ApiError } from '../api/client';
import { ErrorState } from '../layout/QueryState';
import { useOidcProvider, useStartOidc } from './oidc';
import { useSignIn, useUser } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const { t: tu } = useTranslation('users');
  const navigate = useNavigate();
  const location = useLocation();
  const user = useUser();
  const signIn = useSignIn();
  const [email, setEmail] = useState((location.state as { email?: string } | null)?.email ?? '');
  const [password, setPassword] = useState('');
  const provider = useOidcProvider().data?.provider ?? null;
  const startOidc = useStartOidc();

  const from = (location.state as { from?: Location } | null)?.from;
  const target = from ? `${from.pathname}${from.search}` : '/';

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => void navigate(target, { replace: true }) });
  }

  const wrongCredentials = signIn.error instanceof ApiError && signIn.error.status === 401;

  return (
    <section className="card narrow">
      <h1>{t('auth.title')}</h1>
      <p className="muted">{t('auth.intro')}</p>
      {user && !signIn.isSuccess && <p className="notice">{t('auth.alreadySignedIn', { name: user.displayName })}</p>}
      {provider && (
        <div className="form">
          <button
            type="button"
            className="button button-primary"
            disabled={startOidc.isPending}
            onClick={() => startOidc.mutate(target)}
            data-testid="sign-in-oidc"
          >
            {t('auth.withProvider', { name: provider.name })}
          </button>
          {startOidc.error && <ErrorState error={startOidc.error} />}
          <p className="muted">{t('auth.orPassword')}</p>
        </div>
      )}
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('auth.email')}</span>
          <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} data-testid="sign-in-email" />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {wrongCredentials && (
          <p className="state state-error" role="alert">
            {t('auth.invalid')}
          </p>
        )}
        {signIn.error && !wrongCredentials && <ErrorState error={signIn.error} />}
        <button type="submit" className="button button-primary" disabled={signIn.isPending} data-testid="sign-in-submit">
          {signIn.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password" data-testid="forgot-password-link">
          {tu('forgot.link')}
        </Link>
      </p>
    </section>
  );
}
