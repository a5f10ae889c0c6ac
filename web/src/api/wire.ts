/**
 * An answer as the web receives it: the server's response schema, after JSON.
 * Dates the server's schema holds as `Date` arrive as ISO strings; the rest
 * keeps its shape. Web modules name their answers `Answer<typeof schema>` so a
 * change on the server is a type error in the web, not a blank on the page.
 */
import type { z } from 'zod';

export type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export type Answer<S extends z.ZodType> = Wire<z.output<S>>;
