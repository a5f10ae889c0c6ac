/**
 * Who may learn that a document exists: the one SQL predicate used by every
 * read (list, detail, download, diff, search with its counts and snippets,
 * outcome lists and exports). A document that fails it is answered 404.
 *
 * - members: the chair's officials, and liaisons of member states;
 * - participants: the chair's officials, and liaisons of parties with a
 *   delegation at the acting meeting;
 * - public_on_outcome: like participants until adopted/noted/issued and past
 *   any embargo, then everyone;
 * - public: everyone.
 * Staff (admin, secretariat) see everything. And whatever its
 * confidentiality, a document acting at a meeting the viewer may not see
 * (the host's internal meetings, policies/meetings) is not shown either: its
 * reference code and title would name that meeting.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import { meetingScope } from '../auth/policies/index.js';
import { inGroup } from '../auth/roles.js';
import { delegations, parties, users } from '../db/schema.js';
import { visibleMeetingId } from '../meetings/visibility.js';
import { documents } from './schema.js';

/** The asker; its partyId, when not given, is read from its account. */
export type Viewer = Principal | null;

export const isStaff = (viewer: Viewer) => inGroup(viewer?.roles, 'staff');

const publicNow = sql`(${documents.confidentiality} = 'public' or (${documents.confidentiality} = 'public_on_outcome'
  and ${documents.status} in ('adopted', 'noted', 'issued')
  and (${documents.embargoUntil} is null or ${documents.embargoUntil} <= now())))`;

function confidentialityAllows(viewer: Viewer): SQL {
  if (isStaff(viewer)) return sql`true`;
  if (inGroup(viewer?.roles, 'chairOfficials')) return sql`true`;
  if (viewer && inGroup(viewer.roles, ['delegation_liaison'])) {
    const userParty = viewer.partyId != null ? sql`${viewer.partyId}` : sql`(select ${users.partyId} from ${users} where ${users.id} = ${viewer.userId})`;
    const isMember = sql`exists (select 1 from ${parties} where ${parties.id} = ${userParty} and ${parties.isMember})`;
    const participates = sql`exists (select 1 from ${delegations} where ${delegations.meetingId} = ${documents.actingMeetingId}
      and ${delegations.partyId} = ${userParty})`;
    return sql`(${publicNow} or (${documents.confidentiality} = 'members' and ${isMember})
      or (${documents.confidentiality} in ('participants', 'public_on_outcome') and ${participates}))`;
  }
  return publicNow;
}

export function visibleTo(viewer: Viewer): SQL {
  const meeting = visibleMeetingId(meetingScope(viewer), documents.actingMeetingId);
  return meeting ? and(confidentialityAllows(viewer), meeting)! : confidentialityAllows(viewer);
}
