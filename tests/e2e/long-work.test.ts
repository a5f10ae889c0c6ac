/**
 * Long work shows progress and can be cancelled (issue 16, item 8): an
 * export held back by the network shows a progress bar and a Cancel button,
 * announced in a live region; Cancel aborts the request and nothing is
 * saved; let through, the file is saved under the server's name. In
 * Vietnamese and English, at 390×844 too, with no serious axe finding.
 */
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousFindings } from '../helpers/axe.js';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const cases = [
  { lang: 'vi', locale: 'vi-VN', width: 1440, height: 900, preparing: 'Đang chuẩn bị tệp…', cancel: 'Hủy', cancelled: 'Đã hủy.' },
  { lang: 'en', locale: 'en-GB', width: 390, height: 844, preparing: 'Preparing the file…', cancel: 'Cancel', cancelled: 'Cancelled.' },
];

describe('exports with progress and cancel', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const c of cases) {
    it(`the audit log's CSV: progress, Cancel, then a saved file (${c.lang}, ${c.width} px)`, async () => {
      const context = await h.browser.newContext({ locale: c.locale, viewport: { width: c.width, height: c.height } });
      const page = await context.newPage();
      await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
      await page.goto(`${h.baseUrl}/admin/audit`);
      const link = page.getByTestId('audit-csv');
      await link.waitFor();

      // The export held until the test lets it go: the page shows it is at work.
      const held: Route[] = [];
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/audit.csv*', async (route) => {
        held.push(route);
        await released;
        await route.continue().catch(() => {}); // the cancelled one is gone
      });
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));

      await link.click();
      const progress = page.getByTestId('audit-csv-progress');
      await progress.getByRole('status').filter({ hasText: c.preparing }).waitFor();
      await expect(progress.locator('progress').getAttribute('aria-label')).resolves.toBe(c.preparing);
      // Indeterminate: the server does not say how long it will take.
      await expect(progress.locator('progress').evaluate((p) => (p as HTMLProgressElement).position)).resolves.toBe(-1);
      await expect(link.getAttribute('aria-busy')).resolves.toBe('true');
      expect(held).toHaveLength(1);
      await page.screenshot({ path: `test-results/long-work-pending-${c.lang}-${c.width}.png` });
      const pendingFindings = await seriousFindings(page);

      await progress.getByRole('button', { name: c.cancel }).click();
      await progress.getByRole('status').filter({ hasText: c.cancelled }).waitFor();
      await expect(progress.locator('progress').count()).resolves.toBe(0);
      await expect(link.getAttribute('aria-busy')).resolves.toBeNull();

      // Let it through: the next click saves the file under the server's name.
      release();
      await page.unroute('**/api/audit.csv*');
      const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      expect(
        readFileSync((await file.path())!)
          .toString('utf8')
          .split('\n')[0],
      ).toContain(',');
      expect(downloads).toHaveLength(1);
      if (c.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
      expect(pendingFindings, pendingFindings.join('\n')).toEqual([]);
    });
  }
});
