/**
 * Delegate accreditation's API. A liaison acts for its own delegation only
 * (another delegation's nominations do not exist for it); the secretariat
 * (`delegates.review`) acts for any and decides.
 */
import { imageExtension, inlineDisposition } from '../../files/kinds.js';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../auth/permissions.js';
import { actsForEveryParty, mayActForParty, viewerOf } from '../../auth/policies/index.js';
import { AppError, notFound } from '../../http/errors.js';
import { actorOf, idParams, type App, type Deps } from '../../http/types.js';
import { parseFields, readPhotoForm } from '../badges/form.js';
import { badgePdf } from '../badges/pdf.js';
import { checkPhoto } from '../badges/photo.js';
import { badgeKey, signBadge } from '../badges/token.js';
import { decideNomination, nominate, substitute, withdrawNomination, type Nominee } from './commands.js';
import { delegationOverview, getNomination, listNominations, nominationPhoto } from './queries.js';
import { quotaRoutes } from './quota-routes.js';
import {
  delegationOverview as overviewSchema,
  delegationQuery,
  nominationDecision,
  nominationFields,
  nominationFilters,
  nominationView,
  substitutionFields,
  withdrawal,
} from './schemas.js';
import { absoluteUrl } from '../../http/public-url.js';
import { routes } from '../../http/route.js';

const tags = ['delegates'];

type Request = FastifyRequest & Pick<FastifyRequest, 'principal' | 'session'>;

const isReviewer = (request: Request) => can(request.principal, 'delegates.review');

/**
 * The delegation a request acts for: the secretariat names one; a liaison
 * acts for its own, and naming another is refused.
 */
function partyOf(request: Request, asked: number | undefined): number {
  const viewer = viewerOf(request);
  if (actsForEveryParty(viewer)) {
    if (asked === undefined) throw new AppError('validation_failed', 'Name the delegation', [{ path: 'partyId', message: 'required' }]);
    return asked;
  }
  const own = viewer?.partyId ?? null;
  if (own === null) throw new AppError('forbidden', 'Your account is not the liaison of any delegation');
  if (asked !== undefined && !mayActForParty(viewer, asked)) throw new AppError('forbidden', 'A liaison may act for its own delegation only');
  return own;
}

async function nomineeFrom(fields: { fullName: string; position: string; email: string }, photo: Buffer | null): Promise<Nominee> {
  const checked = photo ? { ...(await checkPhoto(photo)), bytes: photo } : null;
  return { fullName: fields.fullName, position: fields.position, email: fields.email, photo: checked };
}

export function delegateRoutes(app: App, deps: Deps): void {
  const route = routes(app, tags);
  const { db } = deps.database;

  /** A nomination the request may see: any for the secretariat, its own delegation's for a liaison. */
  const nominationFor = async (request: Request, id: number) => {
    const nomination = await getNomination(db, id);
    if (!nomination || !mayActForParty(viewerOf(request), nomination.partyId)) throw notFound('Nomination');
    return nomination;
  };

  route.get(
    '/api/delegates/delegation',
    {
      permission: 'delegates.nominate',
      summary: "A delegation's meetings with its quota used and left, its clusters and nominations (the liaison's own; the secretariat names one)",
      querystring: delegationQuery,
      response: { 200: overviewSchema },
      errors: ['not_found', 'forbidden', 'validation_failed'],
    },
    async (request) => {
      const overview = await delegationOverview(db, partyOf(request, request.query.partyId));
      if (!overview) throw notFound('Delegation');
      return overview;
    },
  );

  route.get(
    '/api/delegates/nominations',
    {
      permission: 'delegates.nominate',
      summary: 'Nominations, filtered by delegation, meeting and status (a liaison sees its own delegation only)',
      querystring: nominationFilters,
      response: { 200: z.object({ nominations: z.array(nominationView) }) },
      errors: ['forbidden', 'validation_failed'],
    },
    async (request) => {
      const { partyId, ...rest } = request.query;
      const party = isReviewer(request) ? partyId : partyOf(request, partyId);
      return { nominations: await listNominations(db, { ...rest, partyId: party }) };
    },
  );

  route.post(
    '/api/delegates/nominations',
    {
      permission: 'delegates.nominate',
      summary:
        'Nominate a delegate for a meeting or a whole cluster (multipart form: partyId for the secretariat, meetingId or clusterId, role head|member, fullName, position, email, optional photo as JPEG/PNG ≤ 5 MB)',
      consumes: ['multipart/form-data'],
      response: { 201: nominationView },
      errors: [
        'forbidden',
        'validation_failed',
        'invalid_reference',
        'not_found',
        'conflict',
        'invalid_transition',
        'quota_exceeded',
        'head_of_delegation_taken',
        'payload_too_large',
        'unsupported_media_type',
        'invalid_multipart',
      ],
    },
    async (request, reply) => {
      const { fields, photo } = await readPhotoForm(request);
      const parsed = parseFields(nominationFields, fields);
      const partyId = partyOf(request, parsed.partyId);
      const scope = parsed.meetingId !== undefined ? { meetingId: parsed.meetingId } : { clusterId: parsed.clusterId! };
      const id = await nominate(db, actorOf(request), { partyId, scope, role: parsed.role, nominee: await nomineeFrom(parsed, photo) });
      return reply.status(201).send((await getNomination(db, id))!);
    },
  );

  route.get(
    '/api/delegates/nominations/:id',
    {
      permission: 'delegates.nominate',
      summary: 'One nomination with whom it replaced or who replaced it',
      params: idParams,
      response: { 200: nominationView },
      errors: ['not_found'],
    },
    async (request) => nominationFor(request, request.params.id),
  );

  route.get(
    '/api/delegates/nominations/:id/photo',
    {
      permission: 'delegates.nominate',
      summary: "The nominee's photo",
      params: idParams,
      errors: ['not_found'],
    },
    async (request, reply) => {
      await nominationFor(request, request.params.id);
      const photo = await nominationPhoto(db, request.params.id);
      if (!photo) throw notFound('Photo');
      return reply
        .type(photo.photoType)
        .header('content-disposition', inlineDisposition(`delegate-${request.params.id}.${imageExtension(photo.photoType)}`))
        .header('cache-control', 'private, no-store')
        .send(photo.photo);
    },
  );

  route.post(
    '/api/delegates/nominations/:id/decision',
    {
      permission: 'delegates.review',
      summary: 'Approve a nomination, or reject it with a reason',
      params: idParams,
      body: nominationDecision,
      response: { 200: nominationView },
      errors: ['not_found', 'invalid_transition', 'quota_exceeded', 'head_of_delegation_taken'],
    },
    async (request) => {
      await decideNomination(db, actorOf(request), request.params.id, request.body.decision, request.body.reason ?? null);
      return (await getNomination(db, request.params.id))!;
    },
  );

  route.post(
    '/api/delegates/nominations/:id/withdraw',
    {
      permission: 'delegates.nominate',
      summary: 'Withdraw a nomination (its badge, if any, is revoked)',
      params: idParams,
      body: withdrawal,
      response: { 200: nominationView },
      errors: ['not_found', 'invalid_transition'],
    },
    async (request) => {
      await nominationFor(request, request.params.id);
      await withdrawNomination(db, actorOf(request), request.params.id, request.body.reason ?? null);
      return (await getNomination(db, request.params.id))!;
    },
  );

  route.post(
    '/api/delegates/nominations/:id/substitute',
    {
      permission: 'delegates.nominate',
      summary:
        'Replace a nominee (multipart form: fullName, position, email, reason, optional photo). The old badge is revoked; the substitute takes the same role and meetings, approved at once when the secretariat records it, else pending review.',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 201: nominationView },
      errors: [
        'not_found',
        'invalid_transition',
        'validation_failed',
        'invalid_reference',
        'head_of_delegation_taken',
        'payload_too_large',
        'unsupported_media_type',
        'invalid_multipart',
      ],
    },
    async (request, reply) => {
      await nominationFor(request, request.params.id);
      const { fields, photo } = await readPhotoForm(request);
      const parsed = parseFields(substitutionFields, fields);
      const id = await substitute(db, actorOf(request), request.params.id, await nomineeFrom(parsed, photo), parsed.reason, isReviewer(request));
      return reply.status(201).send((await getNomination(db, id))!);
    },
  );

  route.get(
    '/api/delegates/nominations/:id/badge.pdf',
    {
      permission: 'delegates.nominate',
      summary: "An approved delegate's badge, as PDF with a signed QR code",
      params: idParams,
      errors: ['not_found', 'invalid_transition'],
    },
    async (request, reply) => {
      const nomination = await nominationFor(request, request.params.id);
      if (nomination.status !== 'approved') throw new AppError('invalid_transition', 'Only approved delegates have a badge');
      const photo = await nominationPhoto(db, nomination.id);
      const token = await signBadge(await badgeKey(db), { kind: 'delegate', id: nomination.id, scope: nomination.partyId });
      const pdf = await badgePdf({
        kind: 'delegate',
        headOfDelegation: nomination.role === 'head',
        fullName: nomination.fullName,
        lines: [nomination.position, nomination.partyNameEn, nomination.partyNameVi],
        eventTitleEn: nomination.scopeTitleEn,
        eventTitleVi: nomination.scopeTitleVi,
        photo: photo?.photo ?? null,
        token,
        verifyUrl: absoluteUrl(deps.config.publicUrl, '/verify'),
        number: nomination.id,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="delegate-badge-${nomination.id}.pdf"`)
        .header('x-badge-token', token)
        .send(pdf);
    },
  );

  quotaRoutes(app, deps);
}
