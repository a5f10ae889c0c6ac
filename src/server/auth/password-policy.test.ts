import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

const user = { email: 'nguyen.van.a@mofa.gov.vn', displayName: 'Nguyen Van A' };

describe('new password policy', () => {
  it('refuses short passwords', () => {
    expect(passwordProblem('Abc!2345', user)).toBe('too_short');
  });
  it('counts characters, not bytes', () => {
    expect(passwordProblem('Hội nghị Cấp cao', user)).toBeNull();
  });
  it('refuses listed passwords, also padded with digits or symbols', () => {
    expect(passwordProblem('123456789012', user)).toBe('common');
    expect(passwordProblem('password1234', user)).toBe('common');
    expect(passwordProblem('!!Password2020!!', user)).toBe('common');
  });
  it("refuses the user's own e-mail or name", () => {
    expect(passwordProblem('nguyen.van.a-2020', user)).toBe('personal');
  });
  it('accepts a long, unlisted passphrase', () => {
    expect(passwordProblem('mekong delta summit fog', user)).toBeNull();
  });
});
