import { imageExtension, inlineDisposition } from '../../files/kinds.js';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { AppError, notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { parseFields, readPhotoForm } from '../badges/form.js';
import { checkPhoto } from '../badges/photo.js';
import { journalistBadge } from './badge.js';
import { consentText, currentConsentVersion } from './consent.js';
import { applyForAccreditation, changeApplication, createPressEvent, hashKey } from './commands.js';
import { applicationPhoto, applicationsOfUser, getApplication, listApplications, listPressEvents } from './queries.js';
import {
  accessQuery,
  applicationFields,
  applicationReceipt,
  applicationReview,
  applicationStatus,
  applicationView,
  consentView,
  decision,
  pressEvent,
  pressEventCreate,
} from './schemas.js';
import { routes } from '../../http/route.js';

const tags = ['press: accreditation'];

export function accreditationRoutes(app: App, { database, config }: Deps): void {
  const route = routes(app, tags);
  const { db } = database;

  /**
   * The applicant (by the key in their receipt, or signed in to the account
   * that applied) or a press officer; anyone else is told it does not exist.
   */
  const applicationFor = async (request: FastifyRequest & { principal: Parameters<typeof can>[0] }, id: number, key?: string) => {
    const application = await getApplication(db, id);
    const own = application?.userId != null && application.userId === request.session?.user.id;
    const allowed = application && (own || can(request.principal, 'press.review') || (key && hashKey(key) === application.accessKeyHash));
    if (!application || !allowed) throw notFound('Application');
    const { accessKeyHash: _k, userId: _u, ...rest } = application;
    return rest;
  };

  route.get(
    '/api/press/my-applications',
    {
      permission: 'session.signedIn',
      summary: 'The accreditation applications made while signed in to this account: status, waitlist position',
      response: { 200: z.object({ applications: z.array(applicationView) }) },
    },
    async (request) => ({
      applications: (await applicationsOfUser(db, request.session!.user.id)).map(({ idDocumentNumber: _d, ...view }) => view),
    }),
  );

  route.get(
    '/api/press/consent',
    {
      permission: 'public',
      summary: 'The consent an applicant gives (current version, Vietnamese and English); an application names its version',
      response: { 200: consentView },
    },
    async () => consentText(currentConsentVersion, config.retention)!,
  );

  route.get(
    '/api/press/events',
    {
      permission: 'public',
      summary: 'Press centers open for accreditation, with places held and the waitlist',
      response: { 200: z.object({ events: z.array(pressEvent) }) },
    },
    async () => ({ events: await listPressEvents(db) }),
  );

  route.post(
    '/api/press/events',
    {
      permission: 'press.review',
      summary: 'Open a press center for accreditation',
      body: pressEventCreate,
      response: { 201: pressEvent },
      errors: ['invalid_reference', 'conflict'],
    },
    async (request, reply) => {
      const id = await createPressEvent(db, actorOf(request), request.body);
      const event = (await listPressEvents(db)).find((e) => e.id === id)!;
      return reply.status(201).send(event);
    },
  );

  route.post(
    '/api/press/events/:id/applications',
    {
      permission: 'public',
      summary: 'Apply for press accreditation (multipart form: fullName, outlet, nationality, idDocumentNumber, email, photo as JPEG/PNG ≤ 5 MB)',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 201: applicationReceipt },
      errors: [
        'not_found',
        'applications_closed',
        'duplicate_application',
        'validation_failed',
        'payload_too_large',
        'unsupported_media_type',
        'invalid_multipart',
      ],
    },
    async (request, reply) => {
      const { fields, photo } = await readPhotoForm(request);
      const parsed = parseFields(applicationFields, fields);
      const given = parsed.consent !== undefined || parsed.consentVersion !== undefined;
      const consent = given ? consentText(parsed.consentVersion ?? '', config.retention) : null;
      if (given && (parsed.consent === undefined || parsed.consentVersion !== currentConsentVersion || !consent)) {
        throw new AppError(
          'validation_failed',
          'The consent must be ticked, with the current version shown: reload the form',
          parsed.consent === undefined
            ? [{ path: 'consent', message: 'consent to the processing of your data is required' }]
            : [{ path: 'consentVersion', message: `the current version is ${currentConsentVersion}` }],
        );
      }
      if (!photo) throw new AppError('validation_failed', 'A photo is required', [{ path: 'photo', message: 'required' }]);
      const checked = await checkPhoto(photo);
      const { id, accessKey } = await applyForAccreditation(
        db,
        actorOf(request),
        request.params.id,
        parsed,
        { ...checked, bytes: photo },
        consent ? { version: consent.version, text: consent[parsed.language] } : null,
      );
      const application = await getApplication(db, id);
      const { accessKeyHash: _k, ...view } = application!;
      return reply.status(201).send({ ...view, accessKey });
    },
  );

  route.get(
    '/api/press/events/:id/applications',
    {
      permission: 'press.review',
      summary: "A press center's applications, in order of arrival",
      params: idParams,
      querystring: z.object({ status: applicationStatus.optional() }),
      response: { 200: z.object({ applications: z.array(applicationReview) }) },
      errors: ['not_found'],
    },
    async (request) => ({ applications: await listApplications(db, request.params.id, request.query.status) }),
  );

  route.get(
    '/api/press/applications/:id',
    {
      permission: 'public',
      summary: 'An application: for its applicant (with ?key, or signed in to the account that applied) or a press officer',
      params: idParams,
      querystring: accessQuery,
      response: { 200: applicationView },
      errors: ['not_found'],
    },
    async (request) => {
      const { idDocumentNumber: _d, ...view } = await applicationFor(request, request.params.id, request.query.key);
      return view;
    },
  );

  route.get(
    '/api/press/applications/:id/photo',
    {
      permission: 'public',
      summary: "The applicant's photo (applicant or press officer)",
      params: idParams,
      querystring: accessQuery,
      errors: ['not_found'],
    },
    async (request, reply) => {
      await applicationFor(request, request.params.id, request.query.key);
      const photo = await applicationPhoto(db, request.params.id);
      // Past its retention period the photo is gone (privacy/retention.ts).
      if (!photo?.photo || !photo.photoType) throw notFound('Photo');
      return reply
        .type(photo.photoType)
        .header('content-disposition', inlineDisposition(`applicant-${request.params.id}.${imageExtension(photo.photoType)}`))
        .header('cache-control', 'private, no-store')
        .send(photo.photo);
    },
  );

  route.post(
    '/api/press/applications/:id/decision',
    {
      permission: 'press.review',
      summary: 'Approve, reject (with a reason) or revoke an application',
      params: idParams,
      body: decision,
      response: { 200: applicationReview },
      errors: ['not_found', 'invalid_transition', 'validation_failed'],
    },
    async (request) => {
      await changeApplication(db, actorOf(request), request.params.id, request.body.decision, request.body.reason ?? null, config.publicUrl);
      return applicationFor(request, request.params.id);
    },
  );

  route.post(
    '/api/press/applications/:id/cancel',
    {
      permission: 'public',
      summary: 'Withdraw an application or give back an accreditation (applicant with ?key, or press officer)',
      params: idParams,
      querystring: accessQuery,
      response: { 200: applicationView },
      errors: ['not_found', 'invalid_transition'],
    },
    async (request) => {
      await applicationFor(request, request.params.id, request.query.key);
      await changeApplication(db, actorOf(request), request.params.id, 'cancel', null, config.publicUrl);
      const { idDocumentNumber: _d, ...view } = await applicationFor(request, request.params.id, request.query.key);
      return view;
    },
  );

  route.get(
    '/api/press/applications/:id/badge.pdf',
    {
      permission: 'public',
      summary: 'The badge of an approved application, as PDF with a signed QR code',
      params: idParams,
      querystring: accessQuery,
      errors: ['not_found', 'invalid_transition'],
    },
    async (request, reply) => {
      const application = await applicationFor(request, request.params.id, request.query.key);
      if (application.status !== 'approved') throw new AppError('invalid_transition', 'Only approved applications have a badge');
      const { pdf, token } = (await journalistBadge(db, application.id, config.publicUrl))!;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="badge-${application.id}.pdf"`)
        .header('x-badge-token', token)
        .send(pdf);
    },
  );
}
