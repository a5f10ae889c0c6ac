/** Small shared pieces: the status badge, search results' titles and snippets with their hits marked, a refused request. */
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Picked } from '../i18n/InLanguage';
import { markedParts, type DocumentPage, type DocumentSummary } from './api';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('documents');
  return (
    <span className={`badge badge-doc-${status}`} data-testid="document-status">
      {t(`status.${status}`)}
    </span>
  );
}

/** Marked text from the server, rendered as text with <mark> around the hits. */
export function Marked({ text }: { text: string }) {
  return <>{markedParts(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet muted">
      <Marked text={text} />
    </p>
  );
}

/** A result's title in the reader's language (or marked as the other), the search hits marked. */
export function ResultTitle({ document: d }: { document: DocumentSummary }) {
  const highlight = d.highlight;
  if (!highlight) return <Picked of={d} field="title" />;
  return (
    <Picked of={d} field="title" className="result-title">
      {(chosen) => <Marked text={chosen.lang === 'vi' ? highlight.titleVi : highlight.titleEn} />}
    </Picked>
  );
}

export function SimilarBadge() {
  const { t } = useTranslation('documents');
  return (
    <span className="badge badge-similar" data-testid="similar-badge">
      {t('search.similarBadge')}
    </span>
  );
}

/**
 * Said when nothing held every word of the query and the results are titles
 * that resemble it: "did you mean …", a link that searches that spelling.
 */
export function SimilarHint({ page, onSearch }: { page: DocumentPage; onSearch: (q: string) => void }) {
  const { t } = useTranslation('documents');
  if (!page.documents.some((d) => d.match === 'similar')) return null;
  return (
    <p className="search-hint" data-testid="similar-hint">
      {t('search.onlySimilar')}
      {page.suggestion && (
        <>
          {' '}
          <Trans
            t={t}
            i18nKey="search.didYouMean"
            values={{ suggestion: page.suggestion }}
            components={{
              q: (
                <button type="button" className="link-button" data-testid="did-you-mean" onClick={() => onSearch(page.suggestion!)}>
                  {page.suggestion}
                </button>
              ),
            }}
          />
        </>
      )}
    </p>
  );
}

/**
 * Why the server refused: a sentence in the reader's language for the error
 * code, then each field named (translated when `fieldLabel` knows it) with
 * the server's detail.
 */
export function Problem(props: { error: Error; fieldLabel?: (path: string) => string; detailText?: (detail: { path: string; message: string }) => string }) {
  const { error, fieldLabel, detailText } = props;
  const { t } = useTranslation('documents');
  const api = error instanceof ApiError ? error : null;
  const sentence = api ? t(`errors.${api.code}`, { defaultValue: t(`translation:errorCodes.${api.code}`, { defaultValue: api.message }) }) : error.message;
  return (
    <div className="state state-error" role="alert" data-testid="problem">
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
