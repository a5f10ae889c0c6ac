import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippings } from '../../src/server/db/schema.js';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { png } from '../helpers/images.js';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);

describe('the press side in a browser', () => {
  let h: BrowserHarness;
  let journalist: Page;
  let officer: Page;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page: journalist } = await h.newPage({ locale: 'vi-VN' }));
    ({ page: officer } = await h.newPage({ locale: 'en-GB' }));
    await signIn(officer, h.baseUrl, 'press@gavel.demo');
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
    await form.locator('input[name="photo"]').setInputFiles({ name: 'hoa.png', mimeType: 'image/png', buffer: png(60, 80) });
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

  it('the press officer publishes an article tagged with the 37th Summit; it shows on the portal home in both languages', async () => {
    await officer.goto(`${h.baseUrl}/press/articles`);
    const form = officer.getByTestId('article-form');
    await form.locator('input[name="slug"]').fill('summit-37-opens');
    await form.locator('input[name="titleVi"]').fill('Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37');
    await form.locator('input[name="titleEn"]').fill('The 37th ASEAN Summit opens');
    await form.locator('input[name="leadVi"]').fill('Hội nghị diễn ra trực tuyến tại Hà Nội.');
    await form.locator('input[name="leadEn"]').fill('The summit is held online from Hanoi.');
    await officer.getByTestId('article-meeting').selectOption({ label: '37th ASEAN Summit' });
    await officer.getByTestId('editor-vi').fill('Nội dung bài viết.');
    await officer.getByTestId('editor-en').fill('Body of the article.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const row = officer.getByTestId('article-row-summit-37-opens');
    await row.getByRole('button', { name: 'Submit for review' }).click();
    await row.getByRole('button', { name: 'Publish' }).click();
    await row.getByText('Published').waitFor();

    const { page: reader } = await h.newPage({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    await reader.goto(`${h.baseUrl}/portal`);
    await reader.getByTestId('portal-article').filter({ has: reader.getByRole('link', { name: 'The 37th ASEAN Summit opens', exact: true }) }).waitFor();
    // Adopted outcome documents are on the portal for anyone; restricted ones never are.
    const documents = reader.getByTestId('portal-documents');
    await documents.getByRole('link').first().waitFor();
    expect(await documents.getByRole('link').count()).toBeGreaterThan(0);
    await reader.getByTestId('lang-vi').click();
    const card = reader.getByTestId('portal-article').filter({ hasText: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Hội nghị Cấp cao ASEAN lần thứ 37');
    await card.getByRole('link', { name: 'Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37' }).click();
    await reader.getByTestId('article-title').filter({ hasText: 'Khai mạc' }).waitFor();
    expect(await reader.title()).toContain('Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37');
    expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toContain('Khai mạc');
    await reader.context().close();
  });

  it('importing the seed pages shows them as coverage of the 37th Summit and AMM-53', async () => {
    await h.database.db.delete(clippings);
    await officer.goto(`${h.baseUrl}/press/monitoring`);
    await officer.getByTestId('coverage-table').waitFor();
    expect(await officer.locator('[data-testid^="coverage-"]').count()).toBe(1); // the table itself: no rows yet
    const files = readdirSync(seedsDir).map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(name, seedsDir)) }));
    await officer.getByTestId('import-files').setInputFiles(files);
    await officer.getByTestId('import-result').filter({ hasText: '3 pages imported' }).waitFor();
    await officer.getByTestId('coverage-summit-37').waitFor();
    expect(await officer.getByTestId('coverage-summit-37').locator('td').nth(1).innerText()).toBe('2');
    expect(await officer.getByTestId('coverage-amm-53').locator('td').nth(1).innerText()).toBe('2');
    await officer.getByTestId('coverage-amm-53').getByRole('button').click();
    await officer.getByTestId('clipping').filter({ hasText: 'Đẩy mạnh triển khai các sáng kiến' }).waitFor();
  });
});
