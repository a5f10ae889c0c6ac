/** What the committee's route files share: the tag, "as of" a day. */
import { z } from 'zod';
import { todayIn } from './core/dates.js';
import { civilDate } from './schemas.js';

export const tags = ['committee'];
/** Status is computed for a day: today in Hanoi unless asked "as of" another. */
export const asOf = z.object({ asOf: civilDate.optional() });
export const dayOf = (q: { asOf?: string }) => q.asOf ?? todayIn();
