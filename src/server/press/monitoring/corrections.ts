/**
 * A press officer corrects what the extractor got wrong: headline, date,
 * author, body, the meetings and people linked. Each corrected field is
 * flagged on the clipping (`corrected_fields`), so that a re-import of the
 * same address refreshes only what nobody corrected (commands.ts). A
 * corrected body or headline is grouped again (syndication): the clipping
 * leaves its story or joins another as its corrected text says. The write
 * and its change-log events are one transaction.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { recordChanges, type Actor, type ChangeEvent } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { meetings, people } from '../../db/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { clippingMeetings, clippingPeople, clippings } from '../schema.js';
import { storyOf } from './commands.js';
import type { ClippingCorrection, CorrectableField } from './schemas.js';

const unknownIds = (path: string, ids: number[]) =>
  new AppError('invalid_reference', `no such record: ${ids.join(', ')}`, [{ path, message: `unknown: ${ids.join(', ')}` }]);

/** The instant of a printed day and time in a zone; a day alone is its midnight, shown without a time. */
export function publishedInstant(p: { day: string; time: string | null; zone: string }): Date {
  return DateTime.fromISO(`${p.day}T${p.time ?? '00:00'}`, { zone: p.zone }).toJSDate();
}

type ClippingRow = typeof clippings.$inferSelect;

/**
 * The story a clipping belongs to once its text was corrected: `storyId`
 * (null: it tells no other clipping's story, or it is the first of its own).
 * A clipping that heads a story and no longer tells it leaves it: the next
 * of that story heads it, each move an event for the change log (`moved`),
 * recorded with the correction's own.
 */
async function regroup(
  tx: DbOrTx,
  current: ClippingRow,
  text: { headline: string | null; title: string; body: string; publishedAt: Date | null },
  moved: ChangeEvent[],
): Promise<{ from: number | null; to: number | null } | null> {
  const found = await storyOf(tx, { id: current.id, ...text });
  // One of its own story's clippings still tells the same story: it keeps heading it.
  if (found === current.id) return null;
  const members = await tx.select({ id: clippings.id }).from(clippings).where(eq(clippings.storyId, current.id)).orderBy(asc(clippings.id)).for('update');
  if (members.length > 0) {
    const [head, ...rest] = members;
    await tx.update(clippings).set({ storyId: null }).where(eq(clippings.id, head!.id));
    if (rest.length)
      await tx
        .update(clippings)
        .set({ storyId: head!.id })
        .where(
          inArray(
            clippings.id,
            rest.map((r) => r.id),
          ),
        );
    for (const m of members) {
      const to = m.id === head!.id ? null : head!.id;
      moved.push({ entityType: 'clipping', entityId: m.id, action: 'update', changes: { storyId: { from: current.id, to }, storyLeftBy: current.id } });
    }
  }
  return found === current.storyId ? null : { from: current.storyId, to: found };
}

export async function correctClipping(db: Db, actor: Actor, id: number, input: ClippingCorrection): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(clippings).where(eq(clippings.id, id)).for('update');
    if (!current) throw notFound('Clipping');
    const values: Partial<typeof clippings.$inferInsert> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const fields = new Set<CorrectableField>();
    const moved: ChangeEvent[] = [];
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
    if (fields.has('body') || fields.has('headline')) {
      const story = await regroup(
        tx,
        current,
        {
          headline: values.headline !== undefined ? values.headline : current.headline,
          title: values.title ?? current.title,
          body: values.body ?? current.body,
          publishedAt: values.publishedAt !== undefined ? values.publishedAt : current.publishedAt,
        },
        moved,
      );
      if (story) {
        values.storyId = story.to;
        changes.storyId = story;
      }
    }
    const correctedFields = [...new Set([...current.correctedFields, ...fields])];
    await tx
      .update(clippings)
      .set({ ...values, correctedFields })
      .where(eq(clippings.id, id));
    // The story's clippings that moved, then the correction itself: one insert however large the story.
    await recordChanges(tx, actor, [...moved, { entityType: 'clipping', entityId: id, action: 'update', changes: { ...changes, corrected: [...fields] } }]);
  });
}
