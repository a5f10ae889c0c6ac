/**
 * Reflow (WCAG 1.4.10): the main pages (main-pages.ts) on a 390 px phone
 * never scroll sideways; a failure names the elements that stick out. What
 * scrolls inside the page there instead (a wide table, a long diff) must be
 * reachable by keyboard and named (WCAG 2.1.1, 4.1.2): axe's
 * scrollable-region-focusable among the phone's findings, and every box that
 * scrolls a focusable region with a name. And axe-core at that size, in
 * English and in Vietnamese, for a reader and for the secretariat.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { mainPages, visit, type MainPages } from './main-pages.js';

/** The elements wider than the page that no scrolling box of theirs holds, with how far they stick out. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const found: string[] = [];
    for (const e of document.querySelectorAll('body *')) {
      const right = e.getBoundingClientRect().right;
      if (right <= width + 1) continue;
      let held = false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') held = true;
      if (!held && e.parentElement!.getBoundingClientRect().right <= width + 1)
        found.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} +${Math.round(right - width)} px`);
    }
    return found.length ? found.slice(0, 5) : [`the page is ${document.documentElement.scrollWidth} px wide`];
  });
}

/** The boxes that scroll at this size and cannot be reached by keyboard or have no name as a region. */
async function unreachableScrollBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(e);
      const scrollsX = /auto|scroll/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
      const scrollsY = /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
      if (!scrollsX && !scrollsY) continue;
      // A form control scrolls its own options; a box of controls (a checklist) is reached through them.
      if (e.matches('select, textarea') || e.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')) continue;
      const named = e.getAttribute('role') === 'region' && (e.getAttribute('aria-label') ?? '').trim() !== '';
      if (e.tabIndex >= 0 && named) continue;
      found.push(
        `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (tabindex ${e.getAttribute('tabindex') ?? '—'}, role ${e.getAttribute('role') ?? '—'})`,
      );
    }
    return found;
  });
}

describe('the main pages on a phone', () => {
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
    for (const audience of ['reader', 'secretariat'] as const) {
      it(`fits a 390 px phone without sideways scrolling; what scrolls inside is reachable and named; for the ${audience}, ${locale}`, async () => {
        const context = await h.browser.newContext({ locale, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const found: string[] = [];
        let scrollBoxes = 0;
        if (audience === 'secretariat') await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
        const paths = audience === 'reader' ? pages.publicPages.filter((p) => p !== '/sign-in') : pages.staffPages;
        await visit(page, h.baseUrl, paths, async (path) => {
          for (const f of await sideways(page)) found.push(`${path}: ${f}`);
          for (const f of await unreachableScrollBoxes(page)) found.push(`${path}: scrolls, unreachable or unnamed: ${f}`);
          for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
          scrollBoxes += await page.locator('.scroll-region[role="region"][tabindex="0"]').count();
        });
        await context.close();
        expect(found, found.join('\n')).toEqual([]);
        // Not vacuous: at this width wide tables do scroll, and are then focusable named regions.
        expect(scrollBoxes).toBeGreaterThan(0);
      }, 300_000);
    }
  }
});
