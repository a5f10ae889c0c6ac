import { z } from 'zod';
import { meetingScope, meetingScopeKey, viewerOf } from '../auth/policies/index.js';
import { notFound } from '../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { addDelegation, createMeeting, deleteMeeting, removeDelegation, updateDelegation, updateMeeting } from './commands.js';
import { getMeetingDetail, listMeetings } from './queries.js';
import { delegationCreate, delegationPatch, meetingCreate, meetingDetail, meetingFilters, meetingPatch, meetingSummary } from './schemas.js';
import { routes } from '../http/route.js';

const tags = ['meetings'];

export function meetingRoutes(app: App, { database, readCache }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const visibility = (request: Parameters<typeof viewerOf>[0]) => meetingScope(viewerOf(request));
  const detailOr404 = async (id: number, request: Parameters<typeof viewerOf>[0]) => {
    const detail = await getMeetingDetail(db, id, visibility(request));
    if (!detail) throw notFound('Meeting');
    return detail;
  };

  route.get(
    '/api/meetings',
    {
      permission: 'public',
      summary: "Meetings, filtered: public ones, the asker's own delegation's, and internal ones for the host's insiders",
      querystring: meetingFilters,
      response: { 200: z.object({ meetings: z.array(meetingSummary) }) },
    },
    async (request, reply) => {
      const seen = visibility(request);
      const key = `meetings:${meetingScopeKey(seen)}:${JSON.stringify(request.query)}`;
      const body = await readCache.json(key, async () => ({ meetings: await listMeetings(db, request.query, seen) }));
      // Already serialized JSON; the response schema still documents its shape.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  route.get(
    '/api/meetings/:id',
    {
      permission: 'public',
      summary: "A meeting with its delegations and each delegation's local start and end",
      params: idParams,
      response: { 200: meetingDetail },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const seen = visibility(request);
      const body = await readCache.json(`meeting:${meetingScopeKey(seen)}:${request.params.id}`, () => getMeetingDetail(db, request.params.id, seen));
      // A meeting this reader may not see is cached as null: answered as absent.
      if (body === 'null') throw notFound('Meeting');
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  route.post(
    '/api/meetings',
    {
      permission: 'meetings.write',
      summary: 'Create a meeting',
      body: meetingCreate,
      response: { 201: meetingDetail },
      errors: ['invalid_reference', 'end_before_start', 'duplicate_edition', 'conflict'],
    },
    async (request, reply) => {
      const id = await createMeeting(db, actorOf(request), request.body);
      return reply.status(201).send(await detailOr404(id, request));
    },
  );

  route.patch(
    '/api/meetings/:id',
    {
      permission: 'meetings.write',
      summary: 'Change a meeting',
      params: idParams,
      body: meetingPatch,
      response: { 200: meetingDetail },
      errors: ['not_found', 'invalid_reference', 'end_before_start', 'duplicate_edition', 'conflict', 'invalid_transition'],
    },
    async (request) => {
      await updateMeeting(db, actorOf(request), request.params.id, request.body);
      return detailOr404(request.params.id, request);
    },
  );

  route.delete(
    '/api/meetings/:id',
    {
      permission: 'meetings.write',
      summary: 'Delete a meeting and its delegations',
      params: idParams,
      response: { 204: z.null() },
      errors: ['not_found', 'invalid_reference'],
    },
    async (request, reply) => {
      await deleteMeeting(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  route.post(
    '/api/meetings/:id/delegations',
    {
      permission: 'delegations.write',
      summary: 'Add a delegation to a meeting',
      params: idParams,
      body: delegationCreate,
      response: { 201: meetingDetail },
      errors: ['not_found', 'invalid_reference', 'conflict'],
    },
    async (request, reply) => {
      await addDelegation(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await detailOr404(request.params.id, request));
    },
  );

  route.patch(
    '/api/delegations/:id',
    {
      permission: 'delegations.write',
      summary: 'Change a delegation (head, level, time zone, notes)',
      params: idParams,
      body: delegationPatch,
      response: { 200: meetingDetail },
      errors: ['not_found', 'invalid_reference'],
    },
    async (request) => {
      const meetingId = await updateDelegation(db, actorOf(request), request.params.id, request.body);
      return detailOr404(meetingId, request);
    },
  );

  route.delete(
    '/api/delegations/:id',
    {
      permission: 'delegations.write',
      summary: 'Remove a delegation',
      params: idParams,
      response: { 204: z.null() },
      errors: ['not_found'],
    },
    async (request, reply) => {
      await removeDelegation(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
