/**
 * Personal data kept only as long as needed: after its retention period
 * (config.retention, docs/privacy.md) a purge removes
 * - a journalist's ID document number (and its duplicate key),
 * - a journalist's and a delegate's photo,
 * - the outbox's copy of a finished message (its facts and attachments),
 * counting from when the data stopped being needed: the end of the press
 * center's meeting (or its opening, when it names no meeting) or of the last
 * meeting a nomination covers, or the decision if that came later; a
 * message's sending (or its writing, when it was never sent).
 *
 * Each run is one transaction that records what it removed, counted, in the
 * change log; a run that finds nothing records nothing, so running it again
 * (or in two processes: the rows are locked) changes nothing.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { meetings } from '../db/schema.js';
import { mailOutbox } from '../mail/schema.js';
import { delegateNominationMeetings, delegateNominations } from '../press/delegates/schema.js';
import { pressApplications, pressEvents } from '../press/schema.js';

export type RetentionPolicy = Pick<Config['retention'], 'idDocumentDays' | 'photoDays' | 'mailDays'>;

export interface PurgeCounts {
  idDocuments: number;
  applicantPhotos: number;
  delegatePhotos: number;
  mailMessages: number;
}

const DAY_MS = 86_400_000;
/** `instant` no later than `days` before `now` (bound as text: the driver's Date handling differs between engines). */
const atLeastDaysBefore = (instant: SQL, now: Date, days: number) => sql`${instant} <= ${new Date(now.getTime() - days * DAY_MS).toISOString()}::timestamptz`;

/** When an application stopped being needed: its press center's end, or its decision if later. */
const applicationDone = sql`greatest(
  coalesce((select ${meetings.endsAt} from ${meetings} where ${meetings.id} = ${pressEvents.meetingId}), ${pressEvents.opensAt}),
  coalesce(${pressApplications.decidedAt}, ${pressApplications.appliedAt}))`;

/** When a nomination stopped being needed: the end of the last meeting it covers, or its decision if later. */
const nominationDone = sql`greatest(
  coalesce((select max(${meetings.endsAt}) from ${delegateNominationMeetings} inner join ${meetings} on ${meetings.id} = ${delegateNominationMeetings.meetingId}
    where ${delegateNominationMeetings.nominationId} = ${delegateNominations.id}), ${delegateNominations.nominatedAt}),
  coalesce(${delegateNominations.decidedAt}, ${delegateNominations.nominatedAt}))`;

export async function purgeExpired(db: Db, actor: Actor, policy: RetentionPolicy, now = new Date()): Promise<PurgeCounts> {
  return db.transaction(async (tx) => {
    const applicationsPast = (days: number, column: typeof pressApplications.idDocumentNumber | typeof pressApplications.photo) =>
      tx
        .select({ id: pressApplications.id })
        .from(pressApplications)
        .innerJoin(pressEvents, eq(pressEvents.id, pressApplications.eventId))
        .where(and(isNotNull(column), atLeastDaysBefore(applicationDone, now, days)))
        .orderBy(asc(pressApplications.id))
        .for('update', { of: pressApplications, skipLocked: true });

    const idDocuments = (await applicationsPast(policy.idDocumentDays, pressApplications.idDocumentNumber)).map((r) => r.id);
    if (idDocuments.length) {
      await tx
        .update(pressApplications)
        .set({ idDocumentNumber: null, idDocumentKey: null, idDocumentPurgedAt: now })
        .where(inArray(pressApplications.id, idDocuments));
    }
    const applicantPhotos = (await applicationsPast(policy.photoDays, pressApplications.photo)).map((r) => r.id);
    if (applicantPhotos.length) {
      await tx.update(pressApplications).set({ photo: null, photoType: null, photoPurgedAt: now }).where(inArray(pressApplications.id, applicantPhotos));
    }
    const delegatePhotos = (
      await tx
        .select({ id: delegateNominations.id })
        .from(delegateNominations)
        .where(and(isNotNull(delegateNominations.photo), atLeastDaysBefore(nominationDone, now, policy.photoDays)))
        .orderBy(asc(delegateNominations.id))
        .for('update', { skipLocked: true })
    ).map((r) => r.id);
    if (delegatePhotos.length) {
      await tx.update(delegateNominations).set({ photo: null, photoType: null, photoPurgedAt: now }).where(inArray(delegateNominations.id, delegatePhotos));
    }
    // Finished messages only: a waiting or held one is still to be sent.
    const mailMessages = await tx
      .delete(mailOutbox)
      .where(
        and(
          inArray(mailOutbox.status, ['sent', 'failed', 'digested', 'suppressed']),
          atLeastDaysBefore(sql`coalesce(${mailOutbox.sentAt}, ${mailOutbox.createdAt})`, now, policy.mailDays),
        ),
      )
      .returning({ id: mailOutbox.id });

    const counts: PurgeCounts = {
      idDocuments: idDocuments.length,
      applicantPhotos: applicantPhotos.length,
      delegatePhotos: delegatePhotos.length,
      mailMessages: mailMessages.length,
    };
    if (Object.values(counts).some((n) => n > 0)) {
      await recordChange(tx, actor, {
        entityType: 'personal_data',
        entityId: 'retention',
        action: 'delete',
        changes: {
          purged: counts,
          policyDays: policy,
          pressApplications: { idDocuments, photos: applicantPhotos },
          delegateNominations: { photos: delegatePhotos },
        },
      });
    }
    return counts;
  });
}
