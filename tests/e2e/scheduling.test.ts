import ical, { type VEvent } from 'node-ical';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAmm53, type Requests } from '../helpers/amm53-copy.js';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const vevents = (body: string): VEvent[] => Object.values(ical.sync.parseICS(body)).filter((e): e is VEvent => e?.type === 'VEVENT');

interface View {
  id: number;
  meetings: Array<{ id: number; titleEn: string; startsAt: string }>;
}

describe('the secretariat schedules the AMM-53 cluster', () => {
  let h: BrowserHarness;
  let page: Page;
  let view: View;
  const meeting = (part: string) => view.meetings.find((m) => m.titleEn.includes(part))!;
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage({ locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The signed-in page's own session, for setting up through the API. */
  const pageRequests = (): Requests => ({
    get: async (url) => (await page.request.get(`${h.baseUrl}${url}`)).json(),
    send: async (method, url, body) => {
      const { csrfToken } = (await (await page.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
      const res = await page.request.fetch(`${h.baseUrl}${url}`, { method, data: body as object, headers: { 'x-csrf-token': csrfToken } });
      return { status: res.status(), body: await res.json() };
    },
  });

  it('opens the cluster from the AMM-53 meeting page', async () => {
    await signInThroughApi(page, h.baseUrl, 'secretariat@gavel.demo');
    // The demo's AMM-53 meetings were held in 2020 and stay where they are: the secretariat schedules a copy still to come (8–11 Sep 2027).
    await copyAmm53(pageRequests());
    await page.goto(`${h.baseUrl}/?year=2027`);
    await page.locator('.fc-listYear-button').click();
    await page.locator('.fc-list-event-title a', { hasText: 'AMM-53' }).first().click();
    await page.getByTestId('cluster-schedule-link').click();
    await page.getByTestId('schedule-title').filter({ hasText: '53rd AMM' }).waitFor();
    expect(await page.locator('[data-testid^="schedule-row-"]').count()).toBe(17);
    const id = new URL(page.url()).pathname.split('/')[2];
    view = (await (await page.request.get(`${h.baseUrl}/api/schedule/clusters/${id}`)).json()) as View;
  });

  it('moves a meeting to a start picked in the slot finder, after confirming', async () => {
    const wps = meeting("Women's Role");
    await page.getByTestId('slot-meeting').selectOption(String(wps.id));
    await page.getByTestId('slot-day').selectOption({ label: '2027-09-11' });
    // 13:00 in Hanoi on the fourth day (3 days and 52 quarter hours into the window), after the ARF.
    await page.locator('[data-testid="slot-grid"] td[data-slot="340"]').first().click();
    await page.getByTestId('slot-picked').filter({ hasText: '11/09 13:00' }).waitFor();
    await page.getByTestId('slot-move').click();
    await page.getByTestId('slot-move-confirm').click();
    await page.getByTestId('slot-moved').waitFor();
    await page.getByTestId(`schedule-row-${wps.id}`).filter({ hasText: '13:00' }).waitFor();
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

  it('pins a start picked in the slot finder: the optimizer runs again around it', async () => {
    const eas = meeting('East Asia Summit');
    await page.getByTestId('run-optimizer').click();
    await page.getByTestId('optimizer-result').filter({ hasText: 'Proven optimal' }).waitFor({ timeout: 90_000 });
    await page.getByTestId('slot-meeting').selectOption(String(eas.id));
    // The third best start, which the optimizer did not choose on its own.
    const third = page.locator('[data-testid^="slot-best-"]').nth(2);
    const label = (await third.innerText()).trim();
    await third.click();
    await page.getByTestId('slot-pin').click();
    await page.getByTestId('pins').filter({ hasText: 'East Asia Summit' }).waitFor();
    const [day, time] = label.split(' ');
    expect(day).toMatch(/^\d\d\/09$/);
    // The new proposal holds the EAS at the picked start.
    await page.getByTestId(`proposed-${eas.id}`).filter({ hasText: time! }).waitFor({ timeout: 90_000 });
    await page.getByTestId('optimizer-result').filter({ hasText: 'Proven optimal' }).waitFor({ timeout: 90_000 });
    await page.getByTestId(`unpin-${eas.id}`).click();
    await page.getByTestId('pins').waitFor({ state: 'detached' });
    await page.getByTestId('discard-schedule').click();
  });

  it('edits the rules: a cycle is refused beside its row, then a new cap is saved', async () => {
    await page.getByTestId('edit-rules').click();
    await page.getByTestId('rules-form').waitFor();
    // The demo's 16 orders: the opening before every other meeting.
    await page.getByTestId('rules-precedence-15').waitFor();
    await page.getByTestId('rules-add-precedence').click();
    // The opening precedes the ARF; the ARF before the opening closes a circle.
    await page.getByTestId('rules-precedence-before-16').selectOption(String(meeting('Regional Forum').id));
    await page.getByTestId('rules-precedence-after-16').selectOption(String(meeting('53rd ASEAN Foreign').id));
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-error-precedence-16').filter({ hasText: 'go round in a circle' }).waitFor();
    expect(await page.getByTestId('rules-error-precedence-16').innerText()).toMatch(/Regional Forum.*→.*AMM-53|AMM-53.*→.*Regional Forum/);
    await page.getByTestId('rules-precedence-16').getByRole('button', { name: 'Remove' }).click();
    await page.getByTestId('rules-cap').fill('420');
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-saved').waitFor();
    await page.getByRole('link', { name: 'Back to the cluster' }).click();
    await page.getByTestId('rules-summary').filter({ hasText: 'at most 420 meeting minutes a day' }).waitFor();
  });

  it('reads the page in Vietnamese', async () => {
    await page.getByTestId('lang-vi').click();
    await page.getByRole('heading', { name: 'Tìm lịch công bằng nhất' }).waitFor();
    await page.getByRole('heading', { name: 'Gánh nặng của từng đoàn' }).waitFor();
    await page.getByTestId('lang-en').click();
  });

  it("subscribes to New Zealand's feed and downloads the cluster", async () => {
    const href = await page.getByTestId('cluster-ics').getAttribute('href');
    await page.getByTestId('feed-party').selectOption('NZ');
    await page.getByTestId('manage-feed').click();
    await page.getByTestId('feeds-heading').filter({ hasText: 'New Zealand' }).waitFor();
    await page.getByTestId('feed-label').fill('Mission calendar');
    await page.getByTestId('create-feed').click();
    const url = await page.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/delegations\/\d+\/calendar\.ics\?token=[\w-]{20,}/);
    const feed = await page.request.get(url);
    expect(feed.headers()['content-type']).toMatch(/text\/calendar/);
    const events = vevents(await feed.text());
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => String(e.description).includes('Pacific/Auckland'))).toBe(true);

    expect(await page.getByTestId('feed-webcal').inputValue()).toBe(url.replace(/^http:/, 'webcal:'));
    await page.getByTestId('feeds-live').filter({ hasText: 'Mission calendar' }).waitFor();

    const cluster = await page.request.get(`${h.baseUrl}${href}`);
    expect(vevents(await cluster.text())).toHaveLength(17);
  });

  it('makes a cluster on a phone, in Vietnamese, and reads the 2020 ledger in night, early and late hours', async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const phone = await context.newPage();
    await signInThroughApi(phone, h.baseUrl, 'secretariat@gavel.demo');
    await phone.goto(`${h.baseUrl}/schedule`);
    await phone.getByTestId('lang-vi').click();
    // 2020's clusters took place: the demo accepted them as held, so the ledger counts the hours sat outside working time.
    await phone.getByTestId('ledger-row-US').waitFor();
    expect(await phone.getByTestId('ledger-bands-table').innerText()).toMatch(/Ban đêm/i);
    expect(await phone.getByTestId('ledger-csv').getAttribute('href')).toBe('/api/schedule/ledger.csv?year=2020&lang=vi');
    // The chart's clusters are named in full under it, each name within the phone's width (wrapped, not cut).
    const legend = phone.getByTestId('ledger-legend');
    await legend.getByText('Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 và các hội nghị liên quan').waitFor();
    for (const item of await legend.locator('li').all()) {
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }

    await phone.getByTestId('new-cluster').click();
    await phone.getByRole('heading', { name: 'Cụm hội nghị mới' }).waitFor();
    await phone.getByTestId('cluster-title-en').fill('Mekong-Lancang retreat');
    await phone.getByTestId('cluster-title-vi').fill('Hội nghị hẹp Mê Công - Lan Thương');
    await phone.getByTestId('cluster-starts-on').fill('2020-03-01');
    await phone.getByTestId('cluster-ends-on').fill('2020-03-02');
    await phone.getByTestId('cluster-new-series-0').selectOption({ index: 1 });
    await phone.getByTestId('cluster-new-title-en-0').fill('Opening session');
    await phone.getByTestId('cluster-new-title-vi-0').fill('Phiên khai mạc');
    const { parties } = (await (await phone.request.get(`${h.baseUrl}/api/parties`)).json()) as { parties: Array<{ id: number; code: string }> };
    await phone.getByTestId('cluster-new-participants-0').selectOption(parties.filter((p) => p.code === 'VN' || p.code === 'TH').map((p) => String(p.id)));
    await phone.getByTestId('cluster-save').click();
    // A window in the past is refused beside its field.
    await phone.getByTestId('field-error-startsOn').waitFor();
    await phone.getByTestId('cluster-starts-on').fill('2030-03-01');
    await phone.getByTestId('cluster-ends-on').fill('2030-03-02');
    await phone.getByTestId('cluster-save').click();
    await phone.getByTestId('schedule-title').filter({ hasText: 'Hội nghị hẹp Mê Công - Lan Thương' }).waitFor();
    expect(await phone.locator('[data-testid^="schedule-row-"]').count()).toBe(1);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.getByTestId('edit-cluster').click();
    await phone.getByTestId('cluster-rules-link').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
