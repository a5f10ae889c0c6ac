/**
 * Personal data for administrators: one person's data as a JSON download,
 * the retention periods in force, and a purge run on demand (it also runs by
 * itself every GAVEL_RETENTION_SWEEP_MINUTES).
 */
import { z } from 'zod';
import { recordChange, systemActor } from '../changelog/record.js';
import { email } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { scheduleSweep } from '../http/sweep.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { exportPerson } from './export.js';
import { purgeExpired } from './retention.js';

const counts = z.object({ idDocuments: z.number(), applicantPhotos: z.number(), delegatePhotos: z.number(), mailMessages: z.number() });
const policy = z.object({ idDocumentDays: z.number(), photoDays: z.number(), mailDays: z.number() });

export function privacyRoutes(app: App, { database, config }: Deps): void {
  const { db } = database;
  const { sweepMinutes, ...retention } = config.retention;
  scheduleSweep(app, 'personal data purge', sweepMinutes, () => purgeExpired(db, systemActor, retention));

  const route = routes(app, 'privacy');
  route.get(
    '/api/privacy/export',
    {
      permission: 'privacy.manage',
      summary: 'Everything Gavel holds about one person, found by e-mail address, as a JSON download (the export is recorded in the change log)',
      querystring: z.object({ email: email() }),
    },
    async (request, reply) => {
      const data = await exportPerson(db, request.query.email, config.publicUrl);
      await db.transaction((tx) =>
        recordChange(tx, actorOf(request), {
          entityType: 'personal_data',
          entityId: data.account ? `user:${data.account.id}` : 'export',
          action: 'create',
          changes: {
            exported: request.query.email,
            pressApplications: data.pressApplications.length,
            delegateNominations: data.delegateNominations.length,
            mail: data.mail.length,
            changeLog: data.changeLog.length,
          },
        }),
      );
      const file = request.query.email.replace(/[^A-Za-z0-9._-]+/g, '_');
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="personal-data-${file}.json"`)
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );

  route.get(
    '/api/privacy/retention',
    {
      permission: 'privacy.manage',
      summary: 'The retention periods in force, in days (set by GAVEL_RETAIN_* variables)',
      response: { 200: policy },
    },
    async () => retention,
  );

  route.post(
    '/api/privacy/purge',
    {
      permission: 'privacy.manage',
      summary: 'Remove now the personal data past its retention period; answers what was removed, counted (nothing twice)',
      response: { 200: counts },
    },
    async (request) => purgeExpired(db, actorOf(request), retention),
  );
}
