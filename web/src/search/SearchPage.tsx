/** Results of /search?q=: everything the reader may see, grouped by kind with counts, each a link. */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSearch } from '../api/queries';
import type { SearchAnswer, SearchResult } from '../api/types';
import { Snippet } from '../documents/parts';
import { formatDate, formatNumber, zoneLabel } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';

function resultLink(result: SearchResult): string {
  const id = encodeURIComponent(String(result.id));
  switch (result.type) {
    case 'meeting':
      return `/meetings/${id}`;
    case 'document':
      return `/documents/${id}`;
    case 'article':
      return `/portal/articles/${id}`;
    case 'person':
      return `/people/${id}`;
    case 'party':
      return `/partners/${id}`;
    case 'body':
      return `/committee/bodies#body-${id}`;
    case 'task':
      return `/committee/tasks/${id}`;
    case 'clipping':
      return `/press/monitoring`;
  }
}

/** A kind's count, written the reader's way: past the server's cap only "1,000+", as it stopped counting there. */
function useCountLabel() {
  const { t } = useTranslation();
  return (group: SearchAnswer['groups'][number]) => (group.capped ? t('search.countMore', { count: group.count }) : formatNumber(group.count));
}

/** What tells a result apart: its day and its zone in the reader's way, and the words the server gives. */
function Subtitle({ result }: { result: SearchResult }) {
  const words = result.subtitleEn || result.subtitleVi;
  const parts = [
    result.date && <span key="date">{formatDate(result.date)}</span>,
    words && <Picked key="words" of={result} field="subtitle" />,
    result.timeZone && <span key="zone">{zoneLabel(result.timeZone)}</span>,
  ].filter(Boolean);
  if (!parts.length) return null;
  return <p className="muted small">{parts.flatMap((part, i) => (i ? [' · ', part] : [part]))}</p>;
}

function Group({ group, results }: { group: SearchAnswer['groups'][number]; results: SearchResult[] }) {
  const { t } = useTranslation();
  const countLabel = useCountLabel();
  const headingId = `search-group-${group.type}`;
  return (
    <section className="card search-group" aria-labelledby={headingId} data-testid={`search-group-${group.type}`}>
      <h2 id={headingId}>
        {t(`search.group.${group.type}`)} <span className="muted">({countLabel(group)})</span>
      </h2>
      {group.capped ? (
        <p className="muted small">{t('search.shownOfMore', { shown: results.length, count: group.count })}</p>
      ) : (
        group.count > results.length && <p className="muted small">{t('search.shown', { shown: results.length, count: group.count })}</p>
      )}
      <ul className="results">
        {results.map((result) => (
          <li key={`${result.type}:${result.id}`} data-type={result.type}>
            <div>
              <Link to={resultLink(result)}>
                <Picked of={result} field="title" />
              </Link>
              <Subtitle result={result} />
              {result.snippet && <Snippet text={result.snippet} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useSearch(q);
  const countLabel = useCountLabel();
  const total = search.data?.groups.reduce((sum, g) => sum + g.count, 0) ?? 0;
  const capped = search.data?.groups.some((g) => g.capped) ?? false;

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
        <div data-testid="search-results">
          <p className="muted" role="status">
            {capped ? t('search.countOverall', { count: total }) : t('search.count', { count: total })}
          </p>
          {total === 0 ? (
            <p data-testid="search-empty">{t('search.empty')}</p>
          ) : (
            <>
              <nav aria-label={t('search.kinds')} className="search-kinds">
                {search.data.groups.map((g) => (
                  <a key={g.type} href={`#search-group-${g.type}`}>
                    {t(`search.group.${g.type}`)} ({countLabel(g)})
                  </a>
                ))}
              </nav>
              {search.data.groups.map((g) => (
                <Group key={g.type} group={g} results={search.data.results.filter((r) => r.type === g.type)} />
              ))}
            </>
          )}
        </div>
      )}
    </section>
  );
}
