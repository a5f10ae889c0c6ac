import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAmm53, type Requests } from '../helpers/amm53-copy.js';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe('on a phone, the secretariat reads why the ARF fits nowhere on the default bands, and shortens it', () => {
  let h: BrowserHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startBrowserHarness();
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  const pageRequests = (): Requests => ({
    get: async (url) => (await page.request.get(`${h.baseUrl}${url}`)).json(),
    send: async (method, url, body) => {
      const { csrfToken } = (await (await page.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
      const res = await page.request.fetch(`${h.baseUrl}${url}`, { method, data: body as object, headers: { 'x-csrf-token': csrfToken } });
      return { status: res.status(), body: await res.json() };
    },
  });

  /** The cluster's schedule page in Vietnamese: the heuristic run on the default comfort bands. */
  const optimizeOnDefaultBands = async (id: number) => {
    await page.goto(`${h.baseUrl}/clusters/${id}/schedule`);
    await page.getByTestId('lang-vi').click();
    await page.getByTestId('schedule-title').waitFor();
    await page.getByTestId('solver-select').selectOption('heuristic');
    await page.getByTestId('default-comfort').check();
    await page.getByTestId('run-optimizer').click();
  };

  /** The explanation and its relaxations lie within the phone's width, nothing scrolled sideways inside them. */
  const expectFitsPhone = async () => {
    for (const id of ['explanation', 'relaxations']) {
      const el = page.getByTestId(id);
      const box = (await el.boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(390);
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth), id).toBe(true);
    }
    await page.getByTestId('apply-shorten').scrollIntoViewIfNeeded();
    const button = (await page.getByTestId('apply-shorten').boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  };

  it('names the delegations, their offsets and the free hours in Vietnamese and English; applying "shorten" makes it fit', async () => {
    await signIn(page, h.baseUrl, 'secretariat@gavel.demo');
    const id = await copyAmm53(pageRequests());
    await optimizeOnDefaultBands(id);
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor({ timeout: 90_000 });
    const vi = await conflict.innerText();
    expect(vi).toMatch(/Hoa Kỳ.*\(UTC−4\)/s);
    expect(vi).toMatch(/\(UTC\+12\)/);
    expect(vi).toMatch(/10:00–12:00 UTC \(17:00–19:00 giờ nước chủ nhà\) mỗi ngày/);
    expect(vi).toMatch(/cần 180 phút/);
    await page.getByTestId('relaxation-shorten').filter({ hasText: '120 phút' }).waitFor();
    expect(await page.getByTestId('relaxation-night').count()).toBeGreaterThan(0);
    await expectFitsPhone();

    await page.getByTestId('lang-en').click();
    await conflict.filter({ hasText: 'leave only' }).waitFor();
    expect(await conflict.innerText()).toMatch(/needs 180 minutes/);
    await page.getByTestId('relaxation-shorten').filter({ hasText: 'to 120 minutes' }).waitFor();

    // Applied: the ARF's end moves, the optimizer runs again and finds a schedule.
    await page.getByTestId('apply-shorten').click();
    await page.getByTestId('optimizer-proof').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('explanation').count()).toBe(0);
  }, 240_000);

  it('two independent conflicts, each named with its own relaxations: the ARF, and the PMC with the United States made 6½ hours long', async () => {
    const requests = pageRequests();
    const id = await copyAmm53(requests);
    const view = (await requests.get(`/api/schedule/clusters/${id}`)) as { meetings: Array<{ id: number; titleEn: string; startsAt: string }> };
    const pmc = view.meetings.find((m) => m.titleEn.startsWith('ASEAN-United States Post Ministerial'))!;
    // New York (UTC−4) and the ASEAN members share 10:00–16:00 UTC: 360 minutes.
    const longer = await requests.send('PATCH', `/api/meetings/${pmc.id}`, { endsAt: new Date(Date.parse(pmc.startsAt) + 390 * 60_000).toISOString() });
    expect(longer.status).toBe(200);
    await optimizeOnDefaultBands(id);
    await page.getByTestId('conflict-count').waitFor({ timeout: 90_000 });
    const parts = page.getByTestId('conflict-part');
    expect(await parts.count()).toBe(2);
    expect(await page.getByTestId('conflict-count').innerText()).toMatch(/2 xung đột độc lập/);
    // Each in its own part, in the cluster's order of meetings.
    const arf = parts.filter({ has: page.getByTestId('conflict').filter({ hasText: 'cần 180 phút' }) });
    const longPmc = parts.filter({ has: page.getByTestId('conflict').filter({ hasText: 'cần 390 phút' }) });
    expect(await arf.count()).toBe(1);
    expect(await longPmc.count()).toBe(1);
    expect(await longPmc.getByTestId('conflict').innerText()).toMatch(/Hoa Kỳ \(UTC−4\).*10:00–16:00 UTC/s);
    await arf.getByTestId('relaxation-shorten').filter({ hasText: '120 phút' }).waitFor();
    await longPmc.getByTestId('relaxation-shorten').filter({ hasText: '360 phút' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('explanation').screenshot({ path: 'test-results/explain-two-conflicts-vi.png' });

    await page.getByTestId('lang-en').click();
    await page.getByTestId('conflict-count').filter({ hasText: '2 independent conflicts' }).waitFor();
    await parts.getByTestId('conflict').filter({ hasText: 'needs 390 minutes' }).waitFor();
    await parts.getByTestId('conflict').filter({ hasText: 'needs 180 minutes' }).waitFor();
    await parts.getByTestId('relaxation-shorten').filter({ hasText: 'to 360 minutes' }).waitFor();
    await parts.getByTestId('relaxation-shorten').filter({ hasText: 'to 120 minutes' }).waitFor();
    await page.getByTestId('explanation').screenshot({ path: 'test-results/explain-two-conflicts-en.png' });
  }, 240_000);
});
