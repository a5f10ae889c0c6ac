import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAmm53, type Requests } from '../helpers/amm53-copy.js';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();

describe('a new user on the calendar', () => {
  let h: BrowserHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage({ locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the calendar and switches to Vietnamese and back', async () => {
    await page.goto(h.baseUrl);
    await page.locator('.fc').waitFor();
    await page.getByRole('link', { name: 'Calendar' }).first().waitFor();
    await page.getByTestId('lang-vi').click();
    await page.getByRole('link', { name: 'Lịch' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.reload();
    await page.getByRole('link', { name: 'Lịch' }).first().waitFor();
    await page.getByTestId('lang-en').click();
    await page.getByRole('link', { name: 'Calendar' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('filters to 2020 and opens the 53rd AMM', async () => {
    await page.getByTestId('filter-year').selectOption('2020');
    await page.waitForURL(/year=2020/);
    await page.locator('.fc-listYear-button').click();
    // The press briefings of 7 Sep and 9 Nov 2020 stand beside the meetings.
    await page.locator('.fc-list-event.ev-briefing', { hasText: 'Press briefing' }).first().waitFor();
    expect(await page.locator('.fc-list-event.ev-briefing').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.fc-list-event-title a', { hasText: 'AMM-53' }).first().click();
    await page.getByTestId('meeting-title').filter({ hasText: '53rd' }).waitFor();
    expect(await text(page, '[data-testid="meeting-title"]')).toContain('AMM-53');
    await page.getByTestId('delegations-table').waitFor();
    expect(await page.locator('[data-testid^="delegation-row-"]').count()).toBe(11);
  });

  it("shows the ARF's 27 delegations with New Zealand and the United States on the right days", async () => {
    await page.goBack();
    await page.locator('.fc-listYear-button').click();
    await page.locator('.fc-list-event-title a', { hasText: 'ARF-27' }).first().click();
    await page.getByTestId('delegations-table').waitFor();
    expect(await page.locator('[data-testid^="delegation-row-"]').count()).toBe(27);
    expect(await text(page, '[data-testid="delegation-count"]')).toContain('27');
    // 09:00 in Hanoi on 12 Sep 2020: 14:00 the same day in Wellington, 22:00 the day before in Washington.
    const nz = await text(page, '[data-testid="delegation-row-NZ"] [data-testid="local-start"]');
    const us = await text(page, '[data-testid="delegation-row-US"] [data-testid="local-start"]');
    expect(nz).toMatch(/14:00/);
    expect(nz).toMatch(/12/);
    expect(nz).not.toMatch(/[−-]1/);
    expect(us).toMatch(/22:00/);
    expect(us).toMatch(/11/);
    expect(us).toMatch(/−1/);
    expect(await page.locator('[data-testid="delegation-row-US"] .outside-hours').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="delegation-row-KP"]').innerText()).toMatch(/Ho Chi Minh/);
  });

  it('searches without diacritics', async () => {
    await page.getByTestId('search-input').fill('hoi nghi cap cao 37');
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('search-results').getByText('37th ASEAN Summit', { exact: false }).first().waitFor();
    // Its day in the reader's way, never an ISO date.
    const meetings = page.getByTestId('search-group-meeting');
    await meetings.getByText('12 Nov 2020 · Hanoi').first().waitFor();
    expect(await meetings.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByTestId('search-input').fill('nguyen quoc dung');
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('search-results').getByText('Nguyễn Quốc Dũng').first().waitFor();
  });

  it('finds documents from any page with Ctrl-K, grouped by kind with counts, the page named in the tab', async () => {
    await page.goto(`${h.baseUrl}/partners`);
    await page.locator('h1').first().waitFor();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('tuyen bo ha noi');
    await page.keyboard.press('Enter');
    const documents = page.getByTestId('search-group-document');
    await documents.getByRole('heading', { name: /Documents \(\d+\)/ }).waitFor();
    await documents.getByRole('link', { name: 'Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision' }).waitFor();
    await page.waitForFunction(() => document.title.startsWith('Results for “tuyen bo ha noi”'));
  });

  it('on a phone keeps the navigation behind a menu button, and a refused page offers sign-in', async () => {
    const context = await h.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    await phone.goto(`${h.baseUrl}/committee`);
    await phone.getByTestId('sign-in-needed').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    const header = await phone.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(130);
    // Signed out too, the search box shares the first row with the brand and the menu only: the sign-in link is on the second.
    const search = (await phone.getByTestId('search-input').boundingBox())!;
    const signInLink = (await phone.getByTestId('sign-in-link').boundingBox())!;
    expect(search.width).toBeGreaterThan(120);
    expect(signInLink.y).toBeGreaterThanOrEqual(search.y + search.height);
    const nav = phone.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Danh mục' }).click();
    await nav.getByRole('link', { name: 'Văn kiện' }).click();
    await phone.waitForURL(`${h.baseUrl}/documents`);
    expect(await nav.isVisible()).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('signs in as the secretariat, moves the ARF and sees the local times change', async () => {
    await page.getByTestId('sign-in-link').click();
    await page.getByTestId('sign-in-email').fill('secretariat@gavel.demo');
    await page.getByTestId('sign-in-password').fill('gavel-demo-2020');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-out').waitFor();

    // The demo's ARF was held in 2020: its times are history and stay. A copy still to come (11 Sep 2027, the same offsets) is moved instead.
    const requests: Requests = {
      get: async (url) => (await page.request.get(`${h.baseUrl}${url}`)).json(),
      send: async (method, url, body) => {
        const { csrfToken } = (await (await page.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
        const res = await page.request.fetch(`${h.baseUrl}${url}`, { method, data: body as object, headers: { 'x-csrf-token': csrfToken } });
        return { status: res.status(), body: await res.json() };
      },
    };
    const copyId = await copyAmm53(requests);
    const copy = (await requests.get(`/api/schedule/clusters/${copyId}`)) as { meetings: Array<{ id: number; titleEn: string }> };
    const arf = copy.meetings.find((m) => m.titleEn.includes('ASEAN Regional Forum'))!;
    await page.goto(`${h.baseUrl}/meetings/${arf.id}`);
    await page.getByTestId('edit-meeting').click();
    await page.getByTestId('meeting-start').fill('2027-09-11T16:00');
    await page.getByTestId('meeting-end').fill('2027-09-11T18:00');
    await page.getByTestId('save-meeting').click();
    await page.getByTestId('delegations-table').waitFor();
    const nz = page.locator('[data-testid="delegation-row-NZ"] [data-testid="local-start"]');
    await nz.filter({ hasText: '21:00' }).waitFor();
    const us = await text(page, '[data-testid="delegation-row-US"] [data-testid="local-start"]');
    expect(us).toMatch(/05:00/);
    expect(us).not.toMatch(/−1/);
  });

  it("names the calendar's scripts in its first page, sends them compressed and lets them be kept", async () => {
    // What the browser fetches while the app's own script runs: the page's chunk and the reader's language.
    const preloads = async (path: string, language: string) => {
      const html = await (await fetch(`${h.baseUrl}${path}`, { headers: { 'accept-language': language } })).text();
      return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
    };
    const home = await preloads('/?year=2020', 'en-GB,en;q=0.9');
    expect(home.some((href) => /\/assets\/CalendarPage-[\w-]+\.js$/.test(href))).toBe(true);
    expect(home.some((href) => /\/assets\/resources-en-[\w-]+\.js$/.test(href))).toBe(true);
    expect((await preloads('/documents', 'vi-VN,vi')).some((href) => /\/assets\/resources-vi-[\w-]+\.js$/.test(href))).toBe(true);
    expect((await preloads('/documents', 'vi-VN,vi')).some((href) => /\/assets\/RegistryPage-[\w-]+\.js$/.test(href))).toBe(true);

    const calendarChunk = home.find((href) => href.includes('/CalendarPage-'))!;
    const res = await fetch(`${h.baseUrl}${calendarChunk}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toContain('fc-'); // fetch decodes it: FullCalendar's own script

    // The page asked for once: the preloaded chunk is the one the app imports.
    const { page: fresh, context } = await h.newPage({ locale: 'en-GB' });
    const fetched: string[] = [];
    fresh.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await fresh.goto(`${h.baseUrl}/?year=2020`);
    await fresh.locator('.fc [data-meeting-id]').first().waitFor();
    expect(fetched.filter((path) => path === calendarChunk)).toHaveLength(1);
    await context.close();
  });

  it('a first visit renders the page at once, never the loading stand-in in its place', async () => {
    // The layout's stand-in for a page whose code is still coming: once shown,
    // React holds the page back for a moment after its code arrives.
    const watch = `
      window.__standIn = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="page-code-loading"]')) window.__standIn = true;
      }).observe(document, { subtree: true, childList: true });`;
    for (const path of ['/?year=2020', '/documents', '/partners', '/people']) {
      const { page: fresh, context } = await h.newPage({ locale: 'en-GB' });
      await fresh.addInitScript(watch);
      await fresh.goto(`${h.baseUrl}${path}`);
      await fresh.locator('#main h1').first().waitFor();
      expect(await fresh.evaluate(() => (window as unknown as { __standIn: boolean }).__standIn), path).toBe(false);
      await context.close();
    }
  });
});
