/**
 * An answer as a client receives it: a response schema's output, after JSON.
 * Dates the schema holds as `Date` arrive as ISO strings; the rest keeps its
 * shape. The web (web/src/api/wire.ts) and the API tests (tests/helpers/answer.ts)
 * name answers `Answer<typeof schema>`, so a change to a schema is a type
 * error where an answer is read, not a blank on a page or a test that reads nothing.
 */
import type { z } from 'zod';

export type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export type Answer<S extends z.ZodType> = Wire<z.output<S>>;
