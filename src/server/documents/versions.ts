/**
 * Adding a version: the bytes are checked (type from the bytes, zip bombs
 * refused), hashed, stored once per hash, their text extracted, and the
 * document's search text refreshed — in one transaction.
 */
import { desc, eq, max } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../http/errors.js';
import { refreshSearchText } from './commands.js';
import { cleanFileName, requireKind, sha256 } from '../files/kinds.js';
import type { Upload } from '../files/upload.js';
import { checkZip, documentKinds, extractText } from './files.js';
import { documentBlobs, documents, documentVersions } from './schema.js';

export async function addVersion(db: Db, actor: Actor, documentId: number, upload: Upload): Promise<number> {
  const sniffed = await requireKind(upload.bytes, documentKinds);
  let entries;
  if (sniffed.kind !== 'pdf') {
    const zip = checkZip(upload.bytes);
    if (!zip.ok) throw new AppError('unsupported_media_type', `The file was refused: ${zip.reason}`, [{ path: 'file', message: zip.reason }]);
    entries = zip.entries;
  }
  const hash = sha256(upload.bytes);
  const fileName = cleanFileName(upload.fileName, sniffed.kind);
  const [known] = await db.select({ sha256: documentBlobs.sha256 }).from(documentBlobs).where(eq(documentBlobs.sha256, hash));
  // Extract outside the transaction; it can be slow and touches no rows.
  const text = known ? undefined : await extractText(upload.bytes, sniffed.kind, entries);

  return db.transaction(async (tx) => {
    const [doc] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).for('update');
    if (!doc) throw notFound('Document');
    if (text !== undefined) {
      await tx
        .insert(documentBlobs)
        .values({ sha256: hash, mediaType: sniffed.mediaType, size: upload.bytes.byteLength, bytes: upload.bytes, text })
        .onConflictDoNothing();
    }
    const [last] = await tx
      .select({ n: max(documentVersions.number) })
      .from(documentVersions)
      .where(eq(documentVersions.documentId, documentId));
    const number = (last?.n ?? 0) + 1;
    const [row] = await tx
      .insert(documentVersions)
      .values({ documentId, number, sha256: hash, fileName, uploadedBy: actor.userId })
      .returning({ id: documentVersions.id });
    await refreshSearchText(tx, documentId);
    await recordChange(tx, actor, {
      entityType: 'document',
      entityId: documentId,
      action: 'update',
      changes: { version: { number, sha256: hash, fileName, size: upload.bytes.byteLength, textExtractable: text !== null } },
    });
    return row!.id;
  });
}

export async function latestVersions(db: Db, documentId: number) {
  return db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.number));
}
