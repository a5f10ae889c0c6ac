/**
 * The documents pipeline of a meeting as a funnel: counts by workflow state in
 * pipeline order, the three outcomes folded into one last stage (and kept
 * apart as well), deferred and withdrawn outside the funnel.
 */
import { documentStatuses, type DocumentStatus } from '../../documents/vocabulary.js';

export const funnelStages = ['draft', 'circulated', 'under_negotiation', 'under_silence', 'agreed_ad_referendum', 'recommended', 'concluded'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export const concludedStatuses = ['adopted', 'noted', 'issued'] as const satisfies readonly DocumentStatus[];
export const apartStatuses = ['deferred', 'withdrawn'] as const satisfies readonly DocumentStatus[];

export interface DocumentsPipeline {
  funnel: Array<{ stage: FunnelStage; count: number }>;
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
  return {
    funnel: funnelStages.map((stage) => ({ stage, count: stage === 'concluded' ? concluded.adopted + concluded.noted + concluded.issued : by[stage] })),
    concluded,
    apart: { deferred: by.deferred, withdrawn: by.withdrawn },
    total: Object.values(by).reduce((a, b) => a + b, 0),
  };
}
