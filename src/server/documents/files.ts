/**
 * What a document version may be, whether a zip-based one is safe to open,
 * and its text. Nothing here throws on a bad file: a file
 * whose text cannot be read is kept with `text: null`.
 */
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import type { FileKind } from '../files/kinds.js';
import { storableText } from '../http/primitives.js';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Total uncompressed size a DOCX/ODT may claim; beyond it, it is treated as a zip bomb. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5_000;

/** What a document version may be; the type is decided from the bytes (`files/kinds.ts`). */
export const documentKinds = ['pdf', 'docx', 'odt'] as const satisfies readonly FileKind[];
export type DocumentKind = (typeof documentKinds)[number];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Reads the zip's central directory: names and claimed sizes, nothing inflated. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  // Never more than the entry claims: a lying header cannot inflate past it.
  return inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

/**
 * Refuses a zip that claims too much, then inflates each entry bounded by its
 * claimed size, so that neither an honest nor a lying bomb exhausts memory.
 */
export function checkZip(bytes: Uint8Array): ZipCheck {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: 'not a readable zip archive' };
  if (entries.length > MAX_ZIP_ENTRIES) return { ok: false, reason: 'too many entries' };
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: `expands to ${total} bytes` };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    for (const e of entries) inflateEntry(buf, e);
  } catch {
    return { ok: false, reason: 'an entry expands beyond its declared size or is damaged' };
  }
  return { ok: true, entries };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function odtText(bytes: Uint8Array, entries: ZipEntry[]): string {
  const content = entries.find((e) => e.name === 'content.xml');
  if (!content) throw new Error('no content.xml');
  const xml = inflateEntry(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), content).toString('utf8');
  return xml
    .replace(/<text:(p|h)\b[^>]*\/>/g, '\n')
    .replace(/<\/text:(p|h)>/g, '\n')
    .replace(/<text:(tab|s)\b[^>]*\/>/g, ' ')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e] ?? '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/** The file's text, or null when it cannot be extracted (encrypted, damaged…). */
export async function extractText(bytes: Uint8Array, kind: DocumentKind, entries?: ZipEntry[]): Promise<string | null> {
  try {
    let text: string;
    if (kind === 'pdf') text = await pdfText(bytes);
    else if (kind === 'docx') text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    else text = odtText(bytes, entries ?? zipEntries(bytes) ?? []);
    // A file's text may hold what PostgreSQL cannot store (an ODT's `&#0;`, a PDF's stray NUL).
    const trimmed = storableText(text)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return trimmed || null;
  } catch {
    return null;
  }
}
