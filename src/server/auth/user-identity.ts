/**
 * Who a user is, as every answer about an account shows it — the session's,
 * the administrators' list, one's own profile: one schema, its type, and the
 * mapping from the `users` row. Each answer extends it with what is its own.
 */
import { z } from 'zod';
import { users } from '../db/schema.js';
import { roles, type Role } from '../domain/vocabulary.js';

export const userIdentity = z.object({
  id: z.number(),
  email: z.string(),
  displayName: z.string(),
  displayNameVi: z.string().nullable(),
  jobTitleEn: z.string().nullable(),
  jobTitleVi: z.string().nullable(),
  roles: z.array(z.enum(roles)),
});
export type UserIdentity = z.infer<typeof userIdentity>;

/** The signed-in user as the session answers it: who they are, and their languages. */
export const userView = userIdentity.extend({
  /** The profile's language (e-mails are written in it). */
  language: z.enum(['vi', 'en']),
  /** The language the web switches to at sign-in: the profile's when the user chose it there, else null (the browser's language stays). */
  uiLanguage: z.enum(['vi', 'en']).nullable(),
});
export const sessionView = z.object({ user: userView.nullable(), csrfToken: z.string() });
export type SessionView = z.infer<typeof sessionView>;

type IdentityColumns = Pick<typeof users.$inferSelect, keyof UserIdentity>;

/** The columns to select for `identityOf`, for a query that does not read the whole row. */
export const identityColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  displayNameVi: users.displayNameVi,
  jobTitleEn: users.jobTitleEn,
  jobTitleVi: users.jobTitleVi,
  roles: users.roles,
};

export const identityOf = (user: IdentityColumns): UserIdentity => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  displayNameVi: user.displayNameVi,
  jobTitleEn: user.jobTitleEn,
  jobTitleVi: user.jobTitleVi,
  roles: user.roles as Role[],
});
