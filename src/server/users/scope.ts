/**
 * Which roles need a scope, and whether a set of roles with its scopes makes
 * sense: pure, so it can be read in one sitting and tested exhaustively.
 *
 * Scopes are stored where the existing rules already read them, so that no
 * permission decision changes: the party an account speaks for is
 * `users.party_id` (read by policies/delegations and policies/meetings for the
 * delegation members: liaisons and press officers), a focal point's bodies
 * are `user_bodies` (read by policies/tasks). An account therefore speaks for
 * one party at most, and its bodies are those of its focal-point role.
 */
import type { ErrorDetail } from '../http/errors.js';
import { inGroup } from '../auth/roles.js';
import type { Role } from '../domain/vocabulary.js';

export interface RoleGrant {
  roles: readonly Role[];
  /** The party the account speaks for: required for a delegation's liaison, allowed for a press officer. */
  partyId: number | null;
  /** The committee bodies a focal point acts for: at least one. */
  bodyIds: readonly number[];
}

/** The scope each scoped role needs, by the field that carries it. */
export const requiredScope: Partial<Record<Role, 'partyId' | 'bodyIds'>> = {
  delegation_liaison: 'partyId',
  ministry_focal_point: 'bodyIds',
};

export interface ScopeProblems {
  /** A role without its required scope. */
  missing: ErrorDetail[];
  /** A scope no held role uses. */
  unused: ErrorDetail[];
}

export function scopeProblems(grant: RoleGrant): ScopeProblems {
  const missing: ErrorDetail[] = [];
  const unused: ErrorDetail[] = [];
  if (grant.roles.includes('delegation_liaison') && grant.partyId === null) {
    missing.push({ path: 'partyId', message: 'a delegation liaison needs the party (delegation) it acts for' });
  }
  if (grant.roles.includes('ministry_focal_point') && grant.bodyIds.length === 0) {
    missing.push({ path: 'bodyIds', message: 'a ministry focal point needs at least one committee body' });
  }
  if (grant.partyId !== null && !inGroup(grant.roles, 'delegationMembers')) {
    unused.push({ path: 'partyId', message: 'only a delegation liaison or a press officer speaks for a party' });
  }
  if (grant.bodyIds.length > 0 && !grant.roles.includes('ministry_focal_point')) {
    unused.push({ path: 'bodyIds', message: 'only a ministry focal point acts for committee bodies' });
  }
  return { missing, unused };
}
