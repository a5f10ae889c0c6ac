/**
 * The whole matrix: every operation of the OpenAPI document, as anonymous
 * and as each demo account, is let through or refused exactly as its
 * declared permission (x-permission) and the permission table say — 401
 * without a session, 403 for a role the table leaves out. A request that is
 * let through is made invalid on purpose (ids of 0, a body that is not an
 * object), so the walk changes nothing: it stops at validation, or at a
 * handler that answers "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { can, permissions, type Permission } from '../../src/server/auth/permissions.js';
import { operationsOf as documentedOperations, renderRoutes, sectionOf } from '../../src/server/auth/security-doc.js';
import { users as demoUsers } from '../../src/server/demo/data/users.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Operation {
  method: Method;
  path: string;
  permission: Permission | 'public';
  params: Array<{ name: string; schema: { type?: string; enum?: unknown[] } }>;
  hasBody: boolean;
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      { 'x-permission'?: string; parameters?: Array<{ in: string; name: string; schema: { type?: string; enum?: unknown[] } }>; requestBody?: unknown }
    >
  >;
}

function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as Method,
      path,
      permission: op['x-permission'] as Permission | 'public',
      params: (op.parameters ?? []).filter((p) => p.in === 'path'),
      hasBody: op.requestBody !== undefined,
    })),
  );
}

/** A path parameter the route's schema refuses where it can (an id of 0, a value outside an enum); else one that names nothing. */
function invalidParam(schema: { type?: string; enum?: unknown[] }): string {
  if (schema.type === 'integer' || schema.type === 'number') return '0';
  if (schema.enum) return 'not-a-choice';
  return 'no-such-thing';
}

function urlOf(op: Operation): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => invalidParam(op.params.find((p) => p.name === name)?.schema ?? {}));
}

/** Who the walk asks as: anonymous, and every demo account with its roles. */
const principals = [{ email: null, roles: [] }, ...demoUsers.map((u) => ({ email: u.email, roles: u.roles }))] as const;

type Expected = 401 | 403 | 'through';
function expected(permission: Permission | 'public', roles: readonly string[] | null): Expected {
  if (permission === 'public') return 'through';
  if (roles === null) return 401;
  return can({ userId: 0, roles: roles as never }, permission) ? 'through' : 403;
}

describe.each(engines)('the role matrix on %s', (engine) => {
  let h: Harness;
  let operations: Operation[];
  let openapi: OpenApi;
  const clients = new Map<string | null, Client>();

  beforeAll(async () => {
    h = await startHarness(engine);
    clients.set(null, await h.anonymous());
    for (const u of demoUsers) clients.set(u.email, await h.signIn(u.email));
    openapi = (await h.app.inject('/api/docs/json')).json<OpenApi>();
    // Signing out ends the walker's session: that operation goes last. Signing
    // out everywhere would also leave it without a CSRF token for the rest: it
    // is walked on its own below.
    operations = operationsOf(openapi)
      .filter((op) => op.path !== '/api/auth/sign-out-everywhere')
      .sort((a, b) => Number(a.path === '/api/auth/sign-out') - Number(b.path === '/api/auth/sign-out'));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('documents every operation with a permission that is public or in the table', () => {
    expect(operations.length).toBeGreaterThan(100);
    const unknown = operations.filter((op) => op.permission !== 'public' && !(op.permission in permissions));
    expect(unknown.map((op) => `${op.method} ${op.path}: ${String(op.permission)}`)).toEqual([]);
  });

  it('lists each route under its permission in docs/security.md as the OpenAPI document declares it (npm run docs:security)', async () => {
    const doc = await readFile(new URL('../../docs/security.md', import.meta.url), 'utf8');
    expect(sectionOf(doc, 'routes')).toBe(renderRoutes(documentedOperations(openapi)));
  });

  it('declares every permission of the table on some route', () => {
    const declared = new Set(operations.map((op) => op.permission));
    // Checked by the resource rules rather than by a route: which meetings one sees.
    const byRule: Permission[] = ['meetings.readInternal'];
    expect(Object.keys(permissions).filter((p) => !declared.has(p as Permission) && !byRule.includes(p as Permission))).toEqual([]);
  });

  it('lets through or refuses every operation for anonymous and each demo role exactly as the table says', async () => {
    const mismatches: string[] = [];
    let through = 0;
    for (const { email, roles } of principals) {
      const client = clients.get(email)!;
      for (const op of operations) {
        const want = expected(op.permission, email === null ? null : roles);
        const res = await client.request(op.method, urlOf(op), op.hasBody ? [] : undefined);
        const got = res.statusCode;
        const ok = want === 'through' ? got !== 401 && got !== 403 && got < 500 : got === want;
        if (want === 'through') through++;
        if (!ok) mismatches.push(`${email ?? 'anonymous'} ${op.method} ${op.path} [${op.permission}]: wanted ${want}, got ${got} ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The walk went through as many times as the table allows, and refused the rest.
    expect(through).toBeGreaterThan(operations.length);
  });

  it('signs out everywhere only a signed-in account', async () => {
    expect((await (await h.anonymous()).post('/api/auth/sign-out-everywhere')).statusCode).toBe(401);
    expect((await (await h.signIn('journalist@gavel.demo')).post('/api/auth/sign-out-everywhere')).statusCode).toBe(200);
  });

  it('keeps the workbench and the optimizer to staff, and the ledger to staff and liaisons', () => {
    const allowed = (p: Permission) => principals.filter((x) => x.email && can({ userId: 0, roles: x.roles as never }, p)).map((x) => x.email);
    expect(allowed('schedule.run')).toEqual(['admin@gavel.demo', 'secretariat@gavel.demo']);
    expect(allowed('schedule.write')).toEqual(['admin@gavel.demo', 'secretariat@gavel.demo']);
    expect(allowed('schedule.ledger')).toEqual(['admin@gavel.demo', 'secretariat@gavel.demo', 'liaison.nz@gavel.demo']);
    expect(allowed('meetings.readInternal')).toEqual(['admin@gavel.demo', 'secretariat@gavel.demo', 'committee@gavel.demo', 'focal.moit@gavel.demo']);
    const optimizer = operations.find((op) => op.method === 'POST' && op.path === '/api/schedule/optimize')!;
    const workbench = operations.find((op) => op.method === 'GET' && op.path === '/api/schedule/clusters/{id}')!;
    expect([optimizer.permission, workbench.permission]).toEqual(['schedule.run', 'schedule.run']);
  });
});
