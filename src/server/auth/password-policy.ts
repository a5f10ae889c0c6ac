/**
 * What a new password must be: long enough (NIST SP 800-63B: length, not
 * composition rules), not one of the passwords attackers try first (the
 * common-password list of zxcvbn-ts, ~49,000 entries), and not the user's
 * own e-mail or name.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal';

export function passwordProblem(password: string, user: { email: string; displayName?: string }): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const folded = password.toLowerCase();
  // Also catch a listed password padded with digits or symbols ("password123!").
  const core = folded.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, '');
  if (common.has(folded) || (core.length >= 4 && common.has(core))) return 'common';
  const personal = [user.email.toLowerCase(), user.email.split('@')[0]!.toLowerCase(), user.displayName?.toLowerCase()];
  if (personal.some((p) => p && p.length >= 4 && folded.includes(p))) return 'personal';
  return null;
}
