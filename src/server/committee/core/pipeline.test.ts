import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentStatuses } from '../../documents/vocabulary.js';
import { documentsPipeline, funnelStages } from './pipeline.js';

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
  });

  it('loses no document and counts none twice', () => {
    const row = fc.record({ status: fc.constantFrom(...documentStatuses), count: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const p = documentsPipeline(rows);
        const sum = rows.reduce((a, r) => a + r.count, 0);
        expect(p.total).toBe(sum);
        expect(p.funnel.reduce((a, s) => a + s.count, 0) + p.apart.deferred + p.apart.withdrawn).toBe(sum);
      }),
    );
  });
});
