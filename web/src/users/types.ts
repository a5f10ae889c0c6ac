import type { userView } from '../../../src/server/users/schemas';
import { roles, type Role } from '../../../src/server/domain/vocabulary';
import type { Answer } from '../api/wire';

/** The roles, in the server's vocabulary and order. */
export const roleNames = roles;
export type RoleName = Role;

/** A user as the administrators' list and one's own profile show it: the server's userView, after JSON. */
export type UserRecord = Answer<typeof userView>;

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
