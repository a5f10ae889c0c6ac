import { z } from 'zod';
import { meetingScope, meetingScopeKey, viewerOf } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../http/types.js';
import {
  addDelegation,
  createMeeting,
  deleteMeeting,
  removeDelegation,
  updateDelegation,
  updateMeeting,
} from './commands.js';
import { getMeetingDetail, listMeetings } from './queries.js';
import {
  delegationCreate,
  delegationPatch,
  meetingCreate,
  meetingDetail,
  meetingFilters,
  meetingPatch,
  meetingSummary,
} from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['meetings'];

export function meetingRoutes(app: App, { database, readCache }: Deps): void {
  const { db } = database;
  const visibility = (request: Parameters<typeof viewerOf>[0]) => meetingScope(viewerOf(request));
  const detailOr404 = async (id: number, request: Parameters<typeof viewerOf>[0]) => {
    const detail = await getMeetingDetail(db, id, visibility(request));
    if (!detail) throw notFound('Meeting');
    return detail;
  };

  app.get(
    '/api/meetings',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: "Meetings, filtered: public ones, the asker's own delegation's, and internal ones for the host's insiders",
        querystring: meetingFilters,
        response: { 200: z.object({ meetings: z.array(meetingSummary) }), 400: errorResponse },
      },
    },
    async (request, reply) => {
      const seen = visibility(request);
      const key = `meetings:${meetingScopeKey(seen)}:${JSON.stringify(request.query)}`;
      const body = await readCache.json(key, async () => ({ meetings: await listMeetings(db, request.query, seen) }));
      // Already serialized JSON; the response schema still documents its shape.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.get(
    '/api/meetings/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: "A meeting with its delegations and each delegation's local start and end",
        params: idParams,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (request, reply) => {
      const seen = visibility(request);
      const body = await readCache.json(`meeting:${meetingScopeKey(seen)}:${request.params.id}`, () => getMeetingDetail(db, request.params.id, seen));
      // A meeting this reader may not see is cached as null: answered as absent.
      if (body === 'null') throw notFound('Meeting');
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.post(
    '/api/meetings',
    {
      config: { permission: 'meetings.write' },
      schema: { tags, summary: 'Create a meeting', body: meetingCreate, response: { 201: meetingDetail, ...errors } },
    },
    async (request, reply) => {
      const id = await createMeeting(db, actorOf(request), request.body);
      return reply.status(201).send(await detailOr404(id, request));
    },
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: { permission: 'meetings.write' },
      schema: { tags, summary: 'Change a meeting', params: idParams, body: meetingPatch, response: { 200: meetingDetail, ...errors } },
    },
    async (request) => {
      await updateMeeting(db, actorOf(request), request.params.id, request.body);
      return detailOr404(request.params.id, request);
    },
  );

  app.delete(
    '/api/meetings/:id',
    {
      config: { permission: 'meetings.write' },
      schema: { tags, summary: 'Delete a meeting and its delegations', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await deleteMeeting(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/meetings/:id/delegations',
    {
      config: { permission: 'delegations.write' },
      schema: {
        tags,
        summary: 'Add a delegation to a meeting',
        params: idParams,
        body: delegationCreate,
        response: { 201: meetingDetail, ...errors },
      },
    },
    async (request, reply) => {
      await addDelegation(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await detailOr404(request.params.id, request));
    },
  );

  app.patch(
    '/api/delegations/:id',
    {
      config: { permission: 'delegations.write' },
      schema: {
        tags,
        summary: 'Change a delegation (head, level, time zone, notes)',
        params: idParams,
        body: delegationPatch,
        response: { 200: meetingDetail, ...errors },
      },
    },
    async (request) => {
      const meetingId = await updateDelegation(db, actorOf(request), request.params.id, request.body);
      return detailOr404(meetingId, request);
    },
  );

  app.delete(
    '/api/delegations/:id',
    {
      config: { permission: 'delegations.write' },
      schema: { tags, summary: 'Remove a delegation', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await removeDelegation(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
