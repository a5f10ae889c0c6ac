import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { png } from '../helpers/images.js';

describe('delegate accreditation in a browser', () => {
  let h: BrowserHarness;
  let liaison: Page;
  let secretariat: Page;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page: liaison } = await h.newPage({ locale: 'en-GB' }));
    ({ page: secretariat } = await h.newPage({ locale: 'vi-VN' }));
    await signIn(liaison, h.baseUrl, 'liaison.nz@gavel.demo');
    await signInThroughApi(secretariat, h.baseUrl, 'secretariat@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the liaison nominates a member, the secretariat approves, the liaison downloads the badge and the door accepts it', async () => {
    await liaison.getByRole('link', { name: 'My delegation' }).click();
    await liaison.getByTestId('delegation-title').filter({ hasText: 'Delegation of New Zealand' }).waitFor();
    const pmc = liaison.getByTestId('seats-amm53-pmc-nz');
    expect(await pmc.getByTestId('seats-left').innerText()).toBe('1 place left');

    const form = liaison.getByTestId('nominate-form');
    await form.getByTestId('nominate-scope').selectOption({ label: 'ASEAN-New Zealand Post Ministerial Conference (PMC+1)' });
    await form.locator('select[name="role"]').selectOption('member');
    await form.locator('input[name="fullName"]').fill('Mere Parata');
    await form.locator('input[name="position"]').fill('Political Counsellor, Embassy in Hanoi');
    await form.locator('input[name="email"]').fill('m.parata@example.nz');
    await form.locator('input[name="photo"]').setInputFiles({ name: 'mere.png', mimeType: 'image/png', buffer: png(60, 80) });
    await form.getByRole('button', { name: 'Nominate' }).click();
    await form.getByText('Mere Parata is nominated').waitFor();
    await pmc.getByTestId('seats-left').filter({ hasText: 'Quota reached' }).waitFor();
    const card = liaison.locator('[data-testid^="nomination-"]', { hasText: 'Mere Parata' });
    await card.getByTestId('nomination-status').filter({ hasText: 'Under review' }).waitFor();

    await secretariat.goto(`${h.baseUrl}/delegates/review`);
    await secretariat.getByTestId('filter-party').selectOption({ label: 'Niu Di-lân' });
    await secretariat.getByTestId('filter-status').selectOption({ label: 'Đang xét duyệt' });
    const row = secretariat.locator('[data-testid^="review-"]', { hasText: 'Mere Parata' });
    await row.getByRole('button', { name: 'Phê duyệt' }).click();
    // Approved, it leaves the queue of nominations under review.
    await row.waitFor({ state: 'detached' });
    await secretariat.getByTestId('filter-status').selectOption({ label: 'Đã duyệt' });
    await row.getByTestId('nomination-status').filter({ hasText: 'Đã duyệt' }).waitFor();

    await liaison.reload();
    await card.getByTestId('nomination-status').filter({ hasText: 'Approved' }).waitFor();
    const [download] = await Promise.all([liaison.waitForEvent('download'), card.getByTestId('badge-link').click()]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const href = await card.getByTestId('badge-link').getAttribute('href');
    const token = (await liaison.request.get(`${h.baseUrl}${href}`)).headers()['x-badge-token']!;
    expect(token.split('.')).toHaveLength(3);

    const { page: door } = await h.newPage({ locale: 'vi-VN' });
    await door.goto(`${h.baseUrl}/verify#${token}`);
    await door.locator('[data-testid="verify-result"][data-status="valid"]').waitFor();
    const shown = await door.getByTestId('verify-result').innerText();
    expect(shown).toContain('Mere Parata');
    expect(shown).toContain('Niu Di-lân');
    expect(shown).toContain('Đại biểu');
    await door.context().close();
  });
});
