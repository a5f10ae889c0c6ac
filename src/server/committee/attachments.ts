/**
 * Files attached to a task. The type is decided from the bytes (PDF, DOCX,
 * ODT, XLSX, PNG, JPEG; else 415), the name cleaned, the bytes kept in the
 * database. Whoever may edit the task may attach and remove; whoever may
 * read it may list and download.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { users } from '../db/schema.js';
import { cleanFileName, requireKind, sha256 } from '../files/kinds.js';
import type { Upload } from '../files/upload.js';
import { notFound } from '../http/errors.js';
import { checkTaskAccess, notify } from './commands.js';
import { taskAttachments, tasks } from './schema.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const attachmentKinds = ['pdf', 'docx', 'odt', 'xlsx', 'png', 'jpg'] as const;

/** The task, if it exists and the principal may edit it (else 404 / 403). */
export async function editableTask(db: DbOrTx, principal: Principal, taskId: number) {
  const [task] = await db.select({ id: tasks.id, bodyId: tasks.bodyId }).from(tasks).where(eq(tasks.id, taskId));
  if (!task) throw notFound('Task');
  await checkTaskAccess(db, principal, [task.bodyId]);
  return task;
}

export async function addAttachment(db: Db, actor: Actor, principal: Principal, taskId: number, upload: Upload): Promise<number> {
  const { kind, mediaType } = await requireKind(upload.bytes, attachmentKinds);
  const fileName = cleanFileName(upload.fileName, kind, 'attachment');
  const hash = sha256(upload.bytes);
  return db.transaction(async (tx) => {
    const task = await editableTask(tx, principal, taskId);
    const [row] = await tx
      .insert(taskAttachments)
      .values({ taskId, fileName, mediaType, size: upload.bytes.byteLength, sha256: hash, bytes: upload.bytes, uploadedBy: actor.userId })
      .returning({ id: taskAttachments.id });
    if (!row) throw new Error('insert returned nothing');
    await notify(tx, 'changed', taskId, task.bodyId, actor.userId);
    await recordChange(tx, actor, {
      entityType: 'task_attachment',
      entityId: row.id,
      action: 'create',
      changes: { taskId, fileName, mediaType, size: upload.bytes.byteLength, sha256: hash },
    });
    return row.id;
  });
}

export async function deleteAttachment(db: Db, actor: Actor, principal: Principal, taskId: number, attachmentId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await editableTask(tx, principal, taskId);
    const [gone] = await tx
      .delete(taskAttachments)
      .where(and(eq(taskAttachments.id, attachmentId), eq(taskAttachments.taskId, taskId)))
      .returning({ fileName: taskAttachments.fileName, sha256: taskAttachments.sha256 });
    if (!gone) throw notFound('Attachment');
    await recordChange(tx, actor, { entityType: 'task_attachment', entityId: attachmentId, action: 'delete', changes: { taskId, ...gone } });
  });
}

export async function listAttachments(db: DbOrTx, taskId: number) {
  return db
    .select({
      id: taskAttachments.id,
      fileName: taskAttachments.fileName,
      mediaType: taskAttachments.mediaType,
      size: taskAttachments.size,
      sha256: taskAttachments.sha256,
      uploadedBy: users.displayName,
      uploadedAt: taskAttachments.uploadedAt,
    })
    .from(taskAttachments)
    .leftJoin(users, eq(users.id, taskAttachments.uploadedBy))
    .where(eq(taskAttachments.taskId, taskId))
    .orderBy(asc(taskAttachments.id));
}

export async function attachmentFile(db: DbOrTx, taskId: number, attachmentId: number) {
  const [file] = await db
    .select({ fileName: taskAttachments.fileName, mediaType: taskAttachments.mediaType, sha256: taskAttachments.sha256, bytes: taskAttachments.bytes })
    .from(taskAttachments)
    .where(and(eq(taskAttachments.id, attachmentId), eq(taskAttachments.taskId, taskId)));
  return file;
}
