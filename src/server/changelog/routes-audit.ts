/** The audit log for administrators: `GET /api/audit` (a page), `/api/audit.csv` (every matching event), `/api/audit/vocabulary`. */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { AppError } from '../http/errors.js';
import { routes } from '../http/route.js';
import type { App, Deps } from '../http/types.js';
import { auditCount, auditEvent, auditEvents, auditFilter, auditQuery, auditVocabulary, EXPORT_LIMIT } from './audit.js';

const columns = ['id', 'occurredAt', 'userId', 'actor', 'actorEmail', 'action', 'entityType', 'entityId', 'changes', 'requestId'] as const;

export function auditRoutes(app: App, { database }: Deps): void {
  const { db } = database;
  const route = routes(app, 'changelog');

  route.get(
    '/api/audit',
    {
      permission: 'audit.read',
      summary: 'The audit log: change-log events filtered by user, action, time (from inclusive, to exclusive) and entity, newest first, by page',
      querystring: auditQuery,
      response: {
        200: z.object({ events: z.array(auditEvent), total: z.number(), page: z.number(), pageSize: z.number() }),
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const [events, total] = await Promise.all([auditEvents(db, filter, pageSize, (page - 1) * pageSize), auditCount(db, filter)]);
      return { events, total, page, pageSize };
    },
  );

  route.get(
    '/api/audit.csv',
    {
      permission: 'audit.read',
      summary: `The audit log's filtered events as CSV (UTF-8 with BOM, for spreadsheets), newest first; at most ${EXPORT_LIMIT.toLocaleString('en')} rows`,
      querystring: auditFilter,
      errors: ['payload_too_large'],
    },
    async (request, reply) => {
      const filter = request.query;
      const total = await auditCount(db, filter);
      if (total > EXPORT_LIMIT) {
        throw new AppError('payload_too_large', `${total} events match; narrow the filter to at most ${EXPORT_LIMIT}`);
      }
      const events = await auditEvents(db, filter, EXPORT_LIMIT);
      const csv = stringify(
        events.map((e) => ({ ...e, changes: JSON.stringify(e.changes) })),
        { header: true, columns: [...columns], bom: true },
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="gavel-audit-log.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );

  route.get(
    '/api/audit/vocabulary',
    {
      permission: 'audit.read',
      summary: 'The actions and entity types that occur in the change log (the audit page offers them)',
      response: { 200: z.object({ actions: z.array(z.string()), entityTypes: z.array(z.string()) }) },
    },
    async () => auditVocabulary(db),
  );
}
