/** The public portal's calls (no sign-in). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface Tag {
  id: number;
  nameEn: string;
  nameVi: string;
}

export interface ArticleSummary {
  id: number;
  slug: string;
  category: string;
  titleEn: string;
  titleVi: string;
  leadEn: string;
  leadVi: string;
  status: 'draft' | 'in_review' | 'published' | 'withdrawn';
  publishAt: string | null;
  publishedAt: string | null;
  views: number;
  meetings: Tag[];
  people: Tag[];
}

export interface Article extends ArticleSummary {
  bodyEn: string;
  bodyVi: string;
  related?: ArticleSummary[];
}

export interface Briefing {
  id: number;
  meetingId: number | null;
  startsAt: string;
  timeZone: string;
  placeEn: string;
  placeVi: string;
  topicEn: string;
  topicVi: string;
  speakers: string[];
  meetingTitleEn: string | null;
  meetingTitleVi: string | null;
}

export const usePortalHome = () =>
  useQuery({
    queryKey: ['portal', 'home'],
    queryFn: () => api.get<{ latest: ArticleSummary[]; mostRead: ArticleSummary[]; briefings: Briefing[] }>('/portal/home'),
  });

export const usePortalArticle = (slug: string) =>
  useQuery({ queryKey: ['portal', 'article', slug], queryFn: () => api.get<Article>(`/portal/articles/${encodeURIComponent(slug)}`) });

export const shownAt = (a: ArticleSummary) => a.publishAt ?? a.publishedAt;
