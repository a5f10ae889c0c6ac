import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { pdfOf } from '../helpers/files.js';

const word = 'quokkavertrag';
const misspelled = 'quokkavertrg';

describe('a draft becomes an outcome document, and the press finds it only then', () => {
  let h: BrowserHarness;
  let staff: Page;
  let press: Page;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page: staff } = await h.newPage());
    ({ page: press } = await h.newPage());
    await signInThroughApi(staff, h.baseUrl, 'secretariat@gavel.demo');
    await signInThroughApi(press, h.baseUrl, 'journalist@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  const searchAsPress = async (q = word) => {
    await press.goto(`${h.baseUrl}/documents?q=${q}`);
    await press.getByTestId('document-count').waitFor();
    return press.getByTestId('document-link').count();
  };

  it('the secretariat registers a draft for the 37th Summit and uploads two versions', async () => {
    await staff.goto(`${h.baseUrl}/documents`);
    await staff.getByTestId('new-document').click();
    await staff.getByTestId('new-titleEn').fill(`Declaration on ${word} cooperation`);
    await staff.getByTestId('new-titleVi').fill(`Tuyên bố về hợp tác ${word}`);
    // The meeting is chosen by name: narrow the list, then pick.
    await staff.getByTestId('new-actingMeetingId-filter').fill('summit 37');
    await staff.getByTestId('new-actingMeetingId').selectOption({ index: 1 });
    expect(await staff.getByTestId('new-actingMeetingId').locator('option:checked').innerText()).toContain('37th ASEAN Summit');
    await staff.getByTestId('new-confidentiality').selectOption('public_on_outcome');
    await staff.getByTestId('new-submit').click();
    await staff.getByTestId('document-title').filter({ hasText: word }).waitFor();

    await staff.getByTestId('upload-input').setInputFiles({
      name: 'draft-1.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfOf([`The leaders agree to strengthen ${word} cooperation.`]),
    });
    await staff.getByTestId('upload-button').click();
    await staff.getByTestId('version').first().waitFor();
    await staff.getByTestId('upload-input').setInputFiles({
      name: 'draft-2.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfOf([`The leaders agree to deepen ${word} cooperation.`]),
    });
    await staff.getByTestId('upload-button').click();
    await staff.getByTestId('diff').locator('ins').first().waitFor();
    expect(await staff.getByTestId('version').count()).toBe(2);
    expect(await staff.getByTestId('diff').locator('ins').first().innerText()).toContain('deepen');
    expect(await staff.getByTestId('diff').locator('del').first().innerText()).toContain('strengthen');
  });

  it('the secretariat corrects the title; the reference code stays', async () => {
    const eyebrow = await staff.locator('.eyebrow').innerText();
    await staff.getByTestId('edit-document').click();
    await staff.getByTestId('edit-titleEn').fill(`Ha Noi Declaration on ${word} cooperation`);
    await staff.getByTestId('edit-save').click();
    await staff
      .getByTestId('document-title')
      .filter({ hasText: `Ha Noi Declaration on ${word}` })
      .waitFor();
    expect(await staff.locator('.eyebrow').innerText()).toBe(eyebrow);
    expect(await staff.getByTestId('timeline-edit').last().innerText()).toMatch(/Details edited.*Title in English/s);
  });

  it('two people edit at once: the later one is told, and keeps their change on top of the other’s', async () => {
    await staff.getByTestId('edit-document').click();
    await staff.getByTestId('edit-pillar').selectOption('socio_cultural');
    // Meanwhile a ministry's focal point renames it in Vietnamese.
    const { page: focal } = await h.newPage();
    await signInThroughApi(focal, h.baseUrl, 'focal.moit@gavel.demo');
    await focal.goto(staff.url());
    await focal.getByTestId('edit-document').click();
    await focal.getByTestId('edit-titleVi').fill(`Tuyên bố Hà Nội về hợp tác ${word}`);
    await focal.getByTestId('edit-save').click();
    await focal.getByTestId('edit-document').waitFor();
    await focal.close();

    await staff.getByTestId('edit-save').click();
    await staff.getByTestId('edit-stale').waitFor();
    await staff.getByTestId('edit-start-again').click();
    await staff.waitForFunction(
      (title) => (document.querySelector('[data-testid="edit-titleVi"]') as HTMLInputElement | null)?.value === title,
      `Tuyên bố Hà Nội về hợp tác ${word}`,
    );
    expect(await staff.getByTestId('edit-pillar').inputValue()).toBe('socio_cultural');
    await staff.getByTestId('edit-save').click();
    await staff.getByTestId('edit-document').waitFor();
    expect(await staff.locator('.facts').innerText()).toContain('Socio-cultural');
    expect(await staff.getByTestId('timeline-edit').count()).toBe(3);
  });

  it('a journalist searching the same words sees nothing before adoption', async () => {
    expect(await searchAsPress()).toBe(0);
    await press.getByTestId('no-documents').waitFor();
    // Nor misspelled: the titles that come close are only those the press may see.
    expect(await searchAsPress(misspelled)).toBe(0);
    expect(await press.getByTestId('similar-hint').count()).toBe(0);
  });

  it('the secretariat moves it through the workflow to adopted', async () => {
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted']) {
      await staff.getByTestId(`transition-${to}`).click();
      await staff.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="timeline"] [data-testid="timeline-step"]').length === n,
        ['draft', 'circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted'].indexOf(to) + 1,
      );
    }
    expect(await staff.getByTestId('timeline-step').last().innerText()).toMatch(/Adopted.*37th ASEAN Summit/s);
    expect(await staff.getByTestId('workflow').innerText()).toContain('No step is open to you');
  });

  it('the journalist now finds it, with the match highlighted', async () => {
    expect(await searchAsPress()).toBe(1);
    expect(await press.locator('.snippet mark').first().innerText()).toBe(word);
    expect(await press.locator('.result-title mark').first().innerText()).toBe(word);
    await press.getByTestId('document-link').click();
    await press.getByTestId('document-title').filter({ hasText: word }).waitFor();
    expect(await press.getByTestId('version').count()).toBe(2);
  });

  it('a misspelled search finds it by its title and offers the right spelling', async () => {
    expect(await searchAsPress(misspelled)).toBe(1);
    expect(await press.getByTestId('similar-badge').count()).toBe(1);
    await press.getByTestId('did-you-mean').click();
    await press.waitForURL(new RegExp(`q=${word}$`));
    await press.getByTestId('similar-hint').waitFor({ state: 'detached' });
    expect(await press.getByTestId('document-link').count()).toBe(1);
    expect(await press.getByTestId('document-search').inputValue()).toBe(word);
  });
});

describe('the registry in pages', () => {
  let h: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page } = await h.newPage());
    await signInThroughApi(page, h.baseUrl, 'secretariat@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows one page at a time, and a link reproduces the page, filters and order', async () => {
    await page.goto(`${h.baseUrl}/documents`);
    await page.getByTestId('document-row').first().waitFor();
    expect(await page.getByTestId('document-row').count()).toBe(50);
    await page.getByTestId('filter-type').selectOption('declaration');
    await page
      .getByTestId('page-range')
      .filter({ hasText: /^1–\d+ of \d+$/ })
      .waitFor();
    await page.getByTestId('sort-reference').click();
    await page.waitForURL(/sort=reference/);
    await page.getByTestId('page-size').selectOption('25');
    await page.waitForURL(/size=25/);
    await page.getByTestId('page-next').click();
    await page.waitForURL(/page=2/);
    await page.getByTestId('page-range').filter({ hasText: /^26–/ }).waitFor();
    // The previous page stays (faded) until the next one arrives.
    await page.locator('[data-testid="registry-table"][aria-busy="false"]').waitFor();
    const shown = await page.getByTestId('document-row').first().innerText();
    expect(shown).toContain('/DECL/');

    await page.goto(page.url());
    await page.getByTestId('page-range').filter({ hasText: /^26–/ }).waitFor();
    expect(await page.getByTestId('document-row').first().innerText()).toBe(shown);
    expect(await page.getByTestId('filter-type').inputValue()).toBe('declaration');
  });
});
