/**
 * A journalist applies for accreditation signed in, signs out and back in,
 * and finds the application under "my applications", then the badge once a
 * press officer approved it; the UI follows the profile's language at
 * sign-in whatever the browser's. In Vietnamese and in English; the English
 * journalist signs back in through the identity provider (a real OpenID
 * provider on 127.0.0.1, tests/helpers/oidc-provider.ts).
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema.js';
import { signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { png } from '../helpers/images.js';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';

const words = {
  vi: { apply: 'Đăng ký tác nghiệp', send: 'Gửi đơn', mine: 'Hồ sơ của tôi', pending: 'Đang xét duyệt', approved: 'Đã duyệt' },
  en: { apply: 'Apply for accreditation', send: 'Send application', mine: 'My applications', pending: 'Under review', approved: 'Approved' },
};

describe('my applications in a browser', () => {
  let h: BrowserHarness;
  let idp: TestProvider;

  beforeAll(async () => {
    idp = await startTestProvider({ jane: { email: 'Journalist-EN@gavel.test', email_verified: true } }, () => `${h.baseUrl}/sign-in/oidc`);
    h = await startBrowserHarness({
      env: { GAVEL_OIDC_ISSUER: idp.issuer, GAVEL_OIDC_CLIENT_ID: idp.clientId, GAVEL_OIDC_CLIENT_SECRET: idp.clientSecret, GAVEL_OIDC_NAME: 'Gov ID' },
    });
    idp.loginAs('jane');
  });
  afterAll(async () => {
    await h?.close();
    await idp?.close();
  });

  /** The press officer approves through the API, as staff would from their own screen. */
  async function approve(fullName: string) {
    const { page: officer, context } = await h.newPage();
    await signInThroughApi(officer, h.baseUrl, 'press@gavel.demo');
    const { csrfToken } = (await (await officer.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
    const events = (await (await officer.request.get(`${h.baseUrl}/api/press/events`)).json()) as { events: Array<{ id: number; slug: string }> };
    const event = events.events.find((e) => e.slug === 'summit-37-press-center')!;
    const list = (await (await officer.request.get(`${h.baseUrl}/api/press/events/${event.id}/applications`)).json()) as {
      applications: Array<{ id: number; fullName: string }>;
    };
    const id = list.applications.find((a) => a.fullName === fullName)!.id;
    const res = await officer.request.post(`${h.baseUrl}/api/press/applications/${id}/decision`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { decision: 'approve' },
    });
    expect(res.status()).toBe(200);
    await context.close();
  }

  for (const [language, browserLocale, email] of [
    ['vi', 'en-GB', 'journalist@gavel.demo'],
    ['en', 'vi-VN', 'journalist-en@gavel.test'],
  ] as const) {
    it(`in ${language === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      const w = words[language];
      const { db } = h.database;
      if (language === 'en') {
        const [demo] = await db.select().from(users).where(eq(users.email, 'journalist@gavel.demo'));
        await db.insert(users).values({ email, displayName: 'English-speaking Journalist', passwordHash: demo!.passwordHash, roles: ['journalist'] });
      }
      // The language chosen on the profile, as the account page sets it.
      await db.update(users).set({ language, languageChosen: true }).where(eq(users.email, email));
      const fullName = language === 'vi' ? 'Đỗ Thị Thu Hà' : 'Jane Reporter';

      const { page } = await h.newPage({ locale: browserLocale });
      await signIn(page, h.baseUrl, email);
      // The browser speaks the other language; the profile wins at sign-in.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

      await page.goto(`${h.baseUrl}/press`);
      await page.getByTestId('press-event-summit-37-press-center').getByRole('link', { name: w.apply }).click();
      const form = page.getByTestId('apply-form');
      await form.locator('input[name="fullName"]').fill(fullName);
      await form.locator('input[name="outlet"]').fill('VnExpress');
      await form.locator('input[name="nationality"]').fill('VN');
      await form.locator('input[name="idDocumentNumber"]').fill(language === 'vi' ? 'B7654321' : 'P1234567');
      await form.locator('input[name="email"]').fill('reporter@example.org');
      await form.locator('input[name="photo"]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png(60, 80) });
      // The consent the form shows must be ticked (docs/privacy.md).
      await form.getByTestId('apply-consent').locator('input[type="checkbox"]').check();
      await form.getByRole('button', { name: w.send }).click();
      await page.waitForURL(/\/press\/applications\/\d+\?key=/);

      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-link').waitFor();
      if (language === 'vi') await signIn(page, h.baseUrl, email);
      else {
        await page.goto(`${h.baseUrl}/sign-in`);
        await page.getByTestId('sign-in-oidc').filter({ hasText: 'Gov ID' }).click();
        await page.getByTestId('sign-out').waitFor();
        await page.waitForURL((u) => u.pathname === '/');
      }
      await page.getByRole('navigation').getByRole('link', { name: w.mine }).click();
      await page.getByRole('heading', { level: 1, name: w.mine }).waitFor();
      const card = page.locator('[data-testid^="my-application-"]', { hasText: fullName });
      await card.getByTestId('my-application-status').filter({ hasText: w.pending }).waitFor();
      expect(await page.title()).toContain(w.mine);

      await approve(fullName);
      await page.reload();
      await card.getByTestId('my-application-status').filter({ hasText: w.approved }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('my-badge-link').click()]);
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });
  }
});
