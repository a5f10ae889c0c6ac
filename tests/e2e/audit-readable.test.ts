/**
 * The audit log read in the reader's language, Vietnamese and English: events
 * and record types by name (an unknown code as it is), details as short
 * lines "field: from → to" with instants, days, wall-clock times and time
 * zones written out (never raw JSON, ISO strings or IANA ids), a record
 * linked to its page, the filter's choices named too; no serious axe finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange, systemActor } from '../../src/server/changelog/record.js';
import { changeEvents } from '../../src/server/db/schema.js';
import { seriousFindings } from '../helpers/axe.js';
import { demoMeetingId, signInThroughApi, startBrowserHarness, type BrowserHarness } from '../helpers/browser.js';

const cases = [
  {
    locale: 'vi-VN',
    signIn: 'Đăng nhập',
    nomination: 'Đề cử đại biểu 14',
    meeting: 'Hội nghị',
    changed: 'Thay đổi',
    startFrom: '08:30 12 thg 11, 2020',
    start: '09:00 12 thg 11, 2020',
    day: '9 thg 11, 2020',
    wallClock: '08:00 9 thg 11, 2020',
  },
  {
    locale: 'en-GB',
    signIn: 'Signed in',
    nomination: 'Delegate nomination 14',
    meeting: 'Meeting',
    changed: 'Changed',
    startFrom: '12 Nov 2020, 08:30',
    start: '12 Nov 2020, 09:00',
    day: '9 Nov 2020',
    wallClock: '9 Nov 2020, 08:00',
  },
];

describe('the audit log in the reader’s language', () => {
  let h: BrowserHarness;
  let meetingId: number;

  beforeAll(async () => {
    h = await startBrowserHarness();
    meetingId = await demoMeetingId(h, 'SUMMIT', 37);
    // Events of the shapes the modules write: a decision on a nomination, a meeting moved,
    // a delegation added (its zone), rules with a day and a wall-clock time.
    const { db } = h.database;
    await recordChange(db, systemActor, {
      entityType: 'delegate_nomination',
      entityId: 14,
      action: 'update',
      changes: { status: { from: 'pending', to: 'approved' } },
    });
    await recordChange(db, systemActor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'update',
      changes: { startsAt: { from: '2020-11-12T01:30:00.000Z', to: '2020-11-12T02:00:00.000Z' } },
    });
    await recordChange(db, systemActor, {
      entityType: 'delegation',
      entityId: 9001,
      action: 'create',
      changes: { meetingId, partyId: 3, timeZone: 'Asia/Ho_Chi_Minh', isPublic: true },
    });
    await recordChange(db, systemActor, {
      entityType: 'schedule_cluster_rules',
      entityId: 1,
      action: 'update',
      changes: { windowFrom: { from: null, to: '2020-11-09' }, fixedAt: '2020-11-09T08:00' },
    });
    // A row from an older version, whose codes this one does not know: shown as they are.
    await db.insert(changeEvents).values({ entityType: 'legacy_record', entityId: '1', action: 'archived', changes: {} });
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const c of cases) {
    it(`names events and records and writes out the details, ${c.locale}`, async () => {
      const { page, context } = await h.newPage({ locale: c.locale });
      await signInThroughApi(page, h.baseUrl, 'admin@gavel.demo');
      await page.goto(`${h.baseUrl}/admin/audit`);
      const table = page.getByTestId('audit-events');
      await table.locator('tbody tr').first().waitFor();
      const text = await table.innerText();
      await page.screenshot({ path: `test-results/audit-readable-${c.locale}.png`, fullPage: true });

      for (const raw of ['sign_in', 'delegate_nomination', 'schedule_cluster_rules', '{"', 'Asia/', '"from"']) expect(text).not.toContain(raw);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      expect(text).toContain(c.signIn);
      expect(text).toContain(c.nomination);
      expect(text).toContain(c.changed);
      expect(text).toContain('status: pending → approved');
      expect(text).toContain(`startsAt: ${c.startFrom} → ${c.start}`);
      expect(text).toContain('timeZone: Ho Chi Minh, UTC+7');
      expect(text).toContain(`windowFrom: — → ${c.day}`);
      expect(text).toContain(`fixedAt: ${c.wallClock}`);
      // An unknown code falls back to the code.
      expect(text).toContain('archived');
      expect(text).toContain('legacy_record 1');

      // A record with a page links to it; a delegation to its meeting.
      await expect(table.locator(`a[href="/meetings/${meetingId}"]`).count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(table.getByRole('link', { name: c.nomination }).count()).resolves.toBe(0);

      // The filter's choices by name too.
      const actions = await page.locator('select[name="action"] option').allInnerTexts();
      expect(actions).toContain(c.signIn);
      expect(actions.join(' ')).not.toContain('sign_in');
      const types = await page.locator('select[name="entityType"] option').allInnerTexts();
      expect(types.join(' ')).not.toContain('delegate_nomination');

      const findings = await seriousFindings(page);
      await context.close();
      expect(findings, findings.join('\n')).toEqual([]);
    });
  }
});
