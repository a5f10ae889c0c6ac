/**
 * The JSON shapes of the Gavel API, as the web UI relies on them.
 */

// One vocabulary for server and web: the server's lists, imported as they are.
import type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind } from '../../../src/server/domain/vocabulary';

export { headLevels, meetingFormats, meetingLevels, meetingStatuses, partyKinds } from '../../../src/server/domain/vocabulary';
export type { HeadLevel, MeetingFormat, MeetingLevel, MeetingStatus, PartyKind };

import type { sessionView } from '../../../src/server/auth/user-identity';
import type { Answer } from './wire';

/** An error answer: the server's one error body (a stable code from its catalogue, details naming fields). */
export type { ErrorBody as ApiErrorBody } from '../../../src/server/http/errors';

/** The signed-in user and the session's CSRF token: the server's sessionView, after JSON. */
export type Session = Answer<typeof sessionView>;
export type User = NonNullable<Session['user']>;

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
import type * as directory from '../../../src/server/directory/schemas';
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

// The directory's answers (series, clusters, parties, people): the server's response schemas after JSON.
export type Series = Answer<typeof directory.seriesView>;
export type Cluster = Answer<typeof directory.clusterSummary>;
export type PartyRef = Answer<typeof directory.partyRef>;
export type PersonRef = NonNullable<NonNullable<MeetingDetail['chair']>['person']>;
export type Party = Answer<typeof directory.partyView>;
export type PartyDetail = Answer<typeof directory.partyDetail>;
export type PersonSummary = Answer<typeof directory.personSummary>;
export type PersonDetail = Answer<typeof directory.personDetail>;

export type PartyStatus = StatusView;
export type PartyApplication = ApplicationView;

export type Chairmanships = ChairmanshipsView;
export type StatusCreate = z.input<typeof statusCreate>;
export type ApplicationCreate = z.input<typeof applicationCreate>;
export type StepCreate = z.input<typeof stepCreate>;
export type ChairmanshipCreate = z.input<typeof chairmanshipCreate>;
export type ChairmanshipPatch = z.input<typeof chairmanshipPatch>;

export type { SearchAnswer, SearchResult } from '../../../src/server/search/schemas';
