/**
 * Writing accreditation: applying, deciding, cancelling. Every command locks
 * the press center's row (SELECT … FOR UPDATE) inside its transaction, so
 * simultaneous applications and cancellations are decided one after the
 * other on fresh counts; the decision itself is the pure `decide`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, Tx } from '../../db/client.js';
import { AppError, notFound } from '../../http/errors.js';
import { pressApplications, pressEvents } from '../schema.js';
import { mailApplicationChanges } from './mail.js';
import { decide, type ApplicationStatus, type Entry, type Operation } from './places.js';
import type { Photo } from '../badges/photo.js';
import type { ApplicationFields, PressEventCreate } from './schemas.js';

export const documentKey = (number: string) => number.replace(/[\s-]+/g, '').toUpperCase();
export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

async function lockEvent(tx: Tx, eventId: number) {
  const [event] = await tx.select().from(pressEvents).where(eq(pressEvents.id, eventId)).for('update');
  if (!event) throw notFound('Press event');
  return event;
}

async function entriesOf(tx: Tx, eventId: number): Promise<Entry[]> {
  const rows = await tx
    .select({ id: pressApplications.id, status: pressApplications.status })
    .from(pressApplications)
    .where(eq(pressApplications.eventId, eventId));
  return rows.map((r) => ({ id: r.id, status: r.status as ApplicationStatus, seq: r.id }));
}

export async function createPressEvent(db: Db, actor: Actor, input: PressEventCreate): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(pressEvents)
      .values({ ...input, meetingId: input.meetingId ?? null })
      .returning({ id: pressEvents.id });
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, actor, { entityType: 'press_event', entityId: row.id, action: 'create', changes: { ...input } });
    return row.id;
  });
}

export async function applyForAccreditation(
  db: Db,
  actor: Actor,
  eventId: number,
  fields: ApplicationFields,
  photo: Photo & { bytes: Buffer },
  /** Null: an API client that sent no consent (none is recorded). */
  consent: { version: string; text: string } | null,
): Promise<{ id: number; accessKey: string }> {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event.applicationsOpen) throw new AppError('applications_closed', 'Applications for this press center are closed');
    const idDocumentKey = documentKey(fields.idDocumentNumber);
    const [same] = await tx
      .select({ id: pressApplications.id })
      .from(pressApplications)
      .where(and(eq(pressApplications.eventId, eventId), eq(pressApplications.idDocumentKey, idDocumentKey)));
    if (same) {
      throw new AppError('duplicate_application', 'An application with this ID document exists for this press center', [
        { path: 'idDocumentNumber', message: 'already used for this press center' },
      ]);
    }
    const accessKey = randomBytes(24).toString('base64url');
    const { consent: _given, consentVersion: _v, ...facts } = fields;
    const [row] = await tx
      .insert(pressApplications)
      .values({
        eventId,
        ...facts,
        consentVersion: consent?.version ?? null,
        consentText: consent?.text ?? null,
        consentedAt: consent ? sql`clock_timestamp()` : null,
        idDocumentKey,
        photo: photo.bytes,
        photoType: photo.type,
        status: 'pending',
        accessKeyHash: hashKey(accessKey),
        // Signed in: the application is also the account's ("my applications").
        userId: actor.userId,
        // The moment it took its turn under the lock, like its id: the column's
        // default, now(), is when the transaction began, before it waited for
        // the lock, and would disagree with the waitlist's order.
        appliedAt: sql`clock_timestamp()`,
      })
      .returning({ id: pressApplications.id });
    if (!row) throw new Error('insert returned nothing');
    const outcome = decide(event.capacity, await entriesOf(tx, eventId).then((es) => es.filter((e) => e.id !== row.id)), {
      kind: 'apply',
      id: row.id,
      seq: row.id,
    });
    if (!outcome.ok) throw new Error('apply cannot fail');
    const status = outcome.changes[0]!.to;
    if (status !== 'pending') await tx.update(pressApplications).set({ status }).where(eq(pressApplications.id, row.id));
    await recordChange(tx, actor, {
      entityType: 'press_application',
      entityId: row.id,
      action: 'create',
      changes: { eventId, fullName: fields.fullName, outlet: fields.outlet, status, consentVersion: consent?.version ?? null },
    });
    return { id: row.id, accessKey };
  });
}

/** Approve, reject, revoke (officer) or cancel (applicant or officer), with any moves up the waitlist. */
export async function changeApplication(
  db: Db,
  actor: Actor,
  applicationId: number,
  kind: Exclude<Operation['kind'], 'apply'>,
  reason: string | null,
  /** Where the badge's QR code points (config.publicUrl). */
  publicUrl: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [application] = await tx.select({ eventId: pressApplications.eventId }).from(pressApplications).where(eq(pressApplications.id, applicationId));
    if (!application) throw notFound('Application');
    const event = await lockEvent(tx, application.eventId);
    const outcome = decide(event.capacity, await entriesOf(tx, event.id), { kind, id: applicationId });
    if (!outcome.ok) {
      throw new AppError('invalid_transition', `This application cannot be ${kind === 'cancel' ? 'cancelled' : `${kind}d`} now`);
    }
    for (const change of outcome.changes) {
      const own = change.id === applicationId;
      await tx
        .update(pressApplications)
        .set({
          status: change.to,
          ...(own ? { reason, decidedAt: new Date(), decidedBy: actor.userId } : {}),
        })
        .where(eq(pressApplications.id, change.id));
      await recordChange(tx, actor, {
        entityType: 'press_application',
        entityId: change.id,
        action: 'update',
        changes: { status: { from: change.from, to: change.to }, ...(own && reason ? { reason } : {}) },
      });
    }
    await mailApplicationChanges(tx, outcome.changes, reason, publicUrl);
  });
}
