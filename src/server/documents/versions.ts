/**
 * Adding a version: the bytes are checked (type from the bytes, zip bombs
 * refused), hashed, stored once per hash, their text extracted, and the
 * document's search text refreshed — in one transaction.
 */
import { desc, eq, max, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { AppError, notFound } from '../http/errors.js';
import { refreshSearchText } from './commands.js';
import { cleanFileName, requireKind, sha256 } from '../files/kinds.js';
import type { Upload } from '../files/upload.js';
import { checkZip, documentKinds, extractText } from './files.js';
import { documentBlobs, documents, documentVersions } from './schema.js';

/** An upload checked, hashed and read, ready to be stored as a version. */
export interface PreparedFile {
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** The extracted text (null: not extractable); undefined when the blob is already stored. */
  text: string | null | undefined;
}

/** Checks the bytes (415 for the wrong type or a zip bomb), hashes them and extracts the text of a new blob. */
export async function prepareFile(db: DbOrTx, upload: Upload): Promise<PreparedFile> {
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
  const text = known ? undefined : await extractText(upload.bytes, sniffed.kind, entries);
  return { sha256: hash, fileName, mediaType: sniffed.mediaType, bytes: upload.bytes, text };
}

/** Stores a prepared file as the document's next version, inside the caller's transaction. */
export async function storeVersion(tx: DbOrTx, actor: Actor, documentId: number, file: PreparedFile, uploadedAt?: Date): Promise<number> {
  const [doc] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).for('update');
  if (!doc) throw notFound('Document');
  const { sha256: hash, fileName, text, bytes } = file;
  if (text !== undefined) {
    await tx.insert(documentBlobs).values({ sha256: hash, mediaType: file.mediaType, size: bytes.byteLength, bytes, text }).onConflictDoNothing();
  }
  const [last] = await tx
    .select({ n: max(documentVersions.number) })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId));
  const number = (last?.n ?? 0) + 1;
  const [row] = await tx
    .insert(documentVersions)
    .values({ documentId, number, sha256: hash, fileName, uploadedBy: actor.userId, ...(uploadedAt ? { uploadedAt } : {}) })
    .returning({ id: documentVersions.id });
  await refreshSearchText(tx, documentId);
  const [blob] = await tx
    .select({ extractable: sql<boolean>`${documentBlobs.text} is not null` })
    .from(documentBlobs)
    .where(eq(documentBlobs.sha256, hash));
  await recordChange(tx, actor, {
    entityType: 'document',
    entityId: documentId,
    action: 'update',
    changes: { version: { number, sha256: hash, fileName, size: bytes.byteLength, textExtractable: !!blob?.extractable } },
  });
  return row!.id;
}

export async function addVersion(db: Db, actor: Actor, documentId: number, upload: Upload): Promise<number> {
  // Checked and extracted outside the transaction: it can be slow and touches no rows.
  const file = await prepareFile(db, upload);
  return db.transaction((tx) => storeVersion(tx, actor, documentId, file));
}

export async function latestVersions(db: Db, documentId: number) {
  return db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.number));
}
