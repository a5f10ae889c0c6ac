/** Reading the room: a meeting's agenda with each item's list of speakers, in order. */
import { and, asc, eq } from 'drizzle-orm';
import { meetingScope, type MeetingScope, type Viewer } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import type { DbOrTx } from '../db/client.js';
import { agendaItems, delegations, meetings, parties } from '../db/schema.js';
import { meetingSittings, speakers } from './schema.js';
import type { HeadLevel, MeetingFormat, MeetingStatus } from '../domain/vocabulary.js';
import { visibleTo } from '../meetings/queries.js';
import { places, queue } from './core/queue.js';
import type { ItemState, SpeakerKind, SpeakerState } from './core/vocabulary.js';
import type { RoomSpeaker, RoomView } from './schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const stateOrder: Record<SpeakerState, number> = { speaking: 0, waiting: 1, done: 2, withdrawn: 3 };

export async function getRoom(db: DbOrTx, meetingId: number, scope: MeetingScope, ownPartyId: number | null): Promise<RoomView | null> {
  const [meeting] = await db
    .select({ m: meetings, sitting: meetingSittings })
    .from(meetings)
    .leftJoin(meetingSittings, eq(meetingSittings.meetingId, meetings.id))
    .where(and(eq(meetings.id, meetingId), visibleTo(scope)));
  if (!meeting) return null;
  const { m, sitting } = meeting;
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id));
  const dels = await db
    .select({
      id: delegations.id,
      headLevel: delegations.headLevel,
      timeZone: delegations.timeZone,
      party: { id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi },
    })
    .from(delegations)
    .innerJoin(parties, eq(parties.id, delegations.partyId))
    .where(eq(delegations.meetingId, meetingId))
    .orderBy(asc(parties.code));
  const delegationOf = new Map(dels.map((d) => [d.id, { ...d, headLevel: d.headLevel as HeadLevel }]));
  const rows = await db.select().from(speakers).where(eq(speakers.meetingId, meetingId)).orderBy(asc(speakers.requestedAt), asc(speakers.id));

  const views = items.map((item) => {
    const own = rows
      .filter((r) => r.agendaItemId === item.id)
      .map((r) => ({ ...r, kind: r.kind as SpeakerKind, state: r.state as SpeakerState, headLevel: delegationOf.get(r.delegationId)!.headLevel }));
    const placeOf = places(own);
    const waiting = queue(own);
    const rest = own
      .filter((r) => r.state !== 'waiting')
      .sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || (a.startedAt?.getTime() ?? 0) - (b.startedAt?.getTime() ?? 0));
    const ordered = [...rest.filter((r) => r.state === 'speaking'), ...waiting, ...rest.filter((r) => r.state !== 'speaking')];
    const list: RoomSpeaker[] = ordered.map((r) => ({
      id: r.id,
      agendaItemId: r.agendaItemId,
      delegation: delegationOf.get(r.delegationId)!,
      kind: r.kind,
      state: r.state,
      place: placeOf.get(r.id) ?? null,
      chairPosition: r.chairPosition,
      timeLimitSeconds: r.timeLimitSeconds,
      requestedAt: r.requestedAt.toISOString(),
      startedAt: iso(r.startedAt),
      endedAt: iso(r.endedAt),
    }));
    return {
      id: item.id,
      position: item.position,
      titleEn: item.titleEn,
      titleVi: item.titleVi,
      state: item.state as ItemState,
      openedAt: iso(item.openedAt),
      closedAt: iso(item.closedAt),
      listClosed: item.listClosedAt !== null,
      speakingSeconds: item.speakingSeconds,
      speakers: list,
    };
  });
  const current = views.find((i) => i.state === 'open' || i.state === 'suspended') ?? null;
  return {
    serverTime: new Date().toISOString(),
    meeting: {
      id: m.id,
      titleEn: m.titleEn,
      titleVi: m.titleVi,
      status: m.status as MeetingStatus,
      format: m.format as MeetingFormat,
      isPublic: m.isPublic,
      hostTimeZone: m.hostTimeZone,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      startedAt: iso(sitting?.startedAt ?? null),
      suspendedAt: iso(sitting?.suspendedAt ?? null),
      closedAt: iso(sitting?.closedAt ?? null),
    },
    currentItemId: current?.id ?? null,
    items: views,
    delegations: [...delegationOf.values()],
    ownDelegationId: ownPartyId === null ? null : (dels.find((d) => d.party.id === ownPartyId)?.id ?? null),
  };
}

/** The room as the asker sees it; 404 when the asker may not see the meeting. */
export async function roomFor(db: DbOrTx, meetingId: number, viewer: Viewer | null): Promise<RoomView> {
  const view = await getRoom(db, meetingId, meetingScope(viewer), viewer?.partyId ?? null);
  if (!view) throw notFound('Meeting');
  return view;
}

/** The meeting an agenda item is on; 404 for an item that does not exist. */
export async function agendaItemMeeting(db: DbOrTx, itemId: number): Promise<number> {
  const [row] = await db.select({ meetingId: agendaItems.meetingId }).from(agendaItems).where(eq(agendaItems.id, itemId));
  if (!row) throw notFound('Agenda item');
  return row.meetingId;
}
