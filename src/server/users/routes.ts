/**
 * /api/users: administrators list, invite, give and take roles, deactivate
 * and send password resets; anyone with a link sets a password through it.
 * /api/account: everyone reads and edits their own profile (not under
 * /api/users/me, which would also be a spelling of /api/users/:id).
 */
import { z } from 'zod';
import { CHAIR_ZONE } from '../domain/chairmanship.js';
import { roles } from '../domain/vocabulary.js';
import { notFound } from '../http/errors.js';
import { email, id, idParams, optionalText, rawText, text, timeZone, trimmedText } from '../http/primitives.js';
import { routes } from '../http/route.js';
import { actorOf, type App, type Deps } from '../http/types.js';
import { PASSWORD_MAX_LENGTH } from '../auth/password-policy.js';
import { mailLanguages } from '../mail/templates.js';
import {
  deactivateUser,
  describeLink,
  inviteUser,
  reactivateUser,
  requestPasswordReset,
  sendPasswordReset,
  setPasswordByLink,
  setRoles,
  updateProfile,
} from './commands.js';
import { getUser, listUsers } from './queries.js';
import { userStatuses, userView } from './schemas.js';

const grant = {
  roles: z.array(z.enum(roles)).max(roles.length * 2),
  /** Required for a delegation liaison (its delegation), allowed for a press officer. */
  partyId: id().nullable().default(null),
  /** Required for a ministry focal point (at least one committee body). */
  bodyIds: z.array(id()).max(100).default([]),
};

/** A job title in each language, as shown beside the name ("Officer, National ASEAN Secretariat"); null or empty clears it. */
const JOB_TITLE_MAX = 200;
const jobTitles = { jobTitleEn: optionalText(JOB_TITLE_MAX), jobTitleVi: optionalText(JOB_TITLE_MAX) };

/**
 * The optional names (the Vietnamese name, both job titles) as sent, in an
 * invitation or a change alike: empty or blank (the schema trims) is no name,
 * stored and answered as null — as the web sends it, and as readers expect
 * ("displayNameVi ?? displayName"); one left out of a change stays as it was.
 * The English name is required: empty is a 400 from the schema.
 */
function optionalNames(body: { displayNameVi?: string | null; jobTitleEn?: string | null; jobTitleVi?: string | null }) {
  const none = (v: string | null | undefined) => (v === undefined ? undefined : v || null);
  return { displayNameVi: none(body.displayNameVi), jobTitleEn: none(body.jobTitleEn), jobTitleVi: none(body.jobTitleVi) };
}

const token = rawText(100).regex(/^[A-Za-z0-9_-]+$/, 'the token from the link');
const ok = z.object({ ok: z.literal(true) });

export function userRoutes(app: App, { database, config }: Deps): void {
  const { db } = database;
  const route = routes(app, 'users');
  const found = async (userId: number) => {
    const user = await getUser(db, userId);
    if (!user) throw notFound('User');
    return user;
  };

  route.get(
    '/api/users',
    {
      permission: 'users.manage',
      summary: 'Users with their roles and scopes; search by name, e-mail, party or body',
      querystring: z.object({ q: trimmedText(200).optional(), role: z.enum(roles).optional(), status: z.enum(userStatuses).optional() }),
      response: { 200: z.object({ users: z.array(userView) }) },
    },
    async (request) => ({ users: await listUsers(db, request.query) }),
  );

  route.post(
    '/api/users',
    {
      permission: 'users.manage',
      summary: 'Invite a user by e-mail: the account, its roles, and a link (by e-mail, through the outbox) to set a password',
      body: z.object({
        email: email(),
        displayName: text(200),
        displayNameVi: optionalText(200),
        ...jobTitles,
        language: z.enum(mailLanguages).default('vi'),
        timeZone: timeZone().default(CHAIR_ZONE),
        ...grant,
      }),
      response: { 201: userView },
      errors: ['email_taken', 'missing_scope', 'invalid_reference'],
    },
    async (request, reply) => {
      const userId = await inviteUser(db, actorOf(request), { ...request.body, ...optionalNames(request.body) }, config.links);
      reply.code(201);
      return found(userId);
    },
  );

  route.get(
    '/api/account',
    {
      permission: 'session.signedIn',
      summary: "One's own profile: names, job titles, language, time zone, roles",
      response: { 200: userView },
    },
    async (request) => found(request.principal!.userId),
  );

  route.patch(
    '/api/account',
    {
      permission: 'session.signedIn',
      summary: "Change one's own names and job titles (English and Vietnamese), language and time zone",
      body: z.object({
        displayName: text(200).optional(),
        displayNameVi: optionalText(200),
        ...jobTitles,
        language: z.enum(mailLanguages).optional(),
        timeZone: timeZone().optional(),
      }),
      response: { 200: userView },
    },
    async (request) => {
      const userId = request.principal!.userId;
      await updateProfile(db, actorOf(request), userId, {
        displayName: request.body.displayName,
        ...optionalNames(request.body),
        language: request.body.language,
        timeZone: request.body.timeZone,
      });
      return found(userId);
    },
  );

  route.get(
    '/api/users/:id',
    { permission: 'users.manage', summary: 'One user with roles and scopes', params: idParams, response: { 200: userView }, errors: ['not_found'] },
    async (request) => found(request.params.id),
  );

  route.patch(
    '/api/users/:id',
    {
      permission: 'users.manage',
      summary: "Correct a user's names and job titles (English and Vietnamese); fields left out stay as they are",
      params: idParams,
      body: z.object({ displayName: text(200).optional(), displayNameVi: optionalText(200), ...jobTitles }),
      response: { 200: userView },
      errors: ['not_found'],
    },
    async (request) => {
      await updateProfile(db, actorOf(request), request.params.id, { displayName: request.body.displayName, ...optionalNames(request.body) });
      return found(request.params.id);
    },
  );

  route.put(
    '/api/users/:id/roles',
    {
      permission: 'users.manage',
      summary: "Give and take roles: the user's roles and their scopes become these (the last active admin keeps 'admin')",
      params: idParams,
      body: z.object(grant),
      response: { 200: userView },
      errors: ['not_found', 'missing_scope', 'invalid_reference', 'last_admin'],
    },
    async (request) => {
      await setRoles(db, actorOf(request), request.params.id, request.body);
      return found(request.params.id);
    },
  );

  route.post(
    '/api/users/:id/deactivate',
    {
      permission: 'users.manage',
      summary: 'Deactivate: sessions end at once, sign-in is refused, unused links stop working (not the last active admin)',
      params: idParams,
      response: { 200: userView },
      errors: ['not_found', 'last_admin'],
    },
    async (request) => {
      await deactivateUser(db, actorOf(request), request.params.id);
      return found(request.params.id);
    },
  );

  route.post(
    '/api/users/:id/reactivate',
    { permission: 'users.manage', summary: 'Let a deactivated user sign in again', params: idParams, response: { 200: userView }, errors: ['not_found'] },
    async (request) => {
      await reactivateUser(db, actorOf(request), request.params.id);
      return found(request.params.id);
    },
  );

  route.post(
    '/api/users/:id/password-reset',
    {
      permission: 'users.manage',
      summary: 'E-mail the user a link to set a new password (an invited user who never set one: a new invitation)',
      params: idParams,
      response: { 200: ok },
      errors: ['not_found', 'account_deactivated'],
    },
    async (request) => {
      await sendPasswordReset(db, actorOf(request), request.params.id, config.links);
      return { ok: true as const };
    },
  );

  route.post(
    '/api/users/password-reset',
    {
      permission: 'public',
      summary: 'Ask for a password-reset link by e-mail (the same answer whether or not the account exists; one link every few minutes)',
      body: z.object({ email: email() }),
      response: { 202: ok },
    },
    async (request, reply) => {
      await requestPasswordReset(db, actorOf(request), request.body.email, config.links);
      reply.code(202);
      return { ok: true as const };
    },
  );

  route.post(
    '/api/users/links/check',
    {
      permission: 'public',
      summary: 'What a password link is for and whose it is, before a password is chosen',
      body: z.object({ token }),
      response: {
        200: z.object({
          purpose: z.enum(['invitation', 'password_reset']),
          email: z.string(),
          displayName: z.string(),
          expiresAt: z.string(),
          language: z.enum(mailLanguages),
        }),
      },
      errors: ['link_invalid', 'link_expired', 'link_used'],
    },
    async (request) => {
      const link = await describeLink(db, request.body.token);
      return { ...link, expiresAt: link.expiresAt.toISOString() };
    },
  );

  route.post(
    '/api/users/links/redeem',
    {
      permission: 'public',
      summary: "Set a password through an invitation's or a reset's link (works once, before it expires); then sign in",
      body: z.object({ token, password: rawText(PASSWORD_MAX_LENGTH).min(1) }),
      response: { 200: z.object({ email: z.string() }) },
      errors: ['link_invalid', 'link_expired', 'link_used', 'weak_password'],
    },
    async (request) => ({ email: (await setPasswordByLink(db, actorOf(request), request.body.token, request.body.password)).email }),
  );
}
