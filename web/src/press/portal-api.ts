/** The public portal's calls (no sign-in). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface Tag {
  id: number;
  nameEn: string;
  nameVi: string;
}

export interface DocumentTag extends Tag {
  referenceCode: string;
}

export interface Photo {
  id: number;
  url: string;
  type: string;
  width: number;
  height: number;
  captionEn: string;
  captionVi: string;
  credit: string;
  position: number;
  isLead: boolean;
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
  documents: DocumentTag[];
  leadPhoto: Photo | null;
  briefingId: number | null;
}

export interface Article extends ArticleSummary {
  bodyEn: string;
  bodyVi: string;
  photos: Photo[];
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
  /** The news made from the briefing's remarks, once public. */
  article: { slug: string; titleEn: string; titleVi: string } | null;
}

export interface OutcomeMeeting {
  id: number;
  titleEn: string;
  titleVi: string;
  startsAt: string;
  count: number;
}

export interface OutcomeGroup {
  action: 'adopt' | 'note' | 'issue';
  type: string;
  count: number;
  documents: Array<{ id: number; referenceCode: string; titleEn: string; titleVi: string }>;
}

export interface PortalMeeting {
  meeting: {
    id: number;
    titleEn: string;
    titleVi: string;
    startsAt: string;
    endsAt: string;
    hostTimeZone: string;
    hostCityEn: string;
    hostCityVi: string;
    format: string;
  };
  outcomes: { total: number; groups: OutcomeGroup[] };
  /** Outcome documents offered as Akoma Ntoso, and in which languages. */
  akn: Array<{ documentId: number; languages: Array<'vi' | 'en'> }>;
  articles: ArticleSummary[];
  briefings: Briefing[];
}

export const usePortalHome = () =>
  useQuery({
    queryKey: ['portal', 'home'],
    queryFn: () => api.get<{ latest: ArticleSummary[]; mostRead: ArticleSummary[]; briefings: Briefing[]; outcomeMeetings: OutcomeMeeting[] }>('/portal/home'),
  });

export const usePortalArticle = (slug: string) =>
  useQuery({ queryKey: ['portal', 'article', slug], queryFn: () => api.get<Article>(`/portal/articles/${encodeURIComponent(slug)}`) });

export const usePortalMeeting = (id: string | undefined) =>
  useQuery({
    queryKey: ['portal', 'meeting', id],
    queryFn: () => api.get<PortalMeeting>(`/portal/meetings/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });

export const shownAt = (a: ArticleSummary) => a.publishAt ?? a.publishedAt;

/** The portal's page of a meeting: its outcome documents, news and briefings. */
export const portalMeetingPath = (id: number) => `/portal/meetings/${id}`;
