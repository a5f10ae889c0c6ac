import { describe, expect, it } from 'vitest';
import { reviewDocument } from './review-export.js';
import type { ReviewItemView, ReviewView } from './review-schemas.js';

const item = (over: Partial<ReviewItemView>): ReviewItemView => ({
  clippingId: 1,
  position: 0,
  meetingId: null,
  meetingTitleEn: null,
  meetingTitleVi: null,
  topic: null,
  summaryVi: '',
  summaryEn: '',
  title: 'Tiêu đề',
  outlet: 'vnexpress.net',
  sourceUrl: null,
  publishedAt: new Date('2020-11-13T01:15:00Z'),
  publishedPrecision: 'minute',
  publishedAmbiguous: false,
  language: 'vi',
  ...over,
});

describe('the press review as a document', () => {
  const review: ReviewView = {
    id: 1,
    day: '2020-11-13',
    introVi: 'Lời dẫn',
    introEn: 'Intro',
    sentAt: null,
    items: [
      item({ clippingId: 1, position: 0, meetingId: 7, meetingTitleEn: '37th ASEAN Summit', meetingTitleVi: 'Hội nghị Cấp cao ASEAN lần thứ 37', title: 'A' }),
      item({
        clippingId: 2,
        position: 1,
        topic: 'Kinh tế',
        title: 'B',
        publishedPrecision: 'day',
        publishedAt: new Date('2020-11-12T17:00:00Z'),
        summaryEn: 'Only in English',
      }),
      item({
        clippingId: 3,
        position: 2,
        meetingId: 7,
        meetingTitleEn: '37th ASEAN Summit',
        meetingTitleVi: 'Hội nghị Cấp cao ASEAN lần thứ 37',
        title: 'C',
        publishedAmbiguous: true,
      }),
      item({ clippingId: 4, position: 3, title: 'D', publishedAt: null }),
    ],
  };

  it('groups items under their meeting or topic in the order first given, in the language asked', () => {
    const vi = reviewDocument(review, 'vi');
    expect(vi.title).toBe('ĐIỂM BÁO NGÀY 13/11/2020');
    expect(vi.groups.map((g) => [g.heading, g.items.map((i) => i.headline)])).toEqual([
      ['Hội nghị Cấp cao ASEAN lần thứ 37', ['A', 'C']],
      ['Kinh tế', ['B']],
      ['Tin khác', ['D']],
    ]);
    const en = reviewDocument(review, 'en');
    expect(en.title).toBe('PRESS REVIEW 13 NOVEMBER 2020');
    expect(en.groups[0]!.heading).toBe('37th ASEAN Summit');
    expect(en.groups[2]!.heading).toBe('Other news');
  });

  it('prints a date without a time without one, marks an ambiguous date, and falls back to the other summary', () => {
    const [summit, economy, other] = reviewDocument(review, 'vi').groups;
    expect(summit!.items[0]!.meta).toBe('vnexpress.net · 13/11/2020 08:15');
    expect(summit!.items[1]!.meta).toBe('vnexpress.net · 13/11/2020 08:15 (ngày có thể đọc hai cách)');
    expect(economy!.items[0]!.meta).toBe('vnexpress.net · 13/11/2020');
    expect(economy!.items[0]!.summary).toBe('Only in English');
    expect(other!.items[0]!.meta).toBe('vnexpress.net · không rõ ngày');
  });
});
