/**
 * A page is shown only to who may use it. Opened by address by someone
 * signed out, by a journalist or by a delegation's liaison, in English and
 * in Vietnamese, every page that is wholly for one permission shows a
 * refusal page instead: one h1 naming the situation (also the tab's title),
 * a way to sign in, and none of the page's forms. Who may use which page is
 * the server's own permission table. Error pages have an h1 too, and pages
 * that share a heading (a meeting, its outcomes, its room, its projector)
 * still have titles of their own.
 */
import { asc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions, type Permission } from '../../src/server/auth/permissions.js';
import { deliverables } from '../../src/server/committee/schema.js';
import { meetingClusters, meetings } from '../../src/server/db/schema.js';
import type { Role } from '../../src/server/domain/vocabulary.js';
import { signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

/** Every route whose page is wholly for one permission (ids need not exist: the refusal comes first). */
const gated: ReadonlyArray<readonly [path: string, permission: Permission]> = [
  ['/account', 'session.signedIn'],
  ['/committee/notifications', 'session.signedIn'],
  ['/meetings/new', 'meetings.write'],
  ['/meetings/1/edit', 'meetings.write'],
  ['/committee', 'committee.read'],
  ['/committee/deliverables', 'committee.read'],
  ['/committee/deliverables/1', 'committee.read'],
  ['/committee/sessions', 'committee.read'],
  ['/committee/sessions/1', 'committee.read'],
  ['/committee/tasks', 'committee.read'],
  ['/committee/tasks/1', 'committee.read'],
  ['/committee/bodies', 'committee.read'],
  ['/committee/deliverables/new', 'committee.manage'],
  ['/committee/deliverables/1/edit', 'committee.manage'],
  ['/documents/new', 'documents.write'],
  ['/schedule', 'schedule.run'],
  ['/clusters/1/schedule', 'schedule.run'],
  ['/clusters/1/rules', 'schedule.run'],
  ['/clusters/new', 'schedule.write'],
  ['/clusters/1/edit', 'schedule.write'],
  ['/schedule/feeds', 'schedule.feeds'],
  ['/admin/security', 'security.manage'],
  ['/admin/users', 'users.manage'],
  ['/admin/outbox', 'mail.outbox'],
  ['/admin/audit', 'audit.read'],
  ['/press/review', 'press.review'],
  ['/press/monitoring', 'press.monitor'],
  ['/press/monitoring/clippings/1', 'press.monitor'],
  ['/press/monitoring/sources', 'press.monitor'],
  ['/press/monitoring/review', 'press.monitor'],
  ['/press/monitoring/review/2020-11-12', 'press.monitor'],
  ['/press/articles', 'press.write'],
  ['/press/articles/1', 'press.write'],
  ['/press/briefings', 'press.write'],
  ['/delegation', 'delegates.nominate'],
  ['/delegates/review', 'delegates.review'],
];

const readers: ReadonlyArray<{ name: string; email: string | null; roles: readonly Role[] }> = [
  { name: 'signed out', email: null, roles: [] },
  { name: 'a journalist', email: 'journalist@gavel.demo', roles: ['journalist'] },
  { name: "New Zealand's liaison", email: 'liaison.nz@gavel.demo', roles: ['delegation_liaison'] },
];

const languages = [
  {
    lang: 'en' as const,
    locale: 'en-GB',
    generic: 'Gavel · ASEAN chairmanship secretariat',
    signInTitle: 'Sign in to see this page',
    forbiddenTitle: 'Not for your account',
    notFound: 'Not found',
    noPage: 'Page not found',
  },
  {
    lang: 'vi' as const,
    locale: 'vi-VN',
    generic: 'Gavel · Ban Thư ký năm Chủ tịch ASEAN',
    signInTitle: 'Đăng nhập để xem trang này',
    forbiddenTitle: 'Trang không dành cho tài khoản của bạn',
    notFound: 'Không tìm thấy',
    noPage: 'Không tìm thấy trang',
  },
];

const refusal = '[data-testid="sign-in-needed"], [data-testid="forbidden"], [data-testid="workbench-forbidden"]';

/**
 * Opens a path in the app already loaded, as its links do (a full load for
 * each of a hundred pages would take minutes). The tab's title is the sign
 * the route was rendered: the title hook resets it on every navigation and
 * then names the page from its h1.
 */
async function open(page: Page, path: string, generic: string) {
  await page.evaluate((to) => {
    document.title = 'navigating';
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction((g) => document.title !== 'navigating' && document.title !== g, generic);
}

/** What a reader sees of the page shown: its h1s, sign-in links, form controls, the tab's title. */
async function look(page: Page) {
  // A page that is not refused is reported by what it shows instead, not by a hang.
  await page
    .locator(`main :is(${refusal})`)
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const main = page.locator('main');
  return {
    h1: await main.locator('h1').allInnerTexts(),
    signInLinks: await main.locator('a[href="/sign-in"]').count(),
    controls: await main.locator('form, input, select, textarea, button').count(),
    title: await page.title(),
    lang: await page.evaluate(() => document.documentElement.lang),
  };
}

/**
 * Opens a path (by its address, or through the app) and returns the tab's
 * title once it names the page's h1: "<kind> · <h1> · Gavel", the kind
 * being the h1's data-page-kind where the page has one.
 */
async function titleOf(page: Page, path: string, how: 'address' | 'app'): Promise<string> {
  if (how === 'address') await page.goto(path);
  else {
    await page.evaluate((to) => {
      document.title = 'navigating';
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
  const title = await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    const words = h1?.cloneNode(true) as HTMLElement | undefined;
    for (const mark of words?.querySelectorAll('.lang-mark') ?? []) mark.remove();
    const text = words?.textContent?.replace(/\s+/g, ' ').trim();
    const named = [h1?.getAttribute('data-page-kind'), text, 'Gavel'].filter(Boolean).join(' · ');
    return !!text && document.title === named && document.title;
  });
  return (await title.jsonValue()) as string;
}

describe('pages shown only to who may use them', () => {
  let h: BrowserHarness;
  const ids = { meeting: 0, cluster: 0, deliverable: 0 };

  beforeAll(async () => {
    h = await startBrowserHarness();
    const { db } = h.database;
    const [summit] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.titleEn, '37th ASEAN Summit')).limit(1);
    const [cluster] = await db.select({ id: meetingClusters.id }).from(meetingClusters).orderBy(asc(meetingClusters.id)).limit(1);
    const [deliverable] = await db.select({ id: deliverables.id }).from(deliverables).orderBy(asc(deliverables.id)).limit(1);
    ids.meeting = summit!.id;
    ids.cluster = cluster!.id;
    ids.deliverable = deliverable!.id;
    // Kept in English only: the Vietnamese UI shows it marked "EN", and the tab's title names it without the mark.
    await db.update(deliverables).set({ titleVi: '' }).where(eq(deliverables.id, deliverable!.id));
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(languages)('refuses every gated page to readers without its permission, in $lang, with no form', async (language) => {
    // The three readers at once, each in its own browser context.
    const problems = await Promise.all(
      readers.map(async (reader) => {
        const { page, context } = await h.newPage({ locale: language.locale });
        const found: string[] = [];
        if (reader.email) {
          await signIn(page, h.baseUrl, reader.email);
          // The profile's language wins at sign-in; the reader here reads the language under test.
          await page.getByTestId(`lang-${language.lang}`).click();
          await page.waitForFunction((lang) => document.documentElement.lang === lang, language.lang);
        }
        const refused = gated.filter(([, permission]) => !reader.roles.some((role) => (permissions[permission] as readonly Role[]).includes(role)));
        // The first page by its address (a full load: the session is asked for first), the others through the app.
        await page.goto(`${h.baseUrl}${refused[0]![0]}`);
        await page.waitForFunction((g) => document.title !== g && document.title !== 'Gavel', language.generic);
        for (const [index, [path]] of refused.entries()) {
          if (index > 0) await open(page, path, language.generic);
          const seen = await look(page);
          const h1 = reader.email ? language.forbiddenTitle : language.signInTitle;
          const expected = { h1: [h1], title: `${h1} · Gavel`, lang: language.lang };
          const got = { h1: seen.h1, title: seen.title, lang: seen.lang };
          if (JSON.stringify(got) !== JSON.stringify(expected)) found.push(`${reader.name} ${path}: ${JSON.stringify(got)}`);
          if (seen.signInLinks < 1) found.push(`${reader.name} ${path}: no sign-in link`);
          if (seen.controls > 0) found.push(`${reader.name} ${path}: ${seen.controls} form controls`);
        }
        await context.close();
        return found;
      }),
    );
    expect(problems.flat()).toEqual([]);
  });

  it('tells a liaison the workbench is the secretariat’s, and where its own page is', async () => {
    const { page, context } = await h.newPage();
    await signInThroughApi(page, h.baseUrl, 'liaison.nz@gavel.demo');
    await page.goto(`${h.baseUrl}/schedule`);
    const refused = page.getByTestId('workbench-forbidden');
    await refused.getByRole('heading', { level: 1, name: 'Not for your account' }).waitFor();
    expect(await refused.innerText()).toContain('Open to: Administrator, Secretariat.');
    await refused.getByRole('link', { name: 'Sign in with another account' }).waitFor();
    await refused.getByRole('link', { name: "Your delegation's calendar feed and burden" }).click();
    await page.waitForURL(`${h.baseUrl}/schedule/feeds`);
    await page.getByRole('heading', { level: 1, name: 'Calendar feeds' }).waitFor();
    await context.close();
  });

  it('brings a signed-out reader back to the page after signing in', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.baseUrl}/admin/users`);
    await page.getByTestId('sign-in-needed').getByRole('link', { name: 'Sign in' }).click();
    await page.getByTestId('sign-in-email').fill('admin@gavel.demo');
    await page.getByTestId('sign-in-password').fill('gavel-demo-2020');
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(`${h.baseUrl}/admin/users`);
    await page.getByTestId('invite-form').waitFor();
    await context.close();
  });

  it.each(languages)('gives a page that is not there an h1 and a title, in $lang', async (language) => {
    const { page, context } = await h.newPage({ locale: language.locale });
    for (const [path, h1] of [
      ['/documents/999999', language.notFound],
      ['/meetings/999999', language.notFound],
      ['/nope', language.noPage],
    ] as const) {
      await page.goto(`${h.baseUrl}${path}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.locator('main h1').allInnerTexts()).toEqual([h1]);
      await page.waitForFunction((t) => document.title === t, `${h1} · Gavel`);
      // Where to go instead: the calendar and the search.
      expect(await page.getByTestId('not-found').locator('a[href="/"], a[href="/search"]').count()).toBe(2);
    }
    await context.close();
  });

  it('names every page of one meeting, deliverable and cluster apart, in both languages', async () => {
    const { page, context } = await h.newPage();
    await signIn(page, h.baseUrl, 'secretariat@gavel.demo');
    const m = ids.meeting;
    const pages = [
      `/meetings/${m}`,
      `/meetings/${m}/outcomes`,
      `/meetings/${m}/room`,
      `/meetings/${m}/projector`,
      `/committee/deliverables/${ids.deliverable}`,
      `/committee/deliverables/${ids.deliverable}/edit`,
      `/clusters/${ids.cluster}/schedule`,
      `/clusters/${ids.cluster}/rules`,
    ];
    const english: string[] = [];
    // The first by its address (no navigation of the sign-in still under way), the others through the app.
    for (const [index, path] of pages.entries()) english.push(await titleOf(page, index ? path : `${h.baseUrl}${path}`, index ? 'app' : 'address'));
    expect(english.slice(0, 4)).toEqual([
      '37th ASEAN Summit · Gavel',
      'Outcome documents · 37th ASEAN Summit · Gavel',
      'Meeting room · 37th ASEAN Summit · Gavel',
      'Projector · 37th ASEAN Summit · Gavel',
    ]);
    expect(english[5]).toBe(`Editing a deliverable · ${english[4]}`);
    expect(english[6]).toMatch(/^Scheduling · /);
    expect(english[7]).toMatch(/^Scheduling rules · /);
    expect([...new Set(english)]).toEqual(english);

    await page.getByTestId('lang-vi').click();
    // The switch has landed (the page shown renamed) before the next page is opened.
    await page.waitForFunction(() => document.title.startsWith('Quy tắc xếp lịch · '));
    const vietnamese: string[] = [];
    for (const path of pages) vietnamese.push(await titleOf(page, path, 'app'));
    expect(vietnamese[1]).toMatch(/^Văn kiện kết quả · /);
    expect(vietnamese[2]).toMatch(/^Phòng họp · /);
    expect(vietnamese[3]).toMatch(/^Màn chiếu · /);
    expect(vietnamese[5]).toMatch(/^Chỉnh sửa kết quả · /);
    // The deliverable's title, kept only in English, is marked on the page but not in the tab.
    expect(vietnamese[4]).toBe(english[4]);
    expect(vietnamese[5]).toBe(`Chỉnh sửa kết quả · ${english[4]}`);
    expect([...new Set(vietnamese)]).toEqual(vietnamese);
    await context.close();
  });
});
