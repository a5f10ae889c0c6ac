/** The public portal's calls (no sign-in): shapes are the server's schemas, after JSON (`Answer`). */
import { useQuery } from '@tanstack/react-query';
import type * as news from '../../../src/server/press/news/schemas';
import { api } from '../api/client';
import type { Answer } from '../api/wire';

export type Photo = Answer<typeof news.photoView>;
export type ArticleSummary = Answer<typeof news.articleSummary>;
/** An article as the news desk reads it, in any state. */
export type Article = Answer<typeof news.articleView>;
/** A published article as the portal shows it, with related articles. */
export type PortalArticle = Answer<typeof news.articlePage>;
export type Briefing = Answer<typeof news.briefingView>;
export type PortalHome = Answer<typeof news.homeView>;
export type OutcomeMeeting = Answer<typeof news.outcomeMeeting>;
export type PortalMeeting = Answer<typeof news.portalMeetingView>;

export const usePortalHome = () =>
  useQuery({
    queryKey: ['portal', 'home'],
    queryFn: () => api.get<PortalHome>('/portal/home'),
  });

export const usePortalArticle = (slug: string) =>
  useQuery({ queryKey: ['portal', 'article', slug], queryFn: () => api.get<PortalArticle>(`/portal/articles/${encodeURIComponent(slug)}`) });

export const usePortalMeeting = (id: string | undefined) =>
  useQuery({
    queryKey: ['portal', 'meeting', id],
    queryFn: () => api.get<PortalMeeting>(`/portal/meetings/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });

export const shownAt = (a: ArticleSummary) => a.publishAt ?? a.publishedAt;

/** The portal's page of a meeting: its outcome documents, news and briefings. */
export const portalMeetingPath = (id: number) => `/portal/meetings/${id}`;
