/**
 * Who may do what: the one table. A route names one permission in its
 * config; the auth hook checks it before the body is even read. What a
 * permission lets a role do to one particular thing ("a liaison, for its own
 * delegation") is a resource rule in policies/, called by the route or the
 * command. docs/security.md's matrix is generated from this table
 * (`npm run docs:security`); a test fails when the two differ.
 */
import type { Role } from '../domain/vocabulary.js';
import { rolesOf, roleGroups } from './roles.js';

const { staff, insiders, drafters, pressDesk, pressReviewers, signedIn } = roleGroups;

export const permissions = {
  /** Every meeting, internal ones too (the National Committee's sessions); others see public meetings and their own delegation's. */
  'meetings.readInternal': insiders,
  'meetings.write': staff,
  'delegations.write': staff,
  'changelog.read': staff,
  /** The audit log: the whole change log filtered by who, what, when and entity, and its CSV export. */
  'audit.read': ['admin'],
  /** Sign-in locks, security events. */
  'security.manage': ['admin'],
  /** The committee's deliverables, sessions, tasks and dashboard. */
  'committee.read': insiders,
  'committee.manage': staff,
  /** Staff change any task; a focal point only its own bodies' tasks (policies/tasks). */
  'tasks.update': rolesOf('staff', 'ministry_focal_point'),
  /** Registering documents, uploading versions, importing lists. */
  'documents.write': drafters,
  /** Asking for a workflow step; the document state machine decides which steps each role may take. */
  'documents.transition': rolesOf('drafters', 'delegation_liaison'),
  /** Media monitoring: importing pages, reading clippings and coverage. */
  'press.monitor': pressDesk,
  /** Reviewing accreditation, opening press centers, publishing articles. */
  'press.review': pressReviewers,
  /** Nominating delegates, substituting and withdrawing them; a liaison only for its own delegation (policies/delegations). */
  'delegates.nominate': rolesOf('staff', 'delegation_liaison'),
  /** Approving and rejecting delegates' nominations, setting quotas. */
  'delegates.review': staff,
  /** Writing news articles; only 'press.review' publishes them. */
  'press.write': pressDesk,
  /** The scheduling workbench: slot finder, optimizer (seconds of solver time), a cluster's rules and every delegation's burden and night acceptance. */
  'schedule.run': staff,
  /** Accept a schedule, move a cluster's meetings, edit a cluster's scheduling rules. */
  'schedule.write': staff,
  /** The fairness ledger: staff every delegation's burden, a liaison its own delegation's only (policies/delegations). */
  'schedule.ledger': rolesOf('staff', 'delegation_liaison'),
  /** Create, list and revoke calendar feed tokens: staff for every party, a liaison for its own (policies/delegations). */
  'schedule.feeds': rolesOf('staff', 'delegation_liaison'),
  /** The chair's console: start, suspend and close the sitting and its items, give the floor, reorder and close lists of speakers. */
  'room.chair': staff,
  /** Asking for the floor and withdrawing: staff for any delegation, a liaison for its own (policies/room). */
  'room.speak': rolesOf('staff', 'delegation_liaison'),
  /** Invite users, give and take their roles and scopes, deactivate them, send password resets. */
  'users.manage': ['admin'],
  /** The e-mail outbox: read every message (links included) and retry failed ones. */
  'mail.outbox': ['admin'],
  /** Reference data: the committee's bodies and members, partners' status history and applications, chairmanships. */
  'reference.manage': ['admin'],
  /** Personal data: one person's export, the retention periods, a purge run. */
  'privacy.manage': ['admin'],
  /** Any signed-in user. */
  'session.signedIn': signedIn,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/**
 * What each permission lets its roles do, in a sentence: the rows of the
 * matrix in docs/security.md. Every permission must have one.
 */
export const permissionSummaries: Record<Permission, string> = {
  'meetings.readInternal': "See every meeting, the host's internal ones too (others: public meetings and their own delegation's)",
  'meetings.write': 'Create, change and delete meetings',
  'delegations.write': "Add, change and remove a meeting's delegations",
  'changelog.read': 'Read the change log',
  'audit.read': 'The audit log: filter the change log by user, action, time and entity; export it as CSV',
  'security.manage': 'See and lift sign-in locks (security events are in the change log)',
  'committee.read': "Read the National Committee's deliverables, sessions, tasks and dashboard",
  'committee.manage': "Manage the committee's deliverables, sessions and decisions",
  'tasks.update': "Update committee tasks (a focal point: its own bodies' tasks only)",
  'documents.write': 'Register documents, edit registry facts, upload versions, import lists',
  'documents.transition': 'Ask for a workflow step (the state machine decides which steps a role may take)',
  'press.monitor': 'Media monitoring: import pages, read clippings and coverage',
  'press.review': 'Decide on press accreditation, open press centres, publish articles',
  'delegates.nominate': 'Nominate, substitute and withdraw delegates (a liaison: its own delegation only)',
  'delegates.review': "Approve and reject delegates' nominations, set quotas",
  'press.write': 'Write news articles and briefings',
  'schedule.run': "Scheduling workbench: slot finder, optimizer, clusters' rules, every delegation's burden",
  'schedule.write': "Accept a schedule, move a cluster's meetings, edit a cluster's rules",
  'schedule.ledger': "Fairness ledger (a liaison: its own delegation's row only)",
  'schedule.feeds': "Calendar feed tokens (a liaison: its own delegation's only)",
  'room.chair':
    "Chair's console: start, suspend and close a sitting and its agenda items, give the floor, reorder and close lists of speakers, add, rename, reorder and delete agenda items, take documents to their decision in session (the documents workflow decides which steps a role may take)",
  'room.speak': 'Ask for the floor and withdraw (a liaison: for its own delegation only)',
  'users.manage': 'Invite users, give and take roles and their scopes, deactivate accounts, send password resets',
  'mail.outbox': 'Read the e-mail outbox (links in messages included) and retry failed messages',
  'reference.manage': "Edit reference data: the committee's bodies and their members, partners' status history and applications, chairmanships and handovers",
  'privacy.manage': "Export one person's data, read the retention periods, run the purge of expired personal data",
  'session.signedIn': 'Anything any signed-in account may do (own notifications, own profile)',
};

export interface Principal {
  userId: number;
  roles: readonly Role[];
  /** The party the account speaks for (users.party_id), when it is known here; see policies/viewer. */
  partyId?: number | null;
}

export function can(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  const allowed: readonly Role[] = permissions[permission];
  return principal.roles.some((r) => allowed.includes(r));
}
