/**
 * The press center's daily service in a browser: a press officer watches a
 * feed served by a local news site, polls it, reads and corrects a clipping,
 * builds the day's press review and downloads it in both languages (DOCX and
 * PDF, checked for the headlines), on a desktop and at phone width.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const DAY = '2020-11-13';
const articles: Record<string, { headline: string; body: string }> = {
  '/thoi-su/hop-bao-quoc-te-sau-hoi-nghi-cap-cao-37.html': {
    headline: 'Họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37',
    body: 'Chiều 13/11, Thủ tướng Nguyễn Xuân Phúc chủ trì họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37 tại Trung tâm Hội nghị Quốc gia, Hà Nội. Các phóng viên đặt nhiều câu hỏi về phục hồi sau đại dịch.',
  },
  '/kinh-te/doanh-nghiep-cho-doi-hiep-dinh-rcep-duoc-ky-ket.html': {
    headline: 'Doanh nghiệp chờ đợi Hiệp định RCEP được ký kết',
    body: 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực dự kiến được ký kết trong những ngày tới, mở ra cơ hội lớn cho doanh nghiệp Việt Nam xuất khẩu sang các thị trường thành viên trong khu vực.',
  },
};

const page = (a: { headline: string; body: string }) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${a.headline}</title>
<meta property="article:published_time" content="${DAY}T15:30:00+07:00"></head><body><article><h1>${a.headline}</h1>
<p>${a.body}</p><p>Các đại biểu đánh giá cao vai trò của Việt Nam trong năm Chủ tịch ASEAN 2020, một năm nhiều khó khăn nhưng cũng nhiều thành công.</p>
<p class="author">Minh Anh</p></article></body></html>`;

function startSite(): Promise<{ server: Server; base: string }> {
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/rss.xml') {
      const items = Object.entries(articles)
        .map(([p, a]) => `<item><title>${a.headline}</title><link>${base}${p}</link><guid>${base}${p}</guid></item>`)
        .join('');
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo mẫu</title><link>${base}/</link>${items}</channel></rss>`);
    }
    const article = articles[path];
    if (article) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(article));
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, base });
    }),
  );
}

/** The text of a PDF, by pdftotext (poppler-utils). */
function pdfText(bytes: Buffer): string {
  const file = join(tmpdir(), `press-review-${process.pid}-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function download(p: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the daily press review in a browser', () => {
  let h: BrowserHarness;
  let officer: Page;
  let site: Awaited<ReturnType<typeof startSite>>;

  beforeAll(async () => {
    site = await startSite();
    h = await startBrowserHarness({ env: { GAVEL_MONITOR_ALLOW_PRIVATE: 'true', GAVEL_MONITOR_HOST_INTERVAL_SECONDS: '0' } });
    ({ page: officer } = await h.newPage({ locale: 'en-GB' }));
    await signInThroughApi(officer, h.baseUrl, 'press@gavel.demo');
  });
  afterAll(async () => {
    site?.server.closeAllConnections();
    site?.server.close();
    await h?.close();
  });

  it('a press officer watches a feed, polls it and reads and corrects a clipping', async () => {
    await officer.goto(`${h.baseUrl}/press/monitoring`);
    await officer.getByTestId('monitoring-sources-link').click();
    const form = officer.getByTestId('source-form');
    await form.locator('select[name="kind"]').selectOption('feed');
    await form.locator('input[name="url"]').fill(`${site.base}/rss.xml`);
    await form.locator('input[name="name"]').fill('Báo mẫu — Thời sự');
    await form.getByTestId('source-add').click();
    const card = officer.locator('[data-testid^="source-"]', { hasText: 'Báo mẫu — Thời sự' });
    await card.getByTestId('source-poll').click();
    await card.getByText('2 clippings').waitFor();
    await card.getByTestId('source-status').filter({ hasText: 'OK' }).waitFor();

    await officer.goto(`${h.baseUrl}/press/monitoring`);
    await officer.getByTestId('clipping-search').fill('doanh nghiep cho doi');
    await officer.getByTestId('clipping').getByRole('link', { name: 'Doanh nghiệp chờ đợi Hiệp định RCEP được ký kết' }).click();
    await officer.getByTestId('clipping-body').getByText('Hiệp định Đối tác Kinh tế Toàn diện Khu vực').waitFor();
    expect(await officer.getByTestId('clipping-original').getAttribute('href')).toBe(
      `${site.base}/kinh-te/doanh-nghiep-cho-doi-hiep-dinh-rcep-duoc-ky-ket.html`,
    );
    await officer.getByTestId('clipping-edit').click();
    const correct = officer.getByTestId('clipping-correct');
    await correct.locator('input[name="headline"]').fill('Doanh nghiệp Việt Nam chờ đợi RCEP');
    await correct.locator('input[name="time"]').fill('');
    await correct.getByTestId('clipping-save').click();
    await officer.getByTestId('clipping-headline').filter({ hasText: 'Doanh nghiệp Việt Nam chờ đợi RCEP' }).waitFor();
    // The date corrected to a day without a time is shown without one.
    expect(await officer.getByTestId('clipping-date').innerText()).toMatch(/^13 Nov 2020\b(?! \d)/);
  });

  it('builds the day’s review and exports it as DOCX and PDF in Vietnamese and English', async () => {
    await officer.goto(`${h.baseUrl}/press/monitoring`);
    await officer.getByTestId('monitoring-review-link').click();
    await officer.getByTestId('review-day').fill(DAY);
    await officer.waitForURL(`**/press/monitoring/review/${DAY}`);
    const candidate = (title: string) => officer.getByTestId('review-candidate').filter({ hasText: title });
    await candidate('Họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37').getByTestId('review-add').click();
    await candidate('Doanh nghiệp Việt Nam chờ đợi RCEP').getByTestId('review-add').click();
    const items = officer.getByTestId('review-item');
    expect(await items.count()).toBe(2);
    const second = items.nth(1);
    await second.getByTestId('review-item-group').selectOption('topic');
    await second.getByTestId('review-item-topic').fill('Kinh tế');
    await second.getByTestId('review-item-summary-vi').fill('Doanh nghiệp kỳ vọng vào thị trường mở rộng.');
    await second.getByTestId('review-item-summary-en').fill('Businesses look forward to a wider market.');
    await second.getByRole('button', { name: 'Move up' }).click();
    await items.nth(1).getByTestId('review-item-summary-en').fill('The Prime Minister answers the international press.');
    await officer.getByTestId('review-save').click();
    await officer.getByTestId('review-export-pdf-en').waitFor();

    const pdfEn = await download(officer, 'review-export-pdf-en');
    expect(pdfEn.name).toBe(`press-review-${DAY}-en.pdf`);
    expect(pdfEn.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const en = pdfText(pdfEn.bytes);
    expect(en).toContain('PRESS REVIEW 13 NOVEMBER 2020');
    expect(en).toContain('Kinh tế');
    expect(en.indexOf('Doanh nghiệp Việt Nam chờ đợi RCEP')).toBeLessThan(en.indexOf('Họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37'));
    expect(en).toContain('The Prime Minister answers the international press.');

    const pdfVi = pdfText((await download(officer, 'review-export-pdf-vi')).bytes);
    expect(pdfVi).toContain('ĐIỂM BÁO NGÀY 13/11/2020');
    expect(pdfVi).toContain('Doanh nghiệp kỳ vọng vào thị trường mở rộng.');

    for (const lang of ['vi', 'en'] as const) {
      const docx = await download(officer, `review-export-docx-${lang}`);
      expect(docx.name).toBe(`press-review-${DAY}-${lang}.docx`);
      expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
      const { value } = await mammoth.extractRawText({ buffer: docx.bytes });
      expect(value).toContain('Họp báo quốc tế sau Hội nghị Cấp cao ASEAN lần thứ 37');
      expect(value).toContain('Doanh nghiệp Việt Nam chờ đợi RCEP');
      expect(value).toContain(lang === 'vi' ? 'ĐIỂM BÁO' : 'PRESS REVIEW');
    }
  });

  it('is usable on a phone: the review page fits 390 px', async () => {
    const { page: phone, context } = await h.newPage({ locale: 'vi-VN' });
    await phone.setViewportSize({ width: 390, height: 844 });
    await signInThroughApi(phone, h.baseUrl, 'press@gavel.demo');
    await phone.goto(`${h.baseUrl}/press/monitoring/review/${DAY}`);
    await phone.getByTestId('review-item').first().waitFor();
    await phone.getByTestId('review-export-pdf-vi').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.goto(`${h.baseUrl}/press/monitoring/sources`);
    await phone.getByTestId('source-form').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
