/**
 * The token in a badge's QR code: a JWT (HS256, jose) naming what it
 * accredits — a journalist's application or a delegate's nomination — signed
 * with a key the server generates once and keeps in the database, so that
 * every instance and every restart verifies the same badges. An altered or
 * foreign token fails the signature: "forged". A valid signature on an
 * accreditation no longer approved: "revoked".
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { jwtVerify, SignJWT } from 'jose';
import type { DbOrTx } from '../../db/client.js';
import { serverKeys } from '../schema.js';

const KEY_NAME = 'badge-signing';
const ISSUER = 'gavel:press';

export const badgeKinds = ['journalist', 'delegate'] as const;
export type BadgeKind = (typeof badgeKinds)[number];

/**
 * What a badge names: the application or nomination (`id`) and what it
 * belongs to (`scope`: the press center of an application, the party of a
 * nomination), so that a token cannot be moved to another record.
 */
export interface BadgeClaim {
  kind: BadgeKind;
  id: number;
  scope: number;
}

export async function badgeKey(db: DbOrTx): Promise<Uint8Array> {
  await db
    .insert(serverKeys)
    .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverKeys).where(eq(serverKeys.name, KEY_NAME));
  if (!row) throw new Error('badge key missing');
  return Buffer.from(row.secret, 'base64url');
}

export async function signBadge(key: Uint8Array, claim: BadgeClaim): Promise<string> {
  return new SignJWT({ knd: claim.kind, evt: claim.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claim.id))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .sign(key);
}

/** What the token names, or null when the token is not ours. */
export async function readBadge(key: Uint8Array, token: string): Promise<BadgeClaim | null> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const id = Number(payload.sub);
    const scope = Number(payload.evt);
    // Badges printed before delegates had badges carry no kind: journalists.
    const kind = payload.knd ?? 'journalist';
    if (!Number.isInteger(id) || !Number.isInteger(scope) || !badgeKinds.includes(kind as BadgeKind)) return null;
    return { kind: kind as BadgeKind, id, scope };
  } catch {
    return null;
  }
}
