/**
 * The meeting room in two browsers: the New Zealand liaison asks for the
 * floor from its own screen; the chair's console shows the request without a
 * reload and gives the floor; the projector shows the speaker and the
 * countdown — in English, then in Vietnamese. The chair adopts documents from
 * the console and the portal's live page (an anonymous reader) shows each
 * decision without reloading, never the restricted one. Also at phone size
 * (390×844), with screenshots kept under test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { engines } from '../helpers/database.js';
import { httpSignIn, openStream } from '../helpers/sse.js';

const SHOTS = 'test-results/room';

// On both engines: the live room is what several app processes on PostgreSQL serve.
describe.each(engines)('the meeting room between the chair and a delegation on %s', (engine) => {
  let h: BrowserHarness;
  let chair: Page;
  let liaison: Page;
  let projector: Page;
  let portal: Page;
  let meetingId: number;
  let items: number[];

  /** The chair's page's own session does the setting up, as its forms would. */
  const call = (method: string, path: string, body?: unknown) =>
    chair.evaluate(
      async ({ method, path, body }) => {
        const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const res = await fetch(path, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, json: (await res.json()) as unknown };
      },
      { method, path, body },
    );

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startBrowserHarness({ engine });
    ({ page: chair } = await h.newPage());
    ({ page: liaison } = await h.newPage({ timezoneId: 'Pacific/Auckland' }));
    ({ page: projector } = await h.newPage());
    ({ page: portal } = await h.newPage({ timezoneId: 'Europe/Paris' }));
    await signIn(chair, h.baseUrl, 'secretariat@gavel.demo');
    await signInThroughApi(liaison, h.baseUrl, 'liaison.nz@gavel.demo');
    const { series } = (await (await fetch(`${h.baseUrl}/api/series`)).json()) as { series: Array<{ id: number; code: string }> };
    const { parties } = (await (await fetch(`${h.baseUrl}/api/parties`)).json()) as { parties: Array<{ id: number; code: string }> };
    const created = await call('POST', '/api/meetings', {
      seriesId: series.find((s) => s.code === 'EAS-FMM')!.id,
      titleEn: 'EAS Foreign Ministers, special session',
      titleVi: 'Phiên đặc biệt Bộ trưởng Ngoại giao EAS',
      level: 'ministerial',
      format: 'hybrid',
      status: 'confirmed',
      hostCityEn: 'Hanoi',
      hostCityVi: 'Hà Nội',
      hostTimeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2031-07-01T02:00:00Z',
      endsAt: '2031-07-01T05:00:00Z',
    });
    meetingId = (created.json as { id: number }).id;
    for (const [code, headLevel] of [
      ['NZ', 'minister'],
      ['VN', 'minister'],
      ['AU', 'minister'],
    ] as const) {
      await call('POST', `/api/meetings/${meetingId}/delegations`, { partyId: parties.find((p) => p.code === code)!.id, headLevel });
    }
    for (const [en, vi] of [
      ['Opening remarks', 'Phát biểu khai mạc'],
      ['Regional and international issues', 'Các vấn đề quốc tế và khu vực'],
    ]) {
      await call('POST', `/api/meetings/${meetingId}/agenda-items`, { titleEn: en, titleVi: vi });
    }
    const room = (await call('GET', `/api/meetings/${meetingId}/room`)).json as { items: Array<{ id: number }> };
    items = room.items.map((i) => i.id);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the liaison asks for the floor; the chair sees it live and gives it; the projector counts down (English)', async () => {
    await chair.goto(`${h.baseUrl}/meetings/${meetingId}/room`);
    await chair.getByTestId('lang-en').click();
    await chair.getByTestId('sitting-start').click();
    await chair.getByTestId('item-open').first().click();
    await chair.locator('[data-testid="agenda-item"][aria-current="step"]').filter({ hasText: 'Opening remarks' }).waitFor();
    expect(await call('PATCH', `/api/agenda-items/${items[0]}`, { speakingSeconds: 90 })).toMatchObject({ status: 200 });

    await liaison.goto(`${h.baseUrl}/meetings/${meetingId}/room`);
    await liaison.getByTestId('lang-en').click();
    // The liaison's zone named by city and offset (issue 16), never the raw IANA id.
    await liaison
      .getByTestId('own-time')
      .filter({ hasText: /Auckland, UTC\+1[23]/ })
      .waitFor();
    expect(await liaison.getByTestId('own-time').innerText()).not.toContain('Pacific/');
    await liaison.getByTestId('own-place').filter({ hasText: 'not on the list' }).waitFor();

    await projector.goto(`${h.baseUrl}/meetings/${meetingId}/projector`);
    await projector.getByTestId('lang-en').click();
    await projector.getByTestId('projector-item').filter({ hasText: 'Opening remarks' }).waitFor();

    const navigations: string[] = [];
    chair.on('framenavigated', (frame) => navigations.push(frame.url()));
    await liaison.getByTestId('ask-floor').click();
    await liaison.getByTestId('own-place').filter({ hasText: 'Your place in the list: 1' }).waitFor();

    const request = chair.getByTestId('waiting-speaker').filter({ hasText: 'New Zealand' });
    await request.waitFor({ timeout: 5_000 });
    await projector.getByTestId('projector-next').filter({ hasText: 'New Zealand' }).waitFor({ timeout: 5_000 });
    expect(navigations).toEqual([]);
    await request.getByTestId('give-floor').click();

    await chair.getByTestId('speaker-name').filter({ hasText: 'New Zealand' }).waitFor();
    await projector.getByTestId('projector-speaker').filter({ hasText: 'New Zealand' }).waitFor({ timeout: 5_000 });
    await liaison.getByTestId('own-place').filter({ hasText: 'You have the floor' }).waitFor({ timeout: 5_000 });
    const countdown = projector.getByTestId('countdown');
    const first = await countdown.textContent();
    expect(first).toMatch(/^1:(2\d|30)$/);
    await projector.waitForFunction((before) => document.querySelector('[data-testid="countdown"]')?.textContent !== before, first);
    expect(await countdown.getAttribute('role')).toBe('timer');
  });

  it('and in Vietnamese: the next request, the floor, the projector', async () => {
    for (const page of [chair, liaison, projector]) await page.getByTestId('lang-vi').click();
    await chair.getByTestId('speaker-done').click();
    await chair.getByTestId('now-speaking').filter({ hasText: 'Chưa có ai phát biểu' }).waitFor();
    await liaison.getByTestId('ask-floor').click();
    await liaison.getByTestId('own-place').filter({ hasText: 'Vị trí của bạn trong danh sách: 1' }).waitFor();
    const request = chair.getByTestId('waiting-speaker').filter({ hasText: 'Niu Di-lân' });
    await request.waitFor({ timeout: 5_000 });
    await request.getByTestId('give-floor').filter({ hasText: 'Mời phát biểu' }).click();
    await projector.getByTestId('projector-speaker').filter({ hasText: 'Niu Di-lân' }).waitFor({ timeout: 5_000 });
    await projector.getByText('Đang phát biểu').first().waitFor();
    await projector.getByTestId('countdown').waitFor();
    await liaison.getByTestId('own-place').filter({ hasText: 'Bạn đang phát biểu' }).waitFor({ timeout: 5_000 });
  });

  it('refuses a second request in words, in the language shown', async () => {
    await chair.getByTestId('add-speaker-delegation').selectOption({ label: 'Ô-xtrây-li-a' });
    await chair.getByTestId('add-speaker').click();
    await chair.getByTestId('waiting-speaker').filter({ hasText: 'Ô-xtrây-li-a' }).waitFor();
    await chair.getByTestId('add-speaker').click();
    await chair.getByTestId('room-error').filter({ hasText: 'Đoàn này đã có trong danh sách phát biểu' }).waitFor();
  });

  /** Registers a document acting at the meeting and takes it to "recommended", as the secretariat would. */
  const recommended = async (fields: Record<string, unknown>) => {
    const doc = (
      await call('POST', '/api/documents', { type: 'statement', pillar: 'cross_pillar', actingMeetingId: meetingId, intendedAction: 'adopt', ...fields })
    ).json as { id: number };
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended'])
      expect(await call('POST', `/api/documents/${doc.id}/transitions`, { to })).toMatchObject({ status: 200 });
    return doc.id;
  };
  const adopt = async (title: string, label: string) => {
    const row = chair.getByTestId('pending-document').filter({ hasText: title });
    await row.getByTestId('decide-adopt').filter({ hasText: label }).click();
    await row.getByTestId('decide-confirm').click();
    await chair.getByTestId('recorded-decision').filter({ hasText: title }).waitFor();
  };

  it('the chair adopts a document from the console; the portal live page shows it without reloading (English)', async () => {
    // A journalist follows the live stream meanwhile: it must never name the restricted document.
    const journalist = await openStream(h.baseUrl, { cookie: await httpSignIn(h.baseUrl, 'journalist@gavel.demo', 'gavel-demo-2020') });
    const publicId = await recommended({
      titleEn: 'Joint Statement on Marine Plastic Debris',
      titleVi: 'Tuyên bố chung về rác thải nhựa đại dương',
      confidentiality: 'public',
    });
    const restrictedId = await recommended({ titleEn: 'Confidential annex on fisheries', titleVi: 'Phụ lục mật về nghề cá', confidentiality: 'members' });
    await recommended({ titleEn: 'Work Plan on Connectivity', titleVi: 'Kế hoạch công tác về kết nối', confidentiality: 'public' });

    await portal.goto(`${h.baseUrl}/portal/meetings/${meetingId}/live`);
    await portal.getByTestId('lang-en').click();
    await portal.getByTestId('live-item').filter({ hasText: 'Opening remarks' }).waitFor();
    await portal.getByTestId('live-speaker').filter({ hasText: 'New Zealand' }).waitFor();
    const navigations: string[] = [];
    portal.on('framenavigated', (frame) => navigations.push(frame.url()));

    for (const page of [chair]) await page.getByTestId('lang-en').click();
    await chair.getByTestId('pending-document').filter({ hasText: 'Joint Statement on Marine Plastic Debris' }).waitFor({ timeout: 5_000 });
    await adopt('Confidential annex on fisheries', 'Adopt');
    await adopt('Joint Statement on Marine Plastic Debris', 'Adopt');
    await chair.getByTestId('recorded-decision').filter({ hasText: 'Adopted' }).first().waitFor();

    const shown = portal.getByTestId('recorded-decision').filter({ hasText: 'Joint Statement on Marine Plastic Debris' });
    await shown.waitFor({ timeout: 5_000 });
    expect(await shown.textContent()).toContain('Adopted');
    expect(await shown.textContent()).toContain('Opening remarks');
    expect(navigations).toEqual([]);
    expect(await portal.locator('body').textContent()).not.toContain('Confidential annex');
    expect(await portal.getByTestId('recorded-decision').count()).toBe(1);
    const docx = await portal.getByTestId('record-docx').getAttribute('href');
    expect(docx).toBe(`/api/meetings/${meetingId}/decisions/docx?lang=en`);

    // The public adoption reached the journalist; nothing about the restricted one did, not even its id.
    const isPublicDoc = (data: string) => {
      try {
        const c = JSON.parse(data) as { type?: string; id?: number | string };
        return c.type === 'document' && Number(c.id) === publicId;
      } catch {
        return false;
      }
    };
    await journalist.next((m) => isPublicDoc(m.data), 5_000);
    journalist.close();
    const mentioned = journalist
      .changes()
      .filter((c) => (c.type === 'document' && Number(c.id) === restrictedId) || (c.parent?.type === 'document' && c.parent.id === restrictedId));
    expect(mentioned).toEqual([]);
    expect(journalist.messages.some((m) => m.data.includes('Confidential annex'))).toBe(false);
  });

  it('and in Vietnamese: the next adoption reaches the portal live page', async () => {
    for (const page of [chair, portal]) await page.getByTestId('lang-vi').click();
    await adopt('Kế hoạch công tác về kết nối', 'Thông qua');
    const shown = portal.getByTestId('recorded-decision').filter({ hasText: 'Kế hoạch công tác về kết nối' });
    await shown.waitFor({ timeout: 5_000 });
    expect(await shown.textContent()).toContain('Đã thông qua');
    await portal.getByTestId('recorded-decision').filter({ hasText: 'Tuyên bố chung về rác thải nhựa đại dương' }).waitFor();
    expect(await portal.locator('body').textContent()).not.toContain('Phụ lục mật');
    await portal.getByTestId('live-item').filter({ hasText: 'Phát biểu khai mạc' }).waitFor();
  });

  it('keeps the agenda from the console: rename, move up, delete; the item under discussion is not deleted (Vietnamese)', async () => {
    expect(await call('POST', `/api/meetings/${meetingId}/agenda-items`, { titleEn: 'Any other business', titleVi: 'Các vấn đề khác' })).toMatchObject({
      status: 201,
    });
    const row = (text: string) => chair.getByTestId('agenda-item').filter({ hasText: text });
    const tools = async (text: string) =>
      row(text)
        .locator('details.agenda-keep')
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await row('Các vấn đề khác').waitFor({ timeout: 5_000 });
    await tools('Các vấn đề khác');
    await row('Các vấn đề khác').getByTestId('item-rename').click();
    await chair.getByTestId('rename-en').fill('Other matters');
    await chair.getByTestId('rename-vi').fill('Các vấn đề khác nữa');
    await chair.getByTestId('rename-save').click();
    await row('3. Các vấn đề khác nữa').waitFor();
    await tools('Các vấn đề khác nữa');
    await row('Các vấn đề khác nữa').getByTestId('item-up').click();
    await row('2. Các vấn đề khác nữa').waitFor();
    await row('3. Các vấn đề quốc tế và khu vực').waitFor();
    await tools('Các vấn đề khác nữa');
    await row('Các vấn đề khác nữa').getByTestId('item-delete').click();
    await row('Các vấn đề khác nữa').getByTestId('item-delete-confirm').click();
    await row('2. Các vấn đề quốc tế và khu vực').waitFor();
    expect(await row('Các vấn đề khác nữa').count()).toBe(0);
    // The item under discussion, with decisions on it, stays: refused in words.
    await tools('Phát biểu khai mạc');
    await row('Phát biểu khai mạc').getByTestId('item-delete').click();
    await row('Phát biểu khai mạc').getByTestId('item-delete-confirm').click();
    await chair.getByTestId('room-error').filter({ hasText: 'không thể xóa' }).waitFor();
    await portal.getByTestId('live-item').filter({ hasText: 'Phát biểu khai mạc' }).waitFor();
  });

  it('the meeting form lists every status, only the moves allowed from "in progress" enabled', async () => {
    await chair.goto(`${h.baseUrl}/meetings/${meetingId}/edit`);
    const options = chair.getByTestId('meeting-status').locator('option');
    await options.first().waitFor({ state: 'attached' });
    const states = await options.evaluateAll((os) => os.map((o) => `${(o as HTMLOptionElement).value}:${(o as HTMLOptionElement).disabled ? 'off' : 'on'}`));
    expect(states).toEqual(['planned:off', 'confirmed:off', 'in_progress:on', 'held:on', 'postponed:on', 'cancelled:off']);
    await chair.goto(`${h.baseUrl}/meetings/${meetingId}/room`);
    await chair.getByTestId('record-of-decisions').waitFor();
  });

  it('fits a phone: console, projector and the portal live page at 390×844', async () => {
    for (const [page, name] of [
      [chair, 'console'],
      [projector, 'projector'],
      [liaison, 'delegation'],
      [portal, 'portal-live'],
    ] as const) {
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: name !== 'projector' });
    }
    await projector.getByTestId('projector-speaker').filter({ hasText: 'Niu Di-lân' }).waitFor();
  });
});
