/**
 * The shape of the demo data set. Plain data keyed by natural keys (party
 * codes, series codes, meeting keys), so that it reads like the domain brief
 * and the loader resolves the keys to ids.
 *
 * Dates are `YYYY-MM-DD`. Meeting start/end are host-local wall-clock times
 * `YYYY-MM-DDTHH:mm` in the meeting's `hostTimeZone`; the loader turns them
 * into instants.
 */
import type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartnerStatus, PartyKind, Role } from '../domain/vocabulary.js';

export interface DemoOrganization {
  code: string;
  nameEn: string;
  nameVi: string;
}

export interface DemoParty {
  /** Stable short code, e.g. 'VN', 'US', 'EU', 'ASEC', 'AICHR'. */
  code: string;
  nameEn: string;
  nameVi: string;
  kind: PartyKind;
  /** IANA zone a delegation of this party normally joins from. */
  timeZone: string;
  /** Members take part in the chair rotation. */
  member?: boolean;
}

export interface DemoPartnerStatus {
  party: string;
  status: PartnerStatus;
  since: string;
  until?: string;
  /** Key of the meeting at which it was decided, if in the data set. */
  decidedAt?: string;
  noteEn?: string;
  noteVi?: string;
}

export interface DemoChairmanship {
  year: number;
  chair: string;
  themeEn: string;
  themeVi: string;
}

export interface DemoPersonRole {
  titleEn: string;
  titleVi: string;
  from: string;
  to?: string;
}

export interface DemoPerson {
  key: string;
  fullName: string;
  party: string;
  roles: DemoPersonRole[];
}

export interface DemoSeries {
  code: string;
  nameEn: string;
  nameVi: string;
  level: MeetingLevel;
  /** For per-partner series such as PMC+1 with China. */
  partner?: string;
}

export interface DemoCluster {
  key: string;
  titleEn: string;
  titleVi: string;
  hostTimeZone: string;
  startsOn: string;
  endsOn: string;
}

export interface DemoDelegation {
  party: string;
  headName?: string;
  headPerson?: string;
  headLevel: HeadLevel;
  /** Defaults to the party's time zone. */
  timeZone?: string;
  noteEn?: string;
  noteVi?: string;
}

export interface DemoAgendaItem {
  titleEn: string;
  titleVi: string;
}

export interface DemoMeeting {
  key: string;
  series: string;
  edition?: number;
  titleEn: string;
  titleVi: string;
  level: MeetingLevel;
  format: MeetingFormat;
  hostCityEn: string;
  hostCityVi: string;
  hostTimeZone: string;
  start: string;
  end: string;
  status: MeetingStatus;
  cluster?: string;
  chairParty?: string;
  chairPerson?: string;
  coChairs?: { party: string; person?: string }[];
  /** Public meetings are on the public calendar; false for internal ones. */
  isPublic: boolean;
  agenda?: DemoAgendaItem[];
  delegations?: DemoDelegation[];
}

export interface DemoUser {
  email: string;
  displayName: string;
  /** The job title in English and Vietnamese. */
  jobTitleEn: string;
  jobTitleVi: string;
  roles: Role[];
  password: string;
  party?: string;
}

export interface DemoDataSet {
  organization: DemoOrganization;
  parties: DemoParty[];
  partnerStatuses: DemoPartnerStatus[];
  chairmanships: DemoChairmanship[];
  people: DemoPerson[];
  series: DemoSeries[];
  clusters: DemoCluster[];
  meetings: DemoMeeting[];
  users: DemoUser[];
}
