/** Committee sessions: the list, one session, its record (minutes, attendees), decisions with their tasks, the report. */
import { desc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../http/errors.js';
import { INT4_MAX, intParam } from '../http/primitives.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { createSession, recordDecision, updateSession } from './commands.js';
import { todayIn } from './core/dates.js';
import { getSessionDetail } from './queries.js';
import { sessionReport } from './report/content.js';
import { reportDocx } from './report/docx.js';
import { reportPdf } from './report/pdf.js';
import { asOf, dayOf, tags } from './route-parts.js';
import { committeeSessions, sessionDecisions, tasks } from './schema.js';
import { decisionCreate, sessionCreate, sessionDetail, sessionPatch, sessionSummary } from './schemas.js';
import { routes } from '../http/route.js';

const numberParams = z.object({ number: intParam(1, INT4_MAX) });

export function sessionRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const detail = async (number: number) => (await getSessionDetail(db, number, todayIn()))!;

  route.get(
    '/api/committee/sessions',
    {
      permission: 'committee.read',
      summary: 'Committee sessions, latest first',
      response: { 200: z.object({ sessions: z.array(sessionSummary) }) },
    },
    async () => {
      const rows = await db.select().from(committeeSessions).orderBy(desc(committeeSessions.number));
      const decisions = await db.select({ id: sessionDecisions.id, sessionId: sessionDecisions.sessionId }).from(sessionDecisions);
      const open = await db
        .select({ decisionId: tasks.decisionId })
        .from(tasks)
        .where(inArray(tasks.status, ['open', 'in_progress']));
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
    },
  );

  route.get(
    '/api/committee/sessions/:number',
    {
      permission: 'committee.read',
      summary: 'A session with decisions, their tasks, and the open tasks it carries over',
      params: numberParams,
      querystring: asOf,
      response: { 200: sessionDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const s = await getSessionDetail(db, request.params.number, dayOf(request.query));
      if (!s) throw notFound('Session');
      return s;
    },
  );

  route.get(
    '/api/committee/sessions/:number/report',
    {
      permission: 'committee.read',
      summary: 'The session report as DOCX or PDF, in Vietnamese unless lang=en; figures as of the session day unless asOf',
      params: numberParams,
      querystring: asOf.extend({ format: z.enum(['docx', 'pdf']).default('pdf'), lang: z.enum(['vi', 'en']).default('vi') }),
      response: { 200: z.any().describe('application/pdf or DOCX') },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const { format, lang, asOf: day } = request.query;
      const report = await sessionReport(db, request.params.number, lang, day);
      if (!report) throw notFound('Session');
      const file = `session-${request.params.number}-report-${lang}.${format}`;
      const body = format === 'pdf' ? await reportPdf(report) : await reportDocx(report);
      return reply
        .type(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(body);
    },
  );

  route.post(
    '/api/committee/sessions',
    {
      permission: 'committee.manage',
      summary: 'Record a committee session',
      body: sessionCreate,
      response: { 201: sessionDetail },
      errors: ['conflict', 'invalid_reference'],
    },
    async (request, reply) => {
      await createSession(db, actorOf(request), request.body);
      return reply.status(201).send(await detail(request.body.number));
    },
  );

  route.patch(
    '/api/committee/sessions/:number',
    {
      permission: 'committee.manage',
      summary: "Change a session's record: minutes, attendees (replacing the list), chair, agenda, report, day",
      params: numberParams,
      body: sessionPatch,
      response: { 200: sessionDetail },
      errors: ['not_found', 'invalid_reference', 'conflict'],
    },
    async (request) => {
      await updateSession(db, actorOf(request), request.params.number, request.body);
      return detail(request.params.number);
    },
  );

  route.post(
    '/api/committee/sessions/:number/decisions',
    {
      permission: 'committee.manage',
      summary: 'Record a decision and create its tasks in one step',
      params: numberParams,
      body: decisionCreate,
      response: { 201: sessionDetail },
      errors: ['not_found', 'invalid_reference', 'validation_failed', 'sub_task_cycle', 'body_inactive'],
    },
    async (request, reply) => {
      await recordDecision(db, actorOf(request), request.params.number, request.body);
      return reply.status(201).send(await detail(request.params.number));
    },
  );
}
