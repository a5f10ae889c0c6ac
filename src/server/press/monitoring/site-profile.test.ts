import { describe, expect, it } from 'vitest';
import { personFromByline, withoutPlaceholders } from './boilerplate.js';
import { parsePage } from './clipping.js';
import { SITE_PROFILES } from './profiles.js';
import { profileFor } from './site-profile.js';

const zone = 'Asia/Ho_Chi_Minh';
const sentence = (n: number) => `Đoạn ${n} của bài viết cho biết các nhà lãnh đạo đã họp trực tuyến và nhất trí nhiều biện pháp phục hồi khu vực.`;

describe('site profiles', () => {
  it('are chosen by host, subdomains included, and never for other sites', () => {
    expect(profileFor('https://vnexpress.net/x.html')?.site).toBe('VnExpress');
    expect(profileFor('https://en.vietnamplus.vn/x.vnp')?.site).toBe('VietnamPlus');
    expect(profileFor('https://www.reuters.com/article/x')?.site).toBe('Reuters');
    expect(profileFor('https://notvnexpress.net/x')).toBeNull();
    expect(profileFor('https://example.com/vnexpress.net')).toBeNull();
    expect(profileFor('page.html')).toBeNull();
    expect(profileFor(undefined)).toBeNull();
  });

  it('name every field by selectors, one site per host', () => {
    const hosts = SITE_PROFILES.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const p of SITE_PROFILES) for (const field of [p.headline, p.date, p.author, p.body]) expect(field?.length, p.site).toBeGreaterThan(0);
  });

  const page = (article: string) =>
    `<html lang="vi"><head><link rel="canonical" href="https://vnexpress.net/a-1.html"></head><body><nav><a href="/">Trang chủ</a></nav>${article}</body></html>`;

  it('reads a known layout by its profile', () => {
    const c = parsePage({
      content: page(`<span class="date">Thứ năm, 12/11/2020, 10:15 (GMT+7)</span><h1 class="title-detail">Khai mạc hội nghị cấp cao</h1>
        <p class="description">${sentence(0)}</p><article class="fck_detail"><p class="Normal">${sentence(1)}</p><p class="Normal">{caption}</p>
        <p class="Normal" style="text-align:right;"><strong>Vũ Anh</strong></p></article>`),
      defaultZone: zone,
    });
    expect(c).toMatchObject({ headline: 'Khai mạc hội nghị cấp cao', author: 'Vũ Anh', paragraphs: [sentence(0), sentence(1)] });
    expect(c.publishedAt).toMatchObject({ instant: '2020-11-12T03:15:00Z', precision: 'minute', ambiguous: false });
  });

  it('falls back to the generic extractor, field by field, where the profile’s selectors find nothing (a redesign)', () => {
    const c = parsePage({
      content: page(`<main><h1 class="new-title">Khai mạc hội nghị cấp cao</h1><div class="when">12/11/2020 10:15</div>
        <div class="text"><p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p></div><div class="by">Vũ Anh</div></main>`),
      defaultZone: zone,
    });
    expect(c).toMatchObject({ headline: 'Khai mạc hội nghị cấp cao', author: 'Vũ Anh', paragraphs: [sentence(1), sentence(2), sentence(3)] });
    expect(c.publishedAt?.instant).toBe('2020-11-12T03:15:00Z');
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Minh Anh/VOV.VN', 'Minh Anh'],
    ['Bài: Thu Hà', 'Thu Hà'],
    ['HÀ NỘI', null],
    ['VNS', null],
    ['Hanoi (VNA)', null],
    ['{author}', null],
    ['{{author_name}}', null],
    ['', null],
  ])('%s → %s', (byline, person) => {
    expect(personFromByline(byline)).toBe(person);
  });

  it('drops unfilled placeholders from lines', () => {
    expect(withoutPlaceholders('{RelatedArticle}')).toBe('');
    expect(withoutPlaceholders('Ảnh: {caption} TTXVN')).toBe('Ảnh: TTXVN');
    expect(withoutPlaceholders('Giá {không phải placeholder} vẫn giữ')).toBe('Giá {không phải placeholder} vẫn giữ');
  });
});
