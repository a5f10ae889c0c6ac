/**
 * A person's account and an administrator's security page, in a real
 * browser, with the Content-Security-Policy in force: no page of the app
 * breaks a directive (Chromium reports each violation on the console).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe('account and security pages', () => {
  let h: BrowserHarness;
  const violations: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows no CSP violation on the main pages', async () => {
    const { page } = await h.newPage();
    watch(page);
    await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
    for (const path of ['/?year=2020', '/committee', '/documents', '/schedule', '/portal', '/press']) await load(page, `${h.baseUrl}${path}`);
    // The API's own page (Swagger UI) is not the app's: loaded when the network is quiet.
    await page.goto(`${h.baseUrl}/api/docs`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('changes a password in Vietnamese after a refusal, and signs out everywhere', async () => {
    const { page } = await h.newPage({ locale: 'vi-VN' });
    watch(page);
    await signIn(page, h.baseUrl, 'committee@gavel.demo');
    await page.getByTestId('account-link').click();
    await page.getByRole('heading', { name: 'Tài khoản của bạn' }).waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill('gavel-demo-2020');
    await page.getByLabel('Mật khẩu mới').fill('password1234');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Mật khẩu không được chấp nhận');
    await page.getByLabel('Mật khẩu mới').fill('sông hồng mùa nước nổi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu').waitFor();
    await page.getByTestId('sign-out-everywhere').click();
    await page.getByTestId('sign-in-link').waitFor();
    await signIn(page, h.baseUrl, 'committee@gavel.demo', 'sông hồng mùa nước nổi');
    expect(violations).toEqual([]);
  });

  it('chooses a daily digest for committee tasks on the account page, in English', async () => {
    const { page } = await h.newPage({ locale: 'en-GB' });
    await signInThroughApi(page, h.baseUrl, 'focal.moit@gavel.demo');
    await page.goto(`${h.baseUrl}/account`);
    const form = page.getByTestId('mail-preferences');
    await form.getByLabel('Committee tasks (assigned, overdue)').selectOption({ label: 'Daily digest' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Your e-mail preferences are saved.').waitFor();
    await page.reload();
    await expect(page.getByTestId('mail-preferences').getByLabel('Committee tasks (assigned, overdue)').inputValue()).resolves.toBe('daily');
  });

  it('tells the stranger to wait and shows the administrator the failed sign-ins, on a phone', async () => {
    const { page: stranger } = await h.newPage();
    await stranger.goto(`${h.baseUrl}/sign-in`);
    // After three free failures each one makes the next wait 1 s, 2 s, 4 s …: on a loaded machine an
    // attempt can take longer than the first waits, so the stranger guesses until told to wait
    // (at most eight guesses: the account locks at ten).
    let told = '';
    for (let i = 0; i < 8 && !/Too many failed attempts/.test(told); i++) {
      await stranger.getByTestId('sign-in-email').fill('journalist@gavel.demo');
      await stranger.getByTestId('sign-in-password').fill(`guess-${i}`);
      // Each attempt answered before the next: the alert of the one before is still on screen.
      const answered = stranger.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in') && r.request().method() === 'POST');
      await stranger.getByTestId('sign-in-submit').click();
      const status = (await answered).status();
      await stranger.getByRole('alert').waitFor();
      // The alert is rendered from the answer: wait for the one this attempt got.
      if (status === 429)
        await stranger
          .getByRole('alert')
          .filter({ hasText: /Too many failed attempts/ })
          .waitFor();
      told = await stranger.getByRole('alert').innerText();
    }
    expect(told).toMatch(/Too many failed attempts/);

    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    watch(page);
    await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
    await page.goto(`${h.baseUrl}/admin/security`);
    await page.getByTestId('security-events').getByText('Failed sign-in').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
    expect(violations).toEqual([]);
  });
});
