/**
 * Which meetings a viewer may learn exist. Insiders (the host's own people)
 * see every meeting; an account that speaks for a party (a delegation's
 * liaison or press officer) sees public meetings and the meetings its
 * party sends a delegation to; everyone else sees public meetings. A meeting
 * outside the scope is answered as if it did not exist, wherever it would
 * show: lists, detail, calendar files, search, the directory, documents.
 */
import { inGroup } from '../roles.js';
import { can, type Principal } from '../permissions.js';

export type MeetingScope =
  | { all: true }
  /** Public meetings, and those where `partyId` has a delegation (when not null). */
  | { all: false; partyId: number | null };

/** A principal whose party is not given (see viewerOf) is treated as speaking for none. */
export function meetingScope(viewer: Principal | null): MeetingScope {
  if (can(viewer, 'meetings.readInternal')) return { all: true };
  const partyId = viewer && inGroup(viewer.roles, 'delegationMembers') ? (viewer.partyId ?? null) : null;
  return { all: false, partyId };
}

/** A short stable key for caches that hold answers per scope. */
export function meetingScopeKey(scope: MeetingScope): string {
  if (scope.all) return 'all';
  return scope.partyId === null ? 'public' : `party-${scope.partyId}`;
}
