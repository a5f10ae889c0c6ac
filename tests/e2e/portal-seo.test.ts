/**
 * The portal meeting page as a browser gets it from the server: the head
 * carries the meeting's title and its schema.org Event, the app's CSP lets
 * the page run with no violation (JSON-LD is a data block, not a script),
 * and the app itself still renders the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe('portal pages for link previews and search engines', () => {
  let h: BrowserHarness;
  let meetingId: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const meetings = (await (await fetch(`${h.baseUrl}/api/meetings?year=2020&series=AMM`)).json()) as {
      meetings: Array<{ id: number; edition: number | null }>;
    };
    meetingId = meetings.meetings.find((m) => m.edition === 53)!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves the Event in the page under the CSP, and the app still renders it', async () => {
    const { page } = await h.newPage({ locale: 'en-GB' });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${h.baseUrl}/portal/meetings/${meetingId}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('meeting-title').waitFor();
    const event = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>);
    expect(event['@type']).toBe('Event');
    expect(event['url']).toBe(`${h.baseUrl}/portal/meetings/${meetingId}`);
    expect(event['startDate']).toMatch(/^2020-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(violations).toEqual([]);
  });
});
