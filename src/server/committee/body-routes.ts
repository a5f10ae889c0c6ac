/** Editing the committee's bodies and their members: reference data, written by admins ('reference.manage'). */
import { z } from 'zod';
import { idParam } from '../http/primitives.js';
import { actorOf, idParams, type App, type Deps } from '../http/types.js';
import { routes } from '../http/route.js';
import { addMember, createBody, removeMember, updateBody, updateMember } from './body-commands.js';
import { listBodies } from './queries.js';
import { tags } from './route-parts.js';
import { body, bodyCreate, bodyPatch, memberCreate, memberPatch } from './schemas.js';

const memberParams = z.object({ id: idParam(), personId: idParam() });

export function bodyRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;
  const bodyById = async (id: number) => (await listBodies(db)).find((b) => b.id === id)!;

  route.post(
    '/api/committee/bodies',
    {
      permission: 'reference.manage',
      summary: 'Create a body of the committee (a subcommittee, a ministry …)',
      body: bodyCreate,
      response: { 201: body },
      errors: ['invalid_reference', 'conflict'],
    },
    async (request, reply) => {
      const id = await createBody(db, actorOf(request), request.body);
      return reply.status(201).send(await bodyById(id));
    },
  );

  route.patch(
    '/api/committee/bodies/:id',
    {
      permission: 'reference.manage',
      summary: 'Rename a body (vi/en), change its kind or parent, deactivate it (active: false) or bring it back',
      params: idParams,
      body: bodyPatch,
      response: { 200: body },
      errors: ['not_found', 'invalid_reference'],
    },
    async (request) => {
      await updateBody(db, actorOf(request), request.params.id, request.body);
      return bodyById(request.params.id);
    },
  );

  route.post(
    '/api/committee/bodies/:id/members',
    {
      permission: 'reference.manage',
      summary: 'Add a person to a body, with their position in it',
      params: idParams,
      body: memberCreate,
      response: { 201: body },
      errors: ['not_found', 'invalid_reference', 'conflict'],
    },
    async (request, reply) => {
      await addMember(db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(await bodyById(request.params.id));
    },
  );

  route.patch(
    '/api/committee/bodies/:id/members/:personId',
    {
      permission: 'reference.manage',
      summary: "Change a member's position in a body",
      params: memberParams,
      body: memberPatch,
      response: { 200: body },
      errors: ['not_found'],
    },
    async (request) => {
      await updateMember(db, actorOf(request), request.params.id, request.params.personId, request.body.position);
      return bodyById(request.params.id);
    },
  );

  route.delete(
    '/api/committee/bodies/:id/members/:personId',
    {
      permission: 'reference.manage',
      summary: 'Remove a person from a body',
      params: memberParams,
      response: { 200: body },
      errors: ['not_found'],
    },
    async (request) => {
      await removeMember(db, actorOf(request), request.params.id, request.params.personId);
      return bodyById(request.params.id);
    },
  );
}
