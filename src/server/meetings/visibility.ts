/**
 * Who may see a meeting: everyone the public ones, a party's people also the
 * meetings their party attends, the chair's people all (auth/policies decides
 * the scope, this turns it into SQL). The one predicate every read of
 * meetings uses — the calendar, search, calendar feeds, and the tables that
 * refer to a meeting by id.
 */
import { eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { MeetingScope } from '../auth/policies/index.js';
import { delegations, meetings } from '../db/schema.js';

/** Which meetings the asker may see: policies/meetings decides, this turns it into SQL. */
export type Visibility = MeetingScope;

export function visibleTo(scope: Visibility): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.partyId === null) return eq(meetings.isPublic, true);
  const attends = sql`exists (select 1 from ${delegations} where ${delegations.meetingId} = ${meetings.id} and ${delegations.partyId} = ${scope.partyId})`;
  return or(eq(meetings.isPublic, true), attends);
}

/** The same rule for a meeting another table refers to by id: true where that meeting is visible. */
export function visibleMeetingId(scope: Visibility, meetingId: AnyColumn): SQL | undefined {
  if (scope.all) return undefined;
  return sql`${meetingId} in (select ${meetings.id} from ${meetings} where ${visibleTo(scope)})`;
}
