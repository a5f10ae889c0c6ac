/**
 * Every datum in the reader's language (issue 16): users' job titles in
 * Vietnamese and in English; where a datum exists only in the other
 * language, it is shown marked (a badge with a screen-reader label, `lang` on
 * the text); one's own job titles and zone on the profile, the zone named by
 * city and offset. At 1440×900 and 390×844, with no serious axe finding.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const sizes = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const languages = [
  { lang: 'vi' as const, locale: 'vi-VN', jobTitle: 'Chuyên viên, Ban Thư ký ASEAN Quốc gia', markLabel: '(Chỉ có bằng tiếng Anh)' },
  { lang: 'en' as const, locale: 'en-GB', jobTitle: 'Officer, National ASEAN Secretariat', markLabel: '(Only in English)' },
];

describe('data in the reader’s language', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(locale: string, size: { width: number; height: number }, email = 'admin@gavel.demo') {
    const context = await h.browser.newContext({ locale, viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await signInThroughApi(page, h.baseUrl, email);
    return { page, context };
  }

  const pageWidth = async (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  for (const size of sizes) {
    for (const l of languages) {
      it(`users show job titles in ${l.lang}, names only in English marked as such (${size.name})`, async () => {
        const { page, context } = await open(l.locale, size);
        await page.goto(`${h.baseUrl}/admin/users`);
        const card = page.getByTestId('user-secretariat@gavel.demo');
        await card.getByTestId('user-job-title').filter({ hasText: l.jobTitle }).waitFor();
        // The demo users' names exist in English only: marked in the Vietnamese UI, plain in the English one.
        const name = card.locator('strong').first();
        if (l.lang === 'vi') {
          await expect(name.locator('[lang="en"]').innerText()).resolves.toContain('National ASEAN Secretariat Officer');
          const mark = name.getByTestId('lang-mark');
          await expect(mark.getAttribute('lang')).resolves.toBe('vi');
          await expect(mark.textContent()).resolves.toBe(`EN${l.markLabel}`);
          await expect(page.getByTestId('account-link').getByTestId('lang-mark').count()).resolves.toBe(1);
        } else {
          await expect(name.innerText()).resolves.toBe('National ASEAN Secretariat Officer');
          await expect(card.getByTestId('lang-mark').count()).resolves.toBe(0);
          await expect(page.getByTestId('account-link').getByTestId('lang-mark').count()).resolves.toBe(0);
        }
        if (size.name === 'phone') expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
        await page.screenshot({ path: `test-results/languages-users-${size.name}-${l.lang}.png`, fullPage: size.name === 'phone' });
        const found = await seriousFindings(page);
        await context.close();
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  }

  it('an administrator corrects a job title; one left only in Vietnamese is shown marked in the English UI', async () => {
    const { page, context } = await open('en-GB', sizes[0]!);
    await page.goto(`${h.baseUrl}/admin/users`);
    const card = page.getByTestId('user-press@gavel.demo');
    await card.getByRole('button', { name: 'Change names and job title' }).click();
    const editor = card.locator('form');
    await editor.getByLabel('Name (Vietnamese)').fill('Cán bộ báo chí');
    await editor.getByLabel('Job title (English)').fill('');
    await editor.getByLabel('Job title (Vietnamese)').fill('Trưởng nhóm báo chí, Trung tâm Báo chí Quốc tế');
    await editor.getByRole('button', { name: 'Save' }).click();
    const title = card.getByTestId('user-job-title').filter({ hasText: 'Trưởng nhóm báo chí' });
    await title.waitFor();
    await expect(title.locator('[lang="vi"]').count()).resolves.toBe(1);
    await expect(title.getByTestId('lang-mark').textContent()).resolves.toBe('VI(Only in Vietnamese)');
    const found = await seriousFindings(page);
    await page.screenshot({ path: 'test-results/languages-users-corrected-en.png' });

    // In the Vietnamese UI the same title is the reader's own: no mark; the Vietnamese name is shown.
    await page.getByTestId('lang-vi').click();
    await card.getByRole('button', { name: 'Sửa tên và chức danh' }).waitFor();
    await card.getByTestId('user-job-title').filter({ hasText: 'Trưởng nhóm báo chí' }).waitFor();
    await expect(card.getByTestId('user-job-title').getByTestId('lang-mark').count()).resolves.toBe(0);
    await expect(card.locator('strong').first().innerText()).resolves.toBe('Cán bộ báo chí');
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  });

  for (const size of sizes) {
    it(`one's own job titles and zone on the profile, the zone by city and offset (${size.name})`, async () => {
      // One user per size: each starts from the demo's zone.
      const { page, context } = await open('vi-VN', size, size.name === 'phone' ? 'committee@gavel.demo' : 'secretariat@gavel.demo');
      await page.goto(`${h.baseUrl}/account`);
      const form = page.getByTestId('profile-form');
      await form.waitFor();
      // The zone field itself names the zone by city and offset, never by its IANA id.
      await expect(form.getByTestId('profile-zone').inputValue()).resolves.toBe('Ho Chi Minh, UTC+7');
      // The language picker names each language in itself, marked as such.
      await expect(form.locator('option[lang="vi"]').textContent()).resolves.toBe('Tiếng Việt');
      await expect(form.locator('option[lang="en"]').textContent()).resolves.toBe('English');
      await form.getByLabel('Chức danh (tiếng Anh)').fill(`Deputy Director, ${size.name}`);
      await form.getByLabel('Chức danh (tiếng Việt)').fill(`Phó Vụ trưởng, ${size.name}`);
      // An IANA id typed by hand is taken, and shown by city and offset once the field is left.
      await form.getByTestId('profile-zone').fill('Pacific/Auckland');
      await form.getByTestId('profile-zone').blur();
      await expect(form.getByTestId('profile-zone').inputValue()).resolves.toMatch(/^Auckland, UTC\+1[23]$/);
      await form.getByTestId('profile-zone').fill('Mars/Olympus');
      await form.getByRole('alert').waitFor();
      await expect(form.getByRole('button', { name: 'Lưu' }).isDisabled()).resolves.toBe(true);
      // A suggestion's label, as picked from the list (offered while the field has focus), is the zone too.
      await form.getByTestId('profile-zone').focus();
      await expect(form.getByTestId('profile-zone').evaluate((input) => (input as HTMLInputElement).list?.options.length ?? 0)).resolves.toBeGreaterThan(300);
      await form
        .getByTestId('profile-zone')
        .fill(
          await page.evaluate(() =>
            [...document.querySelectorAll('datalist option')].map((o) => (o as HTMLOptionElement).value).find((v) => v.startsWith('Auckland,'))!,
          ),
        );
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.getByRole('status').waitFor();
      const account = (await page.evaluate(async () => (await fetch('/api/account')).json())) as { jobTitleVi: string; timeZone: string };
      expect(account).toMatchObject({ jobTitleVi: `Phó Vụ trưởng, ${size.name}`, timeZone: 'Pacific/Auckland' });
      await page.screenshot({ path: `test-results/languages-profile-${size.name}-vi.png`, fullPage: true });
      if (size.name === 'phone') expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
      const found = await seriousFindings(page);
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  for (const l of languages) {
    it(`exports are labelled in the reader's language, percents written its way, clippings under their outlets' names (${l.lang})`, async () => {
      const { page, context } = await open(l.locale, sizes[0]!);
      const sessions = (await (await page.request.get(`${h.baseUrl}/api/committee/sessions`)).json()) as { sessions: Array<{ number: number }> };
      await page.goto(`${h.baseUrl}/committee/sessions/${sessions.sessions[0]!.number}`);
      const report = page.getByTestId('report-pdf-vi');
      await report.waitFor();
      const vietnamese = l.lang === 'vi' ? 'tiếng Việt' : 'Vietnamese';
      await expect(report.innerText()).resolves.toBe(`PDF · ${vietnamese}`);
      await expect(page.getByTestId('report-docx-en').innerText()).resolves.toBe(`DOCX · ${l.lang === 'vi' ? 'tiếng Anh' : 'English'}`);

      await page.goto(`${h.baseUrl}/committee/deliverables`);
      const progress = page.locator('.progress-label').first();
      await progress.waitFor();
      // "100%" both ways; never the French-style "100 %" the pages once wrote by hand.
      await expect(progress.innerText()).resolves.toMatch(/^\d+%$/);

      await page.goto(`${h.baseUrl}/press/monitoring`);
      await page.getByTestId('clipping').first().waitFor();
      const outlets = await page.locator('[data-testid="clipping"] .clipping-source').allInnerTexts();
      expect(outlets.sort()).toEqual(['Báo Thanh tra', 'Thời Đại', 'VnMedia']);
      const meta = await page.getByTestId('clipping').first().locator('p.muted').first().innerText();
      expect(meta).toContain(l.lang === 'vi' ? 'Tiếng Việt' : 'Vietnamese');
      expect(meta).not.toMatch(/ · vi · /);
      await context.close();
    });
  }
  it('says what a form field lacks in the UI language, not the browser’s', async () => {
    for (const [locale, required, email] of [
      ['vi-VN', 'Vui lòng điền vào ô này.', 'Vui lòng nhập địa chỉ e-mail, ví dụ ten@example.org.'],
      ['en-GB', 'Fill in this field.', 'Enter an e-mail address, like name@example.org.'],
    ] as const) {
      const context = await h.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/sign-in`);
      const field = page.getByTestId('sign-in-email');
      await page.getByTestId('sign-in-submit').click();
      expect(await field.evaluate((e: HTMLInputElement) => e.validationMessage)).toBe(required);
      await field.fill('not-an-address');
      await page.getByTestId('sign-in-submit').click();
      expect(await field.evaluate((e: HTMLInputElement) => e.validationMessage)).toBe(email);
      // Once the value is right, the browser's check passes again: the message was only a translation.
      await field.fill('admin@gavel.demo');
      expect(await field.evaluate((e: HTMLInputElement) => e.checkValidity())).toBe(true);
      await context.close();
    }
  });
});
