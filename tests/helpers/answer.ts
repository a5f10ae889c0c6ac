/**
 * A response's body typed by the server's schema for it, after JSON (dates as
 * ISO strings): `answer(res, clippingDetail)` instead of a shape written again
 * in the test. Only the type comes from the schema; the body is not checked
 * here (the server's serializer already answers through the schema).
 */
import type { z } from 'zod';
import type { Answer } from '../../src/server/http/wire.js';

export type { Answer } from '../../src/server/http/wire.js';

export const answer = <S extends z.ZodType>(res: { json: <T>() => T }, _schema: S): Answer<S> => res.json<Answer<S>>();
