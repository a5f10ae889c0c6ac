/**
 * A document's structured texts: read (for whoever may see the document),
 * written and removed (by whoever may edit it now, metadata.ts), each write
 * in one transaction with its change-log event.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { users } from '../db/schema.js';
import type { Role } from '../domain/vocabulary.js';
import { AppError, notFound } from '../http/errors.js';
import { mayEditText } from './metadata.js';
import { documents, documentTexts } from './schema.js';
import { structuredText, type StoredText, type StructuredText, type TextLanguage } from './text-structure.js';

export async function readTexts(db: DbOrTx, documentId: number): Promise<StoredText[]> {
  const rows = await db
    .select({ language: documentTexts.language, text: documentTexts.body, updatedAt: documentTexts.updatedAt, updatedBy: users.displayName })
    .from(documentTexts)
    .leftJoin(users, eq(users.id, documentTexts.updatedBy))
    .where(eq(documentTexts.documentId, documentId))
    .orderBy(asc(documentTexts.language));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

export async function readText(db: DbOrTx, documentId: number, language: TextLanguage): Promise<StructuredText | undefined> {
  const [row] = await db
    .select({ body: documentTexts.body })
    .from(documentTexts)
    .where(and(eq(documentTexts.documentId, documentId), eq(documentTexts.language, language)));
  return row?.body;
}

/** The document locked, and the asker's right to change its texts checked (403 naming why). */
async function lockEditable(tx: DbOrTx, roles: readonly Role[], documentId: number) {
  const [doc] = await tx.select({ status: documents.status }).from(documents).where(eq(documents.id, documentId)).for('update');
  if (!doc) throw notFound('Document');
  const why = mayEditText(doc.status, roles);
  if (why) throw new AppError('forbidden', why, [{ path: 'text', message: why }]);
}

/**
 * Stores the text in this language, replacing any before. `source` says in
 * the change log where it came from (typed in, or imported from a file).
 */
export async function saveText(
  db: Db,
  actor: Actor,
  roles: readonly Role[],
  documentId: number,
  language: TextLanguage,
  input: StructuredText,
  source: { importedFrom?: string } = {},
): Promise<void> {
  // An imported file is checked against the same shape as a typed text: a 400 naming the part, never a 500.
  const parsed = structuredText.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['text', ...issue.path].join('.');
    throw new AppError('validation_failed', `The text cannot be kept: ${path}: ${issue.message}`, [{ path, message: issue.message }]);
  }
  const text = parsed.data;
  await db.transaction(async (tx) => {
    await lockEditable(tx, roles, documentId);
    const now = new Date();
    await tx
      .insert(documentTexts)
      .values({ documentId, language, body: text, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({ target: [documentTexts.documentId, documentTexts.language], set: { body: text, updatedBy: actor.userId, updatedAt: now } });
    await recordChange(tx, actor, {
      entityType: 'document',
      entityId: documentId,
      action: 'update',
      changes: {
        structuredText: {
          language,
          preamble: text.preamble.length,
          paragraphs: text.paragraphs.length,
          annexes: text.annexes.length,
          ...(source.importedFrom ? { importedFrom: source.importedFrom } : {}),
        },
      },
    });
  });
}

/** Removes the text in this language; answers whether there was one. */
export async function removeText(db: Db, actor: Actor, roles: readonly Role[], documentId: number, language: TextLanguage): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockEditable(tx, roles, documentId);
    const gone = await tx
      .delete(documentTexts)
      .where(and(eq(documentTexts.documentId, documentId), eq(documentTexts.language, language)))
      .returning({ language: documentTexts.language });
    if (!gone.length) return false;
    await recordChange(tx, actor, { entityType: 'document', entityId: documentId, action: 'update', changes: { structuredText: { language, removed: true } } });
    return true;
  });
}

/** The languages each of these documents has a structured text in (lists offering the AKN file). */
export async function textLanguagesOf(db: DbOrTx, documentIds: readonly number[]): Promise<Map<number, TextLanguage[]>> {
  const out = new Map<number, TextLanguage[]>();
  if (!documentIds.length) return out;
  const rows = await db
    .select({ documentId: documentTexts.documentId, language: documentTexts.language })
    .from(documentTexts)
    .where(inArray(documentTexts.documentId, [...documentIds]))
    .orderBy(asc(documentTexts.language));
  for (const r of rows) out.set(r.documentId, [...(out.get(r.documentId) ?? []), r.language]);
  return out;
}
