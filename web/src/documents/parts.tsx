/** Small shared pieces: the status badge, a search snippet with its hits marked, a refused request. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { snippetParts } from './api';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('documents');
  return (
    <span className={`badge badge-doc-${status}`} data-testid="document-status">
      {t(`status.${status}`)}
    </span>
  );
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet muted">
      …
      {snippetParts(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}…
    </p>
  );
}

/**
 * Why the server refused: a sentence in the reader's language for the error
 * code, then each field named (translated when `fieldLabel` knows it) with
 * the server's detail.
 */
export function Problem(props: {
  error: Error;
  fieldLabel?: (path: string) => string;
  detailText?: (detail: { path: string; message: string }) => string;
}) {
  const { error, fieldLabel, detailText } = props;
  const { t } = useTranslation('documents');
  const api = error instanceof ApiError ? error : null;
  const sentence = api ? t(`errors.${api.code}`, { defaultValue: t(`translation:errorCodes.${api.code}`, { defaultValue: api.message }) }) : error.message;
  return (
    <div className="error" role="alert" data-testid="problem">
      <strong>{sentence}</strong>
      {api && api.details.length > 0 && (
        <ul className="error-details">
          {api.details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              {d.path && <strong>{fieldLabel ? fieldLabel(d.path) : d.path}: </strong>}
              {detailText ? detailText(d) : d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
