/**
 * axe-core on every main page, in English and in Vietnamese, for a reader
 * and for the secretariat: no serious or critical violation (WCAG 2.2 AA
 * rules). A failure lists each rule with the elements it found.
 *
 * And reflow (WCAG 1.4.10): the same pages on a 390 px phone never scroll
 * sideways; a failure names the elements that stick out. What scrolls inside
 * the page there instead (a wide table, a long diff) must be reachable by
 * keyboard and named (WCAG 2.1.1, 4.1.2): axe's scrollable-region-focusable
 * among the phone's findings, and every box that scrolls a focusable region
 * with a name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { load, navigate, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

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

/**
 * Opens each page in turn, settled (helpers/browser.ts): the first by its
 * address, the others through the app as its links do, and hands it over.
 */
async function visit(page: Page, baseUrl: string, paths: string[], look: (path: string) => Promise<void>) {
  for (const [index, path] of paths.entries()) {
    if (index === 0) await load(page, `${baseUrl}${path}`);
    else await navigate(page, path);
    await look(path);
  }
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
  let clusterId: number;
  let deliverableId: number;
  let sessionNumber: number;
  const staffPages = () => [
    '/committee',
    '/committee/tasks',
    '/committee/deliverables',
    `/committee/deliverables/${deliverableId}`,
    '/committee/sessions',
    `/committee/sessions/${sessionNumber}`,
    `/clusters/${clusterId}/rules`,
    `/clusters/${clusterId}/schedule`,
    `/clusters/${clusterId}/edit`,
    `/meetings/${meetingId}/edit`,
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
    const { page, context } = await h.newPage();
    await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
    const staff = async <T>(url: string) => (await (await page.request.get(`${h.baseUrl}${url}`)).json()) as T;
    clusterId = (await staff<{ clusters: Array<{ id: number }> }>('/api/clusters')).clusters[0]!.id;
    deliverableId = (await staff<{ deliverables: Array<{ id: number }> }>('/api/deliverables')).deliverables[0]!.id;
    sessionNumber = (await staff<{ sessions: Array<{ number: number }> }>('/api/committee/sessions')).sessions[0]!.number;
    await context.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const locale of ['en-GB', 'vi-VN']) {
    it(`finds nothing serious for a reader, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      const found: string[] = [];
      await visit(page, h.baseUrl, publicPages(), async (path) => {
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      });
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });

    it(`finds nothing serious for the secretariat, ${locale}`, async () => {
      const { page, context } = await h.newPage({ locale });
      await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
      const found: string[] = [];
      await visit(page, h.baseUrl, staffPages(), async (path) => {
        for (const f of await seriousFindings(page)) found.push(`${path}: ${f}`);
      });
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });

    for (const audience of ['reader', 'secretariat'] as const) {
      it(`fits a 390 px phone without sideways scrolling; what scrolls inside is reachable and named; for the ${audience}, ${locale}`, async () => {
        const context = await h.browser.newContext({ locale, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const found: string[] = [];
        let scrollBoxes = 0;
        if (audience === 'secretariat') await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
        const paths = audience === 'reader' ? publicPages().filter((p) => p !== '/sign-in') : staffPages();
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
