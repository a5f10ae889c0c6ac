/**
 * E-mail over real SMTP (a server started here on 127.0.0.1): the message
 * written with its change reaches the recipient with its subject and link;
 * with the server down it waits and is retried, never lost and never a 500;
 * a claimed message is held by one worker; a worker that dies mid-send
 * leaves it to be sent again after the lease (at least once, documented).
 */
import { createServer, type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { mailOutbox } from '../../src/server/mail/schema.js';
import { claimDue, deliverDue, smtpSender, type WorkerOptions } from '../../src/server/mail/worker.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

/** A port nothing listens on: SMTP is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const worker: WorkerOptions = {
  from: 'Gavel <no-reply@gavel.test>',
  publicUrl: 'https://gavel.example.vn',
  leaseMs: 60_000,
  retryBaseMs: 30_000,
  maxAttempts: 5,
};

describe.each(engines)('e-mail from the outbox on %s', (engine) => {
  let h: Harness;
  let admin: Client;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await startHarness(engine);
    admin = await h.signIn('admin@gavel.demo');
    // The demo's overdue tasks were announced (and e-mailed) at start-up; these tests count only their own messages.
    await h.database.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.status, 'pending'));
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  const invite = async (email: string, language: 'vi' | 'en') => {
    const res = await admin.post('/api/users', { email, displayName: `Guest ${language}`, language, roles: ['committee_member'] });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    return row!;
  };

  it('SMTP down: the invitation waits with its error and a later attempt, no 500; once SMTP is up it is sent once', async () => {
    const row = await invite('down@gavel.test', 'en');
    const down = smtpSender(`smtp://127.0.0.1:${await closedPort()}`);
    const before = Date.now();
    expect(await deliverDue(h.database.db, down, worker)).toEqual({ sent: 0, failed: 1 });
    down.close();
    const [waiting] = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id));
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, leaseUntil: null });
    expect(waiting!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 30_000 - 1000);
    const box = (await admin.get('/api/outbox?status=pending')).json<{ messages: Array<{ id: number; lastError: string | null }> }>();
    expect(box.messages.find((m) => m.id === row.id)?.lastError).toBeTruthy();

    const up = smtpSender(smtp.url);
    // Not due yet: the back-off holds it.
    expect(await deliverDue(h.database.db, up, worker)).toEqual({ sent: 0, failed: 0 });
    await h.database.db
      .update(mailOutbox)
      .set({ nextAttemptAt: new Date(Date.now() - 1) })
      .where(eq(mailOutbox.id, row.id));
    expect(await deliverDue(h.database.db, up, worker)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDue(h.database.db, up, worker)).toEqual({ sent: 0, failed: 0 });
    up.close();

    const mail = await smtp.waitFor((m) => m.to.includes('down@gavel.test'));
    expect(mail.subject).toBe('Your invitation to Gavel');
    expect(mail.text).toMatch(/https:\/\/gavel\.example\.vn\/set-password\?token=[A-Za-z0-9_-]{43}/);
    expect(mail.messageId).toMatch(new RegExp(`^<outbox-${row.id}\\.\\d+@gavel\\.example\\.vn>$`));
    expect(smtp.received.filter((m) => m.to.includes('down@gavel.test'))).toHaveLength(1);
    const [sent] = await h.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a claimed message is held by its worker; after a crash its lease lapses and it is sent (again)', async () => {
    const row = await invite('crash@gavel.test', 'vi');
    const first = await claimDue(h.database.db, 60_000, 50);
    expect(first.map((r) => r.id)).toContain(row.id);
    // A second worker finds nothing while the lease holds.
    expect((await claimDue(h.database.db, 60_000, 50)).map((r) => r.id)).not.toContain(row.id);
    // The first worker "died" without marking it; later, the lease has lapsed.
    const later = new Date(Date.now() + 61_000);
    expect((await claimDue(h.database.db, 60_000, 50, later)).map((r) => r.id)).toContain(row.id);
    await h.database.db
      .update(mailOutbox)
      .set({ leaseUntil: new Date(Date.now() - 1) })
      .where(eq(mailOutbox.id, row.id));
    const up = smtpSender(smtp.url);
    expect((await deliverDue(h.database.db, up, worker)).sent).toBeGreaterThanOrEqual(1);
    up.close();
    const mail = await smtp.waitFor((m) => m.to.includes('crash@gavel.test'));
    expect(mail.subject).toBe('Lời mời tham gia Gavel');
    expect(mail.text).toContain('Kính gửi Guest vi');
  });

  it('a message that keeps failing is marked failed after its attempts, kept, and an admin may retry it', async () => {
    const row = await invite('flaky@gavel.test', 'en');
    await h.database.db
      .update(mailOutbox)
      .set({ attempts: worker.maxAttempts - 1 })
      .where(eq(mailOutbox.id, row.id));
    const down = smtpSender(`smtp://127.0.0.1:${await closedPort()}`);
    expect((await deliverDue(h.database.db, down, worker)).failed).toBe(1);
    down.close();
    const failed = (await admin.get('/api/outbox?status=failed')).json<{ messages: Array<{ id: number }> }>();
    expect(failed.messages.map((m) => m.id)).toContain(row.id);
    const retry = await admin.post(`/api/outbox/${row.id}/retry`);
    expect(retry.json()).toMatchObject({ status: 'pending' });
    const up = smtpSender(smtp.url);
    expect((await deliverDue(h.database.db, up, worker)).sent).toBe(1);
    up.close();
    expect((await admin.post(`/api/outbox/${row.id}/retry`)).json()).toMatchObject({ code: 'conflict' });
    expect((await admin.post('/api/outbox/999999/retry')).statusCode).toBe(404);
  });

  it('the app with GAVEL_SMTP_URL sends by itself', async () => {
    const app = await buildApp({
      database: h.database,
      config: { ...loadConfig({ GAVEL_SMTP_URL: smtp.url, GAVEL_MAIL_POLL_SECONDS: '0.2', GAVEL_PUBLIC_URL: 'http://gavel.local:3000' }), logLevel: 'silent' },
      serveWeb: false,
      logger: false,
    });
    await app.ready();
    try {
      await invite('auto@gavel.test', 'vi');
      const mail = await smtp.waitFor((m) => m.to.includes('auto@gavel.test'));
      expect(mail.text).toContain('http://gavel.local:3000/set-password?token=');
    } finally {
      await app.close();
    }
  });
});
