/**
 * The daily press review: read, saved as the press officer arranged it
 * (items replaced in the order sent), and sent to its distribution list
 * through the mail outbox with the PDF in each recipient's language. Every
 * write in one transaction with its change-log event.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { enqueueMail } from '../../mail/outbox.js';
import { clippings, pressReviewItems, pressReviewRecipients, pressReviews } from '../schema.js';
import { outletOf } from './queries.js';
import { reviewDocument, reviewPdf } from './review-export.js';
import type { RecipientView, ReviewSave, ReviewView } from './review-schemas.js';

export async function getReview(db: DbOrTx, day: string): Promise<ReviewView> {
  const [review] = await db.select().from(pressReviews).where(eq(pressReviews.day, day));
  if (!review) return { id: null, day, introVi: '', introEn: '', sentAt: null, items: [] };
  const rows = await db
    .select({ item: pressReviewItems, clipping: clippings, meetingTitleEn: meetings.titleEn, meetingTitleVi: meetings.titleVi })
    .from(pressReviewItems)
    .innerJoin(clippings, eq(clippings.id, pressReviewItems.clippingId))
    .leftJoin(meetings, eq(meetings.id, pressReviewItems.meetingId))
    .where(eq(pressReviewItems.reviewId, review.id))
    .orderBy(asc(pressReviewItems.position));
  return {
    id: review.id,
    day: review.day,
    introVi: review.introVi,
    introEn: review.introEn,
    sentAt: review.sentAt,
    items: rows.map(({ item, clipping: c, meetingTitleEn, meetingTitleVi }) => ({
      clippingId: item.clippingId,
      position: item.position,
      meetingId: item.meetingId,
      meetingTitleEn,
      meetingTitleVi,
      topic: item.topic,
      summaryVi: item.summaryVi,
      summaryEn: item.summaryEn,
      title: c.title,
      outlet: outletOf(c),
      sourceUrl: c.sourceUrl,
      publishedAt: c.publishedAt,
      publishedPrecision: (c.publishedPrecision as 'minute' | 'day' | null) ?? null,
      publishedAmbiguous: c.publishedAmbiguous,
      language: c.language,
    })),
  };
}

const invalid = (path: string, message: string) => new AppError('invalid_reference', message, [{ path, message }]);

export async function saveReview(db: Db, actor: Actor, day: string, input: ReviewSave): Promise<void> {
  await db.transaction(async (tx) => {
    const seen = new Set<number>();
    input.items.forEach((item, n) => {
      if (seen.has(item.clippingId))
        throw new AppError('validation_failed', 'a clipping appears twice', [{ path: `items.${n}.clippingId`, message: 'twice in the review' }]);
      seen.add(item.clippingId);
    });
    const clippingIds = [...seen];
    const found = clippingIds.length ? await tx.select({ id: clippings.id }).from(clippings).where(inArray(clippings.id, clippingIds)) : [];
    const missing = input.items.findIndex((i) => !found.some((f) => f.id === i.clippingId));
    if (missing >= 0) throw invalid(`items.${missing}.clippingId`, 'no such clipping');
    const meetingIds = [...new Set(input.items.flatMap((i) => (i.meetingId === null ? [] : [i.meetingId])))];
    const knownMeetings = meetingIds.length ? await tx.select({ id: meetings.id }).from(meetings).where(inArray(meetings.id, meetingIds)) : [];
    const badMeeting = input.items.findIndex((i) => i.meetingId !== null && !knownMeetings.some((m) => m.id === i.meetingId));
    if (badMeeting >= 0) throw invalid(`items.${badMeeting}.meetingId`, 'no such meeting');

    const [existing] = await tx.select().from(pressReviews).where(eq(pressReviews.day, day)).for('update');
    let reviewId: number;
    if (existing) {
      reviewId = existing.id;
      await tx.update(pressReviews).set({ introVi: input.introVi, introEn: input.introEn }).where(eq(pressReviews.id, reviewId));
      await tx.delete(pressReviewItems).where(eq(pressReviewItems.reviewId, reviewId));
    } else {
      const [row] = await tx
        .insert(pressReviews)
        .values({ day, introVi: input.introVi, introEn: input.introEn, createdBy: actor.userId })
        .onConflictDoNothing()
        .returning({ id: pressReviews.id });
      // Two officers saving the same new day at once: the second one writes over the first's row.
      reviewId = row?.id ?? (await tx.select({ id: pressReviews.id }).from(pressReviews).where(eq(pressReviews.day, day)))[0]!.id;
      if (!row) await tx.delete(pressReviewItems).where(eq(pressReviewItems.reviewId, reviewId));
    }
    if (input.items.length) {
      await tx.insert(pressReviewItems).values(input.items.map((item, position) => ({ ...item, reviewId, position })));
    }
    await recordChange(tx, actor, {
      entityType: 'press_review',
      entityId: reviewId,
      action: existing ? 'update' : 'create',
      changes: { day, items: input.items.map((i) => i.clippingId), groups: [...new Set(input.items.map((i) => i.meetingId ?? i.topic))] },
    });
  });
}

export async function listRecipients(db: DbOrTx): Promise<RecipientView[]> {
  const rows = await db.select().from(pressReviewRecipients).orderBy(asc(pressReviewRecipients.name));
  return rows.map((r) => ({ ...r, language: r.language === 'en' ? 'en' : 'vi' }));
}

export async function addRecipient(db: Db, actor: Actor, input: Omit<RecipientView, 'id'>): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(pressReviewRecipients).values(input).onConflictDoNothing().returning({ id: pressReviewRecipients.id });
    if (!row) throw new AppError('conflict', 'this address is on the list already', [{ path: 'address', message: 'already on the list' }]);
    await recordChange(tx, actor, { entityType: 'press_review_recipient', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function removeRecipient(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(pressReviewRecipients).where(eq(pressReviewRecipients.id, id)).returning();
    if (!row) throw notFound('Recipient');
    await recordChange(tx, actor, { entityType: 'press_review_recipient', entityId: id, action: 'delete', changes: { address: row.address } });
  });
}

/** Writes one e-mail per recipient to the outbox, the review's PDF attached in the recipient's language. */
export async function sendReview(db: Db, actor: Actor, day: string): Promise<{ recipients: number; sentAt: Date }> {
  const review = await getReview(db, day);
  if (review.id === null || review.items.length === 0) {
    throw new AppError('validation_failed', 'the review has no articles yet', [{ path: 'items', message: 'empty' }]);
  }
  const recipients = await listRecipients(db);
  if (!recipients.length) throw new AppError('validation_failed', 'the distribution list is empty', [{ path: 'recipients', message: 'empty' }]);
  const pdfs = {
    vi: await reviewPdf(reviewDocument(review, 'vi')),
    en: await reviewPdf(reviewDocument(review, 'en')),
  };
  const sentAt = new Date();
  await db.transaction(async (tx) => {
    for (const r of recipients) {
      await enqueueMail(
        tx,
        { address: r.address, userId: null, language: r.language },
        {
          template: 'press_review',
          name: r.name,
          day,
          items: review.items.length,
          headlines: review.items.map((i) => i.title).slice(0, 20),
          path: `/press/monitoring/review/${day}`,
        },
        { attachments: [{ filename: `press-review-${day}-${r.language}.pdf`, contentType: 'application/pdf', content: pdfs[r.language] }] },
      );
    }
    await tx.update(pressReviews).set({ sentAt }).where(eq(pressReviews.id, review.id!));
    await recordChange(tx, actor, {
      entityType: 'press_review',
      entityId: review.id!,
      action: 'update',
      changes: { sentAt, recipients: recipients.map((r) => r.address) },
    });
  });
  return { recipients: recipients.length, sentAt };
}
