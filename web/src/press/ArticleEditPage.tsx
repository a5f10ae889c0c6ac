/** One article on the news desk: its text and tags (while a draft), its photos, its next step. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { isPressOfficer } from './api';
import { ArticleForm, type Editors } from './ArticleForm';
import { ArticlePhotos } from './ArticlePhotos';
import { WorkflowButtons } from './ArticlesPage';
import { useDeskArticle, useSaveArticle } from './desk-api';

export function ArticleEditPage() {
  const { t } = useTranslation('press');
  const id = Number(useParams().id);
  const user = useUser();
  const article = useDeskArticle(id);
  const save = useSaveArticle(id);
  const editors = useRef<Editors>({ vi: null, en: null });

  if (article.isPending) return <Loading />;
  if (article.isError) return <PageError error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  const editable = a.status === 'draft' || a.status === 'withdrawn';
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/press/articles">← {t('articles.title')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <h1 data-testid="edit-title" data-page-kind={t('articles.editKind')}>
            <Picked of={a} field="title" />
          </h1>
          <p className="muted">
            <span className="badge" data-testid="article-status">
              {t(`articleStatus.${a.status}`)}
            </span>{' '}
            {a.status === 'published' && <Link to={`/portal/articles/${a.slug}`}>{t('articles.onPortal')}</Link>}
            {a.briefingId !== null && <span> · {t('articles.fromBriefing')}</span>}
          </p>
        </div>
        <div className="heading-tools" data-testid="article-workflow">
          <WorkflowButtons article={a} />
        </div>
      </header>
      {!editable && <p className="notice">{t('articles.locked')}</p>}
      <ArticleForm
        key={`${a.id}-${a.status}`}
        article={a}
        editable={editable}
        saving={save.isPending}
        error={save.error}
        onSave={(input) => save.mutate(input)}
        editors={editors}
      />
      {save.isSuccess && !save.isPending && (
        <p role="status" className="muted">
          {t('articles.saved')}
        </p>
      )}
      <ArticlePhotos article={a} editable={editable && isPressOfficer(user?.roles)} editors={editors} />
    </section>
  );
}
