/** Small shared pieces: the status badge, and search results' titles and snippets with their hits marked. */
import { Trans, useTranslation } from 'react-i18next';
import { markedParts, type DocumentList, type DocumentSummary } from './api';

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
  return (
    <>
      {markedParts(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet muted">
      <Marked text={text} />
    </p>
  );
}

/** A result's title in the current language, the search hits marked. */
export function ResultTitle({ document: d }: { document: DocumentSummary }) {
  const { i18n } = useTranslation();
  const vi = i18n.resolvedLanguage === 'vi';
  const plain = vi ? d.titleVi || d.titleEn : d.titleEn || d.titleVi;
  if (!d.highlight) return <>{plain}</>;
  const marked = vi ? (d.titleVi ? d.highlight.titleVi : d.highlight.titleEn) : d.titleEn ? d.highlight.titleEn : d.highlight.titleVi;
  return (
    <span className="result-title">
      <Marked text={marked} />
    </span>
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
export function SimilarHint({ list, onSearch }: { list: DocumentList; onSearch: (q: string) => void }) {
  const { t } = useTranslation('documents');
  if (!list.documents.some((d) => d.match === 'similar')) return null;
  return (
    <p className="search-hint" data-testid="similar-hint">
      {t('search.onlySimilar')}
      {list.suggestion && (
        <>
          {' '}
          <Trans
            t={t}
            i18nKey="search.didYouMean"
            values={{ suggestion: list.suggestion }}
            components={{
              q: (
                <button type="button" className="link-button" data-testid="did-you-mean" onClick={() => onSearch(list.suggestion!)}>
                  {list.suggestion}
                </button>
              ),
            }}
          />
        </>
      )}
    </p>
  );
}
