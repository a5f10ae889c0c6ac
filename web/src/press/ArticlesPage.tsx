/** Writing and publishing news: a new draft with the rich-text editor, and each article's next step. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { useMeetings } from '../api/queries';
import { useUser } from '../auth/session';
import { pick } from '../i18n/pick';
import { ErrorDetails, ErrorState, Loading } from '../layout/QueryState';
import { isPressOfficer } from './api';
import type { ArticleSummary } from './portal-api';
import { RichTextEditor } from './RichTextEditor';

type Action = 'submit' | 'return' | 'publish' | 'withdraw';
const NEXT: Record<ArticleSummary['status'], Action[]> = { draft: ['submit'], in_review: ['publish', 'return'], published: ['withdraw'], withdrawn: ['submit'] };
const OFFICER_ONLY: Action[] = ['publish', 'return', 'withdraw'];

function NewArticleForm() {
  const { t } = useTranslation('press');
  const client = useQueryClient();
  const meetings = useMeetings({ year: '2020' });
  const [bodyEn, setBodyEn] = useState('');
  const [bodyVi, setBodyVi] = useState('');
  const create = useMutation({
    mutationFn: (body: unknown) => api.post<ArticleSummary>('/press/articles', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press', 'articles'] }),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? '');
    const publishAt = get('publishAt');
    create.mutate({
      slug: get('slug'),
      category: 'news',
      titleEn: get('titleEn'),
      titleVi: get('titleVi'),
      leadEn: get('leadEn'),
      leadVi: get('leadVi'),
      bodyEn,
      bodyVi,
      publishAt: publishAt ? new Date(publishAt).toISOString() : null,
      meetingIds: f.getAll('meetingIds').map(Number).filter(Boolean),
    });
  };
  return (
    <form className="card form" onSubmit={onSubmit} data-testid="article-form">
      <h2>{t('articles.new')}</h2>
      <div className="form-row">
        {(['slug', 'titleVi', 'titleEn', 'leadVi', 'leadEn'] as const).map((name) => (
          <label className="field" key={name}>
            {t(`articles.${name}`)}
            <input name={name} required />
          </label>
        ))}
        <label className="field">
          {t('articles.publishAt')}
          <input name="publishAt" type="datetime-local" />
        </label>
        <label className="field">
          {t('articles.meetings')}
          <select name="meetingIds" data-testid="article-meeting">
            <option value="">—</option>
            {meetings.data?.map((m) => (
              <option key={m.id} value={m.id}>
                {pick(m, 'title')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RichTextEditor label={t('articles.bodyVi')} onChange={setBodyVi} testId="editor-vi" />
      <RichTextEditor label={t('articles.bodyEn')} onChange={setBodyEn} testId="editor-en" />
      {create.error instanceof ApiError && (
        <div className="state state-error" role="alert">
          {create.error.message}
          <ErrorDetails details={create.error.details} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('articles.save')}
        </button>
      </div>
    </form>
  );
}

export function ArticlesPage() {
  const { t } = useTranslation('press');
  const user = useUser();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['press', 'articles'],
    queryFn: () => api.get<{ articles: ArticleSummary[] }>('/press/articles').then((r) => r.articles),
  });
  const move = useMutation({
    mutationFn: ({ id, action }: { id: number; action: Action }) => api.post<ArticleSummary>(`/press/articles/${id}/action`, { action }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press', 'articles'] }),
  });
  const officer = isPressOfficer(user?.roles);

  return (
    <section>
      <h1>{t('articles.title')}</h1>
      <NewArticleForm />
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} />}
      {move.isError && <ErrorState error={move.error} />}
      {list.data && (
        <div className="card table-scroll">
          <table className="table" data-testid="articles-table">
            <thead>
              <tr>
                <th>{t('articles.titleVi')}</th>
                <th>{t('review.status')}</th>
                <th>{t('review.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((a) => (
                <tr key={a.id} data-testid={`article-row-${a.slug}`}>
                  <td>
                    {a.status === 'published' ? <Link to={`/portal/articles/${a.slug}`}>{pick(a, 'title')}</Link> : pick(a, 'title')}
                  </td>
                  <td>
                    <span className="badge">{t(`articleStatus.${a.status}`)}</span>
                  </td>
                  <td>
                    {NEXT[a.status]
                      .filter((action) => officer || !OFFICER_ONLY.includes(action))
                      .map((action) => (
                        <button key={action} type="button" className="button button-small" disabled={move.isPending} onClick={() => move.mutate({ id: a.id, action })}>
                          {t(`articles.${action}`)}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
