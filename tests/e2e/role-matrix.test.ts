import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingClusters, parties } from '../../src/server/db/schema.js';
import { scheduleLedger } from '../../src/server/scheduling/schema.js';
import { signIn, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

describe("a delegation's liaison sees its own delegation's schedule, not the chair's workbench", () => {
  let h: BrowserHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage({ locale: 'en-GB', timezoneId: 'Pacific/Auckland' }));
    // Burden from an accepted schedule: New Zealand's and another delegation's.
    const { db } = h.database;
    const [cluster] = await db.select({ id: meetingClusters.id }).from(meetingClusters).limit(1);
    const ids = Object.fromEntries((await db.select({ id: parties.id, code: parties.code }).from(parties)).map((p) => [p.code, p.id]));
    // The demo accepts 2020's held schedules; this test sets the year's ledger itself.
    await db.delete(scheduleLedger).where(eq(scheduleLedger.year, 2020));
    await db.insert(scheduleLedger).values([
      { year: 2020, clusterId: cluster!.id, partyId: ids.NZ!, burden: 135 },
      { year: 2020, clusterId: cluster!.id, partyId: ids.US!, burden: 540 },
    ]);
    await signIn(page, h.baseUrl, 'liaison.nz@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('offers its calendar feed in the navigation, and no scheduling workbench', async () => {
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Calendar feed' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Scheduling' }).count()).toBe(0);
  });

  it('is told the workbench is the secretariat’s when it opens it by address, and led to its own page', async () => {
    await page.goto(`${h.baseUrl}/schedule`);
    await page.getByTestId('workbench-forbidden').waitFor();
    await page.getByRole('link', { name: "Your delegation's calendar feed and burden" }).click();
    await page.waitForURL(`${h.baseUrl}/schedule/feeds`);
  });

  it("reads its own delegation's burden, in English and in Vietnamese, and no one else's", async () => {
    await page.getByRole('heading', { name: 'Burden of New Zealand' }).waitFor();
    expect(await page.getByTestId('own-burden-total').textContent()).toBe('135');
    expect(await page.getByTestId('own-burden').textContent()).not.toContain('540');
    await page.getByTestId('lang-vi').click();
    await page.getByRole('heading', { name: 'Gánh nặng lịch họp của Niu Di-lân' }).waitFor();
    await page.getByTestId('own-burden').getByText('Tổng cả năm').waitFor();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('own-burden-year').selectOption('2021');
    await page.getByTestId('own-burden-empty').waitFor();
  });

  it("finds no trace of the host's internal meetings", async () => {
    await page.goto(`${h.baseUrl}/search?q=National%20Committee`);
    await page.getByTestId('search-results').waitFor();
    expect(await page.getByTestId('search-results').locator('li[data-type="meeting"]').count()).toBe(0);
  });
});
