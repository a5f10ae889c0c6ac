/**
 * Which changes a subscriber may hear of: for each entity type a live stream
 * carries, the same rule its module's reads apply, asked of the database at
 * delivery time (after the commit), so an entity deleted or become restricted
 * meanwhile is not announced, not even by id. Types without a rule here are
 * announced to staff only (they read the change log, which names them all);
 * the security log's types are announced to nobody.
 *
 * Each rule answers, for the ids it is given, those the viewer may see, with
 * the entity a page shows them on when that is another one (a delegation's
 * meeting, a comment's task), so the web knows which page to refresh.
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { can, type Principal } from '../auth/permissions.js';
import { meetingScope } from '../auth/policies/index.js';
import { bodies, bodyMembers, committeeSessions, deliverables, sessionDecisions, taskAttachments, taskComments, tasks } from '../committee/schema.js';
import type { DbOrTx } from '../db/client.js';
import { agendaItems, chairmanships, delegations, meetingClusters, meetings, partnerStatusHistory } from '../db/schema.js';
import { partnerApplications, partnerApplicationSteps } from '../directory/schema.js';
import { documents } from '../documents/schema.js';
import { visibleTo as documentVisibleTo } from '../documents/visibility.js';
import { meetingDecisions, speakers } from '../room/schema.js';
import { visibleMeetingId, visibleTo as meetingVisibleTo } from '../meetings/visibility.js';
import { publicAt } from '../press/news/queries.js';
import { articlePhotos, articles, briefings, monitorSources } from '../press/schema.js';

export interface Parent {
  type: string;
  id: number;
}

/** Visible ids, each with the entity it belongs to (or null). */
export type Visible = Map<number, Parent | null>;

type Rule = (db: DbOrTx, viewer: Principal | null, ids: number[]) => Promise<Visible>;

/** Never announced: who signed in, throttles, refusals, data-set loads. */
const silent = new Set(['user', 'sign_in_throttle', 'route', 'data_set', 'calendar_feed_token']);

async function select(
  db: DbOrTx,
  table: PgTable,
  id: PgColumn,
  ids: number[],
  where: SQL | undefined,
  parent?: { type: string; column: PgColumn },
): Promise<Visible> {
  const rows = await db
    .select({ id, parent: parent ? parent.column : sql<null>`null` })
    .from(table)
    .where(and(inArray(id, ids), where));
  return new Map(rows.map((r) => [r.id as number, parent && r.parent != null ? { type: parent.type, id: r.parent as number } : null]));
}

/** The committee's records: whoever reads the committee (insiders) sees them all. */
const committee =
  (table: PgTable, id: PgColumn, parent?: { type: string; column: PgColumn }): Rule =>
  async (db, viewer, ids) =>
    can(viewer, 'committee.read') ? select(db, table, id, ids, undefined, parent) : new Map();

const mayEditNews = (viewer: Principal | null) => can(viewer, 'press.write') || can(viewer, 'press.review');

const rules: Record<string, Rule> = {
  meeting: (db, viewer, ids) => select(db, meetings, meetings.id, ids, meetingVisibleTo(meetingScope(viewer))),
  // A cluster's titles and dates are public (GET /api/clusters); its meetings keep their own rule.
  meeting_cluster: (db, _viewer, ids) => select(db, meetingClusters, meetingClusters.id, ids, undefined),
  delegation: (db, viewer, ids) =>
    select(db, delegations, delegations.id, ids, visibleMeetingId(meetingScope(viewer), delegations.meetingId), {
      type: 'meeting',
      column: delegations.meetingId,
    }),
  // The room: whoever may see the meeting (its participants, the host's insiders; everyone for a public one).
  agenda_item: (db, viewer, ids) =>
    select(db, agendaItems, agendaItems.id, ids, visibleMeetingId(meetingScope(viewer), agendaItems.meetingId), {
      type: 'meeting',
      column: agendaItems.meetingId,
    }),
  speaker: (db, viewer, ids) =>
    select(db, speakers, speakers.id, ids, visibleMeetingId(meetingScope(viewer), speakers.meetingId), { type: 'meeting', column: speakers.meetingId }),
  meeting_sitting: (db, viewer, ids) =>
    select(db, meetings, meetings.id, ids, meetingVisibleTo(meetingScope(viewer)), { type: 'meeting', column: meetings.id }),
  document: (db, viewer, ids) => select(db, documents, documents.id, ids, documentVisibleTo(viewer)),
  // A decision in the record: whoever may see both its meeting and its document (a restricted one is never named).
  meeting_decision: async (db, viewer, ids) => {
    const rows = await db
      .select({ id: meetingDecisions.id, meetingId: meetingDecisions.meetingId })
      .from(meetingDecisions)
      .innerJoin(documents, eq(documents.id, meetingDecisions.documentId))
      .where(and(inArray(meetingDecisions.id, ids), visibleMeetingId(meetingScope(viewer), meetingDecisions.meetingId), documentVisibleTo(viewer)));
    return new Map(rows.map((r) => [r.id, { type: 'meeting', id: r.meetingId }]));
  },
  task: committee(tasks, tasks.id),
  task_comment: committee(taskComments, taskComments.id, { type: 'task', column: taskComments.taskId }),
  task_attachment: committee(taskAttachments, taskAttachments.id, { type: 'task', column: taskAttachments.taskId }),
  deliverable: committee(deliverables, deliverables.id),
  committee_session: committee(committeeSessions, committeeSessions.id),
  session_decision: committee(sessionDecisions, sessionDecisions.id, { type: 'committee_session', column: sessionDecisions.sessionId }),
  body: committee(bodies, bodies.id),
  body_member: committee(bodyMembers, bodyMembers.id, { type: 'body', column: bodyMembers.bodyId }),
  // Reference data everyone reads: partners' records, chairmanships.
  partner_status: (db, _viewer, ids) =>
    select(db, partnerStatusHistory, partnerStatusHistory.id, ids, undefined, { type: 'party', column: partnerStatusHistory.partyId }),
  partner_application: (db, _viewer, ids) =>
    select(db, partnerApplications, partnerApplications.id, ids, undefined, { type: 'party', column: partnerApplications.partyId }),
  partner_application_step: async (db, _viewer, ids) => {
    const rows = await db
      .select({ id: partnerApplicationSteps.id, partyId: partnerApplications.partyId })
      .from(partnerApplicationSteps)
      .innerJoin(partnerApplications, eq(partnerApplications.id, partnerApplicationSteps.applicationId))
      .where(inArray(partnerApplicationSteps.id, ids));
    return new Map(rows.map((r) => [r.id, { type: 'party', id: r.partyId }]));
  },
  chairmanship: (db, _viewer, ids) => select(db, chairmanships, chairmanships.id, ids, undefined),
  // Media monitoring's watched sources: the press desk (press.monitor) reads them all.
  monitor_source: async (db, viewer, ids) => (can(viewer, 'press.monitor') ? select(db, monitorSources, monitorSources.id, ids, undefined) : new Map()),
  article: (db, viewer, ids) => select(db, articles, articles.id, ids, mayEditNews(viewer) ? undefined : publicAt(new Date())),
  article_photo: async (db, viewer, ids) => {
    const rows = await db
      .select({ id: articlePhotos.id, articleId: articlePhotos.articleId })
      .from(articlePhotos)
      .innerJoin(articles, eq(articles.id, articlePhotos.articleId))
      .where(and(inArray(articlePhotos.id, ids), mayEditNews(viewer) ? undefined : publicAt(new Date())));
    return new Map(rows.map((r) => [r.id, { type: 'article', id: r.articleId }]));
  },
  briefing: (db, viewer, ids) => {
    const meeting = visibleMeetingId(meetingScope(viewer), briefings.meetingId);
    return select(db, briefings, briefings.id, ids, meeting ? or(sql`${briefings.meetingId} is null`, meeting) : undefined, {
      type: 'meeting',
      column: briefings.meetingId,
    });
  },
};

/** Entity ids a rule can look up: the integer ids of the modules' tables. */
const asId = (entityId: string | null) => (entityId !== null && /^\d{1,9}$/.test(entityId) ? Number(entityId) : null);

/**
 * Of the changed entities of one type, those the viewer may hear of now,
 * keyed by the change-log entity id.
 */
export async function visibleEntities(
  db: DbOrTx,
  viewer: Principal | null,
  entityType: string,
  entityIds: Array<string | null>,
): Promise<Map<string, Parent | null>> {
  const out = new Map<string, Parent | null>();
  if (silent.has(entityType)) return out;
  const rule = rules[entityType];
  if (!rule) {
    if (can(viewer, 'changelog.read')) for (const id of entityIds) if (id !== null) out.set(id, null);
    return out;
  }
  const ids = [...new Set(entityIds.map(asId).filter((id): id is number => id !== null))];
  if (!ids.length) return out;
  for (const [id, parent] of await rule(db, viewer, ids)) out.set(String(id), parent);
  return out;
}

/** The entity types a rule decides (the rest: staff only, or nobody). */
export const ruledTypes = Object.keys(rules);
