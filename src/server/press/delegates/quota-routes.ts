/** The secretariat's quota editor: per level, and per delegation at one meeting. */
import { actorOf, errorResponse, type App, type Deps } from '../../http/types.js';
import { listQuotas } from './queries.js';
import { removeQuotaOverride, setLevelQuota, setQuotaOverride } from './quotas.js';
import { quotaLevelParams, quotaMembers, quotaOverride, quotaOverrideParams, quotasView } from './schemas.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const tags = ['delegates'];

export function quotaRoutes(app: App, { database: { db } }: Deps): void {
  app.get(
    '/api/delegates/quotas',
    {
      config: { permission: 'delegates.review' },
      schema: { tags, summary: 'Quotas: members besides the head of delegation per meeting level, and per delegation at a meeting', response: { 200: quotasView, ...errors } },
    },
    async () => listQuotas(db),
  );

  app.put(
    '/api/delegates/quotas/:level',
    {
      config: { permission: 'delegates.review' },
      schema: {
        tags,
        summary: 'Set the quota of a meeting level (leaders, ministerial, senior_officials, other)',
        params: quotaLevelParams,
        body: quotaMembers,
        response: { 200: quotasView, ...errors },
      },
    },
    async (request) => {
      await setLevelQuota(db, actorOf(request), request.params.level, request.body.members);
      return listQuotas(db);
    },
  );

  app.put(
    '/api/delegates/quota-overrides',
    {
      config: { permission: 'delegates.review' },
      schema: { tags, summary: "Set one delegation's quota at one meeting, in place of the level's", body: quotaOverride, response: { 200: quotasView, ...errors } },
    },
    async (request) => {
      await setQuotaOverride(db, actorOf(request), request.body);
      return listQuotas(db);
    },
  );

  app.delete(
    '/api/delegates/quota-overrides/:partyId/:meetingId',
    {
      config: { permission: 'delegates.review' },
      schema: { tags, summary: "Remove a delegation's own quota at a meeting (the level's applies again)", params: quotaOverrideParams, response: { 200: quotasView, ...errors } },
    },
    async (request) => {
      await removeQuotaOverride(db, actorOf(request), request.params.partyId, request.params.meetingId);
      return listQuotas(db);
    },
  );

}
