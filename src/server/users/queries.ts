/** Reading accounts with their roles and scopes, for the admin pages and one's own profile. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { bodies, userBodies } from '../committee/schema.js';
import { parties, users } from '../db/schema.js';
import type { Role } from '../domain/vocabulary.js';
import { identityOf } from '../auth/user-identity.js';
import type { UserRecord, UserStatus } from './schemas.js';
import { foldText } from '../search/normalize.js';

export interface UserFilter {
  q?: string;
  role?: Role;
  status?: UserStatus;
  id?: number;
}

export async function listUsers(db: Db, filter: UserFilter = {}): Promise<UserRecord[]> {
  const base = db
    .select({ user: users, party: { id: parties.id, code: parties.code, nameEn: parties.nameEn, nameVi: parties.nameVi } })
    .from(users)
    .leftJoin(parties, eq(parties.id, users.partyId))
    .orderBy(asc(users.displayName), asc(users.id));
  const rows = filter.id !== undefined ? await base.where(eq(users.id, filter.id)) : await base;
  const ids = rows.map((r) => r.user.id);
  const links = ids.length
    ? await db
        .select({ userId: userBodies.userId, id: bodies.id, nameEn: bodies.nameEn, nameVi: bodies.nameVi })
        .from(userBodies)
        .innerJoin(bodies, eq(bodies.id, userBodies.bodyId))
        .where(inArray(userBodies.userId, ids))
        .orderBy(asc(bodies.id))
    : [];
  const tokens = filter.q ? foldText(filter.q).split(/\s+/).filter(Boolean) : [];
  return rows
    .map(({ user, party }): UserRecord => ({
      ...identityOf(user),
      party: party?.id ? party : null,
      bodies: links.filter((l) => l.userId === user.id).map(({ id, nameEn, nameVi }) => ({ id, nameEn, nameVi })),
      status: user.deactivatedAt ? 'deactivated' : user.passwordHash === null ? 'invited' : 'active',
      language: user.language === 'en' ? 'en' : 'vi',
      timeZone: user.timeZone,
      createdAt: user.createdAt.toISOString(),
    }))
    .filter((u) => !filter.role || u.roles.includes(filter.role))
    .filter((u) => !filter.status || u.status === filter.status)
    .filter((u) => {
      if (!tokens.length) return true;
      const hay = foldText(
        [
          u.email,
          u.displayName,
          u.displayNameVi,
          u.jobTitleEn,
          u.jobTitleVi,
          u.party?.nameEn,
          u.party?.nameVi,
          ...u.bodies.flatMap((b) => [b.nameEn, b.nameVi]),
        ].join(' '),
      );
      return tokens.every((t) => hay.includes(t));
    });
}

export async function getUser(db: Db, id: number): Promise<UserRecord | null> {
  return (await listUsers(db, { id }))[0] ?? null;
}
