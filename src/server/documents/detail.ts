/**
 * One document as its page shows it, read in named parts — the proposers,
 * related documents, versions, workflow timeline, registry edits and the
 * silence procedure's local deadlines — each through the visibility rules,
 * then put together. The shaping of edits and deadlines is pure
 * (detail.test.ts).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { can } from '../auth/permissions.js';
import { meetingScope } from '../auth/policies/index.js';
import type { DbOrTx } from '../db/client.js';
import { changeEvents, delegations, meetings, parties, users } from '../db/schema.js';
import { servedDeliverables } from '../documents-committee/deliverables.js';
import { visibleMeetingId } from '../meetings/visibility.js';
import { editableFields, metadataFields, type MetadataField } from './metadata.js';
import { iso, toSummary } from './queries.js';
import { documentBlobs, documentProposers, documentRelations, documents, documentTransitions, documentVersions } from './schema.js';
import type { DocumentDetail } from './schemas.js';
import { visibleTo, type Viewer } from './visibility.js';
import { nextStatesFor } from './workflow.js';

const partyColumns = { id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi };

function proposersOf(db: DbOrTx, id: number) {
  return db
    .select(partyColumns)
    .from(documentProposers)
    .innerJoin(parties, eq(parties.id, documentProposers.partyId))
    .where(eq(documentProposers.documentId, id))
    .orderBy(asc(parties.code));
}

/** Related documents the viewer may see. */
function relatedOf(db: DbOrTx, viewer: Viewer, id: number) {
  return db
    .select({ id: documents.id, referenceCode: documents.referenceCode, titleEn: documents.titleEn, titleVi: documents.titleVi })
    .from(documentRelations)
    .innerJoin(documents, eq(documents.id, documentRelations.relatedId))
    .where(and(eq(documentRelations.documentId, id), visibleTo(viewer)));
}

async function versionsOf(db: DbOrTx, id: number): Promise<DocumentDetail['versions']> {
  const rows = await db
    .select({
      id: documentVersions.id,
      number: documentVersions.number,
      fileName: documentVersions.fileName,
      mediaType: documentBlobs.mediaType,
      size: documentBlobs.size,
      sha256: documentVersions.sha256,
      textExtractable: sql<boolean>`${documentBlobs.text} is not null`,
      uploadedBy: users.displayName,
      uploadedAt: documentVersions.uploadedAt,
    })
    .from(documentVersions)
    .innerJoin(documentBlobs, eq(documentBlobs.sha256, documentVersions.sha256))
    .leftJoin(users, eq(users.id, documentVersions.uploadedBy))
    .where(eq(documentVersions.documentId, id))
    .orderBy(desc(documentVersions.number));
  return rows.map((v) => ({ ...v, uploadedAt: iso(v.uploadedAt) }));
}

/** The workflow steps; a step taken at a meeting the viewer may not see names no meeting. */
async function timelineOf(db: DbOrTx, viewer: Viewer, id: number): Promise<DocumentDetail['timeline']> {
  const steps = await db
    .select({
      t: documentTransitions,
      actor: users.displayName,
      meeting: { id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi, startsAt: meetings.startsAt },
      objector: partyColumns,
    })
    .from(documentTransitions)
    .leftJoin(users, eq(users.id, documentTransitions.actorUserId))
    .leftJoin(meetings, and(eq(meetings.id, documentTransitions.meetingId), visibleMeetingId(meetingScope(viewer), meetings.id)))
    .leftJoin(parties, eq(parties.id, documentTransitions.objectorPartyId))
    .where(eq(documentTransitions.documentId, id))
    .orderBy(asc(documentTransitions.id));
  return steps.map((s) => ({
    id: s.t.id,
    fromStatus: s.t.fromStatus,
    toStatus: s.t.toStatus,
    actor: s.actor,
    meeting: s.meeting ? { ...s.meeting, startsAt: iso(s.meeting.startsAt) } : null,
    objector: s.objector,
    comment: s.t.comment,
    occurredAt: iso(s.t.occurredAt),
  }));
}

interface EditEvent {
  id: number;
  actor: string | null;
  changes: unknown;
  occurredAt: Date | string;
}

/** Of the document's update events, those that changed registry facts: which ones, by whom, when (the values stay in the change log). */
export function registryEdits(events: readonly EditEvent[]): DocumentDetail['edits'] {
  return events.flatMap((e) => {
    const changed = e.changes && typeof e.changes === 'object' ? Object.keys(e.changes) : [];
    const fields = changed.filter((k): k is MetadataField => (metadataFields as readonly string[]).includes(k));
    return fields.length ? [{ id: e.id, actor: e.actor, fields, occurredAt: iso(e.occurredAt) }] : [];
  });
}

/** Registry edits, for those who make them. */
async function editsOf(db: DbOrTx, viewer: Viewer, id: number): Promise<DocumentDetail['edits']> {
  if (!can(viewer, 'documents.write')) return [];
  const events = await db
    .select({ id: changeEvents.id, actor: users.displayName, changes: changeEvents.changes, occurredAt: changeEvents.occurredAt })
    .from(changeEvents)
    .leftJoin(users, eq(users.id, changeEvents.actorUserId))
    .where(and(eq(changeEvents.entityType, 'document'), eq(changeEvents.entityId, String(id)), eq(changeEvents.action, 'update')))
    .orderBy(asc(changeEvents.id));
  return registryEdits(events);
}

const localFormat = "yyyy-MM-dd HH:mm '(UTC'ZZ')'";

/** A silence procedure's deadline as each delegation reads it, in its own zone. */
export function silenceDeadlines<P>(deadline: Date, byDelegation: ReadonlyArray<{ timeZone: string; party: P }>) {
  const at = DateTime.fromJSDate(deadline);
  return {
    deadline: deadline.toISOString(),
    byDelegation: byDelegation.map((d) => ({ ...d, localDeadline: at.setZone(d.timeZone).toFormat(localFormat) })),
  };
}

/** Under silence: the deadline for each delegation of the acting meeting; else null. */
async function silenceOf(db: DbOrTx, doc: typeof documents.$inferSelect): Promise<DocumentDetail['silence']> {
  if (doc.status !== 'under_silence' || !doc.silenceDeadline) return null;
  const dels = await db
    .select({ timeZone: delegations.timeZone, party: partyColumns })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.meetingId, doc.actingMeetingId))
    .orderBy(asc(parties.code));
  return silenceDeadlines(doc.silenceDeadline, dels);
}

/** The document's page, or undefined when the viewer may not see it (answer 404). */
export async function getDocumentDetail(db: DbOrTx, viewer: Viewer, id: number): Promise<DocumentDetail | undefined> {
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), visibleTo(viewer)));
  if (!doc) return undefined;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, doc.actingMeetingId));
  const proposerParties = await proposersOf(db, id);
  const related = await relatedOf(db, viewer, id);
  // The committee's work is not for everyone: its deliverables only to those who may read it.
  const relatedDeliverables = can(viewer, 'committee.read') ? await servedDeliverables(db, id) : [];
  const versions = await versionsOf(db, id);
  const timeline = await timelineOf(db, viewer, id);
  const edits = await editsOf(db, viewer, id);
  const silence = await silenceOf(db, doc);
  const base = toSummary({
    ...doc,
    meetingId: meeting!.id,
    meetingTitleEn: meeting!.titleEn,
    meetingTitleVi: meeting!.titleVi,
    meetingStartsAt: meeting!.startsAt,
    proposers: proposerParties.map((p) => p.code),
    snippet: null,
    rank: null,
    match: null,
    highlight: null,
  });
  return {
    ...base,
    leadBodyEn: doc.leadBodyEn,
    leadBodyVi: doc.leadBodyVi,
    finalActionReason: doc.finalActionReason,
    embargoUntil: doc.embargoUntil?.toISOString() ?? null,
    proposerParties,
    related,
    relatedDeliverables,
    versions,
    timeline,
    edits,
    updatedAt: iso(doc.updatedAt),
    silence,
    allowedTransitions: viewer ? nextStatesFor(doc.status, viewer.roles) : [],
    editableFields: viewer ? editableFields(doc.status, viewer.roles) : [],
  };
}
