/**
 * What an uploaded file is, decided from its bytes (file-type), never from its
 * name or declared type; its hash; and a clean name to keep and send back.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../http/errors.js';

/** The kinds Gavel keeps, by file-type's extension, with the media type sent back on download. */
export const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
} as const;
export type FileKind = keyof typeof mediaTypes;

/** Other extensions a person may already have given a file of this kind. */
const aliases: Partial<Record<FileKind, string[]>> = { jpg: ['jpeg'] };

export type Sniffed<K extends FileKind> = { ok: true; kind: K; mediaType: string } | { ok: false; found: string };

export async function sniff<K extends FileKind>(bytes: Uint8Array, accepted: readonly K[]): Promise<Sniffed<K>> {
  const found = await fileTypeFromBuffer(bytes);
  const kind = accepted.find((k) => k === found?.ext);
  if (kind) return { ok: true, kind, mediaType: mediaTypes[kind] };
  return { ok: false, found: found?.mime ?? 'unknown' };
}

/** The file's kind among those accepted, or a 415 naming the `file` field and what the bytes are. */
export async function requireKind<K extends FileKind>(bytes: Uint8Array, accepted: readonly K[]): Promise<{ kind: K; mediaType: string }> {
  const sniffed = await sniff(bytes, accepted);
  if (sniffed.ok) return sniffed;
  const names = accepted.map((k) => k.toUpperCase().replace('JPG', 'JPEG'));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  throw new AppError('unsupported_media_type', `Only ${list} files are accepted; this file is ${sniffed.found}`, [
    { path: 'file', message: `content is ${sniffed.found}` },
  ]);
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file name without folders or control characters, ending in the kind's extension. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

export function cleanFileName(raw: string | undefined, kind: FileKind, fallback = 'document'): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = base
    .replace(controlCharacters, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  if (!name) name = fallback;
  const lower = name.toLowerCase();
  if (![kind, ...(aliases[kind] ?? [])].some((ext) => lower.endsWith(`.${ext}`))) name = `${name}.${kind}`;
  return name;
}

/** `Content-Disposition` for a download: the UTF-8 name, so Vietnamese names survive. */
export const attachmentDisposition = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** `Content-Disposition` for a stored image shown in a page (an <img>), named by what its bytes are. */
export const inlineDisposition = (fileName: string) => `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The extension of a stored image's sniffed type ('image/jpeg' → 'jpg'). */
export const imageExtension = (type: string) => ({ 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' })[type] ?? 'bin';
