/**
 * The meeting room API: the room as one read (agenda, current item, lists of
 * speakers, the sitting), the chair's steps, and the delegations' requests
 * for the floor. Thin: each handler calls one command and answers the room.
 */
import { eq } from 'drizzle-orm';
import { speakers } from './schema.js';
import { viewerOf } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import { routes, sharing } from '../http/route.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { addAgendaItem, editAgendaItem } from './agenda.js';
import { itemStep, reorderSpeakers, requestFloor, sittingStep, speakerStep } from './commands.js';
import { agendaItemMeeting, roomFor } from './queries.js';
import { agendaItemCreate, chairSpeakerAction, floorRequest, itemAction, itemPatch, reorder, roomView, sittingAction } from './schemas.js';

type Request = Parameters<typeof viewerOf>[0];

export function roomRoutes(app: App, { database }: Deps): void {
  const route = routes(app, 'room');
  const { db } = database;
  const room = (meetingId: number, request: Request) => roomFor(db, meetingId, viewerOf(request));
  /** The room's routes take a meeting's, an item's or a speaker's id and answer the room as it now is. */
  const onRoom = sharing(route, { params: idParams, response: { 200: roomView } });

  onRoom.get(
    '/api/meetings/:id/room',
    {
      permission: 'public',
      summary: "A meeting's room: the agenda with the current item, each item's list of speakers in order, the sitting; seen by whoever may see the meeting",
      errors: ['not_found'],
    },
    (request) => room(request.params.id, request),
  );

  onRoom.post(
    '/api/meetings/:id/room/sitting',
    {
      permission: 'room.chair',
      summary: 'Start (confirmed → in progress), suspend, resume or close (→ held) the sitting',
      body: sittingAction,
      errors: ['not_found', 'invalid_transition', 'meeting_not_in_progress'],
    },
    async (request) => {
      await sittingStep(db, actorOf(request), request.params.id, request.body.action);
      return room(request.params.id, request);
    },
  );

  route.post(
    '/api/meetings/:id/agenda-items',
    {
      permission: 'room.chair',
      summary: "Add an item at the end of a meeting's agenda",
      params: idParams,
      body: agendaItemCreate,
      response: { 201: roomView },
      errors: ['not_found'],
    },
    async (request, reply) => {
      await addAgendaItem(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await room(request.params.id, request));
    },
  );

  onRoom.post(
    '/api/agenda-items/:id/steps',
    {
      permission: 'room.chair',
      summary: 'Open (closing the item before), suspend, resume or close an agenda item; close or reopen its list of speakers',
      body: itemAction,
      errors: ['not_found', 'invalid_transition', 'meeting_not_in_progress'],
    },
    async (request) => room(await itemStep(db, actorOf(request), request.params.id, request.body.action), request),
  );

  onRoom.patch(
    '/api/agenda-items/:id',
    {
      permission: 'room.chair',
      summary: 'Rename an item and/or set its time limit per speech (those waiting get it too)',
      body: itemPatch,
      errors: ['not_found'],
    },
    async (request) => room(await editAgendaItem(db, actorOf(request), request.params.id, request.body), request),
  );

  route.post(
    '/api/agenda-items/:id/speakers',
    {
      permission: 'room.speak',
      summary: 'Ask for the floor on an item: a liaison for its own delegation, the secretariat for any; points of order and rights of reply jump the queue',
      params: idParams,
      body: floorRequest,
      response: { 201: roomView },
      errors: ['not_found', 'invalid_reference', 'meeting_not_in_progress', 'list_closed', 'not_own_delegation', 'already_on_list'],
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      // A meeting the asker may not see is answered as absent, before anything is said about its lists.
      const item = await agendaItemMeeting(db, request.params.id);
      await room(item, request);
      await requestFloor(db, actorOf(request), viewer, request.params.id, request.body);
      return reply.status(201).send(await room(item, request));
    },
  );

  onRoom.put(
    '/api/agenda-items/:id/speakers/order',
    {
      permission: 'room.chair',
      summary: "The chair's order of the speeches waiting on an item (points of order and rights of reply stay ahead)",
      body: reorder,
      errors: ['not_found'],
    },
    async (request) => room(await reorderSpeakers(db, actorOf(request), request.params.id, request.body.speakerIds), request),
  );

  onRoom.post(
    '/api/speakers/:id/steps',
    {
      permission: 'room.chair',
      summary: 'Give the floor (whoever speaks is done) or end a speech',
      body: chairSpeakerAction,
      errors: ['not_found', 'invalid_transition', 'meeting_not_in_progress'],
    },
    async (request) => room(await speakerStep(db, actorOf(request), viewerOf(request), request.params.id, request.body.action), request),
  );

  onRoom.post(
    '/api/speakers/:id/withdraw',
    {
      permission: 'room.speak',
      summary: 'Take a waiting speaker off the list: a liaison its own delegation, the secretariat any',
      errors: ['not_found', 'invalid_transition', 'not_own_delegation'],
    },
    async (request) => {
      const meetingId = await speakerMeeting(request.params.id);
      await room(meetingId, request);
      return room(await speakerStep(db, actorOf(request), viewerOf(request), request.params.id, 'withdraw'), request);
    },
  );

  async function speakerMeeting(speakerId: number): Promise<number> {
    const [row] = await db.select({ meetingId: speakers.meetingId }).from(speakers).where(eq(speakers.id, speakerId));
    if (!row) throw notFound('Speaker');
    return row.meetingId;
  }
}
