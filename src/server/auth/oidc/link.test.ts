import { describe, expect, it } from 'vitest';
import { claimedEmail, linkRefusal } from './link.js';

const active = { deactivatedAt: null };

describe('linking an identity to an account', () => {
  it('signs in a verified e-mail of an active account', () => {
    expect(linkRefusal({ email: 'A@Example.org', email_verified: true }, active)).toBeNull();
    expect(linkRefusal({ email: 'a@example.org', email_verified: 'true' }, active)).toBeNull();
    expect(claimedEmail({ email: ' A@Example.org ' })).toBe('a@example.org');
  });

  it('refuses an e-mail the provider did not verify, or none', () => {
    expect(linkRefusal({ email: 'a@example.org', email_verified: false }, active)).toBe('oidc_email_unverified');
    expect(linkRefusal({ email: 'a@example.org' }, active)).toBe('oidc_email_unverified');
    expect(linkRefusal({ email_verified: true }, active)).toBe('oidc_email_unverified');
    expect(linkRefusal({ email: 42, email_verified: true }, active)).toBe('oidc_email_unverified');
  });

  it('refuses when no account has the address, or it is deactivated', () => {
    expect(linkRefusal({ email: 'a@example.org', email_verified: true }, null)).toBe('oidc_no_account');
    expect(linkRefusal({ email: 'a@example.org', email_verified: true }, { deactivatedAt: new Date() })).toBe('account_deactivated');
  });
});
