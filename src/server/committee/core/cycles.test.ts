import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleIfParent } from './cycles.js';

describe('cycleIfParent', () => {
  const chain = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 2],
  ]);

  it('names the loop when a task would become a sub-task of its own sub-task', () => {
    expect(cycleIfParent(chain, 1, 3)).toEqual([1, 3, 2, 1]);
  });

  it('names a task made its own parent', () => {
    expect(cycleIfParent(chain, 2, 2)).toEqual([2, 2]);
  });

  it('allows moving under an unrelated task or to the top', () => {
    expect(cycleIfParent(chain, 3, 1)).toBeNull();
    expect(cycleIfParent(chain, 1, null)).toBeNull();
  });

  it('never lets a forest grow a loop', () => {
    // A random forest: each task's parent has a smaller id, so no loop exists to begin with.
    const forest = fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((xs) => {
      const m = new Map<number, number | null>();
      xs.forEach((x, i) => m.set(i, i === 0 || x % 3 === 0 ? null : x % i));
      return m;
    });
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (m, a, b) => {
        const task = a % m.size;
        const parent = b % m.size;
        const cycle = cycleIfParent(m, task, parent);
        if (cycle === null) {
          const next = new Map(m).set(task, parent);
          // Walking up from any task ends at a root.
          for (const start of next.keys()) {
            let cur: number | null = start;
            let steps = 0;
            while (cur !== null && steps <= next.size) {
              cur = next.get(cur) ?? null;
              steps++;
            }
            expect(cur).toBeNull();
          }
        } else {
          expect(cycle[0]).toBe(task);
          expect(cycle.at(-1)).toBe(task);
          for (let i = 1; i < cycle.length - 1; i++) expect(m.get(cycle[i]!)).toBe(cycle[i + 1]);
        }
      }),
    );
  });
});
