/** What a meeting adopted, noted and issued, and documents per summit across years. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { meetingScope } from '../auth/policies/index.js';
import { meetings, meetingSeries } from '../db/schema.js';
import { visibleMeetingId } from '../meetings/visibility.js';
import { referenceOrder } from './ordering.js';
import { documents } from './schema.js';
import type { OutcomeList } from './schemas.js';
import { documentTypes, outcomeActions, outcomeStatuses, type DocumentType, type OutcomeAction } from './vocabulary.js';
import { visibleTo, type Viewer } from './visibility.js';

const actionOrder = (a: string) => outcomeActions.indexOf(a as OutcomeAction);
const typeOrder = (t: string) => documentTypes.indexOf(t as DocumentType);

export async function outcomeList(db: DbOrTx, viewer: Viewer, meetingId: number): Promise<OutcomeList | undefined> {
  const [meeting] = await db
    .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), visibleMeetingId(meetingScope(viewer), meetings.id)));
  // A meeting the viewer may not see has no outcome list: answered as absent.
  if (!meeting) return undefined;
  const rows = await db
    .select({
      id: documents.id,
      referenceCode: documents.referenceCode,
      titleEn: documents.titleEn,
      titleVi: documents.titleVi,
      type: documents.type,
      action: documents.finalAction,
    })
    .from(documents)
    .where(and(eq(documents.actingMeetingId, meetingId), inArray(documents.status, [...outcomeStatuses]), visibleTo(viewer)))
    .orderBy(...referenceOrder.map((e) => asc(e)));
  const groups = new Map<string, OutcomeList['groups'][number]>();
  for (const r of rows) {
    const action = (r.action ?? 'adopt') as OutcomeAction;
    const key = `${action}:${r.type}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { action, type: r.type, count: 0, documents: [] }));
    g.count++;
    g.documents.push({ id: r.id, referenceCode: r.referenceCode, titleEn: r.titleEn, titleVi: r.titleVi });
  }
  const sorted = [...groups.values()].sort((a, b) => actionOrder(a.action) - actionOrder(b.action) || typeOrder(a.type) - typeOrder(b.type));
  return { meeting: { ...meeting, startsAt: meeting.startsAt.toISOString() }, total: rows.length, groups: sorted };
}

/**
 * Outcome documents per ASEAN Summit (counted over the whole summit cluster:
 * the related summits' documents belong to the same week), the most marked.
 */
export async function summitCounts(db: DbOrTx, viewer: Viewer) {
  const summits = await db
    .select({ id: meetings.id, titleEn: meetings.titleEn, titleVi: meetings.titleVi, startsAt: meetings.startsAt, clusterId: meetings.clusterId })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(eq(meetingSeries.code, 'SUMMIT'), visibleMeetingId(meetingScope(viewer), meetings.id)))
    .orderBy(asc(meetings.startsAt));
  const out = [];
  for (const s of summits) {
    const acting = s.clusterId
      ? sql`${documents.actingMeetingId} in (select ${meetings.id} from ${meetings} where ${meetings.clusterId} = ${s.clusterId})`
      : eq(documents.actingMeetingId, s.id);
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .where(and(acting, inArray(documents.status, [...outcomeStatuses]), visibleTo(viewer)));
    out.push({ meeting: { id: s.id, titleEn: s.titleEn, titleVi: s.titleVi, startsAt: s.startsAt.toISOString() }, count: c?.n ?? 0 });
  }
  // A record is more than every summit before it: "the most ever" when it was held.
  let best = 0;
  return {
    summits: out.map((o) => {
      const record = o.count > best;
      best = Math.max(best, o.count);
      return { ...o, record };
    }),
  };
}
