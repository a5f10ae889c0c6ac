/**
 * GET /api/events: live changes over a real listening server and a real
 * HTTP client (inject cannot hold a stream open).
 */
import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { CHANGE_CHANNEL, decodeNotice } from '../../src/server/changelog/record.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import type { ErrorBody } from '../../src/server/http/errors.js';
import type { App } from '../../src/server/http/types.js';
import { engines } from '../helpers/database.js';
import { DEMO_PASSWORD, startHarness, type Client, type Harness } from '../helpers/harness.js';
import { httpSignIn, openStream, type Stream } from '../helpers/sse.js';

type Meetings = { meetings: Array<{ id: number; seriesCode: string; edition: number | null; isPublic: boolean }> };

const live = { ...loadConfig({}).live, perUser: 2, perAddress: 50, heartbeatMs: 300 };

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

describe.each(engines)('live updates on %s', (engine) => {
  let h: Harness;
  let base: string;
  let staff: Client;
  let publicMeeting: number;
  let summit37: number;
  const streams: Stream[] = [];
  const open = async (headers: Record<string, string> = {}) => {
    const s = await openStream(base, headers);
    streams.push(s);
    return s;
  };

  beforeAll(async () => {
    h = await startHarness(engine, { config: { live } });
    base = await listen(h.app);
    staff = await h.signIn('secretariat@gavel.demo');
    const { meetings } = (await staff.get('/api/meetings?year=2020')).json<Meetings>();
    publicMeeting = meetings.find((m) => m.isPublic && m.seriesCode === 'AMM')!.id;
    summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await h?.close();
  });

  const rename = async (titleEn: string) => expect((await staff.patch(`/api/meetings/${publicMeeting}`, { titleEn })).statusCode).toBe(200);
  const isMeeting = (id: number) => (m: { data: string }) => m.data.includes(`"type":"meeting","id":${id},`);

  it('delivers a committed change within a second, to anonymous readers too', async () => {
    const s = await open();
    expect(s.status).toBe(200);
    expect(s.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const t0 = Date.now();
    await rename('AMM live 1');
    const m = await s.next(isMeeting(publicMeeting), 1_000);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(JSON.parse(m.data)).toEqual({ type: 'meeting', id: publicMeeting, action: 'update' });
    expect(m.id).toMatch(/^\d+\.\d+$/);
    s.close();
  });

  it('keeps idle streams open with comment lines', async () => {
    const s = await open();
    await expect.poll(() => s.comments, { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
    s.close();
  });

  it('refuses a request that does not accept an event stream', async () => {
    const res = await fetch(`${base}/api/events`);
    expect(res.status).toBe(406);
    expect(((await res.json()) as ErrorBody).code).toBe('not_acceptable');
  });

  it("never tells a journalist or an anonymous reader a restricted document's id, and tells an admin", async () => {
    const cookie = {
      admin: await httpSignIn(base, 'admin@gavel.demo', DEMO_PASSWORD),
      journalist: await httpSignIn(base, 'journalist@gavel.demo', DEMO_PASSWORD),
    };
    const admin = await open({ cookie: cookie.admin });
    const journalist = await open({ cookie: cookie.journalist });
    const anonymous = await open();
    const make = async (confidentiality: string) => {
      const res = await staff.post('/api/documents', {
        titleEn: `Live ${confidentiality}`,
        titleVi: `Trực tiếp ${confidentiality}`,
        type: 'statement',
        pillar: 'cross_pillar',
        actingMeetingId: summit37,
        intendedAction: 'adopt',
        confidentiality,
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: number }>().id;
    };
    const secret = await make('members');
    const open_ = await make('public');
    // Made public, then restricted again: the second change is not told.
    const turning = await make('public');
    expect((await staff.patch(`/api/documents/${turning}`, { confidentiality: 'members' })).statusCode).toBe(200);
    await rename('AMM live marker');
    for (const s of [admin, journalist, anonymous]) await s.next(isMeeting(publicMeeting), 3_000);
    const docs = (s: Stream) =>
      s
        .changes()
        .filter((c) => c.type === 'document')
        .map((c) => c.id);
    expect(docs(admin)).toEqual(expect.arrayContaining([secret, open_, turning]));
    expect(admin.changes()).toContainEqual({ type: 'document', id: turning, action: 'update' });
    for (const s of [journalist, anonymous]) {
      expect(docs(s)).toContain(open_);
      expect(docs(s)).not.toContain(secret);
      expect(s.messages.map((m) => m.data).join('\n')).not.toMatch(new RegExp(`"id":${secret}\\b`));
      // Its creation, while public, may have been told; its restriction is not.
      expect(s.changes().filter((c) => c.type === 'document' && c.id === turning && c.action === 'update')).toEqual([]);
    }
    for (const s of [admin, journalist, anonymous]) s.close();
  });

  it('resumes from Last-Event-ID without losing what was committed meanwhile', async () => {
    const s = await open();
    await rename('AMM live 2');
    const seen = await s.next(isMeeting(publicMeeting));
    s.close();
    await s.ended;
    const delegation = await staff.post(`/api/meetings/${publicMeeting}/delegations`, { partyCode: 'NZ', timeZone: 'Pacific/Auckland' });
    await rename('AMM live 3');
    const resumed = await open({ 'last-event-id': seen.id! });
    const after = await resumed.next(isMeeting(publicMeeting));
    expect(after.id).not.toBe(seen.id);
    const changes = resumed.changes();
    if (delegation.statusCode === 201) {
      expect(changes).toContainEqual({
        type: 'delegation',
        id: delegation.json<{ id: number }>().id,
        action: 'create',
        parent: { type: 'meeting', id: publicMeeting },
      });
    }
    // Only what came after: the change already seen is not the first one replayed.
    expect(resumed.messages[0]!.id).not.toBe(seen.id);
    resumed.close();
  });

  it('starts a fresh stream for a malformed Last-Event-ID', async () => {
    for (const bad of ['abc', '-5', '1.2.3', '9'.repeat(40), '1.99999999999999999999']) {
      const s = await open({ 'last-event-id': bad });
      expect(s.status).toBe(200);
      s.close();
    }
    const s = await open({ 'last-event-id': 'not-a-cursor' });
    await rename('AMM live 4');
    await s.next(isMeeting(publicMeeting));
    // Nothing replayed: the first message is the new change.
    expect(s.messages).toHaveLength(1);
    s.close();
  });

  it('does not hand a fresh stream a change committed before it opened, still waiting for its batch', async () => {
    // An app that gathers changes for half a second before sending them: the
    // first rename is heard (and so committed) before the stream opens, and
    // still waits for its batch when the stream does.
    const other = await buildApp({
      database: h.database,
      config: { ...loadConfig({}), logLevel: 'silent', live: { ...live, batchMs: 500 } },
      serveWeb: false,
      logger: false,
    });
    const heard: number[] = [];
    // Listeners hear a notice in the order they listened: once this one has, so has the app's hub.
    const unlisten = await h.database.listen(CHANGE_CHANNEL, { notify: (payload) => heard.push(decodeNotice(payload)!.id), restored: () => {} });
    try {
      const otherBase = await listen(other);
      await rename('AMM live before the stream');
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      const before = heard.at(-1)!;
      const s = await openStream(otherBase);
      await rename('AMM live after the stream opened');
      const m = await s.next(isMeeting(publicMeeting), 3_000);
      expect(Number(m.id!.split('.')[0])).toBeGreaterThan(before);
      expect(s.messages).toHaveLength(1);
      s.close();
    } finally {
      await unlisten();
      await other.close();
    }
  });

  it('limits the streams one user holds at once', async () => {
    const cookie = await httpSignIn(base, 'press@gavel.demo', DEMO_PASSWORD);
    const a = await open({ cookie });
    const b = await open({ cookie });
    const refused = await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream', cookie } });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).code).toBe('too_many_streams');
    a.close();
    await expect
      .poll(async () => {
        const again = await openStream(base, { cookie });
        again.close();
        return again.status;
      })
      .toBe(200);
    b.close();
  });

  it('drops a client that does not read, instead of buffering for it', async () => {
    // An app whose streams wait for at most 64 KiB, one batch per transaction,
    // and two streams per address: a probe shows when the slow one is gone.
    const other = await buildApp({
      database: h.database,
      config: { ...loadConfig({}), logLevel: 'silent', live: { ...live, perAddress: 2, queueBytes: 64 * 1024, batchMs: 0 } },
      serveWeb: false,
      logger: false,
    });
    const otherBase = await listen(other);
    const slow = connect({ host: '127.0.0.1', port: Number(new URL(otherBase).port) });
    slow.pause();
    await new Promise<void>((resolve) => slow.once('connect', () => resolve()));
    slow.write('GET /api/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n');
    const reader = await openStream(otherBase);
    const probe = async () => {
      const res = await fetch(`${otherBase}/api/events`, { headers: { accept: 'text/event-stream' } });
      await res.body?.cancel();
      return res.status;
    };
    expect(await probe()).toBe(429);
    try {
      // Transactions of 300 changes (under the queue's half each), each read by
      // the reader before the next, until the socket buffers and the queue
      // are full and the slow client is dropped.
      let dropped = false;
      for (let i = 0; i < 400 && !dropped; i++) {
        const before = reader.messages.length;
        await h.database.db.execute(sql`with made as (
            insert into change_events (entity_type, entity_id, action, changes)
            select 'meeting', ${String(publicMeeting)}, 'update', '{}'::jsonb from generate_series(1, 300)
            returning id, tx_xmin, entity_id)
          select count(pg_notify('gavel_changes', json_build_object('id', id, 'x', tx_xmin::text, 't', 'meeting', 'e', entity_id, 'a', 'update')::text)) from made`);
        await expect.poll(() => reader.messages.length, { timeout: 5_000, interval: 2 }).toBeGreaterThanOrEqual(before + 300);
        if (i % 10 === 9) dropped = (await probe()) === 200;
      }
      expect(dropped).toBe(true);
      // The reader kept up and stays.
      expect(reader.messages.length).toBeGreaterThan(3_000);
      expect(reader.messages.some((m) => m.event === 'reset')).toBe(false);
    } finally {
      slow.destroy();
      reader.close();
      await other.close();
    }
  }, 120_000);

  it('ends its streams when the app stops', async () => {
    const other = await buildApp({ database: h.database, config: { ...loadConfig({}), logLevel: 'silent', live }, serveWeb: false, logger: false });
    const otherBase = await listen(other);
    const s = await openStream(otherBase);
    expect(s.status).toBe(200);
    const t0 = Date.now();
    await other.close();
    await s.ended;
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('closes promptly with readers connected, one gone and a connection left unused', async () => {
    const other = await buildApp({ database: h.database, config: { ...loadConfig({}), logLevel: 'silent', live }, serveWeb: false, logger: false });
    const otherBase = await listen(other);
    const port = Number(new URL(otherBase).port);
    const reading = await openStream(otherBase);
    const gone = await openStream(otherBase);
    gone.close();
    await gone.ended;
    // What Node's fetch leaves after that abort (a fresh connection it never
    // uses), and what browsers open ahead of need: a connection that sends nothing.
    const unused = connect({ port, host: '127.0.0.1' });
    await new Promise<void>((resolve) => unused.once('connect', () => resolve()));
    const unusedClosed = new Promise<void>((resolve) => unused.once('close', () => resolve()));
    unused.resume();
    expect(reading.status).toBe(200);
    // The grace period of `npm start` is 10 s; Node alone would wait a minute for the unused connection.
    let late: NodeJS.Timeout | undefined;
    try {
      const closing = await Promise.race([
        other.close().then(() => 'closed'),
        new Promise((resolve) => (late = setTimeout(() => resolve('still open after 5 s'), 5_000))),
      ]);
      expect(closing).toBe('closed');
      await reading.ended;
      await unusedClosed;
    } finally {
      clearTimeout(late);
      unused.destroy();
      reading.close();
    }
  });

  it.runIf(engine === 'postgres')('delivers a write made by another app process on the same database', async () => {
    const database = await openDatabase({ url: h.database.url! });
    const other = await buildApp({ database, config: { ...loadConfig({}), logLevel: 'silent', live }, serveWeb: false, logger: false });
    try {
      const otherBase = await listen(other);
      const s = await openStream(otherBase);
      const t0 = Date.now();
      await rename('AMM written by the first process');
      await s.next(isMeeting(publicMeeting), 1_000);
      expect(Date.now() - t0).toBeLessThan(1_000);
      s.close();
    } finally {
      await other.close();
      await database.close();
    }
  });
});
