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
  /** Sign-in locks, security events. */
  'security.manage': ['admin'],
  /** The committee's deliverables, sessions, tasks and dashboard. */
  'committee.read': ['admin', 'secretariat', 'committee_member', 'ministry_focal_point'],
  'committee.manage': staff,
  /** Staff change any task; a focal point only its own bodies' tasks (checked in the command). */
  'tasks.update': ['admin', 'secretariat', 'ministry_focal_point'],
  /** Registering documents, uploading versions, importing lists. */
  'documents.write': ['admin', 'secretariat', 'ministry_focal_point'],
  /** Asking for a workflow step; the document state machine decides which steps each role may take. */
  'documents.transition': ['admin', 'secretariat', 'ministry_focal_point', 'delegation_liaison'],
  /** Media monitoring: importing pages, reading clippings and coverage. */
  'press.monitor': ['admin', 'secretariat', 'press_officer'],
  /** Reviewing accreditation, opening press centers. */
  'press.review': ['admin', 'press_officer'],
  /** Nominating delegates, substituting and withdrawing them; a liaison only for its own delegation (checked in the route). */
  'delegates.nominate': ['admin', 'secretariat', 'delegation_liaison'],
  /** Approving and rejecting delegates' nominations, setting quotas. */
  'delegates.review': staff,
  /** Writing news articles; only press officers ('press.review') publish them. */
  'press.write': ['admin', 'secretariat', 'press_officer'],
  /** Run the slot finder and the optimizer, read the fairness ledger. */
  'schedule.run': insiders,
  /** Accept a schedule, move a cluster's meetings, edit a cluster's scheduling rules. */
  'schedule.write': staff,
  /** Create, list and revoke calendar feed tokens: staff for every party, a liaison for its own (checked in the command). */
  'schedule.feeds': ['admin', 'secretariat', 'delegation_liaison'],
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
