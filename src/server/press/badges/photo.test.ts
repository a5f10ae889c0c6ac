import { describe, expect, it } from 'vitest';
import { png } from '../../../../tests/helpers/images.js';
import { checkPhoto, imageDimensions, MAX_PHOTO_BYTES } from './photo.js';

describe('applicant photos', () => {
  it('accepts a real PNG and reads its size from the header', async () => {
    await expect(checkPhoto(png(30, 40))).resolves.toEqual({ type: 'image/png', width: 30, height: 40 });
  });

  it('reads JPEG dimensions from the SOF marker', () => {
    const jpeg = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x00, 0xc8, 0x03, 0, 0, 0, 0, 0, 0,
    ]);
    expect(imageDimensions(jpeg, 'image/jpeg')).toEqual({ width: 200, height: 100 });
  });

  it('refuses what is not an image, whatever its name (415)', async () => {
    await expect(checkPhoto(Buffer.from('%PDF-1.7 not a photo at all'))).rejects.toMatchObject({ status: 415 });
    await expect(checkPhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toMatchObject({ status: 415 });
  });

  it('refuses photos over 5 MB (413)', async () => {
    await expect(checkPhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1))).rejects.toMatchObject({ status: 413 });
  });

  it('refuses a small file declaring a huge image before decoding it (413)', async () => {
    const bomb = png(1, 1, [0, 0, 0], { width: 50_000, height: 50_000 });
    expect(bomb.length).toBeLessThan(200);
    await expect(checkPhoto(bomb)).rejects.toMatchObject({ status: 413, details: [{ path: 'photo', message: 'declared 50000×50000 pixels' }] });
  });
});
