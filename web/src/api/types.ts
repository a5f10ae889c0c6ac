/**
 * The JSON shapes of the Gavel API, as the web UI relies on them.
 */

// One vocabulary for server and web: the server's lists, imported as they are.
import type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind } from '../../../src/server/domain/vocabulary';

export { headLevels, meetingFormats, meetingLevels, meetingStatuses, partyKinds } from '../../../src/server/domain/vocabulary';
export type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind };

export interface ApiErrorBody {
  error: string;
  code: string;
  details?: { path: string; message: string }[];
  requestId?: string;
}

export interface User {
  id: number;
  email: string;
  displayName: string;
  roles: string[];
}

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

export interface MeetingSummary {
  id: number;
  seriesCode: string;
  seriesNameEn: string;
  seriesNameVi: string;
  edition: number | null;
  titleEn: string;
  titleVi: string;
  level: MeetingLevel;
  format: MeetingFormat;
  status: MeetingStatus;
  hostCityEn: string;
  hostCityVi: string;
  hostTimeZone: string;
  startsAt: string;
  endsAt: string;
  clusterId: number | null;
  isPublic: boolean;
  delegationCount: number;
}

export interface Delegation {
  id: number;
  party: PartyRef & { id: number; kind: PartyKind };
  headName: string | null;
  headPerson: PersonRef | null;
  headLevel: string;
  timeZone: string;
  utcOffset: string;
  noteEn: string | null;
  noteVi: string | null;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the delegation's zone. */
  localStart: string;
  localEnd: string;
  /** Days relative to the host-local start date. */
  startDayOffset: number;
  endDayOffset: number;
  outsideHours: boolean;
}

export interface MeetingDetail extends MeetingSummary {
  cluster: { id: number; titleEn: string; titleVi: string } | null;
  chair: { party: PartyRef | null; person: PersonRef | null } | null;
  coChairs: { party: PartyRef; person: PersonRef | null }[];
  agenda: { id: number; position: number; titleEn: string; titleVi: string }[];
  hostLocalStart: string;
  hostLocalEnd: string;
  delegations: Delegation[];
}

export interface MeetingPatch {
  titleEn?: string;
  titleVi?: string;
  status?: MeetingStatus;
  format?: MeetingFormat;
  level?: MeetingLevel;
  startsAt?: string;
  endsAt?: string;
  hostTimeZone?: string;
  hostCityEn?: string;
  hostCityVi?: string;
  edition?: number | null;
  isPublic?: boolean;
}

export interface MeetingCreate {
  seriesId: number;
  edition: number | null;
  titleEn: string;
  titleVi: string;
  level: MeetingLevel;
  format: MeetingFormat;
  status: MeetingStatus;
  hostCityEn: string;
  hostCityVi: string;
  hostTimeZone: string;
  startsAt: string;
  endsAt: string;
  clusterId: number | null;
  isPublic: boolean;
}

export interface DelegationPatch {
  headName?: string | null;
  headLevel?: HeadLevel;
  timeZone?: string;
  noteEn?: string | null;
  noteVi?: string | null;
}

export interface DelegationCreate extends DelegationPatch {
  partyId: number;
  headLevel: HeadLevel;
}

export interface Party extends PartyRef {
  id: number;
  kind: PartyKind;
  timeZone: string;
  currentStatus: string | null;
}

export interface PartyStatus {
  status: string;
  since: string;
  until: string | null;
  noteEn: string | null;
  noteVi: string | null;
  decidedAt: { id: number; titleEn: string; titleVi: string } | null;
}

export interface PartyDetail extends Party {
  statuses: PartyStatus[];
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

export interface Chairmanships {
  chairmanships: { year: number; chair: PartyRef; themeEn: string; themeVi: string }[];
  rotation: { year: number; chair: PartyRef }[];
}

export interface SearchResult {
  type: 'meeting' | 'person' | 'party';
  id: number | string;
  titleEn: string;
  titleVi: string;
  subtitleEn: string | null;
  subtitleVi: string | null;
}
