/**
 * Translated loading and error states shared by every page. ErrorState is a
 * panel inside a page; PageError, RefusalPage and NotFoundCard are a page's
 * whole content, each with its h1 (which also names the browser tab).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { permissions, type Permission } from '../../../src/server/auth/permissions';
import { ApiError } from '../api/client';
import { useUser } from '../auth/session';

export function Loading({ testId }: { testId?: string } = {}) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite" data-testid={testId}>
      <span className="spinner" aria-hidden="true" /> {t('state.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const apiError = error instanceof ApiError ? error : null;
  // Refusals say what to do: sign in (and come back here), or ask for access; retrying would change nothing.
  if (apiError?.status === 401) {
    return (
      <div className="state state-notice" role="alert" data-testid="sign-in-needed">
        <p>{t('state.signInNeeded')}</p>
        <Link className="button button-primary button-small" to="/sign-in" state={{ from: location }}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  if (apiError?.status === 403) {
    return (
      <div className="state state-notice" role="alert" data-testid="forbidden">
        <p>{t('state.forbidden')}</p>
        <Link to="/sign-in" state={{ from: location }}>
          {t('state.signInOther')}
        </Link>{' '}
        · <Link to="/">{t('notFound.home')}</Link>
      </div>
    );
  }
  if (apiError?.status === 404) {
    return (
      <div className="state state-notice" role="alert">
        {t('state.notFound')} <Link to="/">{t('notFound.home')}</Link>
      </div>
    );
  }
  // The server's words are English; the code picks the translated sentence.
  const message = apiError ? t(`errorCodes.${apiError.code}`, { defaultValue: apiError.message }) : t('state.network');
  return (
    <div className="state state-error" role="alert">
      <strong>{t('state.error')}</strong> {message}
      {apiError && apiError.details.length > 0 && <ErrorDetails details={apiError.details} />}
      {apiError?.requestId && <small className="muted"> {t('state.requestId', { id: apiError.requestId })}</small>}
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * A write that was refused or failed: the translated sentence for its code,
 * then the fields at fault, or the server's own words when it names none.
 */
export function RequestFailure({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="state state-error" role="alert">
      {api ? t(`errorCodes.${api.code}`, { defaultValue: api.message }) : t('state.network')}
      {api && api.details.length > 0 && <ErrorDetails details={api.details} />}
      {api && !api.details.length && t(`errorCodes.${api.code}`, { defaultValue: '' }) !== '' && <small className="muted"> {api.message}</small>}
    </div>
  );
}

export function ErrorDetails({ details }: { details: { path: string; message: string }[] }) {
  return (
    <ul className="error-details">
      {details.map((detail) => (
        <li key={`${detail.path}:${detail.message}`}>
          {detail.path && <code>{detail.path}</code>} {detail.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * A page the reader may not use, instead of the page: what it is, who it is
 * for (from the permission table) and what to do. Signed out: sign in and
 * come back here. Signed in without the role: sign in with another account,
 * or go home. No form of the page is shown.
 */
export function RefusalPage({
  permission,
  message,
  testId,
  signedOut = false,
  children,
}: {
  /** The permission the page needs: its roles are named ('session.signedIn' names none). */
  permission?: Permission;
  /** The page's own sentence, instead of the general one. */
  message?: string;
  /** The refusal's test id when signed in (default 'forbidden'; signed out it is always 'sign-in-needed'). */
  testId?: string;
  /** The server said the session is gone (401), whatever the session query last knew. */
  signedOut?: boolean;
  /** More ways on, after the links (a liaison's own page, …). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const sessionUser = useUser();
  const user = signedOut ? null : sessionUser;
  const roles = permission && permission !== 'session.signedIn' ? permissions[permission].map((role) => t(`role.${role}`)).join(', ') : null;
  if (!user) {
    return (
      <section className="card narrow refusal" data-testid="sign-in-needed">
        <h1>{t('refusal.signInTitle')}</h1>
        <p>{message ?? t('refusal.signInBody')}</p>
        {roles && <p className="muted">{t('refusal.for', { roles })}</p>}
        <p className="refusal-ways">
          <Link className="button button-primary" to="/sign-in" state={{ from: location }}>
            {t('auth.signIn')}
          </Link>
        </p>
        {children}
      </section>
    );
  }
  return (
    <section className="card narrow refusal" data-testid={testId ?? 'forbidden'}>
      <h1>{t('refusal.forbiddenTitle')}</h1>
      <p>{message ?? t('state.forbidden')}</p>
      {roles && <p className="muted">{t('refusal.for', { roles })}</p>}
      <p className="muted">{t('auth.alreadySignedIn', { name: user.displayName })}</p>
      <p className="refusal-ways">
        <Link to="/sign-in" state={{ from: location }}>
          {t('state.signInOther')}
        </Link>{' '}
        · <Link to="/">{t('notFound.home')}</Link>
      </p>
      {children}
    </section>
  );
}

/** Nothing here: the page's h1, why that may be, and where to look instead (the calendar, the search). */
export function NotFoundCard({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" data-testid="not-found">
      <h1>{title}</h1>
      <p>{body}</p>
      <p className="refusal-ways">
        <Link to="/">{t('notFound.home')}</Link> · <Link to="/search">{t('notFound.search')}</Link>
      </p>
    </section>
  );
}

/**
 * A page that could not be loaded, as the page's whole content: refused
 * (401, 403), not found (404) or failed, each under its own h1.
 */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : null;
  if (status === 401 || status === 403) return <RefusalPage signedOut={status === 401} />;
  if (status === 404) return <NotFoundCard title={t('page.notFoundTitle')} body={t('page.notFoundBody')} />;
  return (
    <section className="card narrow">
      <h1>{t('page.errorTitle')}</h1>
      <ErrorState error={error} onRetry={onRetry} />
    </section>
  );
}
