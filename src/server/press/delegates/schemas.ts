import { z } from 'zod';
import { meetingLevels } from '../../domain/vocabulary.js';
import { delegateRoles, quotaLevels } from './seats.js';
import { nominationStatuses } from './status.js';
import { email, id as bodyId, idParam, int, text, trimmedText } from '../../http/primitives.js';

/** Ids here come as form fields and query strings: text read as numbers. */
const id = idParam();

/** Who is nominated (the photo travels beside these as a file). */
const nominee = {
  fullName: text(200),
  position: text(300),
  email: email(),
};

/** The form fields of a nomination: for a meeting or for a whole cluster. */
export const nominationFields = z
  .object({
    /** The liaison's own delegation when left out; the secretariat names one. */
    partyId: id.optional(),
    meetingId: id.optional(),
    clusterId: id.optional(),
    role: z.enum(delegateRoles),
    ...nominee,
  })
  .refine((f) => (f.meetingId === undefined) !== (f.clusterId === undefined), {
    path: ['meetingId'],
    message: 'name either a meeting or a cluster',
  });
export type NominationFields = z.infer<typeof nominationFields>;

/** A substitute: who replaces the nominee, and why. */
export const substitutionFields = z.object({ ...nominee, reason: text(1000) });
export type SubstitutionFields = z.infer<typeof substitutionFields>;

export const nominationDecision = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: trimmedText(1000).optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason && d.reason.length > 0), { path: ['reason'], message: 'a reason is required' });

export const withdrawal = z.object({ reason: trimmedText(1000).optional() });

export const nominationFilters = z.object({
  partyId: id.optional(),
  meetingId: id.optional(),
  status: z.enum(nominationStatuses).optional(),
});

const person = z.object({ id: z.number().int(), fullName: z.string(), position: z.string() });

export const nominationView = z.object({
  id: z.number().int(),
  partyId: z.number().int(),
  partyCode: z.string(),
  partyNameEn: z.string(),
  partyNameVi: z.string(),
  meetingId: z.number().int().nullable(),
  clusterId: z.number().int().nullable(),
  /** The meeting's or the cluster's title. */
  scopeTitleEn: z.string(),
  scopeTitleVi: z.string(),
  meetings: z.array(z.object({ id: z.number().int(), titleEn: z.string(), titleVi: z.string(), startsAt: z.date() })),
  fullName: z.string(),
  position: z.string(),
  role: z.enum(delegateRoles),
  email: z.string(),
  hasPhoto: z.boolean(),
  status: z.enum(nominationStatuses),
  reason: z.string().nullable(),
  nominatedAt: z.date(),
  nominatedByName: z.string().nullable(),
  decidedAt: z.date().nullable(),
  /** The nominee this one replaced, and why. */
  replaces: person.nullable(),
  substitutionReason: z.string().nullable(),
  /** Who replaced this nominee, when and why. */
  replacedBy: person.extend({ at: z.date(), reason: z.string().nullable(), byName: z.string().nullable() }).nullable(),
});
export type NominationView = z.infer<typeof nominationView>;

export const meetingSeats = z.object({
  id: z.number().int(),
  slug: z.string().nullable(),
  titleEn: z.string(),
  titleVi: z.string(),
  level: z.enum(meetingLevels),
  quotaLevel: z.enum(quotaLevels),
  startsAt: z.date(),
  hostTimeZone: z.string(),
  clusterId: z.number().int().nullable(),
  quota: z.number().int(),
  /** True when the secretariat set this delegation's quota at this meeting. */
  quotaOverridden: z.boolean(),
  members: z.number().int(),
  left: z.number().int(),
  head: z.object({ id: z.number().int(), fullName: z.string() }).nullable(),
});

export const partyRef = z.object({ id: z.number().int(), code: z.string(), nameEn: z.string(), nameVi: z.string() });

export const delegationOverview = z.object({
  party: partyRef,
  meetings: z.array(meetingSeats),
  clusters: z.array(z.object({ id: z.number().int(), titleEn: z.string(), titleVi: z.string(), meetingIds: z.array(z.number().int()) })),
  nominations: z.array(nominationView),
});

export const delegationQuery = z.object({ partyId: id.optional() });

export const quotaLevelParams = z.object({ level: z.enum(quotaLevels) });
export const quotaMembers = z.object({ members: int(0, 200) });
export const quotaOverride = quotaMembers.extend({ partyId: bodyId(), meetingId: bodyId() });
export const quotaOverrideParams = z.object({ partyId: id, meetingId: id });

export const quotasView = z.object({
  levels: z.array(z.object({ level: z.enum(quotaLevels), members: z.number().int().nullable() })),
  overrides: z.array(
    z.object({
      partyId: z.number().int(),
      partyCode: z.string(),
      partyNameEn: z.string(),
      partyNameVi: z.string(),
      meetingId: z.number().int(),
      meetingTitleEn: z.string(),
      meetingTitleVi: z.string(),
      members: z.number().int(),
    }),
  ),
});
