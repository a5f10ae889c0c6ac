export const roleNames = ['admin', 'secretariat', 'committee_member', 'ministry_focal_point', 'delegation_liaison', 'press_officer', 'journalist'] as const;
export type RoleName = (typeof roleNames)[number];

export interface UserRecord {
  id: number;
  email: string;
  displayName: string;
  displayNameVi: string | null;
  jobTitleEn: string | null;
  jobTitleVi: string | null;
  roles: RoleName[];
  party: { id: number; code: string; nameEn: string; nameVi: string } | null;
  bodies: Array<{ id: number; nameEn: string; nameVi: string }>;
  status: 'invited' | 'active' | 'deactivated';
  language: 'vi' | 'en';
  timeZone: string;
  createdAt: string;
}

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
