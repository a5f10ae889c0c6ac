/**
 * Two people on the same meeting page: the secretariat changes the meeting,
 * the other page shows it without a reload, with the quiet "updated" cue,
 * in English and in Vietnamese.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe('live updates between two browsers', () => {
  let h: BrowserHarness;
  let staff: Page;
  let reader: Page;
  let meetingId: number;

  /** A change made from the staff page's own session, as its forms would send it. */
  const rename = (titleEn: string, titleVi: string) =>
    staff.evaluate(
      async ({ id, titleEn, titleVi }) => {
        const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const res = await fetch(`/api/meetings/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify({ titleEn, titleVi }),
        });
        return res.status;
      },
      { id: meetingId, titleEn, titleVi },
    );

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page: staff } = await h.newPage());
    ({ page: reader } = await h.newPage());
    await signIn(staff, h.baseUrl, 'secretariat@gavel.demo');
    const meetings = (await (await fetch(`${h.baseUrl}/api/meetings?year=2020&series=AMM`)).json()) as {
      meetings: Array<{ id: number; edition: number | null }>;
    };
    meetingId = meetings.meetings.find((m) => m.edition === 53)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a change made in the other browser without a reload, in English', async () => {
    await reader.goto(`${h.baseUrl}/meetings/${meetingId}`);
    await reader.getByTestId('lang-en').click();
    await reader.getByTestId('meeting-title').waitFor();
    const navigations: string[] = [];
    reader.on('framenavigated', (frame) => navigations.push(frame.url()));
    expect(await rename('53rd AMM, live in English', 'AMM 53, trực tiếp')).toBe(200);
    await reader.getByTestId('meeting-title').filter({ hasText: 'live in English' }).waitFor({ timeout: 5_000 });
    await reader.getByTestId('live-cue').filter({ hasText: 'Updated' }).waitFor({ timeout: 5_000 });
    expect(await reader.getByTestId('live-cue').getAttribute('aria-live')).toBe('polite');
    expect(navigations).toEqual([]);
  });

  it('and in Vietnamese', async () => {
    await reader.getByTestId('lang-vi').click();
    await reader.getByTestId('meeting-title').filter({ hasText: 'AMM 53, trực tiếp' }).waitFor();
    const navigations: string[] = [];
    reader.on('framenavigated', (frame) => navigations.push(frame.url()));
    expect(await rename('53rd AMM, second change', 'AMM 53, thay đổi lần hai')).toBe(200);
    await reader.getByTestId('meeting-title').filter({ hasText: 'thay đổi lần hai' }).waitFor({ timeout: 5_000 });
    await reader.getByTestId('live-cue').filter({ hasText: 'Đã cập nhật' }).waitFor({ timeout: 5_000 });
    expect(navigations).toEqual([]);
  });
});
