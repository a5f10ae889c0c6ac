/**
 * The chair rotates yearly in the English alphabetical order of the members'
 * names: the order rule. The real order departs from it when members swap
 * years; those years are recorded (a chairmanship whose chair is not the
 * rule's is an exception). Pure: given the members, one year the rule is
 * anchored on and the recorded years, the years around them.
 */
export interface RotationMember {
  code: string;
  nameEn: string;
}

/** A recorded chairmanship: who held the chair that year. */
export interface RecordedChair {
  year: number;
  code: string;
}

/**
 * Why a year's chair is who it is: `recorded` (a chairmanship says so; it may
 * differ from the rule), `swap` (no record, but the rule's chair for the year
 * already chaired out of turn in a recorded year within one round, so the
 * year goes to the member whose turn that was), `rule` (the alphabet).
 */
export type RotationBasis = 'recorded' | 'swap' | 'rule';

export interface RotationYear<T> {
  year: number;
  chair: T;
  basis: RotationBasis;
  /** Who the plain alphabetical order gives this year. */
  ruleChair: T;
  /** For a swap: the recorded year the chair's turn was traded with. */
  swappedWith?: number;
}

export function alphabeticalOrder<T extends RotationMember>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
}

/** The rule's chair for a year, counted from an anchor year in the alphabetical order; null for an unknown anchor. */
function ruleChairOf<T extends RotationMember>(order: readonly T[], anchor: RecordedChair, year: number): T | null {
  const anchorIndex = order.findIndex((m) => m.code === anchor.code);
  if (anchorIndex < 0) return null;
  const n = order.length;
  return order[(((anchorIndex + year - anchor.year) % n) + n) % n] as T;
}

/**
 * The recorded year the rule is best anchored on: the one with which most
 * recorded years agree (ties: the latest), so that a few exceptions do not
 * shift the whole rotation. Null when nothing usable is recorded.
 */
export function ruleAnchor(members: readonly RotationMember[], recorded: readonly RecordedChair[]): RecordedChair | null {
  const order = alphabeticalOrder(members);
  let best: { anchor: RecordedChair; agree: number } | null = null;
  for (const candidate of [...recorded].sort((a, b) => a.year - b.year)) {
    if (!order.some((m) => m.code === candidate.code)) continue;
    const agree = recorded.filter((r) => ruleChairOf(order, candidate, r.year)?.code === r.code).length;
    if (!best || agree >= best.agree) best = { anchor: candidate, agree };
  }
  return best?.anchor ?? null;
}

export function chairRotation<T extends RotationMember>(
  members: readonly T[],
  anchor: RecordedChair,
  fromYear: number,
  toYear: number,
  recorded: readonly RecordedChair[] = [],
): Array<RotationYear<T>> {
  const order = alphabeticalOrder(members);
  const n = order.length;
  if (n === 0 || !order.some((m) => m.code === anchor.code)) return [];
  const rule = (year: number) => ruleChairOf(order, anchor, year) as T;
  const byCode = new Map(order.map((m) => [m.code, m]));
  const recordedByYear = new Map(recorded.filter((r) => byCode.has(r.code)).map((r) => [r.year, r]));
  // Recorded years whose chair is not the rule's: the chair took someone else's turn.
  const exceptions = [...recordedByYear.values()].filter((r) => rule(r.year).code !== r.code);

  const out: Array<RotationYear<T>> = [];
  for (let year = fromYear; year <= toYear; year++) {
    const ruleChair = rule(year);
    const record = recordedByYear.get(year);
    if (record) {
      out.push({ year, chair: byCode.get(record.code)!, basis: 'recorded', ruleChair });
      continue;
    }
    // The rule's chair already chaired out of turn within this round: the year goes to the member it traded with.
    const traded = exceptions.find((e) => e.code === ruleChair.code && Math.abs(e.year - year) < n);
    if (traded) {
      out.push({ year, chair: rule(traded.year), basis: 'swap', ruleChair, swappedWith: traded.year });
      continue;
    }
    out.push({ year, chair: ruleChair, basis: 'rule', ruleChair });
  }
  return out;
}
