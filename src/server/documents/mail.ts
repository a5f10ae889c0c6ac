/**
 * A silence procedure's e-mail: opened, about to end, broken. It goes to the
 * liaisons of the delegations at the acting meeting who may see the document
 * (the confidentiality predicate, as for any read), in each one's language,
 * with the deadline in every delegation's own time zone. Written through the
 * outbox in the transaction of the step that causes it; the reminder sweep
 * keys each message by document, deadline and user, so it is written once.
 */
import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Role } from '../domain/vocabulary.js';
import type { Db, DbOrTx } from '../db/client.js';
import { delegations, meetings, parties, users } from '../db/schema.js';
import { enqueueMail, languageOf } from '../mail/outbox.js';
import { documents } from './schema.js';
import { visibleTo } from './visibility.js';

export type SilenceMail = { template: 'silence_opened' | 'silence_ending' } | { template: 'silence_broken'; objectorPartyId: number; reason: string | null };

export async function mailSilence(tx: DbOrTx, documentId: number, deadline: Date, event: SilenceMail): Promise<number> {
  const [doc] = await tx
    .select({ referenceCode: documents.referenceCode, titleEn: documents.titleEn, titleVi: documents.titleVi, meetingId: documents.actingMeetingId })
    .from(documents)
    .where(eq(documents.id, documentId));
  if (!doc) return 0;
  const [meeting] = await tx
    .select({ titleEn: meetings.titleEn, titleVi: meetings.titleVi, hostTimeZone: meetings.hostTimeZone })
    .from(meetings)
    .where(eq(meetings.id, doc.meetingId));
  const dels = await tx
    .select({ partyId: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi, timeZone: delegations.timeZone })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.meetingId, doc.meetingId))
    .orderBy(asc(parties.code));
  if (!meeting || !dels.length) return 0;
  const liaisons = await tx
    .select()
    .from(users)
    .where(
      and(
        sql`'delegation_liaison' = any(${users.roles})`,
        inArray(
          users.partyId,
          dels.map((d) => d.partyId),
        ),
        isNull(users.deactivatedAt),
      ),
    )
    .orderBy(asc(users.id));
  const [objector] =
    event.template === 'silence_broken'
      ? await tx.select({ en: parties.nameEn, vi: parties.nameVi }).from(parties).where(eq(parties.id, event.objectorPartyId))
      : [];
  let written = 0;
  for (const user of liaisons) {
    const viewer = { userId: user.id, roles: user.roles as Role[], partyId: user.partyId };
    const [visible] = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.id, documentId), visibleTo(viewer)));
    if (!visible) continue;
    const language = languageOf(user.language);
    const facts = {
      name: language === 'vi' ? (user.displayNameVi ?? user.displayName) : user.displayName,
      document: { referenceCode: doc.referenceCode, title: { en: doc.titleEn, vi: doc.titleVi } },
      meeting: { en: meeting.titleEn, vi: meeting.titleVi },
      deadline: deadline.toISOString(),
      hostTimeZone: meeting.hostTimeZone,
      delegations: dels.map((d) => ({ code: d.code, name: { en: d.nameEn, vi: d.nameVi }, timeZone: d.timeZone })),
      path: `/documents/${documentId}`,
    };
    const to = { address: user.email, userId: user.id, language };
    const id =
      event.template === 'silence_broken'
        ? await enqueueMail(tx, to, { template: 'silence_broken', ...facts, objector: objector ?? { en: '?', vi: '?' }, reason: event.reason })
        : await enqueueMail(
            tx,
            to,
            { template: event.template, ...facts },
            event.template === 'silence_ending' ? { dedupeKey: `silence_ending:${documentId}:${facts.deadline}:${user.id}` } : {},
          );
    if (id !== null) written++;
  }
  return written;
}

/**
 * "About to end": for every silence procedure whose deadline falls within
 * `withinMs` of `now`, once per document, deadline and liaison (a new
 * deadline is a new procedure, reminded again). Returns how many were written.
 */
export async function remindSilences(db: Db, withinMs: number, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: documents.id, deadline: documents.silenceDeadline })
    .from(documents)
    .where(and(eq(documents.status, 'under_silence'), gt(documents.silenceDeadline, now), lte(documents.silenceDeadline, new Date(now.getTime() + withinMs))));
  let written = 0;
  for (const { id, deadline } of due) {
    written += await db.transaction((tx) => mailSilence(tx, id, deadline!, { template: 'silence_ending' }));
  }
  return written;
}
