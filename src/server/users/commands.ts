/**
 * Changing accounts: invite, give and take roles with their scopes,
 * deactivate and reactivate, send a password-reset link, set a password
 * through a link, edit one's own profile. Each is one transaction with its
 * change-log event and, where it sends one, its e-mail in the outbox.
 */
import { and, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import { passwordProblem } from '../auth/password-policy.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { given, updateCommand } from '../changelog/command.js';
import { recordChange, type Actor } from '../changelog/record.js';
import type { Db, DbOrTx } from '../db/client.js';
import { bodies, userBodies } from '../committee/schema.js';
import { parties, users } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { enqueueMail, languageOf } from '../mail/outbox.js';
import type { MailLanguage } from '../mail/templates.js';
import { createLink, findUsableLink, spendLinks } from './links.js';
import { passwordLinks } from './schema.js';
import { scopeProblems, type RoleGrant } from './scope.js';

export interface LinkSettings {
  invitationMs: number;
  resetMs: number;
}

export interface Invitation extends RoleGrant {
  email: string;
  displayName: string;
  displayNameVi?: string | null;
  jobTitleEn?: string | null;
  jobTitleVi?: string | null;
  language: MailLanguage;
  timeZone: string;
}

export interface Profile {
  displayName?: string;
  displayNameVi?: string | null;
  jobTitleEn?: string | null;
  jobTitleVi?: string | null;
  language?: MailLanguage;
  timeZone?: string;
}

/** Scopes present where needed, absent where not, and naming things that exist. */
async function checkGrant(tx: DbOrTx, grant: RoleGrant): Promise<void> {
  const { missing, unused } = scopeProblems(grant);
  if (missing.length) throw new AppError('missing_scope', `A role needs its scope: ${missing.map((d) => d.path).join(', ')}`, missing);
  if (unused.length) throw new AppError('validation_failed', unused.map((d) => d.message).join('; '), unused);
  if (grant.partyId !== null) {
    const [party] = await tx.select({ id: parties.id }).from(parties).where(eq(parties.id, grant.partyId));
    if (!party) throw new AppError('invalid_reference', 'No such party', [{ path: 'partyId', message: 'no such party' }]);
  }
  if (grant.bodyIds.length) {
    const found = new Set(
      (
        await tx
          .select({ id: bodies.id })
          .from(bodies)
          .where(inArray(bodies.id, [...grant.bodyIds]))
      ).map((b) => b.id),
    );
    const details = grant.bodyIds.flatMap((b, i) => (found.has(b) ? [] : [{ path: `bodyIds.${i}`, message: 'no such committee body' }]));
    if (details.length) throw new AppError('invalid_reference', 'No such committee body', details);
  }
}

/**
 * Refuses a change that would leave no active administrator who can sign in.
 * The administrators' rows are locked, so two such changes at once are
 * decided one after the other.
 */
async function keepAnAdmin(tx: DbOrTx, losing: number): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(sql`'admin' = any(${users.roles})`, isNull(users.deactivatedAt), isNotNull(users.passwordHash)))
    .for('update');
  if (!admins.some((a) => a.id !== losing)) {
    throw new AppError('last_admin', 'This is the last active administrator; give the role to someone else first');
  }
}

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

async function setBodies(tx: DbOrTx, userId: number, bodyIds: readonly number[]) {
  await tx.delete(userBodies).where(eq(userBodies.userId, userId));
  if (bodyIds.length) await tx.insert(userBodies).values(bodyIds.map((bodyId) => ({ userId, bodyId })));
}

async function bodiesOf(tx: DbOrTx, userId: number): Promise<number[]> {
  const rows = await tx.select({ bodyId: userBodies.bodyId }).from(userBodies).where(eq(userBodies.userId, userId));
  return rows.map((r) => r.bodyId).sort((a, b) => a - b);
}

async function actorName(tx: DbOrTx, actor: Actor): Promise<string> {
  if (actor.userId === null) return 'Gavel';
  const [row] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.userId));
  return row?.displayName ?? 'Gavel';
}

export async function inviteUser(db: Db, actor: Actor, input: Invitation, links: LinkSettings): Promise<number> {
  const grant = { roles: uniq(input.roles), partyId: input.partyId, bodyIds: uniq(input.bodyIds).sort((a, b) => a - b) };
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new AppError('email_taken', 'An account with this e-mail exists already', [{ path: 'email', message: 'taken' }]);
    await checkGrant(tx, grant);
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        displayNameVi: input.displayNameVi ?? null,
        jobTitleEn: input.jobTitleEn ?? null,
        jobTitleVi: input.jobTitleVi ?? null,
        passwordHash: null,
        roles: [...grant.roles],
        partyId: grant.partyId,
        language: input.language,
        timeZone: input.timeZone,
      })
      .onConflictDoNothing()
      .returning();
    // Another invitation to the same address committed a moment ago.
    if (!user) throw new AppError('email_taken', 'An account with this e-mail exists already', [{ path: 'email', message: 'taken' }]);
    await setBodies(tx, user.id, grant.bodyIds);
    const { token, expiresAt } = await createLink(tx, user.id, 'invitation', links.invitationMs);
    await enqueueMail(
      tx,
      { address: user.email, userId: user.id, language: input.language },
      {
        template: 'invitation',
        name: input.language === 'vi' ? (input.displayNameVi ?? input.displayName) : input.displayName,
        inviter: await actorName(tx, actor),
        path: `/set-password?token=${token}`,
        expiresAt: expiresAt.toISOString(),
        timeZone: input.timeZone,
      },
    );
    await recordChange(tx, actor, {
      entityType: 'user',
      entityId: user.id,
      action: 'user_invited',
      changes: {
        email: user.email,
        displayName: user.displayName,
        ...(user.jobTitleEn !== null ? { jobTitleEn: user.jobTitleEn } : {}),
        ...(user.jobTitleVi !== null ? { jobTitleVi: user.jobTitleVi } : {}),
        language: user.language,
        timeZone: user.timeZone,
        ...grant,
      },
    });
    return user.id;
  });
}

/** Gives and takes roles: the account's roles and scopes become `grant`. */
export async function setRoles(db: Db, actor: Actor, userId: number, grant: RoleGrant): Promise<void> {
  const next = { roles: uniq(grant.roles), partyId: grant.partyId, bodyIds: uniq(grant.bodyIds).sort((a, b) => a - b) };
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw notFound('User');
    await checkGrant(tx, next);
    if (before.roles.includes('admin') && !next.roles.includes('admin')) await keepAnAdmin(tx, userId);
    const beforeBodies = await bodiesOf(tx, userId);
    await tx
      .update(users)
      .set({ roles: [...next.roles], partyId: next.partyId })
      .where(eq(users.id, userId));
    await setBodies(tx, userId, next.bodyIds);
    // The account's sessions carry its roles from the next request on (sessions.ts reads them per request).
    await recordChange(tx, actor, {
      entityType: 'user',
      entityId: userId,
      action: 'roles_changed',
      changes: {
        roles: { from: before.roles, to: next.roles },
        partyId: { from: before.partyId, to: next.partyId },
        bodyIds: { from: beforeBodies, to: next.bodyIds },
      },
    });
  });
}

/** Sign-in refused and every session ended at once; unused links stop working. */
export async function deactivateUser(db: Db, actor: Actor, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw notFound('User');
    if (before.deactivatedAt) return;
    if (before.roles.includes('admin')) await keepAnAdmin(tx, userId);
    await tx.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, userId));
    await deleteUserSessions(tx, userId);
    await spendLinks(tx, userId);
    await recordChange(tx, actor, { entityType: 'user', entityId: userId, action: 'user_deactivated', changes: {} });
  });
}

export async function reactivateUser(db: Db, actor: Actor, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw notFound('User');
    if (!before.deactivatedAt) return;
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, userId));
    await recordChange(tx, actor, { entityType: 'user', entityId: userId, action: 'user_reactivated', changes: {} });
  });
}

/** A new reset link by e-mail; for an invited account that never set a password, a new invitation. */
async function sendLink(tx: DbOrTx, actor: Actor, user: typeof users.$inferSelect, links: LinkSettings): Promise<void> {
  const invited = user.passwordHash === null;
  const purpose = invited ? 'invitation' : 'password_reset';
  const { token, expiresAt } = await createLink(tx, user.id, purpose, invited ? links.invitationMs : links.resetMs);
  const language = languageOf(user.language);
  const name = language === 'vi' ? (user.displayNameVi ?? user.displayName) : user.displayName;
  const common = { name, path: `/set-password?token=${token}`, expiresAt: expiresAt.toISOString(), timeZone: user.timeZone };
  await enqueueMail(
    tx,
    { address: user.email, userId: user.id, language },
    invited ? { template: 'invitation', inviter: await actorName(tx, actor), ...common } : { template: 'password_reset', ...common },
  );
  await recordChange(tx, actor, { entityType: 'user', entityId: user.id, action: 'password_reset_sent', changes: { purpose } });
}

/** An administrator sends a user a link to set a new password. */
export async function sendPasswordReset(db: Db, actor: Actor, userId: number, links: LinkSettings): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('User');
    if (user.deactivatedAt) throw new AppError('account_deactivated', 'This account is deactivated; reactivate it first');
    await sendLink(tx, actor, user, links);
  });
}

/** How often one account may be sent a reset link it asked for itself. */
const SELF_RESET_EVERY_MS = 5 * 60_000;

/**
 * Someone asks for a reset link for an e-mail address. Answered the same
 * whether or not the account exists; at most one link every few minutes per
 * account, so the form cannot be used to flood a mailbox.
 */
export async function requestPasswordReset(db: Db, actor: Actor, email: string, links: LinkSettings): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email)).for('update');
    if (!user || user.deactivatedAt) return;
    const recent = await tx
      .select({ id: passwordLinks.id })
      .from(passwordLinks)
      .where(and(eq(passwordLinks.userId, user.id), gt(passwordLinks.createdAt, new Date(Date.now() - SELF_RESET_EVERY_MS))))
      .limit(1);
    if (recent.length) return;
    await sendLink(tx, actor, user, links);
  });
}

/** What a link is for, before a password is chosen. */
export async function describeLink(db: Db, token: string) {
  const { link, user } = await findUsableLink(db, token);
  return {
    purpose: link.purpose as 'invitation' | 'password_reset',
    email: user.email,
    displayName: user.displayName,
    expiresAt: link.expiresAt,
    language: languageOf(user.language),
  };
}

/** Sets the password through a link; the link (and every other unused one) is spent, other sessions end. */
export async function setPasswordByLink(db: Db, actor: Actor, token: string, password: string): Promise<{ userId: number; email: string }> {
  const preview = await findUsableLink(db, token);
  const problem = passwordProblem(password, preview.user);
  if (problem) throw new AppError('weak_password', `The password is not accepted: ${problem}`, [{ path: 'password', message: problem }]);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    // Again under a lock: the same link used twice at once sets one password.
    const { link, user } = await findUsableLink(tx, token, true);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await spendLinks(tx, user.id);
    await deleteUserSessions(tx, user.id);
    await recordChange(
      tx,
      { ...actor, userId: actor.userId ?? user.id },
      {
        entityType: 'user',
        entityId: user.id,
        action: 'password_set',
        changes: { through: link.purpose },
      },
    );
    return { userId: user.id, email: user.email };
  });
}

export async function updateProfile(db: Db, actor: Actor, userId: number, patch: Profile): Promise<void> {
  await updateCommand(db, actor, {
    entityType: 'user',
    name: 'User',
    lock: (tx) => tx.select().from(users).where(eq(users.id, userId)).for('update'),
    entityId: () => userId,
    prepare: async (_tx, before) => {
      // Choosing a language on one's own profile makes it the UI's at sign-in, even when it was the default.
      const chosen = patch.language !== undefined && !before.languageChosen;
      return { set: given(patch), also: chosen ? { languageChosen: { from: false, to: true } } : {} };
    },
    write: async (tx, _before, set) => {
      await tx
        .update(users)
        .set({ ...set, ...(set.language !== undefined ? { languageChosen: true } : {}) })
        .where(eq(users.id, userId));
    },
    skipUnchanged: true,
  });
}
