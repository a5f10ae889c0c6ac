/** The door's check of a badge token: its query and its answer (verify-routes.ts). */
import { z } from 'zod';
import { rawText } from '../../http/primitives.js';
import { delegateRoles } from '../delegates/seats.js';
import { badgeKinds } from './token.js';

export const verifyQuery = z.object({ token: rawText(4000).min(1) });
export const verifyResult = z.object({
  status: z.enum(['valid', 'revoked', 'forged']),
  kind: z.enum(badgeKinds).optional(),
  fullName: z.string().optional(),
  /** Journalists. */
  outlet: z.string().optional(),
  nationality: z.string().optional(),
  /** Delegates. */
  position: z.string().optional(),
  role: z.enum(delegateRoles).optional(),
  delegationEn: z.string().optional(),
  delegationVi: z.string().optional(),
  /** The press center, or the delegate's meeting or cluster. */
  eventTitleEn: z.string().optional(),
  eventTitleVi: z.string().optional(),
});
