/**
 * axe-core on every main page, in English and in Vietnamese, for a reader
 * and for the secretariat: no serious or critical violation (WCAG 2.2 AA
 * rules). A failure lists each rule with the elements it found.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

async function settle(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
}

describe('accessibility of the main pages (axe-core)', () => {
  let h: BrowserHarness;
  let meetingId: number;
  let documentId: number;
  const publicPages = () => [
    '/',
    '/partners',
    '/partners/NZ',
    '/people',
    '/documents',
    `/documents/${documentId}`,
    `/meetings/${meetingId}`,
    '/press',
    '/portal',
    `/portal/meetings/${meetingId}`,
    `/portal/meetings/${meetingId}/live`,
    '/search?q=asean',
    '/journal/2020-09-10',
    '/chairmanships',
    '/sign-in',
  ];
  const staffPages = () => [
    '/committee',
    '/committee/tasks',
    '/committee/deliverables',
    '/committee/bodies',
    '/documents/new',
    '/schedule',
    '/press/monitoring',
    '/admin/users',
    '/admin/audit',
    '/clusters/new',
    '/account',
  ];

  beforeAll(async () => {
    h = await startBrowserHarness();
    const meetings = (await h.app.inject('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    meetingId = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    documentId = (await h.app.inject('/api/documents?q=ha%20noi')).json<{ documents: Array<{ id: number }> }>().documents[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const locale of ['en-GB', 'vi-VN']) {
    it(`finds nothing serious for a reader, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      const found: string[] = [];
      for (const path of publicPages()) {
        await settle(page, `${h.baseUrl}${path}`);
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      }
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });

    it(`finds nothing serious for the secretariat, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      await signIn(page, h.baseUrl, 'admin@gavel.demo');
      const found: string[] = [];
      for (const path of staffPages()) {
        await settle(page, `${h.baseUrl}${path}`);
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      }
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});
