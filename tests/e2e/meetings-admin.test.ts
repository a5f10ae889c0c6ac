import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

async function apiGet<T>(h: BrowserHarness, url: string): Promise<{ status: number; body: T }> {
  const response = await h.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>() };
}

const localStart = (page: Page, party: string) => page.locator(`[data-testid="delegation-row-${party}"] [data-testid="local-start"]`);

describe('the secretariat manages meetings and delegations', () => {
  let h: BrowserHarness;
  let page: Page;
  let ammSeriesId: number;
  let dprkId: number;
  let arfId: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage({ locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' }));
    const series = await apiGet<{ series: { id: number; code: string }[] }>(h, '/api/series');
    ammSeriesId = series.body.series.find((s) => s.code === 'AMM')!.id;
    const parties = await apiGet<{ parties: { id: number; code: string }[] }>(h, '/api/parties');
    dprkId = parties.body.parties.find((p) => p.code === 'KP')!.id;
    const meetings = await apiGet<{ meetings: { id: number; seriesCode: string; edition: number | null }[] }>(h, '/api/meetings?year=2020');
    arfId = meetings.body.meetings.find((m) => m.seriesCode === 'ARF' && m.edition === 27)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the calendar view in the URL and names the viewer zone canonically', async () => {
    await page.goto(`${h.baseUrl}/?year=2020`);
    await page.locator('.fc-listYear-button').click();
    await page.waitForURL(/view=listYear/);
    // Chromium reports Asia/Saigon; the note names the canonical zone's city and offset.
    const note = await page.getByTestId('zone-note').innerText();
    expect(note).toContain('Ho Chi Minh, UTC+7');
    expect(note).not.toContain('Saigon');
    await page.locator('.fc-list-event-title a', { hasText: 'ARF-27' }).first().click();
    await page.getByTestId('delegations-table').waitFor();
    await page.goBack();
    await page.locator('.fc-listYear-view').waitFor();
    expect(page.url()).toMatch(/view=listYear/);
    expect(page.url()).toMatch(/year=2020/);
  });

  it('creates a meeting, with a duplicate edition reported next to the edition field', async () => {
    await signInThroughApi(page, h.baseUrl, 'secretariat@gavel.demo');
    await page.goto(`${h.baseUrl}/?year=2020`);
    await page.getByTestId('new-meeting').click();
    await page.getByTestId('meeting-series').selectOption(String(ammSeriesId));
    await page.getByTestId('meeting-edition').fill('53');
    await page.getByTestId('meeting-title-vi').fill('Hội nghị Bộ trưởng Ngoại giao ASEAN đặc biệt');
    await page.getByTestId('meeting-title-en').fill("Special ASEAN Foreign Ministers' Meeting");
    expect(await page.getByTestId('meeting-level').inputValue()).toBe('ministerial');
    await page.getByTestId('meeting-format').selectOption('virtual');
    await page.getByTestId('meeting-city-vi').fill('Hà Nội');
    await page.getByTestId('meeting-city-en').fill('Hanoi');
    expect(await page.getByTestId('meeting-zone').inputValue()).toBe('Ho Chi Minh, UTC+7');
    await page.getByTestId('meeting-start').fill('2020-11-20T09:00');
    await page.getByTestId('meeting-end').fill('2020-11-20T11:00');
    await page.getByTestId('save-meeting').click();
    expect(await page.getByTestId('field-error-edition').innerText()).toMatch(/already has this edition/);

    await page.getByTestId('meeting-edition').fill('');
    await page.getByTestId('save-meeting').click();
    await page.waitForURL(/\/meetings\/\d+$/);
    expect(await page.getByTestId('meeting-title').innerText()).toContain('Special ASEAN Foreign Ministers');
    expect(await page.getByTestId('meeting-when').innerText()).toMatch(/20 November 2020, 09:00 – 11:00/);
  });

  it('adds the DPRK delegation, moves it to Hanoi time, and removes it', async () => {
    await page.getByTestId('add-delegation').click();
    await page.getByTestId('delegation-party').selectOption(String(dprkId));
    expect(await page.getByTestId('delegation-zone').inputValue()).toBe('Pyongyang, UTC+9');
    await page.getByTestId('delegation-head').fill('Ri Son Gwon');
    await page.getByTestId('delegation-level').selectOption('minister');
    await page.getByTestId('save-delegation').click();
    // 09:00 in Hanoi is 11:00 in Pyongyang.
    await localStart(page, 'KP').filter({ hasText: '11:00' }).waitFor();
    expect(await page.getByTestId('delegation-count').innerText()).toContain('1');

    await page.getByTestId('edit-delegation-KP').click();
    await page.getByTestId('delegation-zone').fill('Asia/Hanoi');
    await page.getByTestId('save-delegation').click();
    await page.getByTestId('field-error-timeZone').waitFor();
    await page.getByTestId('delegation-zone').fill('Asia/Ho_Chi_Minh');
    await page.getByTestId('delegation-head').fill('DPRK Embassy representative');
    await page.getByTestId('delegation-level').selectOption('representative');
    await page.getByTestId('delegation-note-en').fill('Represented by the DPRK Embassy in Hanoi.');
    await page.getByTestId('delegation-note-vi').fill('Đại diện Đại sứ quán CHDCND Triều Tiên tại Hà Nội tham dự.');
    await page.getByTestId('save-delegation').click();
    await page.getByTestId('delegation-form').waitFor({ state: 'detached' });
    await localStart(page, 'KP').filter({ hasText: '09:00' }).waitFor();
    const row = await page.getByTestId('delegation-row-KP').innerText();
    // The zone as people read it: the city, the offset beside it.
    expect(row).toContain('Ho Chi Minh');
    expect(row).toContain('UTC+07:00');
    expect(row).toContain('Represented by the DPRK Embassy in Hanoi.');

    await page.getByTestId('remove-delegation-KP').click();
    await page.getByTestId('remove-delegation-KP-confirm').click();
    await page.getByTestId('delegation-row-KP').waitFor({ state: 'detached' });
    expect(await page.getByTestId('delegation-count').innerText()).toContain('0');
  });

  it('deletes the meeting after confirmation', async () => {
    const id = /\/meetings\/(\d+)$/.exec(page.url())![1];
    await page.getByTestId('edit-meeting').click();
    await page.getByTestId('delete-meeting').click();
    await page.getByTestId('delete-meeting-confirm').click();
    await page.waitForURL(`${h.baseUrl}/`);
    expect((await apiGet(h, `/api/meetings/${id}`)).status).toBe(404);
  });

  it('shows a journalist no way to write', async () => {
    const { page: journalist } = await h.newPage();
    await signInThroughApi(journalist, h.baseUrl, 'journalist@gavel.demo');
    await journalist.goto(`${h.baseUrl}/meetings/${arfId}`);
    await journalist.getByTestId('delegations-table').waitFor();
    expect(await journalist.getByTestId('edit-meeting').count()).toBe(0);
    expect(await journalist.getByTestId('add-delegation').count()).toBe(0);
    expect(await journalist.locator('[data-testid^="edit-delegation-"]').count()).toBe(0);
    expect(await journalist.locator('[data-testid^="remove-delegation-"]').count()).toBe(0);
    await journalist.goto(`${h.baseUrl}/?year=2020`);
    await journalist.locator('.fc').waitFor();
    expect(await journalist.getByTestId('new-meeting').count()).toBe(0);
    await journalist.goto(`${h.baseUrl}/meetings/new`);
    await journalist.getByTestId('forbidden').waitFor();
    expect(await journalist.getByTestId('new-meeting-form').count()).toBe(0);
  });
});
