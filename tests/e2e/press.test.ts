import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippings } from '../../src/server/press/schema.js';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { png } from '../helpers/images.js';

const seedsDir = new URL('../../src/server/press/demo-pages/', import.meta.url);

describe('the press side in a browser', () => {
  let h: BrowserHarness;
  let journalist: Page;
  let officer: Page;

  beforeAll(async () => {
    // The news site of the import-by-URL test is on 127.0.0.1.
    h = await startBrowserHarness({ env: { GAVEL_MONITOR_ALLOW_PRIVATE: 'true', GAVEL_MONITOR_HOST_INTERVAL_SECONDS: '0' } });
    ({ page: journalist } = await h.newPage({ locale: 'vi-VN' }));
    ({ page: officer } = await h.newPage({ locale: 'en-GB' }));
    await signInThroughApi(officer, h.baseUrl, 'press@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a journalist applies, the press officer approves, the badge downloads and the door verifies it', async () => {
    await journalist.goto(`${h.baseUrl}/press`);
    await journalist.getByTestId('press-event-summit-37-press-center').getByRole('link', { name: 'Đăng ký tác nghiệp' }).click();
    const form = journalist.getByTestId('apply-form');
    await form.locator('input[name="fullName"]').fill('Trần Thị Hoa');
    await form.locator('input[name="outlet"]').fill('Báo Thời Đại');
    await form.locator('input[name="nationality"]').fill('VN');
    await form.locator('input[name="idDocumentNumber"]').fill('C9876543');
    await form.locator('input[name="email"]').fill('hoa@example.org');
    const photo = form.locator('.file-input', { has: journalist.locator('input[name="photo"]') });
    expect(await photo.innerText()).toMatch(/Chọn tệp[\s\S]*Chưa chọn tệp nào/);
    await form.locator('input[name="photo"]').setInputFiles({ name: 'hoa.png', mimeType: 'image/png', buffer: png(60, 80) });
    expect(await photo.innerText()).toContain('hoa.png');
    // The consent is shown in the page's language and must be ticked.
    await form.getByTestId('apply-consent').getByText('Nghị định 13/2023/NĐ-CP').waitFor();
    await form.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý.' }).check();
    await form.getByRole('button', { name: 'Gửi đơn' }).click();
    await journalist.waitForURL(/\/press\/applications\/\d+\?key=/);
    await journalist.getByTestId('application-status').filter({ hasText: 'Đang xét duyệt' }).waitFor();

    await officer.goto(`${h.baseUrl}/press/review`);
    const row = officer.locator('[data-testid^="application-"]', { hasText: 'Trần Thị Hoa' });
    await row.getByRole('button', { name: 'Approve' }).click();
    await row.getByText('Approved').waitFor();

    await journalist.reload();
    await journalist.getByTestId('application-status').filter({ hasText: 'Đã duyệt' }).waitFor();
    const [download] = await Promise.all([journalist.waitForEvent('download'), journalist.getByTestId('badge-link').click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const badgeHref = await journalist.getByTestId('badge-link').getAttribute('href');
    const token = (await journalist.request.get(`${h.baseUrl}${badgeHref}`)).headers()['x-badge-token']!;
    expect(token.split('.')).toHaveLength(3);

    const door = journalist;
    await door.goto(`${h.baseUrl}/verify#${token}`);
    await door.locator('[data-testid="verify-result"][data-status="valid"]').waitFor();
    expect(await door.getByTestId('verify-result').innerText()).toContain('Trần Thị Hoa');
    const altered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    await door.locator('textarea[name="token"]').fill(altered);
    await door.getByRole('button', { name: 'Kiểm tra' }).click();
    await door.locator('[data-testid="verify-result"][data-status="forged"]').waitFor();
  });

  it('the press officer publishes an article tagged with the 37th Summit, with captioned photos; it shows on the portal home in both languages', async () => {
    await officer.goto(`${h.baseUrl}/press/articles`);
    await officer.getByText('New article', { exact: true }).click();
    const form = officer.getByTestId('article-form');
    await form.locator('[name="slug"]').fill('summit-37-opens');
    await form.locator('[name="titleVi"]').fill('Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37');
    await form.locator('[name="titleEn"]').fill('The 37th ASEAN Summit opens');
    await form.locator('[name="leadVi"]').fill('Hội nghị diễn ra trực tuyến tại Hà Nội.');
    await form.locator('[name="leadEn"]').fill('The summit is held online from Hanoi.');
    await officer.getByTestId('article-meeting').selectOption({ label: '37th ASEAN Summit' });
    await officer.getByTestId('editor-vi').fill('Nội dung bài viết.');
    await officer.getByTestId('editor-en').fill('Body of the article.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await officer.waitForURL(/\/press\/articles\/\d+$/);

    // Two photos: the first becomes the lead; the second goes into the English body.
    const upload = officer.getByTestId('photo-upload');
    for (const [captionVi, captionEn, credit, color] of [
      ['Các nhà lãnh đạo tại phiên khai mạc', 'Leaders at the opening session', 'TTXVN', [200, 40, 40]],
      ['Trung tâm báo chí quốc tế', 'The international press center', 'Gavel', [40, 160, 90]],
    ] as const) {
      await upload.locator('input[name="photo"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(320, 200, [...color]) });
      await upload.locator('input[name="captionVi"]').fill(captionVi);
      await upload.locator('input[name="captionEn"]').fill(captionEn);
      await upload.locator('input[name="credit"]').fill(credit);
      await upload.getByRole('button', { name: 'Add photo' }).click();
      await officer.locator('.photo-item', { has: officer.locator(`input[value="${captionEn}"]`) }).waitFor();
      // The form is reset for the next photo: the file field names no file any more.
      await upload.locator('.file-input').filter({ hasText: 'No file chosen' }).waitFor();
    }
    const second = officer.locator('.photo-item', { has: officer.locator('input[value="The international press center"]') });
    await officer.getByTestId('editor-en').click();
    await second.getByRole('button', { name: 'Insert in English body' }).click();
    await officer.getByTestId('editor-en').locator('img').waitFor();
    await form.getByRole('button', { name: 'Save draft' }).click();
    await officer.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await officer.getByTestId('article-workflow').getByRole('button', { name: 'Submit for review' }).click();
    await officer.getByTestId('article-workflow').getByRole('button', { name: 'Publish' }).click();
    await officer.getByTestId('article-status').filter({ hasText: 'Published' }).waitFor();

    const { page: reader } = await h.newPage({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    await reader.goto(`${h.baseUrl}/portal`);
    const card = reader.getByTestId('portal-article').filter({ has: reader.getByRole('link', { name: 'The 37th ASEAN Summit opens', exact: true }) });
    await card.waitFor();
    // The lead photo on the news list.
    expect(await card.getByTestId('card-photo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    // Outcome documents are on the portal for anyone; restricted ones never are.
    const documents = reader.getByTestId('portal-documents');
    await documents.getByRole('link').first().waitFor();
    expect(await documents.getByRole('link').count()).toBeGreaterThan(0);

    await card.getByRole('link', { name: 'The 37th ASEAN Summit opens' }).click();
    await reader.getByTestId('article-title').filter({ hasText: 'The 37th ASEAN Summit opens' }).waitFor();
    const figures = reader.getByTestId('article-photo');
    await figures.nth(1).waitFor();
    expect(await figures.locator('figcaption').allInnerTexts()).toEqual([
      'Leaders at the opening session (Photo: TTXVN)',
      'The international press center (Photo: Gavel)',
    ]);
    // The second one sits in the body, between its paragraphs.
    expect(await reader.locator('.portal-body figure figcaption').innerText()).toContain('The international press center');
    expect(
      await figures
        .first()
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).toBe(320);
    const slug = new URL(reader.url()).pathname;
    const shared = await (await reader.request.get(`${h.baseUrl}${slug}`, { headers: { 'accept-language': 'en' } })).text();
    expect(shared).toMatch(/<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/api\/portal\/photos\/\d+">/);
    expect(shared).toContain('<meta property="og:image:alt" content="Leaders at the opening session">');

    await reader.getByTestId('lang-vi').click();
    await reader.getByTestId('article-title').filter({ hasText: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37' }).waitFor();
    expect(await figures.locator('figcaption').allInnerTexts()).toEqual([
      'Các nhà lãnh đạo tại phiên khai mạc (Ảnh: TTXVN)',
      'Trung tâm báo chí quốc tế (Ảnh: Gavel)',
    ]);
    expect(await reader.title()).toContain('Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37');
    expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toContain('Khai mạc');
    await reader.getByRole('link', { name: /Tin tức năm Chủ tịch ASEAN/ }).click();
    const viCard = reader.getByTestId('portal-article').filter({ hasText: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37' });
    await viCard.waitFor();
    expect(await viCard.innerText()).toContain('Hội nghị Cấp cao ASEAN lần thứ 37');
    await reader.context().close();

    // On a phone the page fits the screen and the photos fit the page.
    const phone = await h.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 390, height: 844 }, isMobile: true });
    const small = await phone.newPage();
    await small.goto(`${h.baseUrl}${slug}`);
    await small.getByTestId('article-photo').nth(1).locator('img').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const width of await small.locator('[data-testid="article-photo"] img').evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().width))) {
      expect(width).toBeGreaterThan(0);
      expect(width).toBeLessThanOrEqual(390 - 24);
    }
    await phone.close();
  });

  it("a public meeting's page lists its public outcome documents, linked from the portal and the calendar's meeting page", async () => {
    const { page: visitor } = await h.newPage({ locale: 'en-GB', timezoneId: 'America/New_York' });
    await visitor.goto(`${h.baseUrl}/portal`);
    await visitor.getByTestId('portal-documents').getByRole('link', { name: '15th East Asia Summit' }).click();
    await visitor.getByTestId('meeting-title').filter({ hasText: '15th East Asia Summit' }).waitFor();
    expect(await visitor.getByTestId('portal-zone').innerText()).toMatch(/New York, UTC−[45]\./);
    await visitor.getByTestId('outcome-group').first().waitFor();
    const first = visitor.getByTestId('outcome-group').first().getByRole('link').first();
    const title = await first.innerText();
    await first.click();
    await visitor.waitForURL(/\/documents\/\d+$/);
    await visitor.getByText(title).first().waitFor();
    // From the calendar's meeting page to the portal's.
    await visitor.goBack();
    await visitor.getByRole('link', { name: 'Meeting details' }).click();
    await visitor.waitForURL(/\/meetings\/\d+$/);
    await visitor.getByTestId('portal-meeting-link').click();
    await visitor.waitForURL(/\/portal\/meetings\/\d+$/);
    await visitor.getByTestId('meeting-title').filter({ hasText: '15th East Asia Summit' }).waitFor();
    await visitor.context().close();
  });

  it("the daily programme on a phone, linked from the portal, in both languages, in the reader's zone", async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Pacific/Auckland' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/portal`);
    await page.getByTestId('portal-journal').click();
    await page.waitForURL(/\/journal$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${h.baseUrl}/journal/2020-09-10`);
    await page.getByTestId('journal-date').filter({ hasText: 'Thứ Năm, 10 tháng 9, 2020' }).waitFor();
    // The tab names the kind of page before the day, its h1.
    await page.waitForFunction(() => document.title === 'Chương trình làm việc hằng ngày · Thứ Năm, 10 tháng 9, 2020 · Gavel');
    // The browser's zone picked for an anonymous reader: AICHR's 09:00 in Hanoi is 14:00 in Auckland.
    await expect(page.getByTestId('journal-zone').inputValue()).resolves.toBe('Pacific/Auckland');
    const aichr = page.getByTestId('journal-meeting').filter({ hasText: 'AICHR' });
    await expect(aichr.innerText()).resolves.toMatch(/09:00–10:30[\s\S]*14:00–15:30/);
    await page.getByTestId('journal-decision').filter({ hasText: 'Thông cáo chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53' }).waitFor();
    expect(await page.getByText('Báo cáo trình Hội nghị AMM-53').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/journal-vi-390.png', fullPage: true });

    await page.getByTestId('lang-en').click();
    await page.getByTestId('journal-date').filter({ hasText: 'Thursday, 10 September 2020' }).waitFor();
    await page.waitForFunction(() => document.title === 'Daily programme · Thursday, 10 September 2020 · Gavel');
    await page.getByTestId('journal-decision').filter({ hasText: 'Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting' }).waitFor();
    await page.getByTestId('journal-previous').click();
    await page.getByTestId('journal-date').filter({ hasText: 'Wednesday, 9 September 2020' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/journal-en-390.png', fullPage: true });
    const pdf = await page.request.get(`${h.baseUrl}${await page.getByTestId('journal-pdf').getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await context.close();
  });

  it('importing the seed pages shows them as coverage of the 37th Summit and AMM-53', async () => {
    await h.database.db.delete(clippings);
    await officer.goto(`${h.baseUrl}/press/monitoring`);
    await officer.getByTestId('coverage-table').waitFor();
    expect(await officer.locator('[data-testid^="coverage-"]').count()).toBe(1); // the table itself: no rows yet
    const files = readdirSync(seedsDir).map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(name, seedsDir)) }));
    // The file field speaks the UI's language, not the browser's ("Choose Files"), and names what was chosen.
    const field = officer.locator('.file-input', { has: officer.getByTestId('import-files') });
    expect(await field.innerText()).toContain('Choose files');
    expect(await field.innerText()).toContain('No file chosen');
    await officer.getByTestId('import-files').setInputFiles(files);
    await officer.getByTestId('import-result').filter({ hasText: '3 pages imported' }).waitFor();
    expect(await field.innerText()).toContain(files[0]!.name);
    await officer.getByTestId('coverage-summit-37').waitFor();
    expect(await officer.getByTestId('coverage-summit-37').locator('td').nth(1).innerText()).toBe('2');
    expect(await officer.getByTestId('coverage-amm-53').locator('td').nth(1).innerText()).toBe('2');
    await officer.getByTestId('coverage-amm-53').getByRole('button').click();
    await officer.getByTestId('clipping').filter({ hasText: 'Đẩy mạnh triển khai các sáng kiến' }).waitFor();
  });
  it('imports a page by its address from a news site', async () => {
    const page = readFileSync(new URL('../fixtures/monitoring/en-regional.html', import.meta.url));
    const site = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      await officer.goto(`${h.baseUrl}/press/monitoring`);
      await officer.getByTestId('import-url').fill(`http://127.0.0.1:${(site.address() as AddressInfo).port}/regional/amm-53.html`);
      await officer.getByTestId('import-url-submit').click();
      await officer
        .getByTestId('import-url-result')
        .filter({ hasText: /1 page imported|1 trang/ })
        .waitFor();
      await officer.getByTestId('clipping').filter({ hasText: 'ASEAN foreign ministers meet online ahead of AMM-53' }).first().waitFor();
    } finally {
      site.closeAllConnections();
      site.close();
    }
  });

  it('announces a briefing; the form is reset, the date written out beside its input with it', async () => {
    await officer.goto(`${h.baseUrl}/press/briefings`);
    const form = officer.getByTestId('briefing-form');
    const echo = form.locator('.date-echo');
    await form.locator('input[name="startsAt"]').fill('2020-11-20T09:00');
    expect(await echo.innerText()).toBe('Friday, 20 November 2020, 09:00');
    for (const [name, value] of [
      ['topicVi', 'Họp báo về kết quả Hội nghị'],
      ['topicEn', 'Briefing on the outcomes'],
      ['placeVi', 'Trung tâm báo chí'],
      ['placeEn', 'Press center'],
      ['speakers', 'Người phát ngôn'],
    ] as const) {
      await form.locator(`input[name="${name}"]`).fill(value);
    }
    await form.getByRole('button', { name: 'Announce' }).click();
    await form.getByRole('status').filter({ hasText: 'The briefing is on the portal.' }).waitFor();
    expect(await form.locator('input[name="startsAt"]').inputValue()).toBe('');
    await officer.waitForFunction(() => document.querySelector('[data-testid="briefing-form"] .date-echo')?.textContent === '');
  });
});
