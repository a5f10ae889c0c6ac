import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, email, id, idParam, INT4_MAX, instant, int, rawText, storableText, text, timeZone } from './primitives.js';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** Any string, with NUL and both halves of surrogate pairs among its units. */
const anyUnits = fc.string({
  unit: fc.oneof(fc.constantFrom('\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 30,
});

describe('ids', () => {
  it('are exactly the integers 1 … 2^31 − 1, in a body or as text in a path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 1, INT4_MAX, INT4_MAX + 1, 2 ** 53, 0.5)), (n) => {
        const expected = Number.isInteger(n) && n >= 1 && n <= INT4_MAX;
        expect(ok(id(), n)).toBe(expected);
        expect(ok(idParam(), String(n))).toBe(expected);
      }),
    );
    expect(ok(idParam(), '99999999999999999999')).toBe(false);
    expect(ok(idParam(), '')).toBe(false);
  });

  it('bounded integers cannot be declared past PostgreSQL’s integer', () => {
    expect(() => int(0, 2 ** 31)).toThrow(/integer/);
    expect(ok(int(0, 10), 11)).toBe(false);
  });
});

describe('text', () => {
  it('refuses exactly the strings with NUL or an unpaired surrogate, and those past the bound', () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        const storable = !s.includes('\0') && !/\p{Cs}/u.test(s);
        expect(ok(rawText(30), s)).toBe(storable);
        // Zod counts code points: an emoji is one character.
        expect(ok(rawText(5), s)).toBe(storable && [...s].length <= 5);
      }),
    );
    expect(ok(text(10), '   ')).toBe(false);
    expect(text(10).parse('  Hà Nội 🌏 ')).toBe('Hà Nội 🌏');
  });

  it('storableText makes any string storable and leaves storable ones alone', () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        const cleaned = storableText(s);
        expect(ok(rawText(100), cleaned)).toBe(true);
        if (ok(rawText(100), s)) expect(cleaned).toBe(s);
      }),
    );
  });

  it('e-mail addresses are trimmed, lower-cased and bounded', () => {
    expect(email().parse(' Lan@Example.ORG ')).toBe('lan@example.org');
    expect(ok(email(), 'lan\0@example.org')).toBe(false);
    expect(ok(email(), `${'a'.repeat(250)}@example.org`)).toBe(false);
  });
});

describe('days and instants', () => {
  it('are accepted within the years 1900–2200 only', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const year = d.getUTCFullYear();
        const inRange = year >= 1900 && year <= 2200;
        expect(ok(instant(), d.toISOString())).toBe(inRange);
        expect(ok(day(), d.toISOString().slice(0, 10))).toBe(inRange);
      }),
    );
    for (const s of ['+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '2020-09-09T08:00:00', '2020-02-30T00:00:00Z'])
      expect(ok(instant(), s), s).toBe(false);
    expect(instant().parse('2020-09-09T08:00:00+07:00')).toEqual(new Date('2020-09-09T01:00:00Z'));
    expect(ok(day(), '2020-02-30')).toBe(false);
  });
});

describe('time zones', () => {
  it('are IANA names the zone database knows, nothing else', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'Pacific/Auckland', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT-14'])
      expect(ok(timeZone(), zone), zone).toBe(true);
    for (const zone of ['Mars/Olympus_Mons', 'Asia/Ho_Chi_Minh\0', '../../etc/localtime', '', ' UTC', 'x'.repeat(65)])
      expect(ok(timeZone(), zone), zone).toBe(false);
    expect(timeZone().safeParse('Mars/Olympus_Mons').error?.issues[0]?.message).toBe("Unknown time zone 'Mars/Olympus_Mons' (not an IANA time zone name)");
  });
});
