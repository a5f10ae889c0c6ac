/** Small shared pieces: the status badge and a search snippet with its hits marked. */
import { useTranslation } from 'react-i18next';
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
