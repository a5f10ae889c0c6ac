/**
 * Decisions taken in session and the record of decisions (JSON, DOCX, PDF),
 * the agenda's order and deletions, and the portal's live page of a public
 * meeting. Thin: each handler calls one command or query.
 */
import { z } from 'zod';
import { viewerOf } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import { routes, sharing } from '../http/route.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { deleteAgendaItem, reorderAgenda } from './agenda.js';
import { decideInSession } from './decisions.js';
import { portalLive } from './portal.js';
import { agendaItemMeeting, roomFor } from './queries.js';
import { decisionsOf } from './record.js';
import { recordDocx, recordPdf } from './record-exports.js';
import { agendaOrder, decisionInput, decisionsView, portalLiveView, roomView } from './schemas.js';

type Request = Parameters<typeof viewerOf>[0];
const langQuery = z.object({ lang: z.enum(['en', 'vi']).default('en') });

export function decisionRoutes(app: App, { database }: Deps): void {
  const route = routes(app, 'room');
  const { db } = database;
  const decisions = async (meetingId: number, request: Request) => {
    const view = await decisionsOf(db, viewerOf(request), meetingId);
    if (!view) throw notFound('Meeting');
    return view;
  };
  const room = (meetingId: number, request: Request) => roomFor(db, meetingId, viewerOf(request));
  /** The agenda's order and deletions answer the room as it now is (routes.ts). */
  const onRoom = sharing(route, { params: idParams, response: { 200: roomView } });

  route.get(
    '/api/meetings/:id/decisions',
    {
      permission: 'public',
      summary:
        "A meeting's record of decisions (what was decided, on which agenda item, when) and the documents still up for decision, as far as the asker may see them",
      params: idParams,
      response: { 200: decisionsView },
      errors: ['not_found'],
    },
    (request) => decisions(request.params.id, request),
  );

  route.get(
    '/api/meetings/:id/decisions/:format',
    {
      permission: 'public',
      summary: 'The record of decisions as DOCX or PDF, in English or Vietnamese',
      params: idParams.extend({ format: z.enum(['docx', 'pdf']) }),
      querystring: langQuery,
      errors: ['not_found'],
    },
    async (request, reply) => {
      const view = await decisions(request.params.id, request);
      const { lang } = request.query;
      reply.header('content-disposition', `attachment; filename="decisions-${request.params.id}-${lang}.${request.params.format}"`);
      if (request.params.format === 'docx') {
        return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(await recordDocx(view, lang));
      }
      return reply.type('application/pdf').send(await recordPdf(view, lang));
    },
  );

  route.post(
    '/api/agenda-items/:id/decisions',
    {
      permission: 'room.chair',
      summary:
        'On the item under discussion, take a document up for decision at the meeting to adopt, note, issue or defer, through the documents workflow (its guards, roles and refusals); the record of decisions gets the row',
      params: idParams,
      body: decisionInput,
      response: { 201: decisionsView },
      errors: [
        'not_found',
        'invalid_reference',
        'meeting_not_in_progress',
        'item_not_current',
        'not_up_for_decision',
        'invalid_transition',
        'forbidden',
        'validation_failed',
      ],
    },
    async (request, reply) => {
      const principal = viewerOf(request)!;
      const meetingId = await decideInSession(db, actorOf(request), principal.roles, request.params.id, request.body);
      return reply.status(201).send(await decisions(meetingId, request));
    },
  );

  onRoom.put(
    '/api/meetings/:id/agenda-items/order',
    {
      permission: 'room.chair',
      summary: "A meeting's agenda in a new order (every item once)",
      body: agendaOrder,
      errors: ['not_found', 'validation_failed'],
    },
    async (request) => {
      await reorderAgenda(db, actorOf(request), request.params.id, request.body.itemIds);
      return room(request.params.id, request);
    },
  );

  onRoom.delete(
    '/api/agenda-items/:id',
    {
      permission: 'room.chair',
      summary: 'Delete an agenda item; refused (409) while it is under discussion or once decisions are recorded on it',
      errors: ['not_found', 'agenda_item_in_use'],
    },
    async (request) => {
      const meetingId = await agendaItemMeeting(db, request.params.id);
      await deleteAgendaItem(db, actorOf(request), request.params.id);
      return room(meetingId, request);
    },
  );

  route.get(
    '/api/portal/meetings/:id/live',
    {
      permission: 'public',
      summary:
        'A public meeting as it sits: the agenda with the item under discussion, who has the floor, what has been decided (documents the public may see only, whoever asks)',
      params: idParams,
      response: { 200: portalLiveView },
      errors: ['not_found'],
    },
    async (request) => {
      const view = await portalLive(db, request.params.id);
      if (!view) throw notFound('Meeting');
      return view;
    },
  );
}
