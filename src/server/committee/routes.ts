/**
 * The committee API: bodies, the readiness dashboard and notifications here;
 * deliverables, sessions and tasks in their own route files. Also schedules
 * the overdue sweep for the life of the app.
 */
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/permissions.js';
import { meetings } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { flagParam } from '../http/primitives.js';
import { idParams, type App, type Deps } from '../http/types.js';
import { markRead } from './commands.js';
import { addDays, defaultAsOf, todayIn } from './core/dates.js';
import { readinessDashboard } from './dashboard.js';
import { bodyRoutes } from './body-routes.js';
import { deliverableRoutes } from './deliverable-routes.js';
import { scheduleOverdueSweep, sweepOverdue } from './overdue.js';
import { bodiesOfUser, listBodies, listTasks } from './queries.js';
import { asOf, dayOf, tags } from './route-parts.js';
import { notifications, tasks } from './schema.js';
import { body, dashboard, dashboardQuery, digest, notificationView } from './schemas.js';
import { sessionRoutes } from './session-routes.js';
import { taskRoutes } from './task-routes.js';
import { routes } from '../http/route.js';

export function committeeRoutes(app: App, deps: Deps): void {
  const route = routes(app, tags);
  const { db } = deps.database;
  deliverableRoutes(app, deps);
  bodyRoutes(app, deps);
  sessionRoutes(app, deps);
  taskRoutes(app, deps);
  scheduleOverdueSweep(app, db, deps.config.overdueSweepMinutes);

  route.get(
    '/api/committee/bodies',
    {
      permission: 'committee.read',
      summary: 'The National Committee, subcommittees, ministries, localities, ASEAN bodies',
      response: { 200: z.object({ bodies: z.array(body), mine: z.array(z.number()) }) },
    },
    async (request) => ({
      bodies: await listBodies(db),
      mine: await bodiesOfUser(db, request.principal!.userId),
    }),
  );

  route.get(
    '/api/notifications',
    {
      permission: 'session.signedIn',
      summary: 'My notifications, newest first',
      querystring: z.object({ unread: flagParam().optional() }),
      response: { 200: z.object({ notifications: z.array(notificationView) }) },
    },
    async (request) => {
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
    },
  );

  route.get(
    '/api/notifications/digest',
    {
      permission: 'session.signedIn',
      summary: 'The daily digest: overdue tasks and tasks due within 7 days for my bodies (all bodies for staff); also runs the overdue sweep',
      querystring: asOf,
      response: { 200: digest },
    },
    async (request) => {
      const day = dayOf(request.query);
      const userId = request.principal!.userId;
      // Announces what became overdue since the last sweep (as of the real today: "as of" replays, it does not announce).
      await sweepOverdue(db);
      const mine = await bodiesOfUser(db, userId);
      const everything = mine.length === 0 && can(request.principal, 'committee.manage');
      const list = await listTasks(db, everything ? undefined : inArray(tasks.bodyId, mine.length ? mine : [-1]), day);
      const overdue = list.filter((t) => t.overdue);
      const soon = addDays(day, 7);
      const dueSoon = list.filter((t) => !t.overdue && t.due !== null && t.due <= soon && (t.status === 'open' || t.status === 'in_progress'));
      const unread = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return { today: day, overdue, dueSoon, unread: unread.length };
    },
  );

  route.post(
    '/api/notifications/:id/read',
    {
      permission: 'session.signedIn',
      summary: 'Mark a notification read',
      params: idParams,
      response: { 204: z.null() },
      errors: ['not_found'],
    },
    async (request, reply) => {
      await markRead(db, request.principal!.userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  route.get(
    '/api/committee/dashboard',
    {
      permission: 'committee.read',
      summary:
        'Readiness for a meeting: deliverables by status, tasks by body and status, overdue items, the documents pipeline. Without asOf: today, or the day the meeting opened once it is over',
      querystring: dashboardQuery.merge(asOf),
      response: { 200: dashboard },
      errors: ['not_found'],
    },
    async (request) => {
      const key = request.query.meeting;
      const [meeting] = await db
        .select({
          id: meetings.id,
          slug: meetings.slug,
          titleEn: meetings.titleEn,
          titleVi: meetings.titleVi,
          startsAt: meetings.startsAt,
          endsAt: meetings.endsAt,
          hostTimeZone: meetings.hostTimeZone,
        })
        .from(meetings)
        .where(/^\d+$/.test(key) ? or(eq(meetings.id, Number(key)), eq(meetings.slug, key)) : eq(meetings.slug, key));
      if (!meeting) throw new AppError('not_found', 'Meeting not found');
      const { hostTimeZone: _zone, ...shown } = meeting;
      const asked = request.query.asOf;
      const { day, rule } = asked ? { day: asked, rule: 'asked' as const } : defaultAsOf(todayIn(), meeting);
      return { ...(await readinessDashboard(db, shown, day, request.principal)), asOfRule: rule };
    },
  );
}
