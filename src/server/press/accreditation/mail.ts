/**
 * The applicant's e-mail, written to the outbox with the decision that causes
 * it, in the language of the form they applied with: approved (the badge
 * attached as PDF), rejected or revoked (with the reason), and a place become
 * free for a waitlisted application. Applicants have no account, so there is
 * no preference to ask: these are always sent at once.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { enqueueMail, languageOf } from '../../mail/outbox.js';
import { pressApplications, pressEvents } from '../schema.js';
import { journalistBadge } from './badge.js';
import type { Change } from './places.js';

const decisions = { approved: 'approved', rejected: 'rejected', revoked: 'revoked' } as const;

export async function mailApplicationChanges(tx: Tx, changes: readonly Change[], reason: string | null, publicUrl: string): Promise<void> {
  for (const change of changes) {
    const decision = change.from !== null ? decisions[change.to as keyof typeof decisions] : undefined;
    const movedUp = change.from === 'waitlisted' && change.to === 'pending';
    if (!decision && !movedUp) continue;
    const [row] = await tx
      .select({ a: pressApplications, e: pressEvents })
      .from(pressApplications)
      .innerJoin(pressEvents, eq(pressEvents.id, pressApplications.eventId))
      .where(eq(pressApplications.id, change.id));
    if (!row) continue;
    const { a, e } = row;
    const to = { address: a.email, userId: null, language: languageOf(a.language) };
    const facts = { name: a.fullName, event: { en: e.titleEn, vi: e.titleVi }, opensAt: e.opensAt.toISOString(), timeZone: e.timeZone, path: '/press' };
    if (movedUp) {
      await enqueueMail(tx, to, { template: 'waitlist_place', ...facts });
      continue;
    }
    const badge = decision === 'approved' ? await journalistBadge(tx, a.id, publicUrl) : null;
    await enqueueMail(
      tx,
      to,
      { template: 'accreditation_decision', ...facts, decision: decision!, reason: decision === 'approved' ? null : reason },
      badge ? { attachments: [{ filename: `badge-${a.id}.pdf`, contentType: 'application/pdf', content: badge.pdf }] } : {},
    );
  }
}
