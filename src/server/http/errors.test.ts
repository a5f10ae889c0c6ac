import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorStatus, type ErrorBody } from './errors.js';

/** Every code the server can answer, as the web reads it (`errorCodes.<code>` in web/src/i18n). */
const codes: Array<ErrorBody['code']> = [...(Object.keys(errorStatus) as Array<keyof typeof errorStatus>), 'bad_request'];
const sentences = (language: 'en' | 'vi') =>
  (JSON.parse(readFileSync(new URL(`../../../web/src/i18n/${language}.json`, import.meta.url), 'utf8')) as { errorCodes: Record<string, unknown> }).errorCodes;

describe('the error catalogue and the web', () => {
  const en = sentences('en');
  const vi = sentences('vi');

  it.each(codes)('has an English and a Vietnamese sentence for %s', (code) => {
    expect(typeof en[code], `en errorCodes.${code}`).toBe('string');
    expect(typeof vi[code], `vi errorCodes.${code}`).toBe('string');
    expect((en[code] as string).trim()).not.toBe('');
    expect((vi[code] as string).trim()).not.toBe('');
    // A sentence left in English in the Vietnamese file is not a translation.
    expect(vi[code]).not.toBe(en[code]);
  });

  it('translates no code the server does not have', () => {
    expect(Object.keys(en).filter((c) => !codes.includes(c as ErrorBody['code']))).toEqual([]);
    expect(Object.keys(vi).filter((c) => !codes.includes(c as ErrorBody['code']))).toEqual([]);
  });
});
