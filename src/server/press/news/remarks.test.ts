import { describe, expect, it } from 'vitest';
import { articleFromBriefing, briefingSlug, remarksHtml, speakersAsPeople } from './remarks.js';

const people = [
  { id: 1, fullName: 'Nguyễn Quốc Dũng' },
  { id: 2, fullName: 'Phạm Bình Minh' },
  { id: 3, fullName: 'Mai Tiến Dũng' },
];

const briefing = {
  startsAt: new Date('2020-09-07T08:00:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  placeEn: 'Ministry of Foreign Affairs, Hanoi',
  placeVi: 'Bộ Ngoại giao, Hà Nội',
  topicEn: "53rd ASEAN Foreign Ministers' Meeting and related meetings",
  topicVi: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 và các Hội nghị liên quan',
  speakers: ['Deputy Minister Nguyen Quoc Dung'],
  meetingId: 42,
  speakerPersonId: null,
  remarksEn: 'About 20 meetings.\n\nAbout 40 documents <script>alert(1)</script>\nto adopt.',
  remarksVi: 'Khoảng 20 hội nghị.',
};

describe('remarks published as news', () => {
  it('turns plain text into paragraphs, escaping anything that looks like markup', () => {
    expect(remarksHtml('One & two\r\n\r\n  <b>three</b>\nfour\n\n\n')).toBe('<p>One &amp; two</p><p>&lt;b&gt;three&lt;/b&gt;<br>four</p>');
  });

  it('finds the people a printed speaker line names, diacritics and titles aside', () => {
    expect(speakersAsPeople(['Deputy Minister Nguyen Quoc Dung', 'Thứ trưởng Phạm Bình Minh'], people)).toEqual([1, 2]);
    // "Dũng" alone, or part of a longer name, is not Mai Tiến Dũng.
    expect(speakersAsPeople(['Spokesperson Dũng', 'Lê Mai Tiến Dũngx'], people)).toEqual([]);
  });

  it('makes a bilingual draft: title from the topic, lead from the briefing, body from the remarks, tagged', () => {
    const draft = articleFromBriefing(briefing, people);
    expect(draft).toMatchObject({
      slug: 'briefing-2020-09-07-53rd-asean-foreign-ministers-meeting-and-related-meetings',
      category: 'briefing',
      titleEn: briefing.topicEn,
      titleVi: briefing.topicVi,
      leadEn: 'Press briefing on 7 September 2020 at Ministry of Foreign Affairs, Hanoi. Speakers: Deputy Minister Nguyen Quoc Dung.',
      leadVi: 'Họp báo ngày 7/9/2020 tại Bộ Ngoại giao, Hà Nội. Phát biểu: Deputy Minister Nguyen Quoc Dung.',
      bodyVi: '<p>Khoảng 20 hội nghị.</p>',
      meetingIds: [42],
      personIds: [1],
      publishAt: null,
    });
    expect(draft.bodyEn).toBe('<p>About 20 meetings.</p><p>About 40 documents &lt;script&gt;alert(1)&lt;/script&gt;<br>to adopt.</p>');
  });

  it("dates the briefing in its own zone and adds the recorded speaker's person", () => {
    const lateUtc = { ...briefing, startsAt: new Date('2020-09-06T18:30:00Z'), speakerPersonId: 3 };
    expect(briefingSlug(lateUtc)).toMatch(/^briefing-2020-09-07-/);
    expect(articleFromBriefing(lateUtc, people).personIds).toEqual([1, 3]);
  });

  it('keeps titles and leads within their limits', () => {
    const long = articleFromBriefing({ ...briefing, topicEn: 'x '.repeat(400), speakers: Array.from({ length: 20 }, () => 'S'.repeat(200)) }, people);
    expect(long.titleEn.length).toBeLessThanOrEqual(300);
    expect(long.leadEn.length).toBeLessThanOrEqual(1000);
    expect(long.leadEn.endsWith('…')).toBe(true);
    expect(long.slug.length).toBeLessThanOrEqual(120);
  });
});
