/** The news desk's calls: articles in any state, their photos, briefings and their remarks. */
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type * as news from '../../../src/server/press/news/schemas';
import { api, ApiError, fetchSession } from '../api/client';
import type { Answer } from '../api/wire';
import type { Article, ArticleSummary, Photo } from './portal-api';

export type ArticleAction = z.input<typeof news.articleAction>['action'];
export type ArticleInput = z.input<typeof news.articleInput>;
export type PhotoPatch = z.input<typeof news.photoPatch>;
export type BriefingInput = z.input<typeof news.briefingInput>;
export type BriefingRemarks = z.input<typeof news.briefingRemarks>;
/** The desk's view of a briefing: its remarks and the article made from them, in any state. */
export type DeskBriefing = Answer<typeof news.briefingDeskView>;

const articlesKey = ['press', 'articles'] as const;
const articleKey = (id: number) => ['press', 'article', id] as const;

export const useDeskArticles = () =>
  useQuery({ queryKey: articlesKey, queryFn: () => api.get<{ articles: ArticleSummary[] }>('/press/articles').then((r) => r.articles) });

export const useDeskArticle = (id: number) => useQuery({ queryKey: articleKey(id), queryFn: () => api.get<Article>(`/press/articles/${id}`) });

/** After any change to an article: its page, the desk's list and the portal. */
function useArticleChanged() {
  const client = useQueryClient();
  return (article?: Article) => {
    if (article) client.setQueryData(articleKey(article.id), article);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['press', 'article'] }),
      client.invalidateQueries({ queryKey: articlesKey }),
      client.invalidateQueries({ queryKey: ['press', 'briefings'] }),
      client.invalidateQueries({ queryKey: ['portal'] }),
    ]);
  };
}

export function useCreateArticle() {
  const changed = useArticleChanged();
  return useMutation({ mutationFn: (input: ArticleInput) => api.post<Article>('/press/articles', input), onSuccess: changed });
}

export function useSaveArticle(id: number) {
  const changed = useArticleChanged();
  return useMutation({ mutationFn: (input: ArticleInput) => api.put<Article>(`/press/articles/${id}`, input), onSuccess: changed });
}

export function useMoveArticle() {
  const changed = useArticleChanged();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: ArticleAction }) => api.post<Article>(`/press/articles/${id}/action`, { action }),
    onSuccess: changed,
  });
}

/** Photos go as multipart (the file and its captions), with the CSRF header. */
async function uploadPhoto(articleId: number, form: FormData): Promise<Photo> {
  const { csrfToken } = await fetchSession();
  const response = await fetch(`/api/press/articles/${articleId}/photos`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => ({}))) as Photo;
  if (!response.ok) throw new ApiError(response.status, body as never);
  return body;
}

export function usePhotoChanges(articleId: number) {
  const changed = useArticleChanged();
  const done = { onSuccess: () => changed() };
  return {
    upload: useMutation({ mutationFn: (form: FormData) => uploadPhoto(articleId, form), ...done }),
    update: useMutation({
      mutationFn: ({ photoId, patch }: { photoId: number; patch: PhotoPatch }) => api.patch<Photo>(`/press/articles/${articleId}/photos/${photoId}`, patch),
      ...done,
    }),
    reorder: useMutation({ mutationFn: (photoIds: number[]) => api.put(`/press/articles/${articleId}/photos/order`, { photoIds }), ...done }),
    remove: useMutation({ mutationFn: (photoId: number) => api.delete(`/press/articles/${articleId}/photos/${photoId}`), ...done }),
  };
}

export const useDeskBriefings = () =>
  useQuery({ queryKey: ['press', 'briefings'], queryFn: () => api.get<{ briefings: DeskBriefing[] }>('/press/briefings').then((r) => r.briefings) });

export function useBriefingChanges() {
  const changed = useArticleChanged();
  return {
    remarks: useMutation({
      mutationFn: ({ id, remarksEn, remarksVi }: { id: number } & BriefingRemarks) =>
        api.put<DeskBriefing>(`/press/briefings/${id}/remarks`, { remarksEn, remarksVi }),
      onSuccess: () => changed(),
    }),
    publish: useMutation({ mutationFn: (id: number) => api.post<Article>(`/press/briefings/${id}/article`), onSuccess: changed }),
  };
}
