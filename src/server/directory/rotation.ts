/**
 * The chair rotates yearly in the English alphabetical order of the members'
 * names. Pure: given the members and one known chair year, the years around it.
 */
export interface RotationMember {
  code: string;
  nameEn: string;
}

export function chairRotation<T extends RotationMember>(
  members: readonly T[],
  anchor: { year: number; code: string },
  fromYear: number,
  toYear: number,
): Array<{ year: number; chair: T }> {
  const order = [...members].sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
  const anchorIndex = order.findIndex((m) => m.code === anchor.code);
  if (anchorIndex < 0 || order.length === 0) return [];
  const out: Array<{ year: number; chair: T }> = [];
  for (let year = fromYear; year <= toYear; year++) {
    const n = order.length;
    const index = (((anchorIndex + year - anchor.year) % n) + n) % n;
    out.push({ year, chair: order[index] as T });
  }
  return out;
}
