/**
 * The main tasks by keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.7): the skip link,
 * signing in, finding a document in the registry and opening it, the phone's
 * menu; and every tab stop on the main pages shows where focus is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingId, load, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

/** What has focus: its test id, else its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return '';
    return e.getAttribute('data-testid') ?? `${e.tagName.toLowerCase()}:${(e.textContent ?? '').trim().slice(0, 40)}`;
  });

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, wanted: (focus: string) => boolean, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`not reached by ${max} presses of Tab`);
}

/** The tab stops of a page (the first `max`) whose focus cannot be seen: no outline and no shadow. */
async function invisibleFocus(page: Page, max = 50): Promise<string[]> {
  const found = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      // Focus inside a control's own shadow tree (a date field's calendar button) is drawn by the browser.
      if (!e || e === document.body || !e.matches(':focus')) return null;
      const style = getComputedStyle(e);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      // A transparent file input shows its focus on the button under it (layout/FileInput.tsx).
      const shownBeside = e.matches('.file-input-native') && getComputedStyle(e.nextElementSibling!).outlineStyle !== 'none';
      if (outline || style.boxShadow !== 'none' || shownBeside) return null;
      return `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${e.getAttribute('data-testid') ?? (e.textContent ?? '').trim().slice(0, 30)}`;
    });
    if (stop) found.add(stop);
  }
  return [...found];
}

describe('the main tasks by keyboard alone', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('skips to the content, signs in, finds a document in the registry and opens it', async () => {
    const { page, context } = await h.newPage();
    await page.goto(`${h.baseUrl}/documents`);
    await page.locator('h1').first().waitFor();
    // The first stop is the skip link, shown when it has focus; it leads past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

    await page.goto(`${h.baseUrl}/sign-in`);
    await page.locator('h1').first().waitFor();
    await tabTo(page, (f) => f === 'sign-in-email');
    await page.keyboard.type('secretariat@gavel.demo');
    await tabTo(page, (f) => f === 'sign-in-password');
    await page.keyboard.type('gavel-demo-2020');
    await page.keyboard.press('Enter');
    await page.getByTestId('sign-out').waitFor();

    await page.goto(`${h.baseUrl}/documents`);
    await page.getByTestId('document-count').waitFor();
    await tabTo(page, (f) => f === 'document-search');
    await page.keyboard.type('tuyen bo ha noi');
    await page.getByTestId('document-link').filter({ hasText: 'Ha Noi Declaration' }).first().waitFor();
    const link = await tabTo(page, (f) => f === 'document-link');
    expect(link).toBe('document-link');
    const title = await page.evaluate(() => document.activeElement!.textContent!.trim());
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: title }).waitFor();
    await context.close();
  });

  it('on a phone, opens the menu and follows a link by keyboard', async () => {
    const context = await h.browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/`);
    await page.locator('h1').first().waitFor();
    await tabTo(page, (f) => f.startsWith('button:Danh mục'));
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f === 'a:Văn kiện');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.baseUrl}/documents`);
    await page.locator('h1', { hasText: 'Văn kiện' }).waitFor();
    await context.close();
  });

  it('shows where focus is at every tab stop of the main pages', async () => {
    const { page, context } = await h.newPage();
    const summit = await demoMeetingId(h, 'SUMMIT', 37);
    await page.goto(`${h.baseUrl}/sign-in`);
    await page.getByTestId('sign-in-email').fill('admin@gavel.demo');
    await page.getByTestId('sign-in-password').fill('gavel-demo-2020');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-out').waitFor();
    const found: string[] = [];
    for (const path of [
      '/',
      `/meetings/${summit}`,
      '/documents',
      '/committee',
      '/committee/tasks',
      '/clusters/1/rules',
      '/press/monitoring',
      '/admin/users',
      '/portal',
    ]) {
      await load(page, `${h.baseUrl}${path}`);
      for (const stop of await invisibleFocus(page)) found.push(`${path}: ${stop}`);
    }
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  }, 180_000);
});
