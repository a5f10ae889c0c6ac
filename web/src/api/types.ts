/**
 * The JSON shapes of the Gavel API, as the web UI relies on them.
 */

// One vocabulary for server and web: the server's lists, imported as they are.
import type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind } from '../../../src/server/domain/vocabulary';

export { headLevels, meetingFormats, meetingLevels, meetingStatuses, partyKinds } from '../../../src/server/domain/vocabulary';
export type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind };

import type { userIdentity } from '../../../src/server/auth/user-identity';
import type { Answer } from './wire';

export interface ApiErrorBody {
  error: string;
  code: string;
  details?: { path: string; message: string }[];
  requestId?: string;
}

/**
 * The signed-in user: who they are (the server's userIdentity, after JSON) and the languages
 * auth/sign-in.ts's `userView` adds (that file is route code, which the web's types cannot load).
 */
export type User = Answer<typeof userIdentity> & {
  /** The profile's language (e-mails). */
  language: 'vi' | 'en';
  /** The profile's language when the user chose it there: the UI switches to it at sign-in. */
  uiLanguage: 'vi' | 'en' | null;
};

export interface Session {
  user: User | null;
  csrfToken: string;
}

export interface PartyRef {
  code: string;
  nameEn: string;
  nameVi: string;
}

export interface PersonRef {
  id: number;
  fullName: string;
}

export interface Series {
  id: number;
  code: string;
  nameEn: string;
  nameVi: string;
  level: MeetingLevel;
}

export interface Cluster {
  id: number;
  titleEn: string;
  titleVi: string;
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
}

// The meeting shapes are the server's schemas, imported as types: one
// definition for validation, OpenAPI and the web. Writes use the schemas'
// input side (instants as ISO strings), reads their output side.
import type { z } from 'zod';
import type {
  DelegationView,
  MeetingDetail,
  MeetingSummary,
  delegationCreate,
  delegationPatch,
  meetingCreate,
  meetingPatch,
} from '../../../src/server/meetings/schemas';
import type {
  ApplicationView,
  ChairmanshipsView,
  StatusView,
  applicationCreate,
  chairmanshipCreate,
  chairmanshipPatch,
  statusCreate,
  stepCreate,
} from '../../../src/server/directory/schemas';

export type { MeetingDetail, MeetingSummary };
export type Delegation = DelegationView;
export type MeetingCreate = z.input<typeof meetingCreate>;
export type MeetingPatch = z.input<typeof meetingPatch>;
export type DelegationCreate = z.input<typeof delegationCreate>;
export type DelegationPatch = z.input<typeof delegationPatch>;

export interface Party extends PartyRef {
  id: number;
  kind: PartyKind;
  timeZone: string;
  currentStatus: string | null;
}

export type PartyStatus = StatusView;
export type PartyApplication = ApplicationView;

export interface PartyDetail extends Party {
  statuses: PartyStatus[];
  applications: PartyApplication[];
  meetings: MeetingSummary[];
}

export interface PersonSummary {
  id: number;
  fullName: string;
  party: PartyRef;
  currentRoles: { titleEn: string; titleVi: string }[];
}

export interface PersonDetail {
  id: number;
  fullName: string;
  party: PartyRef;
  roles: { titleEn: string; titleVi: string; from: string; to: string | null }[];
  chaired: MeetingSummary[];
}

export type Chairmanships = ChairmanshipsView;
export type StatusCreate = z.input<typeof statusCreate>;
export type ApplicationCreate = z.input<typeof applicationCreate>;
export type StepCreate = z.input<typeof stepCreate>;
export type ChairmanshipCreate = z.input<typeof chairmanshipCreate>;
export type ChairmanshipPatch = z.input<typeof chairmanshipPatch>;

export type { SearchAnswer, SearchResult } from '../../../src/server/search/schemas';
