/** Scheduling API: slot finder, optimizer, accept, move one meeting, cluster rules, ledger. */
import { partyScope, viewerOf } from '../auth/policies/index.js';
import { actorOf, errorResponse, idParams, type App, type Deps } from '../http/types.js';
import { acceptSchedule, moveMeeting } from './commands.js';
import { readLedger } from './queries.js';
import {
  acceptBody,
  acceptResponse,
  clusterRules,
  clusterView,
  ledgerQuery,
  ledgerResponse,
  moveBody,
  moveResponse,
  optimizeBody,
  optimizeResponse,
  slotsBody,
  slotsResponse,
} from './schemas.js';
import { saveClusterRules } from './save-rules.js';
import { clusterSchedule, runOptimize, runSlots } from './service.js';
import { SolvePool } from './solve-pool.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['scheduling'];

export function schedulingRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const pool = new SolvePool();
  app.addHook('onClose', () => pool.close());

  app.post(
    '/api/schedule/slots',
    {
      config: { permission: 'schedule.run' },
      schema: { tags, summary: 'Every start for one meeting, ranked by (worst cost, total cost)', body: slotsBody, response: { 200: slotsResponse, ...errors } },
    },
    async (request) => runSlots(db, request.body),
  );

  app.post(
    '/api/schedule/optimize',
    {
      config: { permission: 'schedule.run' },
      schema: {
        tags,
        summary: 'The fairest schedule for a cluster (stored, or given in the body); explains infeasibility',
        body: optimizeBody,
        response: { 200: optimizeResponse, ...errors },
      },
    },
    async (request) => runOptimize(db, pool, request.body),
  );

  app.get(
    '/api/schedule/clusters/:id',
    {
      config: { permission: 'schedule.run' },
      schema: { tags, summary: "A cluster's meetings, rules and current burden", params: idParams, response: { 200: clusterView, ...errors } },
    },
    async (request) => clusterSchedule(db, request.params.id),
  );

  app.post(
    '/api/schedule/accept',
    {
      config: { permission: 'schedule.write' },
      schema: { tags, summary: "Apply a schedule's starts to the cluster's meetings and record the burden", body: acceptBody, response: { 200: acceptResponse, ...errors } },
    },
    async (request) => acceptSchedule(db, actorOf(request), request.body.clusterId, request.body.starts),
  );

  app.put(
    '/api/schedule/clusters/:id/rules',
    {
      config: { permission: 'schedule.write' },
      schema: {
        tags,
        summary: "Replace a cluster's scheduling rules (fixed meetings, precedences, the chair's cap and buffer, window, allowed ranges, comfort per delegation)",
        params: idParams,
        body: clusterRules,
        response: { 200: clusterView, ...errors },
      },
    },
    async (request) => {
      await saveClusterRules(db, actorOf(request), request.params.id, request.body);
      return clusterSchedule(db, request.params.id);
    },
  );

  app.post(
    '/api/schedule/clusters/:id/move',
    {
      config: { permission: 'schedule.write' },
      schema: {
        tags,
        summary: 'Move one meeting of the cluster to a start picked in the slot finder (checked against the rules and the other meetings)',
        params: idParams,
        body: moveBody,
        response: { 200: moveResponse, ...errors },
      },
    },
    async (request) => moveMeeting(db, actorOf(request), request.params.id, request.body.meetingId, request.body.startsAt),
  );

  app.get(
    '/api/schedule/ledger',
    {
      config: { permission: 'schedule.ledger' },
      schema: {
        tags,
        summary: "Each delegation's accumulated burden in a year (a liaison: its own delegation's only)",
        querystring: ledgerQuery,
        response: { 200: ledgerResponse, ...errors },
      },
    },
    async (request) => ({ year: request.query.year, delegations: await readLedger(db, request.query.year, partyScope(viewerOf(request))) }),
  );
}
