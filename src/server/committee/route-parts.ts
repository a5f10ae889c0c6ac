/** What the committee's route files share: error answers, the tag, "as of" a day. */
import { z } from 'zod';
import { errorResponse } from '../http/types.js';
import { todayIn } from './core/dates.js';
import { civilDate } from './schemas.js';

export const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
export const tags = ['committee'];
/** Status is computed for a day: today in Hanoi unless asked "as of" another. */
export const asOf = z.object({ asOf: civilDate.optional() });
export const dayOf = (q: { asOf?: string }) => q.asOf ?? todayIn();
export const read = { permission: 'committee.read' as const };
export const manage = { permission: 'committee.manage' as const };
