/**
 * What a cluster's own fields must satisfy before its meetings are looked at:
 * a window that ends after it starts, spans days rather than months, and —
 * for a cluster being made — does not start in the past. Pure.
 */
import { DateTime } from 'luxon';
import { MAX_WINDOW_DAYS } from './rules.js';
import type { Problem } from './validate.js';

export interface WindowFields {
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
}

/** `today`: the host-local date a new cluster may not start before (null: an existing cluster, whose past is allowed). */
export function windowProblems(w: WindowFields, today: string | null): Problem[] {
  const from = DateTime.fromISO(w.startsOn, { zone: w.hostTimeZone });
  const to = DateTime.fromISO(w.endsOn, { zone: w.hostTimeZone });
  if (!from.isValid) return [{ path: 'startsOn', message: 'Not a date (YYYY-MM-DD)' }];
  if (!to.isValid) return [{ path: 'endsOn', message: 'Not a date (YYYY-MM-DD)' }];
  const problems: Problem[] = [];
  if (today !== null && w.startsOn < today)
    problems.push({ path: 'startsOn', message: `The window starts in the past (${w.startsOn}; today is ${today} in ${w.hostTimeZone})` });
  if (w.endsOn < w.startsOn) problems.push({ path: 'endsOn', message: `The window ends (${w.endsOn}) before it starts (${w.startsOn})` });
  else if (to.diff(from, 'days').days + 1 > MAX_WINDOW_DAYS) problems.push({ path: 'endsOn', message: `The window spans more than ${MAX_WINDOW_DAYS} days` });
  return problems;
}

/** The host-local date of an instant. */
export const hostDate = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toISODate()!;

/** 09:00 host time on a host-local date: where a new meeting waits until a schedule is accepted. */
export const defaultStart = (date: string, zone: string): number => DateTime.fromISO(`${date}T09:00`, { zone }).toMillis();

/** Where a meeting lies against a window [startMs, endMs): inside, or the side it falls out on. */
export function sideOutside(startsAt: number, endsAt: number, bounds: { startMs: number; endMs: number }): 'before' | 'after' | null {
  if (startsAt < bounds.startMs) return 'before';
  if (endsAt > bounds.endMs) return 'after';
  return null;
}

/** A readable lower-case slug from a title (ASCII; Vietnamese letters lose their marks). */
export function slugOf(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'cluster'
  );
}
