/** Editing reference data: partners' status history and applications, chairmanships. Admins ('reference.manage'). */
import { z } from 'zod';
import { idParam, rawText, yearParam } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { addStep, createApplication, createChairmanship, recordStatus, removeLatestStatus, updateChairmanship } from './commands.js';
import { applicationCreate, chairmanshipCreate, chairmanshipPatch, statusCreate, stepCreate } from './schemas.js';

const tags = ['directory'];
const code = rawText(20).min(1);
const saved = z.object({ ok: z.literal(true) });

export function editRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.post(
    '/api/parties/:code/statuses',
    {
      permission: 'reference.manage',
      summary: "Record a change of a partner's status: the day, the deciding meeting; the status before ends that day",
      params: z.object({ code }),
      body: statusCreate,
      response: { 201: saved },
      errors: ['not_found', 'conflict', 'invalid_reference'],
    },
    async (request, reply) => {
      await recordStatus(db, actorOf(request), request.params.code, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  route.delete(
    '/api/parties/:code/statuses/:id',
    {
      permission: 'reference.manage',
      summary: "Remove a partner's latest status (a mistake): the one before it is current again",
      params: z.object({ code, id: idParam() }),
      response: { 200: saved },
      errors: ['not_found', 'conflict'],
    },
    async (request) => {
      await removeLatestStatus(db, actorOf(request), request.params.code, request.params.id);
      return { ok: true as const };
    },
  );

  route.post(
    '/api/parties/:code/applications',
    {
      permission: 'reference.manage',
      summary: 'Record an application for a partner status (its first step: submitted)',
      params: z.object({ code }),
      body: applicationCreate,
      response: { 201: z.object({ id: z.number() }) },
      errors: ['not_found', 'conflict', 'invalid_reference'],
    },
    async (request, reply) => {
      const id = await createApplication(db, actorOf(request), request.params.code, request.body);
      return reply.status(201).send({ id });
    },
  );

  route.post(
    '/api/parties/:code/applications/:id/steps',
    {
      permission: 'reference.manage',
      summary: 'A step of an application (considered, deferred, granted, declined, withdrawn); granted records the status sought',
      params: z.object({ code, id: idParam() }),
      body: stepCreate,
      response: { 201: saved },
      errors: ['not_found', 'conflict', 'invalid_reference', 'application_closed'],
    },
    async (request, reply) => {
      await addStep(db, actorOf(request), request.params.code, request.params.id, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  route.post(
    '/api/chairmanships',
    {
      permission: 'reference.manage',
      summary: 'Record a chairmanship year: chair, theme (vi/en) and how the chair was handed over',
      body: chairmanshipCreate,
      response: { 201: saved },
      errors: ['conflict', 'invalid_reference'],
    },
    async (request, reply) => {
      await createChairmanship(db, actorOf(request), request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  route.patch(
    '/api/chairmanships/:year',
    {
      permission: 'reference.manage',
      summary: "Change a chairmanship year's chair, theme or handover",
      params: z.object({ year: yearParam() }),
      body: chairmanshipPatch,
      response: { 200: saved },
      errors: ['not_found', 'invalid_reference'],
    },
    async (request) => {
      await updateChairmanship(db, actorOf(request), request.params.year, request.body);
      return { ok: true as const };
    },
  );
}
