/** Shapes of the committee API: the server's response schemas after JSON (`Answer`), its request schemas before parsing (`z.input`). */
import type * as schemas from '../../../src/server/committee/schemas';
import type { z } from 'zod';
import type { Answer } from '../api/wire';

export type DeliverableStatus = Deliverable['status'];
export type TaskStatus = Task['status'];
export type TaskPriority = Task['priority'];
export const deliverableStatuses = ['done', 'on_track', 'at_risk', 'late'] as const satisfies readonly DeliverableStatus[];
export const taskStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const satisfies readonly TaskStatus[];

export type Body = Answer<typeof schemas.body>;
export type Deliverable = Answer<typeof schemas.deliverableSummary>;
export type DeliverableDetail = Answer<typeof schemas.deliverableDetail>;
export type Task = Answer<typeof schemas.taskView>;
export type SessionSummary = Answer<typeof schemas.sessionSummary>;
export type SessionDetail = Answer<typeof schemas.sessionDetail>;
export type Dashboard = Answer<typeof schemas.dashboard>;
/** Why the dashboard shows the day it shows: asked for, today, or the day a finished meeting opened. */
export type AsOfRule = Dashboard['asOfRule'];
export type DocumentsPipeline = Dashboard['documentsPipeline'];
export type Notification = Answer<typeof schemas.notificationView>;
export type Digest = Answer<typeof schemas.digest>;
export type Attachment = Answer<typeof schemas.attachmentView>;
export type TaskDetail = Answer<typeof schemas.taskDetail>;

export const funnelStages = [
  'draft',
  'circulated',
  'under_negotiation',
  'under_silence',
  'agreed_ad_referendum',
  'recommended',
  'concluded',
] as const satisfies readonly DocumentsPipeline['funnel'][number]['stage'][];
export type FunnelStage = (typeof funnelStages)[number];

export const pipelineSteps = [
  'draft',
  'circulated',
  'under_negotiation',
  'agreed_ad_referendum',
  'recommended',
  'concluded',
] as const satisfies readonly DocumentsPipeline['reached'][number]['stage'][];
export type PipelineStep = (typeof pipelineSteps)[number];

/** What the web sends: the server's request schemas, before parsing (defaults may be left out). */
export type DeliverableInput = z.input<typeof schemas.deliverableCreate>;
export type DeliverablePatch = z.input<typeof schemas.deliverablePatch>;
/** A milestone is due on a day or before a meeting: one of the two is sent, the other null. */
export type MilestoneInput = z.input<typeof schemas.milestoneCreate>;
export type MilestonePatch = z.input<typeof schemas.milestonePatch>;
export type ProgressInput = z.input<typeof schemas.progressCreate>;
export type SessionRecordInput = z.input<typeof schemas.sessionPatch>;
export type DecisionInput = z.input<typeof schemas.decisionCreate>;
export type TaskPatch = z.input<typeof schemas.taskPatch>;
