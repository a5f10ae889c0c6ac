import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rolledUpProgress, rollUpAll, type ProgressNode } from './rollup.js';

const leaf = (progress: number, weight: number | null = null): ProgressNode => ({ progress, weight, children: [] });

describe('rolledUpProgress', () => {
  it('averages children without weights', () => {
    expect(rolledUpProgress({ progress: 0, weight: null, children: [leaf(100), leaf(50), leaf(0)] })).toBe(50);
  });

  it('weights children when every child has a weight', () => {
    expect(rolledUpProgress({ progress: 0, weight: null, children: [leaf(100, 3), leaf(0, 1)] })).toBe(75);
  });

  it('falls back to the average when only some weights are set', () => {
    expect(rolledUpProgress({ progress: 0, weight: null, children: [leaf(100, 3), leaf(0)] })).toBe(50);
  });

  it('ignores the parent’s own figure once it has children, and recurses', () => {
    const mid = { progress: 5, weight: null, children: [leaf(100), leaf(0)] };
    expect(rolledUpProgress({ progress: 99, weight: null, children: [mid, leaf(50)] })).toBe(50);
  });

  const tree: fc.Arbitrary<ProgressNode> = fc.letrec<{ node: ProgressNode }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'tree' },
      fc.record({ progress: fc.integer({ min: 0, max: 100 }), weight: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), children: fc.constant([]) }),
      fc.record({
        progress: fc.integer({ min: 0, max: 100 }),
        weight: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        children: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' }),
      }),
    ),
  })).node;

  it('stays between the lowest and highest leaf', () => {
    const leaves = (n: ProgressNode): number[] => (n.children.length ? n.children.flatMap(leaves) : [n.progress]);
    fc.assert(
      fc.property(tree, (t) => {
        const p = rolledUpProgress(t);
        const ls = leaves(t);
        expect(p).toBeGreaterThanOrEqual(Math.min(...ls) - 1e-9);
        expect(p).toBeLessThanOrEqual(Math.max(...ls) + 1e-9);
      }),
    );
  });
});

describe('rollUpAll', () => {
  it('rolls a flat list up by parent', () => {
    const r = rollUpAll([
      { id: 1, parentId: null, progress: 0, weight: null },
      { id: 2, parentId: 1, progress: 80, weight: null },
      { id: 3, parentId: 1, progress: 40, weight: null },
    ]);
    expect(r.get(1)).toBe(60);
    expect(r.get(2)).toBe(80);
  });
});
