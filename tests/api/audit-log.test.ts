/**
 * The audit log for administrators: the change log filtered by who, what,
 * when and entity, by page, and the same filtered set as CSV; refused to
 * everyone else; bad filters name their field.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { newUser } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface AuditEvent {
  id: number;
  occurredAt: string;
  userId: number | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
}
interface AuditPage {
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

describe.each(engines)('the audit log on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let before: string;
  let worker: { id: number; email: string; client: Client };

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    before = new Date(Date.now() - 1000).toISOString();
    // Three sign-ins of one account (newUser signs in once): something to filter for.
    worker = await newUser(h, ['secretariat']);
    await h.signIn(worker.email);
    await h.signIn(worker.email);
  });
  afterAll(async () => {
    await h?.close();
  });

  const audit = async (query: string) => {
    const res = await admin.get(`/api/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<AuditPage>();
  };

  it('filters by user, action, time and entity, newest first, by page', async () => {
    const all = await audit(`userId=${worker.id}&action=sign_in&from=${encodeURIComponent(before)}`);
    expect(all.total).toBe(3);
    expect(all.events.every((e) => e.userId === worker.id && e.action === 'sign_in' && e.actorEmail === worker.email)).toBe(true);
    expect(all.events.map((e) => e.id)).toEqual([...all.events.map((e) => e.id)].sort((a, b) => b - a));

    const second = await audit(`userId=${worker.id}&action=sign_in&pageSize=2&page=2`);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.events.map((e) => e.id)).toEqual([all.events[2]!.id]);

    const byEntity = await audit(`entityType=user&entityId=${worker.id}&action=sign_in`);
    expect(byEntity.total).toBe(3);
    expect((await audit(`userId=${worker.id}&to=${encodeURIComponent(before)}`)).total).toBe(0);
    expect((await audit('action=no_such_action')).events).toEqual([]);
  });

  it('exports the filtered set as CSV', async () => {
    const res = await admin.get(`/api/audit.csv?userId=${worker.id}&action=sign_in`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('attachment');
    const rows = parse(res.body, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.action === 'sign_in' && r.actorEmail === worker.email && r.userId === String(worker.id))).toBe(true);
    expect(JSON.parse(rows[0]!.changes!)).toHaveProperty('address');
  });

  it('offers the actions and entity types that occur', async () => {
    const res = await admin.get('/api/audit/vocabulary');
    expect(res.json<{ actions: string[] }>().actions).toContain('sign_in');
  });

  it('names the field of a bad filter', async () => {
    for (const [query, field] of [
      ['userId=abc', 'userId'],
      ['from=yesterday', 'from'],
      [`from=${encodeURIComponent('2026-12-05T00:00:00Z')}&to=${encodeURIComponent('2026-12-01T00:00:00Z')}`, 'to'],
      ['action=DROP%20TABLE', 'action'],
      ['page=0', 'page'],
      ['pageSize=10000', 'pageSize'],
    ] as const) {
      const res = await admin.get(`/api/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json<{ details: Array<{ path: string }> }>().details.map((d) => d.path),
        query,
      ).toContain(field);
    }
    expect((await admin.get('/api/audit.csv?from=nope')).statusCode).toBe(400);
  });

  it('is for administrators only', async () => {
    for (const url of ['/api/audit', '/api/audit.csv', '/api/audit/vocabulary']) {
      expect((await worker.client.get(url)).statusCode, url).toBe(403);
      expect((await (await h.anonymous()).get(url)).statusCode, url).toBe(401);
    }
  });
});
