/**
 * The mail worker: claims due messages from the outbox with a lease, sends
 * each over SMTP, marks it sent, or sets its next attempt with back-off.
 *
 * Claiming (`FOR UPDATE SKIP LOCKED`, then a lease written and committed)
 * means two workers — two processes on one PostgreSQL — never hold the same
 * message, and a worker that dies mid-batch only delays its messages until
 * the lease lapses; nothing is lost on restart, because nothing lives only in
 * memory.
 *
 * The one window left is a crash (or a lost database) after the SMTP server
 * accepted a message and before it is marked sent: the lease lapses and the
 * message is sent again. We choose that (at least once) over the other way
 * (marking before sending: at most once, a message can be lost), because a
 * lost invitation or reset link strands a person while a duplicate is
 * harmless; the duplicate carries the same Message-ID, so mail clients that
 * deduplicate show it once. The SMTP timeouts are kept well under the lease,
 * so a slow send cannot outlive its claim and be sent by a second worker.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.js';
import type { App } from '../http/types.js';
import { renderRow } from './outbox.js';
import { mailAttachments, mailOutbox } from './schema.js';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/** What sends one message; nodemailer over SMTP in the app, anything in tests. */
export interface Sender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

const SMTP_TIMEOUT_MS = 30_000;

export function smtpSender(url: string): Sender {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  } as object);
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}

export interface WorkerOptions {
  from: string;
  /** Where links point (config.publicUrl); its host names Message-IDs. */
  publicUrl: string;
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  batch?: number;
}

/** The delay before attempt `attempts + 1`: base, doubling, at most an hour. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** Takes up to `batch` due messages for this worker, each held until its lease lapses. */
export async function claimDue(db: Db, leaseMs: number, batch: number, now = new Date()) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now), or(isNull(mailOutbox.leaseUntil), lte(mailOutbox.leaseUntil, now))))
      .orderBy(asc(mailOutbox.id))
      .limit(batch)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(mailOutbox)
      .set({ leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${mailOutbox.attempts} + 1` })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** Sends what is due; returns how many were sent and how many failed this time. */
export async function deliverDue(db: Db, sender: Sender, options: WorkerOptions): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDue(db, options.leaseMs, options.batch ?? 20);
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    const held = and(eq(mailOutbox.id, row.id), eq(mailOutbox.leaseUntil, row.leaseUntil!));
    try {
      const { subject, body } = renderRow(row, options.publicUrl);
      const attachments = await db
        .select({ filename: mailAttachments.filename, contentType: mailAttachments.contentType, content: mailAttachments.content })
        .from(mailAttachments)
        .where(eq(mailAttachments.outboxId, row.id))
        .orderBy(asc(mailAttachments.id));
      await sender.send({
        from: options.from,
        to: row.toAddress,
        subject,
        text: body,
        messageId: `<outbox-${row.id}.${row.createdAt.getTime()}@${new URL(options.publicUrl).hostname || 'gavel.invalid'}>`,
        ...(attachments.length ? { attachments: attachments.map((a) => ({ ...a, content: Buffer.from(a.content) })) } : {}),
      });
      await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null }).where(held);
      sent++;
    } catch (err) {
      const giveUp = row.attempts >= options.maxAttempts;
      await db
        .update(mailOutbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          leaseUntil: null,
          lastError: String(err instanceof Error ? err.message : err).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + backoffMs(row.attempts, options.retryBaseMs)),
        })
        .where(held);
      failed++;
    }
  }
  return { sent, failed };
}

/**
 * Runs the worker every `pollMs` while the app is up, when an SMTP server is
 * configured. One round at a time; errors (the database away, say) are
 * logged and the next round tries again.
 */
export function scheduleMailWorker(app: App, db: Db, sender: Sender, options: WorkerOptions & { pollMs: number }): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const round = () => {
    if (running) return;
    running = deliverDue(db, sender, options)
      .then(({ failed }) => {
        if (failed) app.log.warn({ failed }, 'some e-mails could not be sent; they will be retried');
      })
      .catch((err: unknown) => app.log.error({ err }, 'mail worker round failed'))
      .finally(() => {
        running = null;
      });
  };
  app.addHook('onReady', async () => {
    round();
    timer = setInterval(round, options.pollMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    sender.close();
  });
}
