/**
 * The building blocks of every request schema: what an id, a piece of text, a
 * day, an instant and a time zone may be at Gavel's edge. Each one refuses
 * what PostgreSQL would refuse later (and answer with a 500): integers past
 * `integer`'s range, NUL characters, unpaired UTF-16 surrogates, dates beyond
 * `timestamptz`'s — and keeps to what the domain can mean (years 1900–2200).
 * A module builds its schemas from these, never from a bare `z.string()` or
 * `z.number()`; the API tests read the OpenAPI document and fail on a request
 * string that is unbounded or unchecked.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';

/** PostgreSQL `integer` (and `serial`): every id column. */
export const INT4_MAX = 2_147_483_647;

/** The years a date or an instant may fall in: wider than a chairmanship's archive, far inside PostgreSQL's range. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

/**
 * No NUL (PostgreSQL text cannot hold it), no unpaired surrogate (not
 * Unicode; `jsonb` refuses its escape). A surrogate pair — an emoji — is fine.
 * Also given to the OpenAPI document, where clients and the tests can read it.
 */
export const SAFE_TEXT_PATTERN = '^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$';
/** Matches an unpaired surrogate only: with the `u` flag a pair is one code point, not in `Cs`. */
const LONE_SURROGATE = /\p{Cs}/u;
export const isWellFormed = (s: string) => !LONE_SURROGATE.test(s);

const NUL_MESSAGE = 'must not contain NUL characters';
const SURROGATE_MESSAGE = 'must be well-formed Unicode (an unpaired surrogate was found)';

/**
 * Text that came from a file rather than a form (an extracted PDF, a scraped
 * page): NUL removed, unpaired surrogates replaced by U+FFFD, so that it can
 * be stored. Text typed by a person is refused instead (`rawText`).
 */
export const storableText = (s: string) => s.replaceAll('\0', '').replace(/\p{Cs}/gu, '\ufffd');

/** Bounded, then checked for what PostgreSQL cannot store; the bound first, so that a megabyte is not scanned. */
const storable = (schema: z.ZodString, max: number) =>
  schema
    .max(max, { abort: true })
    .refine((s) => !s.includes('\0'), { message: NUL_MESSAGE, abort: true })
    .refine(isWellFormed, { message: SURROGATE_MESSAGE, abort: true })
    .meta({ pattern: SAFE_TEXT_PATTERN });

/** A string of at most `max` characters that PostgreSQL can store; kept as sent, may be empty. */
export const rawText = (max: number) => storable(z.string(), max);

/** `rawText`, trimmed before it is measured; may be empty. */
export const trimmedText = (max: number) => storable(z.string().trim(), max);

/** Required text: trimmed, 1 to `max` characters. */
export const text = (max: number) => trimmedText(max).min(1);

/** Text that may be left out, sent as null or empty: trimmed, at most `max` characters. */
export const optionalText = (max: number) => trimmedText(max).nullable().optional();

/** An e-mail address as typed into a form: trimmed, lower-cased. */
export const email = () => trimmedText(254).toLowerCase().pipe(z.email());

/** An id in a JSON body: a positive PostgreSQL `integer`. */
export const id = () => z.number().int().min(1).max(INT4_MAX);

/** An id in a path, a query string or a form field (text, read as a number). */
export const idParam = () => z.coerce.number().int().min(1).max(INT4_MAX);

/** `/:id` */
export const idParams = z.object({ id: idParam() });

/** A whole number within bounds, which must lie within PostgreSQL's `integer`. */
export function int(min: number, max: number) {
  if (min < -INT4_MAX - 1 || max > INT4_MAX) throw new Error(`int(${min}, ${max}) is beyond PostgreSQL's integer`);
  return z.number().int().min(min).max(max);
}

/** `int` in a path, query string or form field. */
export function intParam(min: number, max: number) {
  if (min < -INT4_MAX - 1 || max > INT4_MAX) throw new Error(`intParam(${min}, ${max}) is beyond PostgreSQL's integer`);
  return z.coerce.number().int().min(min).max(max);
}

/** A number (not necessarily whole) within bounds: never Infinity, never past what the domain means. */
export const num = (min: number, max: number) => z.number().min(min).max(max);

/** A year the domain can mean. */
export const year = (min = YEAR_MIN, max = YEAR_MAX) => int(Math.max(min, YEAR_MIN), Math.min(max, YEAR_MAX));
export const yearParam = (min = YEAR_MIN, max = YEAR_MAX) => intParam(Math.max(min, YEAR_MIN), Math.min(max, YEAR_MAX));

const yearInRange = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;
const RANGE_MESSAGE = `must fall between the years ${YEAR_MIN} and ${YEAR_MAX}`;

/** True when a civil day `YYYY-MM-DD` falls in the domain's years. */
export const dayInRange = (day: string) => yearInRange(Number(day.slice(0, 4)));

/** A civil day, `YYYY-MM-DD`, that exists, in the domain's years. */
export const day = () =>
  z.iso.date({ abort: true }).max(10).refine(dayInRange, { message: RANGE_MESSAGE, abort: true }).describe(`YYYY-MM-DD, years ${YEAR_MIN}–${YEAR_MAX}`);

/** True when an instant falls in the domain's years (in UTC; offsets move it a few hours at most). */
export const instantInRange = (d: Date) => !Number.isNaN(d.getTime()) && yearInRange(d.getUTCFullYear());

/** An ISO 8601 instant with its offset (`Z` or `±hh:mm`), in the domain's years; kept as the string sent. */
export const instantString = () =>
  z.iso
    .datetime({ offset: true, abort: true })
    .max(40, { abort: true })
    .refine((s) => instantInRange(new Date(s)), { message: RANGE_MESSAGE, abort: true })
    .describe(`ISO 8601 instant with offset, e.g. 2020-09-09T08:30:00+07:00; years ${YEAR_MIN}–${YEAR_MAX}`);

/** `instantString`, read as a Date. */
export const instant = () => instantString().transform((s) => new Date(s));

/** Letters, digits and `_ + - /`: what a zone database name is made of, nothing a file path or SQL could use. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** An IANA time zone name that the zone database knows, e.g. Asia/Ho_Chi_Minh. */
export const timeZone = () =>
  rawText(64)
    .refine((zone) => ZONE_NAME.test(zone) && IANAZone.isValidZone(zone), {
      error: (issue) => `Unknown time zone '${String(issue.input)}' (not an IANA time zone name)`,
    })
    .describe('IANA time zone, e.g. Asia/Ho_Chi_Minh');

/** `true` or `false` in a query string or a form field. */
export const flagParam = () => z.enum(['true', 'false']);
