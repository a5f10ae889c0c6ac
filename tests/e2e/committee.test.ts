import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';
import { pdfOf } from '../helpers/files.js';

const figure = async (page: Page, id: string) => Number((await page.getByTestId(id).locator('strong').innerText()).trim());

describe('the committee prepares the 37th Summit', () => {
  let h: BrowserHarness;
  let staff: Page;
  let overdueBefore: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ page: staff } = await h.newPage({ locale: 'en-GB' }));
    await signIn(staff, h.baseUrl, 'secretariat@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the readiness dashboard for the 37th Summit and sees what is late', async () => {
    await staff.getByRole('link', { name: 'Committee' }).click();
    await staff.getByTestId('dashboard-title').filter({ hasText: '37th ASEAN Summit' }).waitFor();
    // The summit is long over: readiness as it stood on the day it opened, and the page says so.
    expect(await staff.getByTestId('as-of-banner').innerText()).toContain('Status as of 12 Nov 2020 — the meeting is over');
    await staff.getByTestId('chart-tasks').locator('canvas').waitFor();
    await staff.getByTestId('chart-documents').locator('canvas').waitFor();
    expect(await staff.getByTestId('pipeline-summary').innerText()).toContain('27 documents · adopted 15, noted 9, issued 3');
    overdueBefore = await figure(staff, 'figure-overdue-tasks');
    expect(overdueBefore).toBeGreaterThan(0);
    const late = staff.getByTestId('overdue-tasks');
    expect(await late.locator('tbody tr').count()).toBe(overdueBefore);
    expect(await late.innerText()).toContain('Security of the venue and delegations');

    // As of 1 Nov 2020 nothing was overdue yet, but the outcomes were at risk.
    await staff.getByTestId('as-of').fill('2020-11-01');
    await staff.getByText('Status as of 1 Nov 2020').waitFor();
    expect(await figure(staff, 'figure-overdue-tasks')).toBe(0);
    expect(await figure(staff, 'figure-at_risk')).toBeGreaterThan(0);
    // The documents as they stood then: all 27 registered, none adopted yet.
    expect(await staff.getByTestId('pipeline-summary').innerText()).toContain('27 documents · adopted 0, noted 0, issued 0');
  });

  it('records a decision at the 6th session that creates two tasks for two subcommittees', async () => {
    await staff.getByRole('link', { name: 'Sessions' }).click();
    await staff.getByTestId('session-6').click();
    await staff.getByTestId('session-title').filter({ hasText: 'Session 6' }).waitFor();
    const decisions = await staff.getByTestId('decision').count();

    await staff.getByTestId('decision-text-vi').fill('Chuẩn bị họp báo sau Hội nghị Cấp cao');
    await staff.getByTestId('decision-text-en').fill('Prepare the press conference after the Summit');
    for (const [i, vi, en, body] of [
      [0, 'Kịch bản họp báo', 'Press conference scenario', 'Protocol and Logistics Subcommittee'],
      [1, 'Thông cáo báo chí', 'Press release', 'Communications Subcommittee'],
    ] as const) {
      await staff.getByTestId('add-task').click();
      const row = staff.getByTestId(`task-row-${i}`);
      await row.getByTestId('task-title-vi').fill(vi);
      await row.getByTestId('task-title-en').fill(en);
      await row.getByTestId('task-body').selectOption({ label: body });
      await row.getByTestId('task-due').fill('10/11/2020');
    }
    await staff.getByTestId('record-decision').click();
    await staff.getByTestId('decision').nth(decisions).waitFor();
    const recorded = await staff.getByTestId('decision').nth(decisions).innerText();
    expect(recorded).toContain('Prepare the press conference after the Summit');
    expect(recorded).toContain('Press conference scenario');
    expect(recorded).toContain('Protocol and Logistics Subcommittee');
    expect(recorded).toContain('Press release');
    expect(recorded).toContain('Communications Subcommittee');
    expect(recorded).toContain('10 Nov 2020');

    // The minutes and one more attendee, picked from the people by name.
    await staff.getByTestId('session-record-edit').click();
    await staff.getByTestId('session-minutes').fill('The Committee assigned the remaining preparations for the 37th Summit.');
    await staff.getByTestId('session-attendees-add-search').fill('jock hoi');
    await staff.getByTestId('session-attendees-add-select').selectOption({ index: 1 });
    await staff.getByTestId('session-record-save').click();
    expect(await staff.getByTestId('session-minutes-card').innerText()).toContain('assigned the remaining preparations');
    expect(await staff.getByTestId('session-attendees-card').innerText()).toContain('Dato Lim Jock Hoi');
  });

  it('downloads the session report as a PDF', async () => {
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('report-pdf-vi').click()]);
    expect(download.suggestedFilename()).toBe('session-6-report-vi.pdf');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets the focal point of the Ministry of Industry and Trade see only its tasks and mark one done; the dashboard changes', async () => {
    // What is still open today, before the focal point acts.
    await staff.goto(`${h.baseUrl}/committee`);
    await staff.getByTestId('as-of-today').click();
    await staff.getByText('the day you chose').waitFor();
    const overdueToday = await figure(staff, 'figure-overdue-tasks');
    expect(overdueToday).toBeGreaterThan(0);
    const todayUrl = staff.url();

    const { page: focal } = await h.newPage({ locale: 'en-GB' });
    await signInThroughApi(focal, h.baseUrl, 'focal.moit@gavel.demo');
    await focal.goto(`${h.baseUrl}/committee/tasks`);
    const mine = focal.getByTestId('my-tasks');
    await mine.waitFor();
    const rows = mine.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Ministry of Industry and Trade');

    // One was done before the summit; the other is still in progress.
    expect(await rows.locator('.badge-t-done').count()).toBe(1);
    // By position: the row stays put when the page turns Vietnamese below.
    const first = rows.nth((await rows.allInnerTexts()).findIndex((text) => text.includes('Economic measures of the post-COVID-19 recovery plan')));
    await first.getByTestId('task-status').selectOption('done');
    await first.locator('.badge-t-done').waitFor();

    // The same page in Vietnamese.
    await focal.getByTestId('lang-vi').click();
    await focal.getByTestId('view-mine').filter({ hasText: 'Nhiệm vụ của tôi' }).waitFor();
    expect(await first.locator('.badge-t-done').innerText()).toBe('Đã hoàn thành');
    expect(await mine.innerText()).toContain('Bộ Công Thương');

    // Done today: no longer late as of today; as of the day the summit opened, it was still late then.
    await staff.goto(todayUrl);
    await staff.getByTestId('chart-tasks').locator('canvas').waitFor();
    expect(await figure(staff, 'figure-overdue-tasks')).toBe(overdueToday - 1);
    await staff.goto(`${h.baseUrl}/committee`);
    await staff.getByText('Status as of 12 Nov 2020').waitFor();
    expect(await figure(staff, 'figure-overdue-tasks')).toBe(overdueBefore);
  });

  it('attaches a file to a task, refusing what is not a document or image, in Vietnamese', async () => {
    await staff.getByTestId('lang-vi').click();
    await staff.goto(`${h.baseUrl}/committee/tasks?view=table`);
    await staff.getByRole('link', { name: 'Bảo đảm an ninh địa điểm và các đoàn' }).click();
    await staff.getByTestId('attachments').filter({ hasText: 'Tệp đính kèm' }).waitFor();

    const input = staff.getByTestId('attachment-input');
    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    await staff.getByTestId('attachment-upload').click();
    expect(await staff.getByTestId('attachment-error').innerText()).toContain('không phải PDF');

    const pdf = await pdfOf(['Kế hoạch bảo đảm an ninh']);
    await input.setInputFiles({ name: 'Kế hoạch an ninh.pdf', mimeType: 'application/pdf', buffer: pdf });
    await staff.getByTestId('attachment-upload').click();
    const item = staff.getByTestId('attachment').filter({ hasText: 'Kế hoạch an ninh.pdf' });
    await item.waitFor();
    const [download] = await Promise.all([staff.waitForEvent('download'), item.getByRole('link').click()]);
    expect(download.suggestedFilename()).toBe('Kế hoạch an ninh.pdf');
    expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
  });

  it('creates a deliverable with pickers, gives it a milestone before the 37th Summit and records progress, in Vietnamese', async () => {
    await staff.goto(`${h.baseUrl}/committee/deliverables`);
    await staff.getByTestId('deliverable-new').click();
    await staff.getByTestId('deliverable-title-vi').fill('Tuyên bố của Lãnh đạo về chuyển đổi số');
    await staff.getByTestId('deliverable-title-en').fill("Leaders' statement on digital transformation");
    await staff.getByTestId('deliverable-year').fill('2020');
    await staff.getByTestId('deliverable-started').fill('2020-06-01');
    await staff.getByTestId('deliverable-proposer-select').selectOption({ label: 'Việt Nam' });
    // Search narrows the list, diacritics ignored.
    await staff.getByTestId('deliverable-owners-add-search').fill('thong tin va truyen');
    await staff.getByTestId('deliverable-owners-add-select').selectOption({ label: 'Bộ Thông tin và Truyền thông' });
    expect(await staff.getByTestId('deliverable-owners-chip').allInnerTexts()).toEqual([expect.stringContaining('Bộ Thông tin và Truyền thông')]);
    await staff.getByTestId('deliverable-save').click();

    await staff.getByTestId('editor-title').filter({ hasText: 'Tuyên bố của Lãnh đạo về chuyển đổi số' }).waitFor();
    const milestones = staff.getByTestId('milestones-editor');
    await milestones.getByTestId('milestone-title-vi').fill('Trình Lãnh đạo thông qua');
    await milestones.getByTestId('milestone-meeting-search').fill('Cấp cao ASEAN lần thứ 37');
    await milestones.getByTestId('milestone-meeting-select').selectOption({ label: 'Hội nghị Cấp cao ASEAN lần thứ 37 — 12 thg 11, 2020' });
    await milestones.getByTestId('milestone-save').click();
    // "Before the 37th Summit" is its eve, 11 Nov 2020.
    expect(await milestones.getByTestId('milestone').filter({ hasText: 'Trình Lãnh đạo thông qua' }).innerText()).toContain('11 thg 11, 2020');

    const progress = staff.getByTestId('progress-editor');
    await progress.getByTestId('progress-percent').fill('40');
    await progress.getByTestId('progress-day').fill('2020-10-20');
    await progress.getByTestId('progress-save').click();
    expect(await progress.getByTestId('progress-update').innerText()).toContain('40%');

    await staff.getByTestId('deliverable-view').click();
    // The editor's heading is the same title: wait for the view itself, not just the heading.
    await staff.waitForURL(/\/committee\/deliverables\/\d+$/);
    await staff.getByRole('heading', { name: 'Tuyên bố của Lãnh đạo về chuyển đổi số' }).waitFor();
    await expect.poll(() => staff.locator('.eyebrow').first().textContent()).toContain('Đề xuất: Việt Nam');
  });

  it('removes a progress update and a milestone after asking on the page, in Vietnamese (not the browser’s own dialog)', async () => {
    await staff.goBack();
    const progress = staff.getByTestId('progress-editor');
    await progress.getByTestId('progress-update').waitFor();
    await progress.getByRole('button', { name: 'Xóa' }).click();
    await progress.getByText('Xóa lần cập nhật tiến độ này?').waitFor();
    await progress.locator('[data-testid$="-confirm"]').click();
    await progress.getByTestId('progress-update').waitFor({ state: 'detached' });

    const milestone = staff.getByTestId('milestone').filter({ hasText: 'Trình Lãnh đạo thông qua' });
    await milestone.getByRole('button', { name: 'Xóa' }).click();
    // The question names the milestone; "Keep" leaves it.
    await milestone.getByText('Xóa mốc “Trình Lãnh đạo thông qua”?').waitFor();
    await milestone.locator('[data-testid$="-confirm"]').click();
    await milestone.waitFor({ state: 'detached' });
  });

  it('shows the committee’s sub-navigation on the notifications page only to readers who may open its pages', async () => {
    const readers = [
      ['secretariat@gavel.demo', 1],
      ['journalist@gavel.demo', 0],
      ['liaison.nz@gavel.demo', 0],
    ] as const;
    const seen: Record<string, number> = {};
    for (const [email] of readers) {
      const { page, context } = await h.newPage({ locale: 'en-GB' });
      await signInThroughApi(page, h.baseUrl, email);
      await page.goto(`${h.baseUrl}/committee/notifications`);
      await page.getByTestId('digest').waitFor();
      seen[email] = await page.locator('main nav.sub-nav').count();
      await context.close();
    }
    expect(seen).toEqual(Object.fromEntries(readers));
  });
});
