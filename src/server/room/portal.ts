/**
 * The portal's live page of a public meeting: the agenda with the item under
 * discussion, who has the floor, and the record of decisions. Read as the
 * public (viewer null) whoever asks, like the rest of the portal: a restricted
 * or embargoed document is never named, and a meeting that is not public is
 * absent (null → 404).
 */
import { meetingScope } from '../auth/policies/index.js';
import type { DbOrTx } from '../db/client.js';
import { getRoom } from './queries.js';
import { recordOfDecisions } from './record.js';
import type { PortalLiveView } from './schemas.js';

export async function portalLive(db: DbOrTx, meetingId: number): Promise<PortalLiveView | null> {
  const room = await getRoom(db, meetingId, meetingScope(null), null);
  if (!room?.meeting.isPublic) return null;
  const { meeting: m } = room;
  const current = room.items.find((i) => i.id === room.currentItemId);
  const speaking = current?.speakers.find((s) => s.state === 'speaking');
  return {
    serverTime: room.serverTime,
    meeting: {
      id: m.id,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      status: m.status,
      hostTimeZone: m.hostTimeZone,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      startedAt: m.startedAt,
      suspendedAt: m.suspendedAt,
    },
    items: room.items.map((i) => ({ id: i.id, position: i.position, titleEn: i.titleEn, titleVi: i.titleVi, state: i.state })),
    currentItemId: room.currentItemId,
    speaking: speaking
      ? {
          delegation: { code: speaking.delegation.party.code, nameEn: speaking.delegation.party.nameEn, nameVi: speaking.delegation.party.nameVi },
          kind: speaking.kind,
          startedAt: speaking.startedAt,
          timeLimitSeconds: speaking.timeLimitSeconds,
        }
      : null,
    decisions: await recordOfDecisions(db, null, meetingId),
  };
}
