/** Shapes of the committee API's answers, as the web UI uses them. */
export type DeliverableStatus = 'done' | 'on_track' | 'at_risk' | 'late';
export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export type TaskPriority = 'low' | 'normal' | 'high' | 'urgent';
export const deliverableStatuses: DeliverableStatus[] = ['done', 'on_track', 'at_risk', 'late'];
export const taskStatuses: TaskStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

export interface NamedRef {
  id: number;
  nameEn: string;
  nameVi: string;
}

export interface Body extends NamedRef {
  slug: string;
  kind: string;
  parentId: number | null;
  /** ISO instant when deactivated; null while active. */
  deactivatedAt: string | null;
  members: Array<{ personId: number; fullName: string; position: string }>;
}

export interface Deliverable {
  id: number;
  slug: string | null;
  titleEn: string;
  titleVi: string;
  year: number;
  parentId: number | null;
  weight: number | null;
  progress: number;
  status: DeliverableStatus;
  nextDue: string | null;
  owners: NamedRef[];
}

export interface DeliverableDetail extends Deliverable {
  startedOn: string;
  proposer: NamedRef | null;
  milestones: Array<{
    id: number;
    titleEn: string;
    titleVi: string;
    dueOn: string | null;
    beforeMeeting: { id: number; titleEn: string; titleVi: string } | null;
    metOn: string | null;
  }>;
  progressUpdates: Array<{ id: number; percent: number; note: string | null; recordedOn: string }>;
  meetings: Array<{ id: number; titleEn: string; titleVi: string }>;
  children: Deliverable[];
}

export interface Task {
  id: number;
  titleEn: string;
  titleVi: string;
  body: NamedRef;
  responsible: { id: number; fullName: string } | null;
  due: string | null;
  beforeMeetingId: number | null;
  status: TaskStatus;
  priority: TaskPriority;
  overdue: boolean;
  /** The day it was done or cancelled, if by the day asked about. */
  closedOn: string | null;
  decisionId: number | null;
  sessionNumber: number | null;
  parentId: number | null;
}

export interface SessionSummary {
  id: number;
  number: number;
  heldOn: string;
  meetingId: number | null;
  decisionCount: number;
  openTaskCount: number;
}

export interface SessionDetail {
  id: number;
  number: number;
  heldOn: string;
  meetingId: number | null;
  chair: { id: number; fullName: string } | null;
  attendees: Array<{ id: number; fullName: string }>;
  agenda: Array<{ titleEn: string; titleVi: string }>;
  report: string | null;
  reportEn: string | null;
  minutes: string | null;
  decisions: Array<{ id: number; textEn: string; textVi: string; tasks: Task[] }>;
  carriedOver: Task[];
}

/** Why the dashboard shows the day it shows: asked for, today, or the day a finished meeting opened. */
export type AsOfRule = 'asked' | 'today' | 'meeting_opened';

export interface Dashboard {
  meeting: { id: number; slug: string | null; titleEn: string; titleVi: string; startsAt: string; endsAt: string };
  today: string;
  asOfRule: AsOfRule;
  deliverablesByStatus: Record<DeliverableStatus, number>;
  deliverables: Deliverable[];
  tasksByBody: Array<{ bodyId: number; nameEn: string; nameVi: string; counts: Record<TaskStatus, number>; overdue: number }>;
  overdueTasks: Task[];
  documentsPipeline: DocumentsPipeline;
}

export const funnelStages = ['draft', 'circulated', 'under_negotiation', 'under_silence', 'agreed_ad_referendum', 'recommended', 'concluded'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export const pipelineSteps = ['draft', 'circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'concluded'] as const;
export type PipelineStep = (typeof pipelineSteps)[number];

export interface DocumentsPipeline {
  funnel: Array<{ stage: FunnelStage; count: number }>;
  /** Documents that have reached at least each step, and how many are at it now. */
  reached: Array<{ stage: PipelineStep; count: number; now: number }>;
  concluded: { adopted: number; noted: number; issued: number };
  apart: { deferred: number; withdrawn: number };
  total: number;
}

export interface Notification {
  id: number;
  kind: 'assigned' | 'changed' | 'overdue';
  task: Task | null;
  createdAt: string;
  readAt: string | null;
}

export interface Digest {
  today: string;
  overdue: Task[];
  dueSoon: Task[];
  unread: number;
}

export interface Attachment {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface TaskDetail extends Task {
  comments: Array<{ id: number; author: string | null; body: string; createdAt: string }>;
  subTasks: Task[];
  attachments: Attachment[];
}

/** What the deliverable editor sends; owners and meetings replace the old lists. */
export interface DeliverableInput {
  titleEn: string;
  titleVi: string;
  year: number;
  proposerPartyId: number | null;
  parentId: number | null;
  weight: number | null;
  startedOn: string;
  ownerBodyIds: number[];
  meetingIds: number[];
}

/** A milestone is due on a day or before a meeting: one of the two is sent, the other null. */
export interface MilestoneInput {
  titleEn: string;
  titleVi: string;
  dueOn: string | null;
  beforeMeetingId: number | null;
  metOn: string | null;
}

export interface SessionRecordInput {
  minutes: string | null;
  /** The summary in Vietnamese and in English. */
  report: string | null;
  reportEn: string | null;
  chairPersonId: number | null;
  attendeePersonIds: number[];
}
