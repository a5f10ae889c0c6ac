/** Translated loading and error states shared by every page. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
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
