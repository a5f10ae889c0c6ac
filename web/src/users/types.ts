export const roleNames = ['admin', 'secretariat', 'committee_member', 'ministry_focal_point', 'delegation_liaison', 'press_officer', 'journalist'] as const;
export type RoleName = (typeof roleNames)[number];

export interface UserRecord {
  id: number;
  email: string;
  displayName: string;
  displayNameVi: string | null;
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
