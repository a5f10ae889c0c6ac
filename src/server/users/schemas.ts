/** Response schemas of the users API: an account as the administrators' list and one's own profile show it. */
import { z } from 'zod';
import { userIdentity } from '../auth/user-identity.js';
import { mailLanguages } from '../mail/templates.js';

export const userStatuses = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof userStatuses)[number];

export const userView = userIdentity.extend({
  party: z.object({ id: z.number(), code: z.string(), nameEn: z.string(), nameVi: z.string() }).nullable(),
  bodies: z.array(z.object({ id: z.number(), nameEn: z.string(), nameVi: z.string() })),
  status: z.enum(userStatuses),
  language: z.enum(mailLanguages),
  timeZone: z.string(),
  createdAt: z.string(),
});
/** An account as the administrators' list and one's own profile show it. */
export type UserRecord = z.infer<typeof userView>;
