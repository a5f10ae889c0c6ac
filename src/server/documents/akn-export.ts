/**
 * The facts of one outcome document read for its Akoma Ntoso file, through
 * the same confidentiality predicate as every other read: a document the
 * viewer may not see, or without a text in the language asked for, is
 * absent (404); one not yet adopted, noted or issued has no outcome to
 * record (409).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../db/client.js';
import { meetings, parties } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { aknFileName, aknXml } from './akn.js';
import { documentProposers, documents, documentTransitions } from './schema.js';
import type { TextLanguage } from './text-structure.js';
import { readText } from './texts.js';
import { outcomeStatuses, type OutcomeAction } from './vocabulary.js';
import { visibleTo, type Viewer } from './visibility.js';

const statusAction = { adopted: 'adopt', noted: 'note', issued: 'issue' } as const;
const day = (at: Date, zone: string) => DateTime.fromJSDate(at).setZone(zone).toISODate()!;

export async function aknExport(db: DbOrTx, viewer: Viewer, id: number, language: TextLanguage, now = new Date()) {
  const [doc] = await db
    .select({
      referenceCode: documents.referenceCode,
      titleEn: documents.titleEn,
      titleVi: documents.titleVi,
      type: documents.type,
      status: documents.status,
      finalAction: documents.finalAction,
      meetingId: meetings.id,
      meetingSlug: meetings.slug,
      meetingTitleEn: meetings.titleEn,
      meetingTitleVi: meetings.titleVi,
      meetingStartsAt: meetings.startsAt,
      hostTimeZone: meetings.hostTimeZone,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
    .where(and(eq(documents.id, id), visibleTo(viewer)));
  if (!doc) return undefined;
  const text = await readText(db, id, language);
  if (!text) return undefined;
  if (!(outcomeStatuses as readonly string[]).includes(doc.status)) {
    const message = `a ${doc.status} document has no outcome to record yet: Akoma Ntoso is made once it is adopted, noted or issued`;
    throw new AppError('conflict', message, [{ path: 'id', message }]);
  }
  const [acted] = await db
    .select({ at: documentTransitions.occurredAt })
    .from(documentTransitions)
    .where(and(eq(documentTransitions.documentId, id), inArray(documentTransitions.toStatus, [...outcomeStatuses])))
    .orderBy(desc(documentTransitions.id))
    .limit(1);
  const proposers = await db
    .select({ code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi })
    .from(documentProposers)
    .innerJoin(parties, eq(parties.id, documentProposers.partyId))
    .where(eq(documentProposers.documentId, id))
    .orderBy(asc(parties.code));
  const en = language === 'en';
  const xml = aknXml({
    referenceCode: doc.referenceCode,
    type: doc.type,
    title: en ? doc.titleEn : doc.titleVi,
    language,
    action: (doc.finalAction ?? statusAction[doc.status as keyof typeof statusAction]) as OutcomeAction,
    actionDate: day(acted?.at ?? doc.meetingStartsAt, doc.hostTimeZone),
    meeting: { slug: doc.meetingSlug ?? `meeting-${doc.meetingId}`, title: en ? doc.meetingTitleEn : doc.meetingTitleVi },
    proposers: proposers.map((p) => ({ code: p.code, name: en ? p.nameEn : p.nameVi })),
    text,
    madeOn: day(now, 'UTC'),
  });
  return { xml, fileName: aknFileName(doc.referenceCode, language) };
}
