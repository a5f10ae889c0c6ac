/**
 * An administrator invites a ministry's focal point; the invitation, caught
 * by a real SMTP server on 127.0.0.1, is opened; the focal point sets a
 * password, signs in and sees its body's tasks. In Vietnamese and in
 * English; the pages also at a phone's width.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const cases = [
  {
    lang: 'vi' as const,
    locale: 'vi-VN',
    email: 'daumoi.bct@moit.gov.vn',
    name: 'Industry and Trade focal point',
    nameVi: 'Đầu mối Bộ Công Thương',
    subject: 'Lời mời tham gia Gavel',
    invite: 'Gửi lời mời',
    setPassword: 'Đặt mật khẩu',
    body: 'Bộ Công Thương',
    incomplete: 'Đường dẫn này không đầy đủ hoặc đã hết hạn. Hãy mở toàn bộ đường dẫn trong thư, hoặc yêu cầu đường dẫn mới.',
    askNew: 'Yêu cầu đường dẫn mới',
    forgotTitle: 'Đặt lại mật khẩu',
  },
  {
    lang: 'en' as const,
    locale: 'en-GB',
    email: 'focal2.moit@moit.gov.vn',
    name: 'Second Industry and Trade focal point',
    nameVi: '',
    subject: 'Your invitation to Gavel',
    invite: 'Send the invitation',
    setPassword: 'Set the password',
    body: 'Ministry of Industry and Trade',
    incomplete: 'This link is incomplete or has expired. Open the whole link from your e-mail, or ask for a new one.',
    askNew: 'Ask for a new link',
    forgotTitle: 'Reset your password',
  },
];

describe('inviting a ministry focal point by e-mail', () => {
  let h: BrowserHarness;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await startBrowserHarness({ env: { GAVEL_SMTP_URL: smtp.url, GAVEL_MAIL_POLL_SECONDS: '0.5' } });
    await mkdir('test-results', { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it.each(cases)('in $lang: invite, open the e-mail, set a password, sign in, see the body’s tasks', async (c) => {
    const { page: admin, context: adminContext } = await h.newPage({ locale: c.locale });
    await signIn(admin, h.baseUrl, 'admin@gavel.demo');
    await admin
      .getByRole('link', { name: c.lang === 'vi' ? 'Quản trị' : 'Administration' })
      .first()
      .click();
    await admin.getByTestId('invite-form').waitFor();
    await admin.getByTestId('invite-email').fill(c.email);
    await admin.getByTestId('invite-name').fill(c.name);
    if (c.nameVi) await admin.getByTestId('invite-name-vi').fill(c.nameVi);
    await admin.getByTestId('invite-language').selectOption(c.lang);
    await admin.getByTestId('invite-role-ministry_focal_point').check();
    // A focal point without its body is refused, naming the field.
    await admin.getByTestId('invite-submit').click();
    await expect(admin.getByRole('alert').innerText()).resolves.toContain('bodyIds');
    await admin.getByTestId('invite-bodies').selectOption({ label: c.body });
    await admin.getByRole('button', { name: c.invite, exact: true }).click();
    // The notice naming the invitee (the live cue is a status region too).
    await admin.getByRole('status').filter({ hasText: c.email }).waitFor();
    await admin.getByTestId(`user-${c.email}`).waitFor();
    await adminContext.close();

    const mail = await smtp.waitFor((m) => m.to.includes(c.email));
    expect(mail.subject).toBe(c.subject);
    const link = /http:\/\/127\.0\.0\.1:\d+\/set-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link?.startsWith(h.baseUrl)).toBe(true);

    const { page, context } = await h.newPage({ locale: c.locale });
    await page.goto(link!);
    await page.getByTestId('set-password').fill('mùa thu hà nội rất đẹp');
    await page.getByRole('button', { name: c.setPassword }).click();
    await page.getByTestId('set-password-sign-in').click();
    expect(await page.getByTestId('sign-in-email').inputValue()).toBe(c.email);
    await page.getByTestId('sign-in-password').fill('mùa thu hà nội rất đẹp');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-out').waitFor();
    await page.goto(`${h.baseUrl}/committee/tasks`);
    const mine = page.getByTestId('my-tasks');
    await mine.waitFor();
    const rows = await mine.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(c.body);

    // The link works once; opened again, it offers a new one.
    await page.goto(link!);
    await page.getByRole('alert').waitFor();
    await page.getByRole('link', { name: c.askNew }).waitFor();
    await context.close();
  });

  it.each(cases)('in $lang: the set-password page opened without its token says the link is incomplete or expired and leads to a new one', async (c) => {
    const { page, context } = await h.newPage({ locale: c.locale });
    for (const path of ['/set-password', '/set-password?token=', '/set-password?token=cut%20short']) {
      await page.goto(`${h.baseUrl}${path}`);
      expect(await page.getByTestId('link-incomplete').innerText(), path).toBe(c.incomplete);
      // The one message: no second error from the server's validation.
      expect(await page.getByRole('alert').count(), path).toBe(1);
    }
    await page.getByRole('link', { name: c.askNew }).click();
    await page.waitForURL(`${h.baseUrl}/forgot-password`);
    await page.getByRole('heading', { level: 1, name: c.forgotTitle }).waitFor();
    await context.close();
  });

  it('shows the users, outbox and set-password pages at a phone’s width', async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
    for (const path of ['/admin/users', '/admin/outbox', '/account']) {
      await load(page, `${h.baseUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `test-results/invitation-${path.split('/').pop()}-390.png`, fullPage: true });
    }
    await context.close();
  });
});
