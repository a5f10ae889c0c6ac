/**
 * The calendar's short names and zone picker, at a desk and on a phone, in
 * both languages: PMC+1 titles give way to "PMC+1 Japan" where they do not
 * fit, the full title shows on focus and hover, and any delegation's clock
 * can be chosen (kept in the URL), the times re-rendered in its zone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const sizes = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const languages = [
  { lang: 'en', locale: 'en-GB', japan: 'Japan', nz: 'New Zealand' },
  { lang: 'vi', locale: 'vi-VN', japan: 'Nhật Bản', nz: 'Niu Di-lân' },
] as const;

/** Minutes after midnight of the first "HH:mm" in an event's time. */
const minutesOf = (time: string) => {
  const [, h, m] = /(\d{2}):(\d{2})/.exec(time)!;
  return Number(h) * 60 + Number(m);
};

async function eventTime(page: Page, meetingId: string): Promise<number> {
  return minutesOf(await page.locator(`.fc-event[data-meeting-id="${meetingId}"] .ev-time`).first().innerText());
}

describe('the calendar: short names and any delegation’s zone', () => {
  let h: BrowserHarness;
  let clusterId: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const clusters = (await (await fetch(`${h.baseUrl}/api/clusters`)).json()) as { clusters: Array<{ id: number; titleEn: string }> };
    clusterId = clusters.clusters.find((c) => c.titleEn.startsWith('53rd AMM'))!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const size of sizes) {
    for (const language of languages) {
      it(`${size.name} in ${language.lang}: PMC+1 Japan in the week, the full title on focus, New Zealand's clock`, async () => {
        const context = await h.browser.newContext({
          locale: language.locale,
          timezoneId: 'Asia/Ho_Chi_Minh',
          viewport: { width: size.width, height: size.height },
        });
        try {
          const page = await context.newPage();
          await page.goto(`${h.baseUrl}/?cluster=${clusterId}&view=timeGridWeek`);
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language.lang);

          // The PMC+1 with Japan: too long for its column, it shows its short name.
          const short = page.locator('.fc-event[data-shortened="true"]', { hasText: `PMC+1 ${language.japan}` }).first();
          await short.waitFor();
          const full = (await short.getAttribute('data-full-title'))!;
          expect(full.length).toBeGreaterThan(`PMC+1 ${language.japan}`.length);
          expect(await short.getAttribute('aria-label')).toContain(full);

          // Its full title on focus (the keyboard) and on hover (the pointer).
          await short.focus();
          const tip = page.getByTestId('event-tip');
          await tip.filter({ hasText: full }).waitFor();
          await short.evaluate((el) => (el as HTMLElement).blur());
          await tip.waitFor({ state: 'detached' });
          await short.hover();
          await tip.filter({ hasText: full }).waitFor();

          // New Zealand's clock: Auckland is 5 hours ahead of Hanoi in September 2020.
          const meetingId = (await short.getAttribute('data-meeting-id'))!;
          const inHanoi = await eventTime(page, meetingId);
          await page.getByTestId('zone-picker').selectOption('NZ');
          await page.waitForURL(/zone=NZ/);
          await page.getByTestId('zone-note').filter({ hasText: 'Auckland, UTC+12' }).waitFor();
          expect(await page.getByTestId('zone-note').innerText()).toContain(language.nz);
          await page.waitForFunction(
            ([id, before]) => {
              const time = document.querySelector(`.fc-event[data-meeting-id="${id}"] .ev-time`)?.textContent ?? '';
              const match = /(\d{2}):(\d{2})/.exec(time);
              return match !== null && Number(match[1]) * 60 + Number(match[2]) !== before;
            },
            [meetingId, inHanoi] as const,
          );
          expect(((await eventTime(page, meetingId)) - inHanoi + 24 * 60) % (24 * 60)).toBe(5 * 60);
          const option = await page.getByTestId('zone-picker').locator('option[value="NZ"]').innerText();
          expect(option).toBe(`${language.nz} — Auckland, UTC+12`);

          // The choice is in the URL: a reload keeps it.
          await page.reload();
          await page.getByTestId('zone-note').filter({ hasText: 'Auckland, UTC+12' }).waitFor();
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          await page.screenshot({ path: `test-results/calendar-zones-${size.name}-${language.lang}.png` });
        } finally {
          await context.close();
        }
      });
    }
  }
});
