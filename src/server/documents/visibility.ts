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
 * Staff (admin, secretariat) see everything.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/permissions.js';
import type { Role } from '../domain/vocabulary.js';
import { delegations, parties, users } from '../db/schema.js';
import { documents } from './schema.js';

const staffRoles: readonly Role[] = ['admin', 'secretariat'];
/** The chair's own officials: they see everything below staff level that is not theirs to hide. */
const chairOfficials: readonly Role[] = ['committee_member', 'ministry_focal_point', 'press_officer'];

export type Viewer = Principal | null;

const has = (viewer: Viewer, set: readonly Role[]) => !!viewer && viewer.roles.some((r) => set.includes(r));

export const isStaff = (viewer: Viewer) => has(viewer, staffRoles);

const publicNow = sql`(${documents.confidentiality} = 'public' or (${documents.confidentiality} = 'public_on_outcome'
  and ${documents.status} in ('adopted', 'noted', 'issued')
  and (${documents.embargoUntil} is null or ${documents.embargoUntil} <= now())))`;

export function visibleTo(viewer: Viewer): SQL {
  if (isStaff(viewer)) return sql`true`;
  if (has(viewer, chairOfficials)) return sql`true`;
  if (has(viewer, ['delegation_liaison']) && viewer) {
    const userParty = sql`(select ${users.partyId} from ${users} where ${users.id} = ${viewer.userId})`;
    const isMember = sql`exists (select 1 from ${parties} where ${parties.id} = ${userParty} and ${parties.isMember})`;
    const participates = sql`exists (select 1 from ${delegations} where ${delegations.meetingId} = ${documents.actingMeetingId}
      and ${delegations.partyId} = ${userParty})`;
    return sql`(${publicNow} or (${documents.confidentiality} = 'members' and ${isMember})
      or (${documents.confidentiality} in ('participants', 'public_on_outcome') and ${participates}))`;
  }
  return publicNow;
}
