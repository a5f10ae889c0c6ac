/**
 * Checks a photo (a journalist's or a delegate's for the badge, or an
 * article's) without decoding it: the type from its bytes
 * (file-type, not the file name or the declared type), the size, and the
 * dimensions from the image header, so that a small file declaring a huge
 * image (a decompression bomb) is refused before anything inflates it.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../http/errors.js';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Plenty for a passport photo; far below what would exhaust memory when decoded. */
export const MAX_PHOTO_PIXELS = 40_000_000;
export const MAX_PHOTO_SIDE = 10_000;

/** The badge PDF can embed these two without conversion. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export interface Photo {
  type: PhotoType;
  width: number;
  height: number;
}

/** Width and height from a PNG IHDR or a JPEG SOF marker; null if the header is unreadable. */
export function imageDimensions(bytes: Uint8Array, type: PhotoType): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'image/png') {
    if (bytes.length < 24) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return null;
}

export async function checkPhoto(bytes: Uint8Array): Promise<Photo> {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new AppError('payload_too_large', 'The photo is larger than 5 MB', [{ path: 'photo', message: 'larger than 5 MB' }]);
  }
  const detected = await fileTypeFromBuffer(bytes);
  const type = PHOTO_TYPES.find((t) => t === detected?.mime);
  if (!type) {
    throw new AppError('unsupported_media_type', 'The photo must be a JPEG or PNG image', [
      { path: 'photo', message: `not a JPEG or PNG image${detected ? ` (${detected.mime})` : ''}` },
    ]);
  }
  const size = imageDimensions(bytes, type);
  if (!size || size.width === 0 || size.height === 0) {
    throw new AppError('unsupported_media_type', 'The photo is damaged', [{ path: 'photo', message: 'unreadable image header' }]);
  }
  if (size.width > MAX_PHOTO_SIDE || size.height > MAX_PHOTO_SIDE || size.width * size.height > MAX_PHOTO_PIXELS) {
    throw new AppError('payload_too_large', 'The photo declares an image too large to process', [
      { path: 'photo', message: `declared ${size.width}×${size.height} pixels` },
    ]);
  }
  return { type, ...size };
}
