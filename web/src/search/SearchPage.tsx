/** Results of /search?q=: meetings, people and parties, each a link. */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSearch } from '../api/queries';
import type { SearchResult } from '../api/types';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';

function resultLink(result: SearchResult): string {
  const id = encodeURIComponent(String(result.id));
  if (result.type === 'meeting') return `/meetings/${id}`;
  if (result.type === 'person') return `/people/${id}`;
  return `/partners/${id}`;
}

export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useSearch(q);

  return (
    <section>
      <h1>{q === '' ? t('search.title') : t('search.resultsFor', { q })}</h1>
      <p className="hint">{t('search.hint')}</p>
      {q === '' ? (
        <p className="muted">{t('search.enterQuery')}</p>
      ) : search.isPending ? (
        <Loading />
      ) : search.isError ? (
        <ErrorState error={search.error} onRetry={() => void search.refetch()} />
      ) : (
        <div className="card" data-testid="search-results">
          <p className="muted">{t('search.count', { count: search.data.length })}</p>
          {search.data.length === 0 ? (
            <p data-testid="search-empty">{t('search.empty')}</p>
          ) : (
            <ul className="results">
              {search.data.map((result) => (
                <li key={`${result.type}:${result.id}`} data-type={result.type}>
                  <span className={`badge badge-type-${result.type}`}>{t(`search.type.${result.type}`)}</span>
                  <div>
                    <Link to={resultLink(result)}>{pick(result, 'title')}</Link>
                    {(result.subtitleEn || result.subtitleVi) && <p className="muted small">{pick(result, 'subtitle')}</p>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
