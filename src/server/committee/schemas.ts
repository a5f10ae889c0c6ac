/** Request and response schemas of the committee API: validation, types and OpenAPI in one. */
import { z } from 'zod';
import { asOfRules, normalizeDate } from './core/dates.js';
import { funnelStages, pipelineSteps } from '../documents-committee/pipeline.js';
import { deliverableStatuses } from './core/status.js';
import { taskPriorities, taskStatuses } from './core/tasks.js';
import { bodyKinds, memberPositions, notificationKinds } from './core/vocabulary.js';
import { dayInRange, flagParam, id, idParam, INT4_MAX, int, rawText, text, trimmedText, year, YEAR_MAX, YEAR_MIN } from '../http/primitives.js';

const ref = id();

/** YYYY-MM-DD, DD/MM/YYYY or an ISO datetime; normalized to YYYY-MM-DD. */
export const civilDate = rawText(40)
  .transform((s, ctx) => {
    const day = normalizeDate(s);
    if (!day) {
      ctx.addIssue({ code: 'custom', message: 'expected YYYY-MM-DD, DD/MM/YYYY or an ISO datetime' });
      return z.NEVER;
    }
    if (!dayInRange(day)) {
      ctx.addIssue({ code: 'custom', message: `must fall between the years ${YEAR_MIN} and ${YEAR_MAX}` });
      return z.NEVER;
    }
    return day;
  })
  .describe('a day: YYYY-MM-DD, DD/MM/YYYY or ISO datetime');

const agendaItem = z.object({ titleEn: text(500), titleVi: text(500) });

/** Due on a day, or before a meeting (id) — the day then follows the meeting. */
const due = {
  dueOn: civilDate.nullable().optional(),
  beforeMeetingId: ref.nullable().optional(),
};

export const body = z.object({
  id: z.number(),
  slug: z.string(),
  kind: z.enum(bodyKinds),
  nameEn: z.string(),
  nameVi: z.string(),
  parentId: z.number().nullable(),
  /** When it was deactivated (null: active); a deactivated body keeps its tasks and receives no new ones. */
  deactivatedAt: z.date().nullable(),
  members: z.array(z.object({ personId: z.number(), fullName: z.string(), position: z.enum(memberPositions) })),
});

/** A body's address in the API: lowercase letters, digits and hyphens. */
const slug = trimmedText(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

export const bodyCreate = z.object({
  kind: z.enum(bodyKinds),
  nameEn: text(300),
  nameVi: text(300),
  /** Made from the English name when left out. */
  slug: slug.optional(),
  parentId: ref.nullable().optional(),
});
export type BodyCreate = z.infer<typeof bodyCreate>;

export const bodyPatch = z
  .object({
    nameEn: text(300).optional(),
    nameVi: text(300).optional(),
    kind: z.enum(bodyKinds).optional(),
    parentId: ref.nullable().optional(),
    /** false deactivates the body, true brings it back. */
    active: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type BodyPatch = z.infer<typeof bodyPatch>;

export const memberCreate = z.object({ personId: ref, position: z.enum(memberPositions) });
export type MemberCreate = z.infer<typeof memberCreate>;
export const memberPatch = z.object({ position: z.enum(memberPositions) });

export const milestoneCreate = z.object({ titleEn: text(300), titleVi: text(300), ...due, metOn: civilDate.nullable().optional() });
export type MilestoneCreate = z.infer<typeof milestoneCreate>;

export const deliverableCreate = z.object({
  titleEn: text(300),
  titleVi: text(300),
  year: year(1967),
  proposerPartyId: ref.nullable().optional(),
  parentId: ref.nullable().optional(),
  weight: int(0, 1000).nullable().optional(),
  startedOn: civilDate,
  ownerBodyIds: z.array(ref).max(50).default([]),
  meetingIds: z.array(ref).max(50).default([]),
  milestones: z.array(milestoneCreate).max(50).default([]),
});
export type DeliverableCreate = z.infer<typeof deliverableCreate>;

/** Any of the deliverable's own fields; owners and meetings, when given, replace the old lists. */
export const deliverablePatch = deliverableCreate
  .omit({ milestones: true, ownerBodyIds: true, meetingIds: true })
  .partial()
  .extend({ ownerBodyIds: z.array(ref).max(50).optional(), meetingIds: z.array(ref).max(50).optional() })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type DeliverablePatch = z.infer<typeof deliverablePatch>;

export const milestonePatch = milestoneCreate.partial().refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type MilestonePatch = z.infer<typeof milestonePatch>;

export const progressCreate = z.object({
  percent: int(0, 100),
  note: trimmedText(4000).nullable().optional(),
  recordedOn: civilDate.optional(),
});
export type ProgressCreate = z.infer<typeof progressCreate>;

export const milestoneView = z.object({
  id: z.number(),
  titleEn: z.string(),
  titleVi: z.string(),
  dueOn: z.string().nullable(),
  beforeMeeting: z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string() }).nullable(),
  metOn: z.string().nullable(),
});

export const deliverableSummary = z.object({
  id: z.number(),
  slug: z.string().nullable(),
  titleEn: z.string(),
  titleVi: z.string(),
  year: z.number(),
  parentId: z.number().nullable(),
  weight: z.number().nullable(),
  progress: z.number(),
  status: z.enum(deliverableStatuses),
  nextDue: z.string().nullable(),
  owners: z.array(z.object({ id: z.number(), nameEn: z.string(), nameVi: z.string() })),
});

export const deliverableDetail = deliverableSummary.extend({
  startedOn: z.string(),
  proposer: z.object({ id: z.number(), nameEn: z.string(), nameVi: z.string() }).nullable(),
  milestones: z.array(milestoneView),
  progressUpdates: z.array(z.object({ id: z.number(), percent: z.number(), note: z.string().nullable(), recordedOn: z.string() })),
  meetings: z.array(z.object({ id: z.number(), titleEn: z.string(), titleVi: z.string() })),
  children: z.array(deliverableSummary),
});

export const taskCreate = z.object({
  titleEn: text(300),
  titleVi: text(300),
  bodyId: ref,
  responsiblePersonId: ref.nullable().optional(),
  ...due,
  priority: z.enum(taskPriorities).default('normal'),
  parentId: ref.nullable().optional(),
});
export type TaskCreate = z.infer<typeof taskCreate>;

export const taskPatch = z
  .object({
    titleEn: text(300).optional(),
    titleVi: text(300).optional(),
    bodyId: ref.optional(),
    responsiblePersonId: ref.nullable().optional(),
    ...due,
    status: z.enum(taskStatuses).optional(),
    priority: z.enum(taskPriorities).optional(),
    parentId: ref.nullable().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type TaskPatch = z.infer<typeof taskPatch>;

export const taskFilters = z.object({
  mine: flagParam().optional().describe('only tasks of the bodies the signed-in user belongs to'),
  bodyId: idParam().optional(),
  status: z.enum(taskStatuses).optional(),
  overdue: flagParam().optional(),
  beforeMeetingId: idParam().optional(),
});

export const taskView = z.object({
  id: z.number(),
  titleEn: z.string(),
  titleVi: z.string(),
  body: z.object({ id: z.number(), nameEn: z.string(), nameVi: z.string() }),
  responsible: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  due: z.string().nullable(),
  beforeMeetingId: z.number().nullable(),
  status: z.enum(taskStatuses),
  priority: z.enum(taskPriorities),
  overdue: z.boolean(),
  /** The day it was done or cancelled, if by the day asked about. */
  closedOn: z.string().nullable(),
  decisionId: z.number().nullable(),
  sessionNumber: z.number().nullable(),
  parentId: z.number().nullable(),
});
export type TaskView = z.infer<typeof taskView>;

export const attachmentView = z.object({
  id: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.date(),
});

export const taskDetail = taskView.extend({
  comments: z.array(z.object({ id: z.number(), author: z.string().nullable(), body: z.string(), createdAt: z.date() })),
  subTasks: z.array(taskView),
  attachments: z.array(attachmentView),
});

export const commentCreate = z.object({ body: text(4000) });

export const sessionCreate = z.object({
  number: int(1, 1000),
  heldOn: civilDate,
  meetingId: ref.nullable().optional(),
  chairPersonId: ref.nullable().optional(),
  attendeePersonIds: z.array(ref).max(200).default([]),
  agenda: z.array(agendaItem).max(100).optional(),
  report: rawText(100_000).nullable().optional().describe('the summary in Vietnamese'),
  reportEn: rawText(100_000).nullable().optional().describe('the summary in English'),
  minutes: rawText(100_000).nullable().optional(),
});
export type SessionCreate = z.infer<typeof sessionCreate>;

/** Minutes, attendees (replacing the old list) and the rest of the record; the number stays. */
export const sessionPatch = sessionCreate
  .omit({ number: true })
  .partial()
  .extend({ attendeePersonIds: z.array(ref).max(200).optional() })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type SessionPatch = z.infer<typeof sessionPatch>;

export const decisionCreate = z.object({
  textEn: text(2000),
  textVi: text(2000),
  tasks: z.array(taskCreate).max(50).default([]),
});
export type DecisionCreate = z.infer<typeof decisionCreate>;

export const sessionSummary = z.object({
  id: z.number(),
  number: z.number(),
  heldOn: z.string(),
  meetingId: z.number().nullable(),
  decisionCount: z.number(),
  openTaskCount: z.number(),
});

export const sessionDetail = z.object({
  id: z.number(),
  number: z.number(),
  heldOn: z.string(),
  meetingId: z.number().nullable(),
  chair: z.object({ id: z.number(), fullName: z.string() }).nullable(),
  attendees: z.array(z.object({ id: z.number(), fullName: z.string() })),
  agenda: z.array(agendaItem),
  report: z.string().nullable().describe('the summary in Vietnamese'),
  reportEn: z.string().nullable().describe('the summary in English'),
  minutes: z.string().nullable(),
  decisions: z.array(z.object({ id: z.number(), textEn: z.string(), textVi: z.string(), tasks: z.array(taskView) })),
  /** Tasks from earlier sessions' decisions still open: the draft agenda carries them over. */
  carriedOver: z.array(taskView),
});

export const notificationView = z.object({
  id: z.number(),
  kind: z.enum(notificationKinds),
  task: taskView.nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const dashboardQuery = z.object({
  meeting: rawText(100)
    .min(1)
    .refine((key) => !/^\d+$/.test(key) || Number(key) <= INT4_MAX, { message: `an id is at most ${INT4_MAX}` })
    .describe('meeting slug or id, e.g. summit-37'),
});

/**
 * A count for every value of a vocabulary, as an object naming each key: the
 * same data as z.record over the enum, but its OpenAPI schema defines the
 * properties it requires.
 */
const countsOf = <const K extends readonly string[]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as { [Key in K[number]]: z.ZodNumber });

export const dashboard = z.object({
  meeting: z.object({ id: z.number(), slug: z.string().nullable(), titleEn: z.string(), titleVi: z.string(), startsAt: z.date(), endsAt: z.date() }),
  today: z.string().describe('the day the figures are computed for'),
  asOfRule: z
    .enum(asOfRules)
    .describe('why that day: asked (asOf given), today, or meeting_opened (the meeting is over: readiness as it stood when it opened)'),
  deliverablesByStatus: countsOf(deliverableStatuses),
  deliverables: z.array(deliverableSummary),
  tasksByBody: z.array(z.object({ bodyId: z.number(), nameEn: z.string(), nameVi: z.string(), counts: countsOf(taskStatuses), overdue: z.number() })),
  overdueTasks: z.array(taskView),
  documentsPipeline: z
    .object({
      funnel: z
        .array(z.object({ stage: z.enum(funnelStages), count: z.number() }))
        .describe('documents at each stage at the end of the day asked, pipeline order; concluded = adopted + noted + issued'),
      reached: z
        .array(z.object({ stage: z.enum(pipelineSteps), count: z.number(), now: z.number() }))
        .describe('documents that have reached at least each step (a silence procedure counts as negotiation), and how many were at it that day'),
      concluded: z.object({ adopted: z.number(), noted: z.number(), issued: z.number() }),
      apart: z.object({ deferred: z.number(), withdrawn: z.number() }),
      total: z.number(),
    })
    .describe(
      "the meeting's documents by the workflow state each was in at the end of the day asked (from its transitions), as far as the asking user may see them",
    ),
});

export const digest = z.object({ today: z.string(), overdue: z.array(taskView), dueSoon: z.array(taskView), unread: z.number() });
