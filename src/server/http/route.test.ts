import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { AppError, notFound, registerErrorHandling, undeclaredErrors } from './errors.js';
import { idParams } from './primitives.js';
import { commonErrors, errorResponses, operationIdOf, routes } from './route.js';
import type { App } from './types.js';

async function appWith(register: (app: App) => void): Promise<App> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(swagger, { openapi: { info: { title: 't', version: '1' } }, transform: jsonSchemaTransform });
  register(app as unknown as App);
  await app.ready();
  return app as unknown as App;
}

afterEach(() => undeclaredErrors.clear());

describe('the route helper', () => {
  test('documents every refusal a route can give, by status, with its codes', async () => {
    const app = await appWith((a) => {
      routes(a, 'things').patch(
        '/things/:id',
        {
          permission: 'meetings.write',
          summary: 'Change a thing',
          params: idParams,
          body: z.object({ n: z.number() }),
          response: { 200: z.object({ ok: z.boolean() }) },
          errors: ['not_found', 'invalid_transition'],
        },
        async () => ({ ok: true }),
      );
    });
    const doc = app.swagger() as unknown as {
      paths: Record<string, Record<string, { tags: string[]; summary: string; responses: Record<string, { description: string }> }>>;
    };
    const op = doc.paths['/things/{id}']!.patch!;
    expect(op.tags).toEqual(['things']);
    expect(op.summary).toBe('Change a thing');
    const described = Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, r.description]));
    expect(described).toMatchObject({
      400: 'Refused: invalid_json, validation_failed',
      401: 'Refused: unauthenticated',
      403: 'Refused: csrf_failed, forbidden',
      404: 'Refused: not_found',
      409: 'Refused: invalid_transition',
      413: 'Refused: payload_too_large',
      503: 'Refused: database_unavailable',
    });
    await app.close();
  });

  test("keeps a route's own body for a status that an error would also use", async () => {
    const app = await appWith((a) => {
      routes(a, 'things').get(
        '/ready',
        { permission: 'public', summary: 'r', response: { 200: z.object({ up: z.boolean() }), 503: z.object({ up: z.boolean() }) } },
        async (_request, reply) => reply.status(503).send({ up: false }),
      );
    });
    const res = await app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ up: false });
    await app.close();
  });

  test('a public read without input can only be refused by an absent database', () => {
    expect(commonErrors('GET', { permission: 'public', summary: 'x' })).toEqual(['database_unavailable']);
    expect(Object.keys(errorResponses(['database_unavailable']))).toEqual(['503']);
  });

  test('keeps codes a route answers without declaring them, and only those', async () => {
    const app = await appWith((a) => {
      const route = routes(a, 'things');
      route.get('/declared/:id', { permission: 'public', summary: 'd', params: idParams, errors: ['not_found'] }, async () => {
        throw notFound('Thing');
      });
      route.get('/undeclared', { permission: 'public', summary: 'u' }, async () => {
        throw new AppError('conflict', 'no');
      });
    });
    expect((await app.inject('/declared/1')).statusCode).toBe(404);
    expect((await app.inject('/declared/x')).statusCode).toBe(400);
    expect(undeclaredErrors.size).toBe(0);
    expect((await app.inject('/undeclared')).statusCode).toBe(409);
    expect([...undeclaredErrors]).toEqual(['GET /undeclared conflict']);
    await app.close();
  });
});

test('names each operation after its method and path, distinctly', () => {
  expect(operationIdOf('GET', '/api/documents/:id/texts')).toBe('getDocumentsByIdTexts');
  expect(operationIdOf('PUT', '/api/documents/:id/texts/:lang')).toBe('putDocumentsByIdTextsByLang');
  expect(operationIdOf('GET', '/api/portal/atom.xml')).toBe('getPortalAtomXml');
  expect(operationIdOf('POST', '/api/delegations/:id/calendar-tokens')).toBe('postDelegationsByIdCalendarTokens');
  expect(operationIdOf('GET', '/api/audit.csv')).not.toBe(operationIdOf('GET', '/api/audit'));
});
