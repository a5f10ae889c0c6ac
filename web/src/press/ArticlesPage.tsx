/** The news desk: a new draft (then its page, for photos), every article with its next step. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useUser } from '../auth/session';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { isPressOfficer } from './api';
import { ArticleForm } from './ArticleForm';
import { useCreateArticle, useDeskArticles, useMoveArticle, type ArticleAction } from './desk-api';
import type { ArticleSummary } from './portal-api';
import { ScrollRegion } from '../layout/ScrollRegion';

const NEXT: Record<ArticleSummary['status'], ArticleAction[]> = {
  draft: ['submit'],
  in_review: ['publish', 'return'],
  published: ['withdraw'],
  withdrawn: ['submit'],
};
const OFFICER_ONLY: ArticleAction[] = ['publish', 'return', 'withdraw'];

/** The steps the user may take from the article's state (the server checks again). */
export function WorkflowButtons({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation('press');
  const user = useUser();
  const move = useMoveArticle();
  const officer = isPressOfficer(user?.roles);
  return (
    <>
      {NEXT[article.status]
        .filter((action) => officer || !OFFICER_ONLY.includes(action))
        .map((action) => (
          <button key={action} type="button" className="button button-small" disabled={move.isPending} onClick={() => move.mutate({ id: article.id, action })}>
            {t(`articles.${action}`)}
          </button>
        ))}
      {move.isError && <ErrorState error={move.error} />}
    </>
  );
}

export function ArticlesPage() {
  const { t } = useTranslation('press');
  const navigate = useNavigate();
  const list = useDeskArticles();
  const create = useCreateArticle();

  return (
    <section>
      <h1>{t('articles.title')}</h1>
      <p className="press-tools">
        <Link className="button" to="/press/briefings">
          {t('home.briefings')}
        </Link>
      </p>
      <details className="card new-article" open={list.data?.length === 0 || undefined}>
        <summary>
          <h2>{t('articles.new')}</h2>
        </summary>
        <ArticleForm
          saving={create.isPending}
          error={create.error}
          onSave={(input) => create.mutate(input, { onSuccess: (a) => void navigate(`/press/articles/${a.id}`) })}
        />
      </details>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} />}
      {list.data && (
        <ScrollRegion className="card table-scroll" label={t('articles.title')}>
          <table className="table" data-testid="articles-table">
            <thead>
              <tr>
                <th>{t('articles.titleVi')}</th>
                <th>{t('review.status')}</th>
                <th>{t('photos.column')}</th>
                <th>{t('review.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((a) => (
                <tr key={a.id} data-testid={`article-row-${a.slug}`}>
                  <td>
                    <Link to={`/press/articles/${a.id}`}>
                      <Picked of={a} field="title" />
                    </Link>
                  </td>
                  <td>
                    <span className="badge">{t(`articleStatus.${a.status}`)}</span>
                  </td>
                  <td>
                    {a.leadPhoto && (
                      <img className="desk-thumb" src={a.leadPhoto.url} alt={pick(a.leadPhoto, 'caption')} lang={fallbackLang(a.leadPhoto, 'caption')} />
                    )}
                  </td>
                  <td>
                    <WorkflowButtons article={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
