/** Tasks: views, one task with comments, sub-tasks and attachments, and changing them. */
import multipart from '@fastify/multipart';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../db/schema.js';
import { attachmentDisposition } from '../files/kinds.js';
import { readUpload } from '../files/upload.js';
import { notFound } from '../http/errors.js';
import { idParam } from '../http/primitives.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { addAttachment, attachmentFile, deleteAttachment, editableTask, listAttachments, MAX_ATTACHMENT_BYTES } from './attachments.js';
import { addComment, createTask, updateTask } from './commands.js';
import { todayIn } from './core/dates.js';
import { bodiesOfUser, getTask, listTasks } from './queries.js';
import { asOf, dayOf, tags } from './route-parts.js';
import { taskComments, tasks } from './schema.js';
import { attachmentView, commentCreate, taskCreate, taskDetail, taskFilters, taskPatch, taskView } from './schemas.js';
import { routes } from '../http/route.js';

const attachmentParams = z.object({ id: idParam(), attachmentId: idParam() });

export function taskRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.get(
    '/api/tasks',
    {
      permission: 'committee.read',
      summary: 'Tasks, filtered; mine=true for the bodies the user belongs to',
      querystring: taskFilters.merge(asOf),
      response: { 200: z.object({ today: z.string(), tasks: z.array(taskView) }) },
    },
    async (request) => {
      const q = request.query;
      const day = dayOf(q);
      const where: (SQL | undefined)[] = [];
      if (q.mine === 'true') {
        const mine = await bodiesOfUser(db, request.principal!.userId);
        where.push(inArray(tasks.bodyId, mine.length ? mine : [-1]));
      }
      if (q.bodyId) where.push(eq(tasks.bodyId, q.bodyId));
      if (q.beforeMeetingId) where.push(eq(tasks.beforeMeetingId, q.beforeMeetingId));
      let list = await listTasks(db, and(...where), day);
      // Status as of the day asked about, so filtered after it is derived.
      if (q.status) list = list.filter((t) => t.status === q.status);
      if (q.overdue === 'true') list = list.filter((t) => t.overdue);
      return { today: day, tasks: list };
    },
  );

  route.get(
    '/api/tasks/:id',
    {
      permission: 'committee.read',
      summary: 'A task with comments, sub-tasks and attachments',
      params: idParams,
      querystring: asOf,
      response: { 200: taskDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const day = dayOf(request.query);
      const task = await getTask(db, request.params.id, day);
      if (!task) throw notFound('Task');
      const comments = await db
        .select({ id: taskComments.id, author: users.displayName, body: taskComments.body, createdAt: taskComments.createdAt })
        .from(taskComments)
        .leftJoin(users, eq(users.id, taskComments.authorUserId))
        .where(eq(taskComments.taskId, task.id))
        .orderBy(taskComments.id);
      return { ...task, comments, subTasks: await listTasks(db, eq(tasks.parentId, task.id), day), attachments: await listAttachments(db, task.id) };
    },
  );

  route.post(
    '/api/tasks',
    {
      permission: 'committee.manage',
      summary: 'Assign a task to a body',
      body: taskCreate,
      response: { 201: taskView },
      errors: ['invalid_reference', 'validation_failed', 'forbidden', 'sub_task_cycle', 'not_found', 'body_inactive'],
    },
    async (request, reply) => {
      const id = await createTask(db, actorOf(request), request.body);
      return reply.status(201).send((await getTask(db, id, todayIn()))!);
    },
  );

  route.patch(
    '/api/tasks/:id',
    {
      permission: 'tasks.update',
      summary: "Change a task (a focal point: its own body's tasks only)",
      params: idParams,
      body: taskPatch,
      response: { 200: taskView },
      errors: ['not_found', 'invalid_reference', 'validation_failed', 'forbidden', 'sub_task_cycle', 'body_inactive'],
    },
    async (request) => {
      await updateTask(db, actorOf(request), request.principal!, request.params.id, request.body);
      return (await getTask(db, request.params.id, todayIn()))!;
    },
  );

  route.post(
    '/api/tasks/:id/comments',
    {
      permission: 'tasks.update',
      summary: 'Comment on a task',
      params: idParams,
      body: commentCreate,
      response: { 201: z.object({ ok: z.literal(true) }) },
      errors: ['not_found', 'forbidden'],
    },
    async (request, reply) => {
      await addComment(db, actorOf(request), request.principal!, request.params.id, request.body.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  route.get(
    '/api/tasks/:id/attachments',
    {
      permission: 'committee.read',
      summary: "A task's attachments",
      params: idParams,
      response: { 200: z.object({ attachments: z.array(attachmentView) }) },
      errors: ['not_found'],
    },
    async (request) => {
      if (!(await getTask(db, request.params.id, todayIn()))) throw notFound('Task');
      return { attachments: await listAttachments(db, request.params.id) };
    },
  );

  route.get(
    '/api/tasks/:id/attachments/:attachmentId/file',
    {
      permission: 'committee.read',
      summary: 'Download an attachment',
      params: attachmentParams,
      errors: ['not_found'],
    },
    async (request, reply) => {
      const file = await attachmentFile(db, request.params.id, request.params.attachmentId);
      if (!file) throw notFound('Attachment');
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${file.sha256}"`)
        .send(Buffer.from(file.bytes));
    },
  );

  route.delete(
    '/api/tasks/:id/attachments/:attachmentId',
    {
      permission: 'tasks.update',
      summary: "Remove an attachment (a focal point: its own body's tasks only)",
      params: attachmentParams,
      response: { 204: z.null() },
      errors: ['not_found', 'forbidden'],
    },
    async (request, reply) => {
      await deleteAttachment(db, actorOf(request), request.principal!, request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );

  // Multipart only where files are uploaded.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
    routes(scope as unknown as App, tags).post(
      '/api/tasks/:id/attachments',
      {
        permission: 'tasks.update',
        summary:
          'Attach a file (PDF, DOCX, ODT, XLSX, PNG or JPEG, at most 10 MB) as multipart/form-data field "file" (a focal point: its own body\'s tasks only)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentView },
        errors: ['not_found', 'forbidden', 'validation_failed', 'payload_too_large', 'unsupported_media_type', 'invalid_multipart'],
      },
      async (request, reply) => {
        // Who may, before reading a byte of the file.
        await editableTask(db, request.principal!, request.params.id);
        const upload = await readUpload(request, MAX_ATTACHMENT_BYTES);
        const id = await addAttachment(db, actorOf(request), request.principal!, request.params.id, upload);
        const added = (await listAttachments(db, request.params.id)).find((a) => a.id === id)!;
        return reply.status(201).send(added);
      },
    );
  });
}
