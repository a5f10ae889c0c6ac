/**
 * Dates and zones in the forms, in the reader's language. A native date input
 * is drawn in the browser's own locale (here US English, whatever the page's
 * language): beside it the chosen value is written out in the UI language and
 * describes the input (docs/decisions/web-date-inputs.md). The meeting's zone
 * is named by city and offset, never by its IANA id; the journal's zone list
 * gives each zone's offset on the journal's day (Auckland is UTC+13 in
 * November, UTC+12 in June).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

/** An element's accessible name and description as Chromium computes them (what a screen reader is given). */
async function accessible(page: Page, selector: string): Promise<{ name?: string; description?: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return { name: node?.name?.value as string | undefined, description: node?.description?.value as string | undefined };
}

describe('dates and zones in the forms', () => {
  let h: BrowserHarness;
  let meetingId: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    meetingId = await demoMeetingId(h, 'SUMMIT', 37);
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const c of [
    {
      lang: 'vi',
      start: 'Thứ Năm, 12 tháng 11, 2020, 08:30',
      moved: 'Thứ Sáu, 13 tháng 11, 2020, 09:15',
      label: 'Bắt đầu (Ho Chi Minh, UTC+7)',
      hint: 'Nhập giờ theo múi giờ nơi tổ chức, Ho Chi Minh, UTC+7.',
    },
    {
      lang: 'en',
      start: 'Thursday, 12 November 2020, 08:30',
      moved: 'Friday, 13 November 2020, 09:15',
      label: 'Start (Ho Chi Minh, UTC+7)',
      hint: 'Enter times in the host time zone, Ho Chi Minh, UTC+7.',
    },
  ]) {
    it(`the meeting's edit page writes the start out in ${c.lang === 'vi' ? 'Vietnamese' : 'English'} beside the input and names the zone by city and offset`, async () => {
      // The browser's own language is US English: its date inputs read "11/12/2020, 08:30 AM".
      const context = await h.browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1360, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript((lang) => localStorage.setItem('gavel.lang', lang), c.lang);
      await signInThroughApi(page, h.baseUrl, 'secretariat@gavel.demo');
      await page.goto(`${h.baseUrl}/meetings/${meetingId}/edit`);
      const start = page.getByTestId('meeting-start');
      await expect(start.inputValue()).resolves.toBe('2020-11-12T08:30');
      await expect(page.getByTestId('meeting-start-echo').innerText()).resolves.toBe(c.start);
      // The words are the input's description, not part of its name.
      await expect(accessible(page, '[data-testid="meeting-start"]')).resolves.toEqual({ name: c.label, description: c.start });

      const form = await page.getByTestId('meeting-form').innerText();
      expect(form).toContain(c.hint);
      expect(form).not.toContain('Asia/');
      expect(form).not.toMatch(/UTC[+−-]\d\d:\d\d/);

      // A value typed follows at once.
      await start.fill('2020-11-13T09:15');
      await expect(page.getByTestId('meeting-start-echo').innerText()).resolves.toBe(c.moved);
      await page.screenshot({ path: `test-results/date-echo-${c.lang}.png` });
      await context.close();
    });
  }

  it("labels the journal's zones with their offsets on the journal's day", async () => {
    const { page, context } = await h.newPage({ locale: 'en-GB' });
    const auckland = async (day: string) => {
      await page.goto(`${h.baseUrl}/journal/${day}`);
      return page.locator('[data-testid="journal-zone"] option[value="Pacific/Auckland"]').innerText();
    };
    await expect(auckland('2020-11-12')).resolves.toBe('Auckland, UTC+13');
    await expect(auckland('2020-06-26')).resolves.toBe('Auckland, UTC+12');
    await expect(page.getByTestId('journal-pick-day-echo').innerText()).resolves.toBe('Friday, 26 June 2020');
    await context.close();
  });
});
