/**
 * Who is asking, as the resource rules need it: the principal the auth hook
 * found, with the party its account speaks for. Null when nobody is signed in.
 */
import type { Role } from '../../domain/vocabulary.js';
import type { Principal } from '../permissions.js';

export interface Viewer extends Principal {
  partyId: number | null;
}

interface RequestLike {
  principal: Principal | null;
  session: { user: { partyId: number | null } } | null;
}

export function viewerOf(request: RequestLike): Viewer | null {
  const { principal } = request;
  if (!principal) return null;
  return { userId: principal.userId, roles: principal.roles, partyId: principal.partyId ?? request.session?.user.partyId ?? null };
}

/** A viewer for code that has roles and a party but no request (tests, commands). */
export function viewer(userId: number, roles: readonly Role[], partyId: number | null = null): Viewer {
  return { userId, roles, partyId };
}
