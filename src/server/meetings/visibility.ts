/**
 * Who may see a meeting: everyone sees the public ones, the chair's people
 * (`internal`) all. The one predicate every read of meetings uses — the
 * calendar, search, calendar feeds.
 */
import { eq, type SQL } from 'drizzle-orm';
import { meetings } from '../db/schema.js';

export interface Visibility {
  /** May see meetings that are not public. */
  internal: boolean;
}

export function visibleTo(visibility: Visibility): SQL | undefined {
  return visibility.internal ? undefined : eq(meetings.isPublic, true);
}
