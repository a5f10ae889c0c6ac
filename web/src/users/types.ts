import type { userIdentity } from '../../../src/server/auth/user-identity';
import { roles, type Role } from '../../../src/server/domain/vocabulary';
import type { Answer } from '../api/wire';

/** The roles, in the server's vocabulary and order. */
export const roleNames = roles;
export type RoleName = Role;

/**
 * A user as the administrators' list shows it: who they are (the server's userIdentity) and the rest of
 * users/routes.ts's `userView`, written out here because that schema is not exported from a schemas file.
 */
export type UserRecord = Answer<typeof userIdentity> & {
  party: { id: number; code: string; nameEn: string; nameVi: string } | null;
  bodies: Array<{ id: number; nameEn: string; nameVi: string }>;
  status: 'invited' | 'active' | 'deactivated';
  language: 'vi' | 'en';
  timeZone: string;
  createdAt: string;
};

export interface Grant {
  roles: RoleName[];
  partyId: number | null;
  bodyIds: number[];
}

export interface Named {
  id: number;
  nameEn: string;
  nameVi: string;
}

/** A user's names and job titles as edited in a form (empty: none). */
export interface Names {
  displayName: string;
  displayNameVi: string;
  jobTitleEn: string;
  jobTitleVi: string;
}

/** A new form's names: all empty. */
export const noNames: Names = { displayName: '', displayNameVi: '', jobTitleEn: '', jobTitleVi: '' };

export const namesOf = (u: UserRecord): Names => ({
  displayName: u.displayName,
  displayNameVi: u.displayNameVi ?? '',
  jobTitleEn: u.jobTitleEn ?? '',
  jobTitleVi: u.jobTitleVi ?? '',
});

/** What the API takes: an empty optional field is null (cleared). */
export const namesBody = (n: Names) => ({
  displayName: n.displayName,
  displayNameVi: n.displayNameVi || null,
  jobTitleEn: n.jobTitleEn || null,
  jobTitleVi: n.jobTitleVi || null,
});
