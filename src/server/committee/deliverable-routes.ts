/** Deliverables: list and detail with computed status, and writing them, their milestones and progress. */
import { z } from 'zod';
import { notFound } from '../http/errors.js';
import { idParam } from '../http/primitives.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { todayIn } from './core/dates.js';
import { addMilestone, addProgress, createDeliverable, deleteMilestone, deleteProgress, updateDeliverable, updateMilestone } from './deliverable-commands.js';
import { getDeliverableDetail, listDeliverables } from './queries.js';
import { asOf, dayOf, tags } from './route-parts.js';
import { deliverableCreate, deliverableDetail, deliverablePatch, deliverableSummary, milestoneCreate, milestonePatch, progressCreate } from './schemas.js';
import { routes } from '../http/route.js';

const itemParams = z.object({ id: idParam(), itemId: idParam() });

export function deliverableRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const detail = async (id: number) => (await getDeliverableDetail(db, id, todayIn()))!;

  route.get(
    '/api/deliverables',
    {
      permission: 'committee.read',
      summary: 'Deliverables with computed progress and status',
      querystring: asOf,
      response: { 200: z.object({ today: z.string(), deliverables: z.array(deliverableSummary) }) },
    },
    async (request) => {
      const day = dayOf(request.query);
      return { today: day, deliverables: await listDeliverables(db, day) };
    },
  );

  route.get(
    '/api/deliverables/:id',
    {
      permission: 'committee.read',
      summary: 'A deliverable with milestones, progress updates, meetings and sub-deliverables',
      params: idParams,
      querystring: asOf,
      response: { 200: deliverableDetail },
      errors: ['not_found'],
    },
    async (request) => {
      const d = await getDeliverableDetail(db, request.params.id, dayOf(request.query));
      if (!d) throw notFound('Deliverable');
      return d;
    },
  );

  route.post(
    '/api/deliverables',
    {
      permission: 'committee.manage',
      summary: 'Create a deliverable with owners, milestones and meetings',
      body: deliverableCreate,
      response: { 201: deliverableDetail },
      errors: ['invalid_reference', 'validation_failed'],
    },
    async (request, reply) => {
      const id = await createDeliverable(db, actorOf(request), request.body);
      return reply.status(201).send(await detail(id));
    },
  );

  route.patch(
    '/api/deliverables/:id',
    {
      permission: 'committee.manage',
      summary: 'Change a deliverable: titles, proposer, year, parent (no cycles), weight, start; owners and meetings replace the old lists',
      params: idParams,
      body: deliverablePatch,
      response: { 200: deliverableDetail },
      errors: ['not_found', 'invalid_reference', 'validation_failed'],
    },
    async (request) => {
      await updateDeliverable(db, actorOf(request), request.params.id, request.body);
      return detail(request.params.id);
    },
  );

  route.post(
    '/api/deliverables/:id/milestones',
    {
      permission: 'committee.manage',
      summary: 'Add a milestone due on a day or before a meeting',
      params: idParams,
      body: milestoneCreate,
      response: { 201: deliverableDetail },
      errors: ['not_found', 'invalid_reference', 'validation_failed'],
    },
    async (request, reply) => {
      await addMilestone(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request.params.id));
    },
  );

  route.patch(
    '/api/deliverables/:id/milestones/:itemId',
    {
      permission: 'committee.manage',
      summary: 'Change a milestone; giving a day clears the meeting and the other way round',
      params: itemParams,
      body: milestonePatch,
      response: { 200: deliverableDetail },
      errors: ['not_found', 'invalid_reference', 'validation_failed'],
    },
    async (request) => {
      await updateMilestone(db, actorOf(request), request.params.id, request.params.itemId, request.body);
      return detail(request.params.id);
    },
  );

  route.delete(
    '/api/deliverables/:id/milestones/:itemId',
    {
      permission: 'committee.manage',
      summary: 'Remove a milestone',
      params: itemParams,
      response: { 200: deliverableDetail },
      errors: ['not_found'],
    },
    async (request) => {
      await deleteMilestone(db, actorOf(request), request.params.id, request.params.itemId);
      return detail(request.params.id);
    },
  );

  route.post(
    '/api/deliverables/:id/progress',
    {
      permission: 'committee.manage',
      summary: 'Record progress (0–100 %) with a note',
      params: idParams,
      body: progressCreate,
      response: { 201: deliverableDetail },
      errors: ['not_found', 'validation_failed'],
    },
    async (request, reply) => {
      await addProgress(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request.params.id));
    },
  );

  route.delete(
    '/api/deliverables/:id/progress/:itemId',
    {
      permission: 'committee.manage',
      summary: 'Remove a progress update recorded by mistake',
      params: itemParams,
      response: { 200: deliverableDetail },
      errors: ['not_found'],
    },
    async (request) => {
      await deleteProgress(db, actorOf(request), request.params.id, request.params.itemId);
      return detail(request.params.id);
    },
  );
}
