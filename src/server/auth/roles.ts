/**
 * The role groups, defined once. The permission table (permissions.ts), the
 * resource rules (policies/) and the pure rules of the modules (the document
 * workflow, who may change which registry fact) all name these groups rather
 * than spelling out lists of roles of their own.
 */
import { roles, type Role } from '../domain/vocabulary.js';

const group = <const T extends readonly Role[]>(...members: T): T => members;

export const roleGroups = {
  /** The chair's secretariat and the platform's administrators: everything the chair runs. */
  staff: group('admin', 'secretariat'),
  /**
   * The host country's own people: they see the host's internal meetings
   * (National Committee sessions) and work on the committee's deliverables.
   */
  insiders: group('admin', 'secretariat', 'committee_member', 'ministry_focal_point'),
  /** The chair's officials below staff: every document that is not theirs to hide. */
  chairOfficials: group('committee_member', 'ministry_focal_point', 'press_officer'),
  /** Who registers and edits documents and moves drafts to circulation. */
  drafters: group('admin', 'secretariat', 'ministry_focal_point'),
  /** Who may break a silence procedure: staff, and a delegation for itself. */
  objectors: group('admin', 'secretariat', 'delegation_liaison'),
  /** The press desk: monitoring, news articles. */
  pressDesk: group('admin', 'secretariat', 'press_officer'),
  /** Who decides on press accreditation and publishes articles. */
  pressReviewers: group('admin', 'press_officer'),
  /**
   * Accounts that speak for one party (users.party_id): they see public
   * meetings and their own delegation's, and act for their own delegation only.
   */
  delegationMembers: group('delegation_liaison', 'press_officer'),
  /** Any signed-in account. */
  signedIn: roles,
} as const satisfies Record<string, readonly Role[]>;

export type RoleGroup = keyof typeof roleGroups;

/** The union of some groups and roles, each role once, in the vocabulary's order. */
export function rolesOf(...parts: ReadonlyArray<RoleGroup | Role>): readonly Role[] {
  const wanted = new Set<Role>(parts.flatMap((p) => (p in roleGroups ? [...roleGroups[p as RoleGroup]] : [p as Role])));
  return roles.filter((r) => wanted.has(r));
}

/** Does any of these roles belong to the group (or equal the role)? */
export function inGroup(held: readonly Role[] | undefined | null, group: RoleGroup | readonly Role[]): boolean {
  if (!held) return false;
  const members: readonly Role[] = typeof group === 'string' ? roleGroups[group] : group;
  return held.some((r) => members.includes(r));
}
