/**
 * An administrator edits reference data on a phone, in Vietnamese: Brazil's
 * application granted (its status follows), the 2020→2021 handover and the
 * rotation, a subcommittee deactivated and a member added; no page is wider
 * than the phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe('an administrator edits reference data on a phone', () => {
  let h: BrowserHarness;
  let page: Page;

  const fitsThePhone = async (what: string) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, what).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/reference-data-${what.split('/').pop()}-390.png`, fullPage: true });
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it("follows Brazil's application and records it granted: the current status follows", async () => {
    await page.goto(`${h.baseUrl}/partners/BR`);
    const applications = page.getByTestId('applications');
    await applications.locator('.timeline-what').getByText('Được xem xét', { exact: true }).waitFor();
    expect(await applications.innerText()).toContain('Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54');
    // Named by its h1, as every page is (no section of its own in the tab title).
    await page.waitForFunction(() => document.title === 'Bra-xin · Gavel');
    await fitsThePhone('/partners/BR');

    await applications.locator('[data-testid$="-toggle"]').first().locator('summary').click();
    const step = applications.locator('form[data-testid^="step-form-"]');
    await step.getByTestId('step-kind').selectOption('granted');
    await step.getByTestId('step-on').fill('2022-08-03');
    await step.getByRole('button', { name: 'Ghi nhận' }).click();
    await applications.locator('.timeline-what').getByText('Được chấp thuận', { exact: true }).waitFor();
    await page.locator('.page-heading .badges').getByText('Đối tác đối thoại theo lĩnh vực').waitFor();
    expect(await page.getByTestId('status-history').locator('li').count()).toBe(2);
  });

  it('shows the handover from Viet Nam to Brunei at the 37th Summit and the rotation', async () => {
    await page.goto(`${h.baseUrl}/chairmanships`);
    const y2021 = page.getByTestId('chairmanship-2021');
    await y2021.getByTestId('handover').waitFor();
    const handover = await y2021.getByTestId('handover').innerText();
    expect(handover).toContain('Việt Nam');
    expect(handover).toContain('Hội nghị Cấp cao ASEAN lần thứ 37');
    expect(handover).toContain('lễ bế mạc');
    expect(await page.getByTestId('rotation-2023').innerText()).toContain('In-đô-nê-xi-a');
    await fitsThePhone('/chairmanships');

    // Gives the 2022 year its handover.
    await page.getByTestId('chairmanship-2022').getByTestId('chairmanship-edit').click();
    const form = page.getByTestId('chairmanship-edit-form');
    await form.getByTestId('handover-on').fill('2021-10-28');
    await form.getByTestId('event-vi').fill('Bru-nây chuyển giao vai trò Chủ tịch ASEAN cho Cam-pu-chia');
    await form.getByTestId('chairmanship-save').click();
    await page
      .getByTestId('chairmanship-2022')
      .getByTestId('handover')
      .getByText('Bru-nây chuyển giao vai trò Chủ tịch ASEAN cho Cam-pu-chia', { exact: true })
      .waitFor();
  });

  it('deactivates a subcommittee and adds a member to a body', async () => {
    await page.goto(`${h.baseUrl}/committee/bodies`);
    const health = page.getByTestId('body-sc-health');
    await health.getByTestId('body-edit').click();
    await health.getByTestId('body-deactivate').click();
    await health.getByTestId('body-deactivate-confirm').click();
    await health.getByTestId('body-deactivated').waitFor();
    await health.getByTestId('body-reactivate').waitFor();

    await health.getByTestId('member-person-search').fill('quoc dung');
    await health.getByTestId('member-person-select').selectOption({ index: 1 });
    await health.getByTestId('member-new-position').selectOption('head');
    await health.getByTestId('member-add').click();
    await health.locator('[data-testid^="member-"]').filter({ hasText: 'Nguyễn Quốc Dũng' }).first().waitFor();
    await fitsThePhone('/committee/bodies');
  });
});
