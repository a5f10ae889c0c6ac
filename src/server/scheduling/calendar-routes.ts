/** Calendar feeds (.ics) and the per-delegation feed tokens. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { meetingScope, viewerOf } from '../auth/policies/index.js';
import { delegations, meetingClusters, meetings, parties } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { rawText, trimmedText } from '../http/primitives.js';
import { absoluteUrl } from '../http/public-url.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { buildCalendar, meetingEvents } from './calendar.js';
import { createFeedToken, delegationForToken, listDelegationFeeds, listFeeds, revokeFeedToken } from './feed-tokens.js';
import { routes } from '../http/route.js';

const tags = ['calendar'];
const ics = z.string().describe('text/calendar (RFC 5545)');

const feedToken = z.object({
  id: z.number(),
  delegationId: z.number(),
  label: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const partyFeeds = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameVi: z.string(),
  timeZone: z.string(),
  delegationId: z.number(),
  tokens: z.array(feedToken),
});

export function calendarRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const visibility = (request: Parameters<typeof viewerOf>[0]) => meetingScope(viewerOf(request));

  route.get(
    '/api/meetings/:id/calendar.ics',
    {
      permission: 'public',
      summary: 'One meeting as an iCalendar file',
      params: idParams,
      response: { 200: ics },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const events = await meetingEvents(db, { meetingId: request.params.id }, visibility(request));
      if (!events[0]) throw notFound('Meeting');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="meeting-${request.params.id}.ics"`)
        .send(buildCalendar(config.publicUrl, events[0].titleEn, events));
    },
  );

  route.get(
    '/api/clusters/:id/calendar.ics',
    {
      permission: 'public',
      summary: 'A cluster of meetings as an iCalendar file',
      params: idParams,
      response: { 200: ics },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const [cluster] = await db.select().from(meetingClusters).where(eq(meetingClusters.id, request.params.id));
      if (!cluster) throw notFound('Cluster');
      const events = await meetingEvents(db, { clusterId: cluster.id }, visibility(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="cluster-${cluster.id}.ics"`)
        .send(buildCalendar(config.publicUrl, cluster.titleEn, events));
    },
  );

  route.get(
    '/api/delegations/:id/calendar.ics',
    {
      permission: 'public',
      summary: "A delegation's programme (every meeting its party attends), for calendar subscription; needs the feed token",
      params: idParams,
      querystring: z.object({ token: rawText(200).min(1) }),
      response: { 200: ics },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const delegation = await delegationForToken(db, request.params.id, request.query.token);
      // A wrong or revoked token looks exactly like a delegation that does not exist.
      if (!delegation) throw notFound('Delegation');
      // The party's own programme: its meetings, internal ones included, and nothing else.
      const events = await meetingEvents(db, { partyId: delegation.partyId }, { all: false, partyId: delegation.partyId });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(buildCalendar(config.publicUrl, `${delegation.nameEn} — programme`, events, { zone: delegation.timeZone, label: delegation.nameEn }));
    },
  );

  route.get(
    '/api/calendar-feeds',
    {
      permission: 'schedule.feeds',
      summary: 'The parties whose feeds you may manage (staff: all; a liaison: its own), with their tokens (never the token values)',
      querystring: z.object({ party: rawText(16).min(1).optional() }),
      response: { 200: z.object({ parties: z.array(partyFeeds) }) },
    },
    async (request) => ({ parties: await listFeeds(db, viewerOf(request), request.query.party) }),
  );

  route.get(
    '/api/delegations/:id/calendar-tokens',
    {
      permission: 'schedule.feeds',
      summary: "The feed tokens of a delegation's party (never the token values)",
      params: idParams,
      response: { 200: z.object({ tokens: z.array(feedToken) }) },
      errors: ['not_found'],
    },
    async (request) => ({ tokens: await listDelegationFeeds(db, viewerOf(request), request.params.id) }),
  );

  route.post(
    '/api/delegations/:id/calendar-tokens',
    {
      permission: 'schedule.feeds',
      summary: 'A new subscribable feed URL for a delegation (the token is shown once)',
      params: idParams,
      body: z.object({ label: trimmedText(80).optional() }).optional(),
      response: {
        201: z.object({
          id: z.number(),
          token: z.string(),
          url: z.string().describe('the feed, as a path on this server'),
          subscribeUrl: z.string().describe('the feed as an absolute URL under GAVEL_PUBLIC_URL, for a calendar application'),
        }),
      },
      errors: ['not_found'],
    },
    async (request, reply) => {
      const label = request.body?.label || null;
      const { id, token } = await createFeedToken(db, actorOf(request), viewerOf(request), request.params.id, label);
      const url = `/api/delegations/${request.params.id}/calendar.ics?token=${token}`;
      return reply.status(201).send({ id, token, url, subscribeUrl: absoluteUrl(config.publicUrl, url) });
    },
  );

  route.delete(
    '/api/calendar-tokens/:id',
    {
      permission: 'schedule.feeds',
      summary: 'Revoke a feed token',
      params: idParams,
      response: { 204: z.null() },
      errors: ['not_found'],
    },
    async (request, reply) => {
      await revokeFeedToken(db, actorOf(request), viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  route.get(
    '/api/meetings/:id/delegations/feeds',
    {
      permission: 'schedule.write',
      summary: 'Delegations of a meeting with their party, for choosing a feed',
      params: idParams,
      response: { 200: z.object({ delegations: z.array(z.object({ id: z.number(), partyCode: z.string(), nameEn: z.string(), nameVi: z.string() })) }) },
      errors: ['not_found'],
    },
    async (request) => {
      const rows = await db
        .select({ id: delegations.id, partyCode: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi })
        .from(delegations)
        .innerJoin(parties, eq(parties.id, delegations.partyId))
        .innerJoin(meetings, eq(meetings.id, delegations.meetingId))
        .where(eq(delegations.meetingId, request.params.id))
        .orderBy(parties.code);
      return { delegations: rows };
    },
  );
}
