import ical, { type VEvent } from 'node-ical';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const vevents = (body: string): VEvent[] =>
  Object.values(ical.sync.parseICS(body)).filter((e): e is VEvent => e?.type === 'VEVENT');

describe('the secretariat schedules the AMM-53 cluster', () => {
  let h: BrowserHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage({ locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the cluster from the AMM-53 meeting page', async () => {
    await signIn(page, h.baseUrl, 'secretariat@gavel.demo');
    await page.goto(`${h.baseUrl}/?year=2020`);
    await page.locator('.fc-listYear-button').click();
    await page.locator('.fc-list-event-title a', { hasText: 'AMM-53' }).first().click();
    await page.getByTestId('cluster-schedule-link').click();
    await page.getByTestId('schedule-title').filter({ hasText: '53rd AMM' }).waitFor();
    expect(await page.locator('[data-testid^="schedule-row-"]').count()).toBe(17);
  });

  it('runs the exact optimizer, sees why the United States got its hours, and accepts', async () => {
    await page.getByTestId('solver-select').selectOption('exact');
    await page.getByTestId('run-optimizer').click();
    await page.getByTestId('optimizer-result').filter({ hasText: 'Proven optimal' }).waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('optimizer-result').innerText()).toMatch(/worst burden 855/);
    await page.getByTestId('why-US').click();
    expect(await page.getByTestId('why-list-US').innerText()).toMatch(/ARF|Regional Forum/);
    await page.getByTestId('accept-schedule').click();
    await page.getByTestId('accepted').filter({ hasText: 'Schedule accepted' }).waitFor();
    // The page reloads the cluster: the current times are now the accepted ones.
    await page.getByTestId('burden-row-US').filter({ hasText: '855' }).waitFor();
  });

  it('reads the page in Vietnamese', async () => {
    await page.getByTestId('lang-vi').click();
    await page.getByRole('heading', { name: 'Tìm lịch công bằng nhất' }).waitFor();
    await page.getByRole('heading', { name: 'Gánh nặng của từng đoàn' }).waitFor();
    await page.getByTestId('lang-en').click();
  });

  it("subscribes to New Zealand's feed and downloads the cluster", async () => {
    await page.getByTestId('feed-party').selectOption('NZ');
    await page.getByTestId('create-feed').click();
    const url = await page.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/delegations\/\d+\/calendar\.ics\?token=[\w-]{20,}/);
    const feed = await page.request.get(url);
    expect(feed.headers()['content-type']).toMatch(/text\/calendar/);
    const events = vevents(await feed.text());
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => String(e.description).includes('Pacific/Auckland'))).toBe(true);

    const href = await page.getByTestId('cluster-ics').getAttribute('href');
    const cluster = await page.request.get(`${h.baseUrl}${href}`);
    expect(vevents(await cluster.text())).toHaveLength(17);
  });
});
