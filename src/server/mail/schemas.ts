/** The mail module's request and response schemas that the web uses too. */
import { z } from 'zod';
import { choosableCategories, mailDeliveries } from './vocabulary.js';

const delivery = z.enum(mailDeliveries);
/** Each choosable kind of e-mail: 'immediate', 'daily' (one digest a day) or 'off'. */
export const mailPreferencesView = z.object(
  Object.fromEntries(choosableCategories.map((c) => [c, delivery])) as Record<(typeof choosableCategories)[number], typeof delivery>,
);
export const mailPreferencesPatch = mailPreferencesView.partial();
