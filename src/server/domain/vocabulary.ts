/**
 * The closed vocabularies of the domain. One list each; the database enums,
 * the zod schemas and the web UI's translation keys all derive from these.
 */
export const partyKinds = ['member', 'partner', 'observer', 'secretariat', 'body', 'guest'] as const;
export type PartyKind = (typeof partyKinds)[number];

export const partnerStatuses = ['dialogue_partner', 'sectoral_dialogue_partner', 'development_partner', 'observer', 'applicant'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

/** The steps of a party's application for a partner status; the last three close it. */
export const applicationStepKinds = ['submitted', 'considered', 'deferred', 'granted', 'declined', 'withdrawn'] as const;
export type ApplicationStepKind = (typeof applicationStepKinds)[number];

export const meetingLevels = ['leaders', 'ministerial', 'senior_officials', 'working', 'national'] as const;
export type MeetingLevel = (typeof meetingLevels)[number];

export const meetingFormats = ['in_person', 'virtual', 'hybrid'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export const meetingStatuses = ['planned', 'confirmed', 'in_progress', 'held', 'postponed', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const headLevels = [
  'head_of_state_or_government',
  'minister',
  'deputy_minister',
  'senior_official',
  'ambassador',
  'representative',
  'secretary_general',
  'official',
] as const;
export type HeadLevel = (typeof headLevels)[number];

export const roles = ['admin', 'secretariat', 'committee_member', 'ministry_focal_point', 'delegation_liaison', 'press_officer', 'journalist'] as const;
export type Role = (typeof roles)[number];

/**
 * What a watched source of media monitoring is: an RSS/Atom feed, a page
 * imported whenever it changes, or a section page whose article links are followed.
 */
export const monitorSourceKinds = ['feed', 'page', 'section'] as const;
export type MonitorSourceKind = (typeof monitorSourceKinds)[number];

/** How a watched source's last poll went; `blocked`: its robots.txt does not allow it. */
export const monitorFetchStatuses = ['ok', 'not_modified', 'failed', 'blocked'] as const;
export type MonitorFetchStatus = (typeof monitorFetchStatuses)[number];
