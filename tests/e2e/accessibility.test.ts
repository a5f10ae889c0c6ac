/**
 * axe-core on every main page, in English and in Vietnamese, for a reader
 * and for the secretariat: no serious or critical violation (WCAG 2.2 AA
 * rules). A failure lists each rule with the elements it found. The same
 * pages on a phone: accessibility-phone.test.ts (a file of its own, so that
 * the two test workers share the walk).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { load, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { mainPages, visit, type MainPages } from './main-pages.js';

describe('accessibility of the main pages (axe-core)', () => {
  let h: BrowserHarness;
  let pages: MainPages;

  beforeAll(async () => {
    h = await startBrowserHarness();
    pages = await mainPages(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const locale of ['en-GB', 'vi-VN']) {
    it(`finds nothing serious for a reader, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      const found: string[] = [];
      await visit(page, h.baseUrl, pages.publicPages, async (path) => {
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      });
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });

    it(`finds nothing serious for the secretariat, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
      const found: string[] = [];
      await visit(page, h.baseUrl, pages.staffPages, async (path) => {
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      });
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });

    it(`a wide screen gets no needless tab stop: tables that fit are plain boxes, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
      await load(page, `${h.baseUrl}/committee/deliverables`);
      await page.locator('.scroll-region').first().waitFor();
      const regions = await page.locator('.scroll-region[tabindex]').count();
      await context.close();
      expect(regions).toBe(0);
    });
  }
});
