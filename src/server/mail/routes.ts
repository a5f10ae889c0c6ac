/**
 * The outbox for administrators: what was sent, what waits and why. With no
 * SMTP server configured this is where an admin reads an invitation's link.
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../changelog/record.js';
import { AppError, notFound } from '../http/errors.js';
import { idParams, intParam } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { scheduleSweep } from '../http/sweep.js';
import { sendDigests } from './digest.js';
import { renderRow } from './outbox.js';
import { preferencesOf, setPreferences } from './preferences.js';
import { mailOutbox, mailStatuses } from './schema.js';
import { mailPreferencesPatch, mailPreferencesView } from './schemas.js';
import { scheduleMailWorker, smtpSender } from './worker.js';

const messageView = z.object({
  id: z.number(),
  toAddress: z.string(),
  template: z.string(),
  language: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(mailStatuses),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

type Row = typeof mailOutbox.$inferSelect;
const view = (r: Row, baseUrl: string): z.infer<typeof messageView> => ({
  id: r.id,
  toAddress: r.toAddress,
  template: r.template,
  language: r.language,
  ...renderRow(r, baseUrl),
  status: r.status as z.infer<typeof messageView>['status'],
  attempts: r.attempts,
  nextAttemptAt: r.nextAttemptAt.toISOString(),
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

export function mailRoutes(app: App, { database, config }: Deps): void {
  const { db } = database;
  if (config.mail.smtpUrl) {
    scheduleMailWorker(app, db, smtpSender(config.mail.smtpUrl), { ...config.mail, publicUrl: config.publicUrl });
  }
  scheduleSweep(app, 'daily digest', config.mail.sweepMinutes, () => sendDigests(db, config.mail.digestHour));

  const route = routes(app, 'mail');
  route.get(
    '/api/outbox',
    {
      permission: 'mail.outbox',
      summary: 'The e-mail outbox, newest first: sent, waiting (with the last error) and failed messages',
      querystring: z.object({ status: z.enum(mailStatuses).optional(), limit: intParam(1, 500).default(100) }),
      response: { 200: z.object({ smtpConfigured: z.boolean(), messages: z.array(messageView) }) },
    },
    async (request) => {
      const where: SQL[] = [];
      if (request.query.status) where.push(eq(mailOutbox.status, request.query.status));
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(and(...where))
        .orderBy(desc(mailOutbox.id))
        .limit(request.query.limit);
      return { smtpConfigured: config.mail.smtpUrl !== null, messages: rows.map((r) => view(r, config.publicUrl)) };
    },
  );

  route.post(
    '/api/outbox/:id/retry',
    {
      permission: 'mail.outbox',
      summary: 'Send a failed or waiting message at the next round of the worker (not one held for, or folded into, a digest, nor one turned off)',
      params: idParams,
      response: { 200: messageView },
      errors: ['not_found', 'conflict'],
    },
    async (request) => {
      const { id } = request.params;
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id)).for('update');
        if (!before) throw notFound('Message');
        if (before.status === 'sent') throw new AppError('conflict', 'This message has been sent already');
        // Held, digested and suppressed messages follow the recipient's choice; sending one now would go against it.
        if (before.status !== 'pending' && before.status !== 'failed')
          throw new AppError('conflict', `This message is ${before.status}, not waiting to be sent`);
        const [after] = await tx.update(mailOutbox).set({ status: 'pending', nextAttemptAt: new Date() }).where(eq(mailOutbox.id, id)).returning();
        await recordChange(tx, actorOf(request), {
          entityType: 'mail',
          entityId: id,
          action: 'update',
          changes: { status: { from: before.status, to: 'pending' }, retry: true },
        });
        return view(after!, config.publicUrl);
      });
    },
  );

  route.get(
    '/api/account/mail',
    {
      permission: 'session.signedIn',
      summary: 'How one receives each kind of e-mail: at once, in a daily digest, or not at all (invitations and password resets always come at once)',
      response: { 200: mailPreferencesView },
    },
    async (request) => preferencesOf(db, request.principal!.userId),
  );

  route.patch(
    '/api/account/mail',
    {
      permission: 'session.signedIn',
      summary: 'Change how one receives each kind of e-mail',
      body: mailPreferencesPatch,
      response: { 200: mailPreferencesView },
    },
    async (request) => setPreferences(db, actorOf(request), request.principal!.userId, request.body),
  );
}
