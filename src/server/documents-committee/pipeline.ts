/**
 * The documents pipeline of a meeting: counts by workflow state in pipeline
 * order, the three outcomes folded into one last stage (and kept apart as
 * well), deferred and withdrawn outside it; and how many documents have
 * reached at least each step — what the dashboard draws.
 */
import { documentStatuses, type DocumentStatus } from '../documents/vocabulary.js';

export const funnelStages = ['draft', 'circulated', 'under_negotiation', 'under_silence', 'agreed_ad_referendum', 'recommended', 'concluded'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export const concludedStatuses = ['adopted', 'noted', 'issued'] as const satisfies readonly DocumentStatus[];
export const apartStatuses = ['deferred', 'withdrawn'] as const satisfies readonly DocumentStatus[];

/**
 * The steps every document passes through on its way to the meeting's
 * decision. A silence procedure is a detour of negotiation (it lapses into
 * agreement or falls back to negotiation), so a document under silence has
 * reached negotiation but not agreement, and agreed documents need not have
 * been under silence.
 */
export const pipelineSteps = ['draft', 'circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'concluded'] as const;
export type PipelineStep = (typeof pipelineSteps)[number];

export interface DocumentsPipeline {
  /** How many documents are at each stage now. */
  funnel: Array<{ stage: FunnelStage; count: number }>;
  /** How many documents have reached at least each step (non-increasing), and how many are at that step now. */
  reached: Array<{ stage: PipelineStep; count: number; now: number }>;
  concluded: Record<(typeof concludedStatuses)[number], number>;
  apart: Record<(typeof apartStatuses)[number], number>;
  total: number;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts per status (any status missing counts 0) → the funnel. */
export function documentsPipeline(rows: ReadonlyArray<{ status: string; count: number }>): DocumentsPipeline {
  const by = zeroes(documentStatuses);
  for (const r of rows) if ((documentStatuses as readonly string[]).includes(r.status)) by[r.status as DocumentStatus] += r.count;
  const concluded = { adopted: by.adopted, noted: by.noted, issued: by.issued };
  const funnel = funnelStages.map((stage) => ({ stage, count: stage === 'concluded' ? concluded.adopted + concluded.noted + concluded.issued : by[stage] }));
  const at = (step: PipelineStep) =>
    funnel.filter((f) => f.stage === step || (step === 'under_negotiation' && f.stage === 'under_silence')).reduce((a, f) => a + f.count, 0);
  const now = pipelineSteps.map(at);
  return {
    funnel,
    reached: pipelineSteps.map((stage, i) => ({ stage, count: now.slice(i).reduce((a, b) => a + b, 0), now: now[i]! })),
    concluded,
    apart: { deferred: by.deferred, withdrawn: by.withdrawn },
    total: Object.values(by).reduce((a, b) => a + b, 0),
  };
}
