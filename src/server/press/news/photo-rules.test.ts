import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrder, leadAfterRemoval, newPhotoLeads, photoIdOf, photoIdsInBody, photoUrl } from './photo-rules.js';
import { sanitizeBody } from './sanitize.js';

describe('article photo addresses', () => {
  it('knows only its own photo addresses', () => {
    expect(photoIdOf(photoUrl(12))).toBe(12);
    for (const foreign of [
      'https://evil.example/api/portal/photos/12',
      '//evil.example/api/portal/photos/12',
      '/api/portal/photos/12?x=1',
      '/api/portal/photos/0',
      'data:image/png;base64,AAAA',
      '/api/portal/photos/../12',
      undefined,
    ]) {
      expect(photoIdOf(foreign)).toBeNull();
    }
  });

  it('lists the photos a body shows, once each, in order', () => {
    expect(
      photoIdsInBody(
        '<p>a</p><img src="/api/portal/photos/3" alt="x"><img src="https://x.org/a.png"><img alt="" src="/api/portal/photos/1"><img src="/api/portal/photos/3">',
      ),
    ).toEqual([3, 1]);
  });
});

describe('images in article bodies', () => {
  it("keeps the article's own photos and drops every other image", () => {
    const html =
      '<p>Text</p><img src="/api/portal/photos/7" alt="Lãnh đạo" onerror="alert(1)"><img src="/api/portal/photos/8"><img src="https://tracker.example/p.gif"><img src="data:image/png;base64,AAAA"><img src="//cdn.example/x.png">';
    const clean = sanitizeBody(html, new Set([7]));
    expect(clean).toBe('<p>Text</p><img src="/api/portal/photos/7" alt="Lãnh đạo" />');
  });

  it('drops all images when the article has no photos', () => {
    expect(sanitizeBody('<img src="/api/portal/photos/7">')).toBe('');
  });
});

describe('photo order', () => {
  it('accepts exactly a permutation of the current photos', () => {
    expect(checkOrder([1, 2, 3], [3, 1, 2])).toEqual({ ok: true });
    expect(checkOrder([1, 2, 3], [3, 1])).toEqual({ ok: false, message: 'photos missing from the order: 2' });
    expect(checkOrder([1, 2], [1, 2, 2])).toEqual({ ok: false, message: 'photo 2 is named twice' });
    expect(checkOrder([1, 2], [1, 9])).toEqual({ ok: false, message: 'photo 9 is not a photo of this article' });
  });

  it('agrees with "same set, no repeats" on any input', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }),
        (current, requested) => {
          const permutation =
            requested.length === current.length && new Set(requested).size === requested.length && requested.every((id) => current.includes(id));
          expect(checkOrder(current, requested).ok).toBe(permutation);
        },
      ),
    );
  });
});

describe('the lead photo', () => {
  const photos = [
    { id: 5, position: 2, isLead: false },
    { id: 4, position: 1, isLead: false },
    { id: 9, position: 3, isLead: true },
  ];

  it('stays when another photo goes, passes to the first remaining when it goes', () => {
    expect(leadAfterRemoval(photos, 5)).toBe(9);
    expect(leadAfterRemoval(photos, 9)).toBe(4);
    expect(leadAfterRemoval([{ id: 1, position: 1, isLead: true }], 1)).toBeNull();
  });

  it('goes to the first photo of an article and to any photo uploaded as the lead', () => {
    expect(newPhotoLeads([], false)).toBe(true);
    expect(newPhotoLeads(photos, false)).toBe(false);
    expect(newPhotoLeads(photos, true)).toBe(true);
  });
});
