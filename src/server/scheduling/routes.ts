/** Scheduling API: slot finder, optimizer, accept, move one meeting, cluster rules, ledger. */
import { partyScope, viewerOf } from '../auth/policies/index.js';
import { z } from 'zod';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
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
  optimizeJob,
  optimizeJobParams,
  optimizeResponse,
  slotsBody,
  slotsResponse,
} from './schemas.js';
import { saveClusterRules } from './save-rules.js';
import { clusterCreate, clusterPatch, clusterWriteResponse } from './cluster-schemas.js';
import { createCluster, updateCluster } from './clusters.js';
import { ledgerCsv } from './ledger-csv.js';
import { clusterSchedule, runOptimize, runSlots } from './service.js';
import { SolvePool } from './solve-pool.js';
import { OptimizeJobs } from './optimize-jobs.js';
import { routes } from '../http/route.js';

const tags = ['scheduling'];

export function schedulingRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const pool = new SolvePool();
  const jobs = new OptimizeJobs(db, pool);
  app.addHook('onClose', () => {
    jobs.stopAll();
    return pool.close();
  });
  const owner = (request: Parameters<typeof actorOf>[0]) => request.principal!.userId;

  route.post(
    '/api/schedule/slots',
    {
      permission: 'schedule.run',
      summary: 'Every start for one meeting, ranked by (worst cost, total cost)',
      body: slotsBody,
      response: { 200: slotsResponse },
      errors: ['validation_failed', 'not_found'],
    },
    async (request) => runSlots(db, request.body),
  );

  route.post(
    '/api/schedule/optimize',
    {
      permission: 'schedule.run',
      summary: 'The fairest schedule for a cluster (stored, or given in the body); explains infeasibility',
      body: optimizeBody,
      response: { 200: optimizeResponse },
      errors: ['validation_failed', 'not_found'],
    },
    async (request) => runOptimize(db, pool, request.body),
  );

  route.post(
    '/api/schedule/optimize/jobs',
    {
      permission: 'schedule.run',
      summary: 'Start an optimizer run that can be followed and stopped; answers at once with the run to poll',
      body: optimizeBody,
      response: { 202: optimizeJob },
      errors: ['validation_failed', 'not_found', 'too_many_solves'],
    },
    async (request, reply) => reply.status(202).send({ job: await jobs.start(owner(request), request.body) }),
  );

  route.get(
    '/api/schedule/optimize/jobs/:jobId',
    {
      permission: 'schedule.run',
      summary: 'An optimizer run one started: its stage, time spent against the budget, best value so far, and its answer once finished',
      params: optimizeJobParams,
      response: { 200: optimizeJob },
      errors: ['not_found', 'validation_failed'],
    },
    async (request) => ({ job: jobs.read(owner(request), request.params.jobId) }),
  );

  route.post(
    '/api/schedule/optimize/jobs/:jobId/stop',
    {
      permission: 'schedule.run',
      summary: 'Stop an optimizer run: its thread is ended; the best schedule found so far is kept, marked as stopped, or none',
      params: optimizeJobParams,
      response: { 200: optimizeJob },
      errors: ['not_found', 'validation_failed'],
    },
    async (request) => ({ job: await jobs.stop(owner(request), request.params.jobId) }),
  );

  route.get(
    '/api/schedule/clusters/:id',
    {
      permission: 'schedule.run',
      summary: "A cluster's meetings, rules and current burden",
      params: idParams,
      response: { 200: clusterView },
      errors: ['not_found', 'validation_failed'],
    },
    async (request) => clusterSchedule(db, request.params.id),
  );

  route.post(
    '/api/schedule/clusters',
    {
      permission: 'schedule.write',
      summary: 'Make a cluster: titles, host zone, window, its meetings (existing ones attached, planned ones made inside it)',
      body: clusterCreate,
      response: { 201: clusterWriteResponse },
      errors: ['validation_failed', 'invalid_reference', 'conflict', 'not_found'],
    },
    async (request, reply) => {
      const { clusterId, createdMeetingIds } = await createCluster(db, actorOf(request), request.body);
      return reply.status(201).send({ ...(await clusterSchedule(db, clusterId)), createdMeetingIds });
    },
  );

  route.patch(
    '/api/schedule/clusters/:id',
    {
      permission: 'schedule.write',
      summary: "Edit a cluster: titles, host zone, window, meetings attached, taken out or made inside it, a meeting's participants",
      params: idParams,
      body: clusterPatch,
      response: { 200: clusterWriteResponse },
      errors: ['validation_failed', 'invalid_reference', 'conflict', 'not_found'],
    },
    async (request) => {
      const { clusterId, createdMeetingIds } = await updateCluster(db, actorOf(request), request.params.id, request.body);
      return { ...(await clusterSchedule(db, clusterId)), createdMeetingIds };
    },
  );

  route.post(
    '/api/schedule/accept',
    {
      permission: 'schedule.write',
      summary: "Apply a schedule's starts to the cluster's meetings and record the burden",
      body: acceptBody,
      response: { 200: acceptResponse },
      errors: ['conflict', 'not_found', 'validation_failed'],
    },
    async (request) => acceptSchedule(db, actorOf(request), request.body.clusterId, request.body.starts),
  );

  route.put(
    '/api/schedule/clusters/:id/rules',
    {
      permission: 'schedule.write',
      summary: "Replace a cluster's scheduling rules (fixed meetings, precedences, the chair's cap and buffer, window, allowed ranges, comfort per delegation)",
      params: idParams,
      body: clusterRules,
      response: { 200: clusterView },
      errors: ['not_found', 'validation_failed'],
    },
    async (request) => {
      await saveClusterRules(db, actorOf(request), request.params.id, request.body);
      return clusterSchedule(db, request.params.id);
    },
  );

  route.post(
    '/api/schedule/clusters/:id/move',
    {
      permission: 'schedule.write',
      summary: 'Move one meeting of the cluster to a start picked in the slot finder (checked against the rules and the other meetings)',
      params: idParams,
      body: moveBody,
      response: { 200: moveResponse },
      errors: ['conflict', 'not_found', 'validation_failed'],
    },
    async (request) => moveMeeting(db, actorOf(request), request.params.id, request.body.meetingId, request.body.startsAt),
  );

  route.get(
    '/api/schedule/ledger',
    {
      permission: 'schedule.ledger',
      summary: "Each delegation's accumulated burden in a year (a liaison: its own delegation's only)",
      querystring: ledgerQuery,
      response: { 200: ledgerResponse },
    },
    async (request) => ({ year: request.query.year, delegations: await readLedger(db, request.query.year, partyScope(viewerOf(request))) }),
  );

  route.get(
    '/api/schedule/ledger.csv',
    {
      permission: 'schedule.ledger',
      summary: "The year's ledger as CSV: points, and night, early and late sessions and minutes per delegation (a liaison: its own)",
      querystring: ledgerQuery.extend({ lang: z.enum(['en', 'vi']).default('en') }),
    },
    async (request, reply) => {
      const { year, lang } = request.query;
      const rows = await readLedger(db, year, partyScope(viewerOf(request)));
      reply.header('content-disposition', `attachment; filename="ledger-${year}-${lang}.csv"`);
      return reply.type('text/csv; charset=utf-8').send(ledgerCsv(year, rows, lang));
    },
  );
}
