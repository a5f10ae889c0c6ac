/**
 * Where the identity provider sends the browser back (`/sign-in/oidc`): the
 * query string goes to the API once; then on to where the sign-in began, in
 * the profile's language. A refusal is shown in the reader's language.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState } from '../layout/QueryState';
import { useFinishOidc } from './oidc';

export function OidcCallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = useFinishOidc();
  const sent = useRef(false);

  useEffect(() => {
    // Once only (React's development double effects): a second post would find the attempt used.
    if (sent.current) return;
    sent.current = true;
    finish.mutate(window.location.search, { onSuccess: (session) => void navigate(session.returnTo, { replace: true }) });
  }, [finish, navigate]);

  return (
    <section className="card narrow">
      <h1>{t('auth.providerTitle')}</h1>
      {finish.isError ? (
        <>
          <ErrorState error={finish.error} />
          <Link to="/sign-in">{t('auth.startAgain')}</Link>
        </>
      ) : (
        <p className="state state-loading" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {t('auth.finishing')}
        </p>
      )}
    </section>
  );
}
