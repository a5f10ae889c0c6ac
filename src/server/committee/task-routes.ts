/** Tasks: views, one task with comments, sub-tasks and attachments, and changing them. */
import multipart from '@fastify/multipart';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../db/schema.js';
import { attachmentDisposition } from '../files/kinds.js';
import { readUpload } from '../files/upload.js';
import { notFound } from '../http/errors.js';
import { idParam } from '../http/primitives.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../http/types.js';
import { addAttachment, attachmentFile, deleteAttachment, editableTask, listAttachments, MAX_ATTACHMENT_BYTES } from './attachments.js';
import { addComment, createTask, updateTask } from './commands.js';
import { todayIn } from './core/dates.js';
import { bodiesOfUser, getTask, listTasks } from './queries.js';
import { asOf, dayOf, errors, manage, read, tags } from './route-parts.js';
import { taskComments, tasks } from './schema.js';
import { attachmentView, commentCreate, taskCreate, taskDetail, taskFilters, taskPatch, taskView } from './schemas.js';

const update = { permission: 'tasks.update' as const };
const attachmentParams = z.object({ id: idParam(), attachmentId: idParam() });

export function taskRoutes(app: App, { database }: Deps): void {
  const { db } = database;

  app.get('/api/tasks', { config: read, schema: { tags, summary: 'Tasks, filtered; mine=true for the bodies the user belongs to', querystring: taskFilters.merge(asOf), response: { 200: z.object({ today: z.string(), tasks: z.array(taskView) }), ...errors } } }, async (request) => {
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
  });

  app.get('/api/tasks/:id', { config: read, schema: { tags, summary: 'A task with comments, sub-tasks and attachments', params: idParams, querystring: asOf, response: { 200: taskDetail, ...errors } } }, async (request) => {
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
  });

  app.post('/api/tasks', { config: manage, schema: { tags, summary: 'Assign a task to a body', body: taskCreate, response: { 201: taskView, ...errors } } }, async (request, reply) => {
    const id = await createTask(db, actorOf(request), request.body);
    return reply.status(201).send((await getTask(db, id, todayIn()))!);
  });

  app.patch('/api/tasks/:id', { config: update, schema: { tags, summary: "Change a task (a focal point: its own body's tasks only)", params: idParams, body: taskPatch, response: { 200: taskView, ...errors } } }, async (request) => {
    await updateTask(db, actorOf(request), request.principal!, request.params.id, request.body);
    return (await getTask(db, request.params.id, todayIn()))!;
  });

  app.post('/api/tasks/:id/comments', { config: update, schema: { tags, summary: 'Comment on a task', params: idParams, body: commentCreate, response: { 201: z.object({ ok: z.literal(true) }), ...errors } } }, async (request, reply) => {
    await addComment(db, actorOf(request), request.principal!, request.params.id, request.body.body);
    return reply.status(201).send({ ok: true as const });
  });

  app.get('/api/tasks/:id/attachments', { config: read, schema: { tags, summary: "A task's attachments", params: idParams, response: { 200: z.object({ attachments: z.array(attachmentView) }), ...errors } } }, async (request) => {
    if (!(await getTask(db, request.params.id, todayIn()))) throw notFound('Task');
    return { attachments: await listAttachments(db, request.params.id) };
  });

  app.get('/api/tasks/:id/attachments/:attachmentId/file', { config: read, schema: { tags, summary: 'Download an attachment', params: attachmentParams } }, async (request, reply) => {
    const file = await attachmentFile(db, request.params.id, request.params.attachmentId);
    if (!file) throw notFound('Attachment');
    return reply
      .type(file.mediaType)
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('etag', `"${file.sha256}"`)
      .send(Buffer.from(file.bytes));
  });

  app.delete('/api/tasks/:id/attachments/:attachmentId', { config: update, schema: { tags, summary: "Remove an attachment (a focal point: its own body's tasks only)", params: attachmentParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await deleteAttachment(db, actorOf(request), request.principal!, request.params.id, request.params.attachmentId);
    return reply.status(204).send(null);
  });

  // Multipart only where files are uploaded.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
    (scope as unknown as App).post(
      '/api/tasks/:id/attachments',
      {
        config: update,
        schema: {
          tags,
          summary: "Attach a file (PDF, DOCX, ODT, XLSX, PNG or JPEG, at most 10 MB) as multipart/form-data field \"file\" (a focal point: its own body's tasks only)",
          params: idParams,
          consumes: ['multipart/form-data'],
          response: { 201: attachmentView, ...errors, 413: errorResponse, 415: errorResponse },
        },
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
