/**
 * Pure: which Gavel account an identity provider's answer signs in to. The
 * link is the e-mail, and only an e-mail the provider says it verified: an
 * unverified address could be anyone's. No account is ever created here:
 * roles are given in Gavel, so someone the secretariat has not invited is
 * refused, as is a deactivated account.
 */

export type LinkRefusal = 'oidc_email_unverified' | 'oidc_no_account' | 'account_deactivated';

/** The claims that matter (from the ID token, or the userinfo answer). */
export interface IdentityClaims {
  email?: unknown;
  email_verified?: unknown;
}

/** The address to look up, folded as Gavel stores addresses; null when there is none. */
export function claimedEmail(claims: IdentityClaims): string | null {
  if (typeof claims.email !== 'string') return null;
  const email = claims.email.trim().toLowerCase();
  return email.includes('@') ? email : null;
}

/** Some providers send the flag as the string "true". */
export const emailVerified = (claims: IdentityClaims): boolean => claims.email_verified === true || claims.email_verified === 'true';

/** Null: sign in to `account`; else why not. */
export function linkRefusal(claims: IdentityClaims, account: { deactivatedAt: Date | null } | null): LinkRefusal | null {
  if (claimedEmail(claims) === null || !emailVerified(claims)) return 'oidc_email_unverified';
  if (!account) return 'oidc_no_account';
  if (account.deactivatedAt) return 'account_deactivated';
  return null;
}
