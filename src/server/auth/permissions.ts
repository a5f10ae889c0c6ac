/**
 * Who may do what: the one table. A route names one permission in its
 * config; the auth hook checks it before the body is even read.
 */
import type { Role } from '../domain/vocabulary.js';

const staff: readonly Role[] = ['admin', 'secretariat'];
const insiders: readonly Role[] = [
  'admin',
  'secretariat',
  'committee_member',
  'ministry_focal_point',
  'delegation_liaison',
  'press_officer',
];

export const permissions = {
  /** Internal (non-public) meetings, e.g. National Committee sessions. */
  'meetings.readInternal': insiders,
  'meetings.write': staff,
  'delegations.write': staff,
  'changelog.read': staff,
  /** Run the slot finder and the optimizer, read the fairness ledger. */
  'schedule.run': insiders,
  /** Accept a schedule; create and revoke calendar feed tokens. */
  'schedule.write': staff,
  /** Any signed-in user. */
  'session.signedIn': [
    'admin',
    'secretariat',
    'committee_member',
    'ministry_focal_point',
    'delegation_liaison',
    'press_officer',
    'journalist',
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export interface Principal {
  userId: number;
  roles: readonly Role[];
}

export function can(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  const allowed: readonly Role[] = permissions[permission];
  return principal.roles.some((r) => allowed.includes(r));
}
