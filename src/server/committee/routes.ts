/** The committee API: bodies, deliverables, sessions and decisions, tasks, notifications, dashboard. */
import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { meetings, users } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../http/types.js';
import { can } from '../auth/permissions.js';
import { addDays, todayIn } from './core/dates.js';
import { addComment, addMilestone, announceOverdue, addProgress, createDeliverable, createSession, createTask, markRead, recordDecision, updateTask } from './commands.js';
import { readinessDashboard } from './dashboard.js';
import { sessionReport } from './report/content.js';
import { reportDocx } from './report/docx.js';
import { reportPdf } from './report/pdf.js';
import { bodiesOfUser, getDeliverableDetail, getSessionDetail, getTask, listBodies, listDeliverables, listTasks } from './queries.js';
import { committeeSessions, notifications, sessionDecisions, taskComments, tasks } from './schema.js';
import {
  body,
  civilDate,
  commentCreate,
  dashboard,
  dashboardQuery,
  decisionCreate,
  deliverableCreate,
  deliverableDetail,
  deliverableSummary,
  milestoneCreate,
  notificationView,
  progressCreate,
  sessionCreate,
  sessionDetail,
  sessionSummary,
  taskCreate,
  taskDetail,
  taskFilters,
  taskPatch,
  taskView,
} from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['committee'];
/** Status is computed for a day: today in Hanoi unless asked "as of" another. */
const asOf = z.object({ asOf: civilDate.optional() });
const numberParams = z.object({ number: z.coerce.number().int().positive() });

export function committeeRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const read = { permission: 'committee.read' as const };
  const manage = { permission: 'committee.manage' as const };
  const today = (q: { asOf?: string }) => q.asOf ?? todayIn();

  app.get('/api/committee/bodies', { config: read, schema: { tags, summary: 'The National Committee, subcommittees, ministries, localities, ASEAN bodies', response: { 200: z.object({ bodies: z.array(body), mine: z.array(z.number()) }), ...errors } } }, async (request) => ({
    bodies: await listBodies(db),
    mine: await bodiesOfUser(db, request.principal!.userId),
  }));

  app.get('/api/deliverables', { config: read, schema: { tags, summary: 'Deliverables with computed progress and status', querystring: asOf, response: { 200: z.object({ today: z.string(), deliverables: z.array(deliverableSummary) }), ...errors } } }, async (request) => {
    const day = today(request.query);
    return { today: day, deliverables: await listDeliverables(db, day) };
  });

  app.get('/api/deliverables/:id', { config: read, schema: { tags, summary: 'A deliverable with milestones, progress updates, meetings and sub-deliverables', params: idParams, querystring: asOf, response: { 200: deliverableDetail, ...errors } } }, async (request) => {
    const d = await getDeliverableDetail(db, request.params.id, today(request.query));
    if (!d) throw notFound('Deliverable');
    return d;
  });

  app.post('/api/deliverables', { config: manage, schema: { tags, summary: 'Create a deliverable with owners, milestones and meetings', body: deliverableCreate, response: { 201: deliverableDetail, ...errors } } }, async (request, reply) => {
    const id = await createDeliverable(db, actorOf(request), request.body);
    return reply.status(201).send((await getDeliverableDetail(db, id, todayIn()))!);
  });

  app.post('/api/deliverables/:id/milestones', { config: manage, schema: { tags, summary: 'Add a milestone due on a day or before a meeting', params: idParams, body: milestoneCreate, response: { 201: deliverableDetail, ...errors } } }, async (request, reply) => {
    await addMilestone(db, actorOf(request), request.params.id, request.body);
    return reply.status(201).send((await getDeliverableDetail(db, request.params.id, todayIn()))!);
  });

  app.post('/api/deliverables/:id/progress', { config: manage, schema: { tags, summary: 'Record progress (0–100 %) with a note', params: idParams, body: progressCreate, response: { 201: deliverableDetail, ...errors } } }, async (request, reply) => {
    await addProgress(db, actorOf(request), request.params.id, request.body);
    return reply.status(201).send((await getDeliverableDetail(db, request.params.id, todayIn()))!);
  });

  app.get('/api/committee/sessions', { config: read, schema: { tags, summary: 'Committee sessions, latest first', response: { 200: z.object({ sessions: z.array(sessionSummary) }), ...errors } } }, async () => {
    const rows = await db.select().from(committeeSessions).orderBy(desc(committeeSessions.number));
    const decisions = await db.select({ id: sessionDecisions.id, sessionId: sessionDecisions.sessionId }).from(sessionDecisions);
    const open = await db.select({ decisionId: tasks.decisionId }).from(tasks).where(inArray(tasks.status, ['open', 'in_progress']));
    return {
      sessions: rows.map((s) => {
        const mine = decisions.filter((d) => d.sessionId === s.id).map((d) => d.id);
        return {
          id: s.id,
          number: s.number,
          heldOn: s.heldOn,
          meetingId: s.meetingId,
          decisionCount: mine.length,
          openTaskCount: open.filter((t) => t.decisionId !== null && mine.includes(t.decisionId)).length,
        };
      }),
    };
  });

  app.get('/api/committee/sessions/:number', { config: read, schema: { tags, summary: 'A session with decisions, their tasks, and the open tasks it carries over', params: numberParams, querystring: asOf, response: { 200: sessionDetail, ...errors } } }, async (request) => {
    const s = await getSessionDetail(db, request.params.number, today(request.query));
    if (!s) throw notFound('Session');
    return s;
  });

  app.get('/api/committee/sessions/:number/report', { config: read, schema: { tags, summary: 'The session report as DOCX or PDF, in Vietnamese unless lang=en; figures as of the session day unless asOf', params: numberParams, querystring: asOf.extend({ format: z.enum(['docx', 'pdf']).default('pdf'), lang: z.enum(['vi', 'en']).default('vi') }), response: { 200: z.any().describe('application/pdf or DOCX'), ...errors } } }, async (request, reply) => {
    const { format, lang, asOf: day } = request.query;
    const report = await sessionReport(db, request.params.number, lang, day);
    if (!report) throw notFound('Session');
    const file = `session-${request.params.number}-report-${lang}.${format}`;
    const body = format === 'pdf' ? await reportPdf(report) : await reportDocx(report);
    return reply
      .type(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${file}"`)
      .send(body);
  });

  app.post('/api/committee/sessions', { config: manage, schema: { tags, summary: 'Record a committee session', body: sessionCreate, response: { 201: sessionDetail, ...errors } } }, async (request, reply) => {
    await createSession(db, actorOf(request), request.body);
    return reply.status(201).send((await getSessionDetail(db, request.body.number, todayIn()))!);
  });

  app.post('/api/committee/sessions/:number/decisions', { config: manage, schema: { tags, summary: 'Record a decision and create its tasks in one step', params: numberParams, body: decisionCreate, response: { 201: sessionDetail, ...errors } } }, async (request, reply) => {
    await recordDecision(db, actorOf(request), request.params.number, request.body);
    return reply.status(201).send((await getSessionDetail(db, request.params.number, todayIn()))!);
  });

  app.get('/api/tasks', { config: read, schema: { tags, summary: 'Tasks, filtered; mine=true for the bodies the user belongs to', querystring: taskFilters.merge(asOf), response: { 200: z.object({ today: z.string(), tasks: z.array(taskView) }), ...errors } } }, async (request) => {
    const q = request.query;
    const day = today(q);
    const where: (SQL | undefined)[] = [];
    if (q.mine === 'true') {
      const mine = await bodiesOfUser(db, request.principal!.userId);
      where.push(inArray(tasks.bodyId, mine.length ? mine : [-1]));
    }
    if (q.bodyId) where.push(eq(tasks.bodyId, q.bodyId));
    if (q.status) where.push(eq(tasks.status, q.status));
    if (q.beforeMeetingId) where.push(eq(tasks.beforeMeetingId, q.beforeMeetingId));
    let list = await listTasks(db, and(...where), day);
    if (q.overdue === 'true') list = list.filter((t) => t.overdue);
    return { today: day, tasks: list };
  });

  app.get('/api/tasks/:id', { config: read, schema: { tags, summary: 'A task with comments and sub-tasks', params: idParams, querystring: asOf, response: { 200: taskDetail, ...errors } } }, async (request) => {
    const day = today(request.query);
    const task = await getTask(db, request.params.id, day);
    if (!task) throw notFound('Task');
    const comments = await db
      .select({ id: taskComments.id, author: users.displayName, body: taskComments.body, createdAt: taskComments.createdAt })
      .from(taskComments)
      .leftJoin(users, eq(users.id, taskComments.authorUserId))
      .where(eq(taskComments.taskId, task.id))
      .orderBy(taskComments.id);
    return { ...task, comments, subTasks: await listTasks(db, eq(tasks.parentId, task.id), day) };
  });

  app.post('/api/tasks', { config: manage, schema: { tags, summary: 'Assign a task to a body', body: taskCreate, response: { 201: taskView, ...errors } } }, async (request, reply) => {
    const id = await createTask(db, actorOf(request), request.body);
    return reply.status(201).send((await getTask(db, id, todayIn()))!);
  });

  app.patch('/api/tasks/:id', { config: { permission: 'tasks.update' }, schema: { tags, summary: "Change a task (a focal point: its own body's tasks only)", params: idParams, body: taskPatch, response: { 200: taskView, ...errors } } }, async (request) => {
    await updateTask(db, actorOf(request), request.principal!, request.params.id, request.body);
    return (await getTask(db, request.params.id, todayIn()))!;
  });

  app.post('/api/tasks/:id/comments', { config: { permission: 'tasks.update' }, schema: { tags, summary: 'Comment on a task', params: idParams, body: commentCreate, response: { 201: z.object({ ok: z.literal(true) }), ...errors } } }, async (request, reply) => {
    await addComment(db, actorOf(request), request.principal!, request.params.id, request.body.body);
    return reply.status(201).send({ ok: true as const });
  });

  app.get('/api/notifications', { config: { permission: 'session.signedIn' }, schema: { tags, summary: 'My notifications, newest first', querystring: z.object({ unread: z.enum(['true', 'false']).optional() }), response: { 200: z.object({ notifications: z.array(notificationView) }), ...errors } } }, async (request) => {
    const userId = request.principal!.userId;
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), request.query.unread === 'true' ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.id))
      .limit(200);
    const ids = rows.flatMap((n) => (n.taskId ? [n.taskId] : []));
    const list = await listTasks(db, inArray(tasks.id, ids.length ? ids : [-1]), todayIn());
    return {
      notifications: rows.map((n) => ({
        id: n.id,
        kind: n.kind as 'assigned' | 'changed' | 'overdue',
        task: list.find((t) => t.id === n.taskId) ?? null,
        createdAt: n.createdAt,
        readAt: n.readAt,
      })),
    };
  });

  app.get('/api/notifications/digest', { config: { permission: 'session.signedIn' }, schema: { tags, summary: "The daily digest: overdue tasks and tasks due within 7 days for my bodies (all bodies for staff); announces overdue tasks once a day", querystring: asOf, response: { 200: z.object({ today: z.string(), overdue: z.array(taskView), dueSoon: z.array(taskView), unread: z.number() }), ...errors } } }, async (request) => {
    const day = today(request.query);
    const userId = request.principal!.userId;
    const mine = await bodiesOfUser(db, userId);
    const everything = mine.length === 0 && can(request.principal, 'committee.manage');
    const list = await listTasks(db, everything ? undefined : inArray(tasks.bodyId, mine.length ? mine : [-1]), day);
    const overdue = list.filter((t) => t.overdue);
    // Idempotent (one notice per user, task and day), so a GET may announce.
    await announceOverdue(db, overdue.map((t) => ({ id: t.id, bodyId: t.body.id })), day);
    const soon = addDays(day, 7);
    const dueSoon = list.filter((t) => !t.overdue && t.due !== null && t.due <= soon && (t.status === 'open' || t.status === 'in_progress'));
    const unread = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return { today: day, overdue, dueSoon, unread: unread.length };
  });

  app.post('/api/notifications/:id/read', { config: { permission: 'session.signedIn' }, schema: { tags, summary: 'Mark a notification read', params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await markRead(db, request.principal!.userId, request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/committee/dashboard', { config: read, schema: { tags, summary: 'Readiness for a meeting: deliverables by status, tasks by body and status, overdue items, the documents pipeline', querystring: dashboardQuery.merge(asOf), response: { 200: dashboard, ...errors } } }, async (request) => {
    const key = request.query.meeting;
    const [meeting] = await db
      .select({ id: meetings.id, slug: meetings.slug, titleEn: meetings.titleEn, titleVi: meetings.titleVi, startsAt: meetings.startsAt })
      .from(meetings)
      .where(/^\d+$/.test(key) ? or(eq(meetings.id, Number(key)), eq(meetings.slug, key)) : eq(meetings.slug, key));
    if (!meeting) throw new AppError('not_found', 'Meeting not found');
    return readinessDashboard(db, meeting, today(request.query), request.principal);
  });
}
