/** Which meetings a meeting picker offers (pure: unit-tested in offered.test.ts). */
import type { MeetingSummary } from '../api/types';

/**
 * Whether the picker offers meeting `m`: not the excluded one; with `after`,
 * only later meetings that are not cancelled (the chosen one always stays, so
 * the select still shows it).
 */
export function offered(m: Pick<MeetingSummary, 'id' | 'startsAt' | 'status'>, options: { excludeId?: number; after?: string; value?: string }): boolean {
  if (m.id === options.excludeId) return false;
  if (String(m.id) === options.value) return true;
  if (options.after === undefined) return true;
  return Date.parse(m.startsAt) > Date.parse(options.after) && m.status !== 'cancelled';
}
