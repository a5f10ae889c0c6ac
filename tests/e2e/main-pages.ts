/**
 * The main pages the accessibility checks open (accessibility*.test.ts): a
 * reader's and the secretariat's, with the demo's ids they need, and how
 * they are opened in turn.
 */
import type { Page } from 'playwright-core';
import { load, navigate, signInThroughApi, type BrowserHarness } from '../helpers/browser.js';

export interface MainPages {
  /** What a reader (signed out) opens. */
  publicPages: string[];
  /** What the secretariat opens (signed in as the administrator). */
  staffPages: string[];
}

/** The main pages, with ids from the demo data of the harness's app. */
export async function mainPages(h: BrowserHarness): Promise<MainPages> {
  const meetings = (await h.app.inject('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
  const meetingId = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
  const documentId = (await h.app.inject('/api/documents?q=ha%20noi')).json<{ documents: Array<{ id: number }> }>().documents[0]!.id;
  const { page, context } = await h.newPage();
  await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
  const staff = async <T>(url: string) => (await (await page.request.get(`${h.baseUrl}${url}`)).json()) as T;
  const clusterId = (await staff<{ clusters: Array<{ id: number }> }>('/api/clusters')).clusters[0]!.id;
  const deliverableId = (await staff<{ deliverables: Array<{ id: number }> }>('/api/deliverables')).deliverables[0]!.id;
  const sessionNumber = (await staff<{ sessions: Array<{ number: number }> }>('/api/committee/sessions')).sessions[0]!.number;
  await context.close();
  return {
    publicPages: [
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
    ],
    staffPages: [
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
    ],
  };
}

/**
 * Opens each page in turn, settled (helpers/browser.ts): the first by its
 * address, the others through the app as its links do, and hands it over.
 */
export async function visit(page: Page, baseUrl: string, paths: string[], look: (path: string) => Promise<void>) {
  for (const [index, path] of paths.entries()) {
    if (index === 0) await load(page, `${baseUrl}${path}`);
    else await navigate(page, path);
    await look(path);
  }
}
