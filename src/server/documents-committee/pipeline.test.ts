import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentStatuses } from '../documents/vocabulary.js';
import { documentsPipeline, funnelStages, pipelineSteps } from './pipeline.js';

describe('documentsPipeline', () => {
  it('orders the stages as the workflow does and folds the outcomes into the last one', () => {
    const p = documentsPipeline([
      { status: 'issued', count: 3 },
      { status: 'draft', count: 2 },
      { status: 'adopted', count: 15 },
      { status: 'noted', count: 9 },
      { status: 'withdrawn', count: 1 },
    ]);
    expect(p.funnel.map((s) => s.stage)).toEqual([...funnelStages]);
    expect(p.funnel.map((s) => s.count)).toEqual([2, 0, 0, 0, 0, 0, 27]);
    expect(p.concluded).toEqual({ adopted: 15, noted: 9, issued: 3 });
    expect(p.apart).toEqual({ deferred: 0, withdrawn: 1 });
    expect(p.total).toBe(30);
    // Every one of the 27 concluded documents went through every step; the 2 drafts only the first.
    expect(p.reached.map((s) => [s.stage, s.count])).toEqual([
      ['draft', 29],
      ['circulated', 27],
      ['under_negotiation', 27],
      ['agreed_ad_referendum', 27],
      ['recommended', 27],
      ['concluded', 27],
    ]);
  });

  it('counts a document under silence as having reached negotiation, not agreement', () => {
    const p = documentsPipeline([
      { status: 'under_silence', count: 2 },
      { status: 'agreed_ad_referendum', count: 1 },
    ]);
    expect(p.reached.map((s) => s.count)).toEqual([3, 3, 3, 1, 0, 0]);
    expect(p.reached.find((s) => s.stage === 'under_negotiation')!.now).toBe(2);
  });

  it('loses no document and counts none twice', () => {
    const row = fc.record({ status: fc.constantFrom(...documentStatuses), count: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const p = documentsPipeline(rows);
        const sum = rows.reduce((a, r) => a + r.count, 0);
        expect(p.total).toBe(sum);
        expect(p.funnel.reduce((a, s) => a + s.count, 0) + p.apart.deferred + p.apart.withdrawn).toBe(sum);
        // "Reached at least": starts with everything in the pipeline, never grows, ends with the concluded.
        expect(p.reached.map((s) => s.stage)).toEqual([...pipelineSteps]);
        expect(p.reached[0]!.count).toBe(sum - p.apart.deferred - p.apart.withdrawn);
        for (let i = 1; i < p.reached.length; i++) expect(p.reached[i]!.count).toBeLessThanOrEqual(p.reached[i - 1]!.count);
        expect(p.reached.at(-1)!.count).toBe(p.concluded.adopted + p.concluded.noted + p.concluded.issued);
        expect(p.reached.reduce((a, s) => a + s.now, 0)).toBe(p.reached[0]!.count);
      }),
    );
  });
});
