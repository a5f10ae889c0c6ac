/**
 * A press officer corrects what the extractor got wrong: headline, date,
 * author, body, the meetings and people linked. Each corrected field is
 * flagged on the clipping (`corrected_fields`), so that a re-import of the
 * same address refreshes only what nobody corrected (commands.ts). The write
 * and its change-log event are one transaction.
 */
import { eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db } from '../../db/client.js';
import { meetings, people } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { clippingMeetings, clippingPeople, clippings } from '../schema.js';
import type { ClippingCorrection, CorrectableField } from './schemas.js';

const unknownIds = (path: string, ids: number[]) =>
  new AppError('invalid_reference', `no such record: ${ids.join(', ')}`, [{ path, message: `unknown: ${ids.join(', ')}` }]);

/** The instant of a printed day and time in a zone; a day alone is its midnight, shown without a time. */
export function publishedInstant(p: { day: string; time: string | null; zone: string }): Date {
  return DateTime.fromISO(`${p.day}T${p.time ?? '00:00'}`, { zone: p.zone }).toJSDate();
}

export async function correctClipping(db: Db, actor: Actor, id: number, input: ClippingCorrection): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(clippings).where(eq(clippings.id, id)).for('update');
    if (!current) throw notFound('Clipping');
    const values: Partial<typeof clippings.$inferInsert> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const fields = new Set<CorrectableField>();
    if (input.headline !== undefined) {
      values.headline = input.headline;
      values.title = input.headline;
      changes.headline = { from: current.headline, to: input.headline };
      fields.add('headline');
    }
    if (input.published !== undefined) {
      const p = input.published;
      const at = p ? publishedInstant(p) : null;
      Object.assign(values, {
        publishedAt: at,
        publishedZone: p?.zone ?? null,
        publishedZoneStated: false,
        publishedPrecision: p ? (p.time ? 'minute' : 'day') : null,
        publishedAmbiguous: false,
      });
      changes.publishedAt = { from: current.publishedAt, to: at };
      fields.add('publishedAt');
    }
    if (input.author !== undefined) {
      values.author = input.author || null;
      changes.author = { from: current.author, to: values.author };
      fields.add('author');
    }
    if (input.body !== undefined) {
      values.body = input.body.trim();
      changes.body = { from: `${current.body.length} characters`, to: `${values.body.length} characters` };
      fields.add('body');
    }
    if (input.meetingIds !== undefined) {
      const wanted = [...new Set(input.meetingIds)];
      const found = wanted.length ? await tx.select({ id: meetings.id }).from(meetings).where(inArray(meetings.id, wanted)) : [];
      const missing = wanted.filter((m) => !found.some((f) => f.id === m));
      if (missing.length) throw unknownIds('meetingIds', missing);
      const before = await tx
        .select({ id: clippingMeetings.meetingId, alias: clippingMeetings.alias, mentions: clippingMeetings.mentions })
        .from(clippingMeetings)
        .where(eq(clippingMeetings.clippingId, id));
      await tx.delete(clippingMeetings).where(eq(clippingMeetings.clippingId, id));
      if (wanted.length) {
        // A link the extractor found keeps its alias and count; one added by hand is marked as such.
        await tx.insert(clippingMeetings).values(
          wanted.map((m) => {
            const kept = before.find((b) => b.id === m);
            return { clippingId: id, meetingId: m, alias: kept?.alias ?? '', mentions: kept?.mentions ?? 0 };
          }),
        );
      }
      changes.meetings = { from: before.map((b) => b.id), to: wanted };
      fields.add('meetings');
    }
    if (input.personIds !== undefined) {
      const wanted = [...new Set(input.personIds)];
      const found = wanted.length ? await tx.select({ id: people.id }).from(people).where(inArray(people.id, wanted)) : [];
      const missing = wanted.filter((m) => !found.some((f) => f.id === m));
      if (missing.length) throw unknownIds('personIds', missing);
      const before = await tx
        .select({ id: clippingPeople.personId, alias: clippingPeople.alias, mentions: clippingPeople.mentions })
        .from(clippingPeople)
        .where(eq(clippingPeople.clippingId, id));
      await tx.delete(clippingPeople).where(eq(clippingPeople.clippingId, id));
      if (wanted.length) {
        await tx.insert(clippingPeople).values(
          wanted.map((p) => {
            const kept = before.find((b) => b.id === p);
            return { clippingId: id, personId: p, alias: kept?.alias ?? '', mentions: kept?.mentions ?? 0 };
          }),
        );
      }
      changes.people = { from: before.map((b) => b.id), to: wanted };
      fields.add('people');
    }
    const correctedFields = [...new Set([...current.correctedFields, ...fields])];
    await tx
      .update(clippings)
      .set({ ...values, correctedFields })
      .where(eq(clippings.id, id));
    await recordChange(tx, actor, { entityType: 'clipping', entityId: id, action: 'update', changes: { ...changes, corrected: [...fields] } });
  });
}
