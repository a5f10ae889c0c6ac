/**
 * Rules for an article's photos, pure: where a photo is served, which photos
 * an article body may show, their order and which one leads.
 */

const URL_PREFIX = '/api/portal/photos/';
const OWN_PHOTO = /^\/api\/portal\/photos\/([1-9]\d{0,9})$/;

/** Where a photo is served; the only image address an article body may carry. */
export const photoUrl = (id: number) => `${URL_PREFIX}${id}`;

/** The photo id of one of our photo addresses, else null (foreign, protocol-relative, data: …). */
export function photoIdOf(src: string | undefined): number | null {
  const match = OWN_PHOTO.exec(src ?? '');
  return match ? Number(match[1]) : null;
}

/** Photo ids shown in a body, in order of appearance. */
export function photoIdsInBody(html: string): number[] {
  const ids: number[] = [];
  for (const match of html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)) {
    const id = photoIdOf(match[1]);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export type OrderCheck = { ok: true } | { ok: false; message: string };

/** A new order must name each of the article's photos exactly once. */
export function checkOrder(current: readonly number[], requested: readonly number[]): OrderCheck {
  const seen = new Set<number>();
  for (const id of requested) {
    if (seen.has(id)) return { ok: false, message: `photo ${id} is named twice` };
    if (!current.includes(id)) return { ok: false, message: `photo ${id} is not a photo of this article` };
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length) return { ok: false, message: `photos missing from the order: ${missing.join(', ')}` };
  return { ok: true };
}

export interface PlacedPhoto {
  id: number;
  position: number;
  isLead: boolean;
}

/**
 * The lead photo once `removedId` is gone: the lead stays the lead; when the
 * lead itself goes, the first remaining photo takes its place. Null when none
 * remains.
 */
export function leadAfterRemoval(photos: readonly PlacedPhoto[], removedId: number): number | null {
  const rest = photos.filter((p) => p.id !== removedId).sort((a, b) => a.position - b.position || a.id - b.id);
  return (rest.find((p) => p.isLead) ?? rest[0])?.id ?? null;
}

/** A new photo leads when asked to or when the article has no lead yet. */
export const newPhotoLeads = (existing: readonly PlacedPhoto[], asked: boolean) => asked || !existing.some((p) => p.isLead);
