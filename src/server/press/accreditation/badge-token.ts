/**
 * The token in a badge's QR code: a JWT (HS256, jose) naming the application,
 * signed with a key the server generates once and keeps in the database, so
 * that every instance and every restart verifies the same badges. An altered
 * or foreign token fails the signature: "forged". A valid signature on an
 * application no longer approved: "revoked".
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { jwtVerify, SignJWT } from 'jose';
import type { DbOrTx } from '../../db/client.js';
import { serverKeys } from '../schema.js';

const KEY_NAME = 'badge-signing';
const ISSUER = 'gavel:press';

export async function badgeKey(db: DbOrTx): Promise<Uint8Array> {
  await db
    .insert(serverKeys)
    .values({ name: KEY_NAME, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverKeys).where(eq(serverKeys.name, KEY_NAME));
  if (!row) throw new Error('badge key missing');
  return Buffer.from(row.secret, 'base64url');
}

export async function signBadge(key: Uint8Array, applicationId: number, eventId: number): Promise<string> {
  return new SignJWT({ evt: eventId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(applicationId))
    .setIssuer(ISSUER)
    .setIssuedAt()
    .sign(key);
}

/** The application the token names, or null when the token is not ours. */
export async function readBadge(key: Uint8Array, token: string): Promise<{ applicationId: number; eventId: number } | null> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const applicationId = Number(payload.sub);
    const eventId = Number(payload.evt);
    if (!Number.isInteger(applicationId) || !Number.isInteger(eventId)) return null;
    return { applicationId, eventId };
  } catch {
    return null;
  }
}
