/** The secretariat's quota editor: per level, and per delegation at one meeting. */
import { actorOf, type App, type Deps } from '../../http/types.js';
import { listQuotas } from './queries.js';
import { removeQuotaOverride, setLevelQuota, setQuotaOverride } from './quotas.js';
import { quotaLevelParams, quotaMembers, quotaOverride, quotaOverrideParams, quotasView } from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['delegates'];

export function quotaRoutes(app: App, { database: { db } }: Deps): void {
  const route = routes(app, tags);
  route.get(
    '/api/delegates/quotas',
    {
      permission: 'delegates.review',
      summary: 'Quotas: members besides the head of delegation per meeting level, and per delegation at a meeting',
      response: { 200: quotasView },
    },
    async () => listQuotas(db),
  );

  route.put(
    '/api/delegates/quotas/:level',
    {
      permission: 'delegates.review',
      summary: 'Set the quota of a meeting level (leaders, ministerial, senior_officials, other)',
      params: quotaLevelParams,
      body: quotaMembers,
      response: { 200: quotasView },
    },
    async (request) => {
      await setLevelQuota(db, actorOf(request), request.params.level, request.body.members);
      return listQuotas(db);
    },
  );

  route.put(
    '/api/delegates/quota-overrides',
    {
      permission: 'delegates.review',
      summary: "Set one delegation's quota at one meeting, in place of the level's",
      body: quotaOverride,
      response: { 200: quotasView },
      errors: ['invalid_reference'],
    },
    async (request) => {
      await setQuotaOverride(db, actorOf(request), request.body);
      return listQuotas(db);
    },
  );

  route.delete(
    '/api/delegates/quota-overrides/:partyId/:meetingId',
    {
      permission: 'delegates.review',
      summary: "Remove a delegation's own quota at a meeting (the level's applies again)",
      params: quotaOverrideParams,
      response: { 200: quotasView },
      errors: ['not_found'],
    },
    async (request) => {
      await removeQuotaOverride(db, actorOf(request), request.params.partyId, request.params.meetingId);
      return listQuotas(db);
    },
  );
}
