/** The daily press review ("điểm báo") and its distribution list: the press desk's (permission press.monitor). */
import { z } from 'zod';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { routes } from '../../http/route.js';
import { reviewDocument, reviewDocx, reviewPdf } from './review-export.js';
import { recipientCreate, recipientView, reviewDayParams, reviewExportQuery, reviewSave, reviewSent, reviewView } from './review-schemas.js';
import { addRecipient, getReview, listRecipients, removeRecipient, saveReview, sendReview } from './review.js';

const tags = ['press: media monitoring'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function reviewRoutes(app: App, { database }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  route.get(
    '/api/press/reviews/:day',
    {
      permission: 'press.monitor',
      summary: "A day's press review: the clippings picked, in order, with their group (meeting or topic) and summaries; empty (id null) until saved",
      params: reviewDayParams,
      response: { 200: reviewView },
    },
    async (request) => getReview(db, request.params.day),
  );

  route.put(
    '/api/press/reviews/:day',
    {
      permission: 'press.monitor',
      summary: "Save a day's press review as arranged: the items in the order sent, each under a meeting or a topic, with Vietnamese and English summaries",
      params: reviewDayParams,
      body: reviewSave,
      response: { 200: reviewView },
      errors: ['invalid_reference'],
    },
    async (request) => {
      await saveReview(db, actorOf(request), request.params.day, request.body);
      return getReview(db, request.params.day);
    },
  );

  route.get(
    '/api/press/reviews/:day/export',
    {
      permission: 'press.monitor',
      summary: "A day's press review as DOCX or PDF, in Vietnamese (lang=vi) or English (lang=en)",
      params: reviewDayParams,
      querystring: reviewExportQuery,
      response: { 200: z.any().describe('application/pdf or DOCX') },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const content = reviewDocument(await getReview(db, request.params.day), lang);
      const body = format === 'pdf' ? await reviewPdf(content) : await reviewDocx(content);
      return reply
        .type(format === 'pdf' ? 'application/pdf' : DOCX)
        .header('content-disposition', `attachment; filename="press-review-${request.params.day}-${lang}.${format}"`)
        .send(body);
    },
  );

  route.post(
    '/api/press/reviews/:day/send',
    {
      permission: 'press.monitor',
      summary: "Send a day's press review by e-mail to the distribution list (through the outbox), the PDF in each recipient's language",
      description: 'An empty review or an empty distribution list: 400 naming it.',
      params: reviewDayParams,
      response: { 200: reviewSent },
    },
    async (request) => sendReview(db, actorOf(request), request.params.day),
  );

  route.get(
    '/api/press/review-recipients',
    {
      permission: 'press.monitor',
      summary: 'The distribution list of the daily press review',
      response: { 200: z.object({ recipients: z.array(recipientView) }) },
    },
    async () => ({ recipients: await listRecipients(db) }),
  );

  route.post(
    '/api/press/review-recipients',
    {
      permission: 'press.monitor',
      summary: 'Add an address to the distribution list of the daily press review',
      body: recipientCreate,
      response: { 201: recipientView },
      errors: ['conflict'],
    },
    async (request, reply) => {
      const id = await addRecipient(db, actorOf(request), request.body);
      return reply.status(201).send({ id, ...request.body });
    },
  );

  route.delete(
    '/api/press/review-recipients/:id',
    {
      permission: 'press.monitor',
      summary: 'Remove an address from the distribution list',
      params: idParams,
      response: { 204: z.null() },
      errors: ['not_found'],
    },
    async (request, reply) => {
      await removeRecipient(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
