/**
 * The heuristic's parts, each on its own: the placement's sums, pricing a
 * move (against placing every candidate and comparing), construction, swaps
 * and kicks — on generated cluster-shaped instances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from './compile.js';
import { burdens, compareObjective, violations } from './evaluate.js';
import { construct } from './heuristic-construct.js';
import { constructionOrder, mulberry32, startBounds } from './heuristic-order.js';
import { bestStart } from './heuristic-price.js';
import { Placement } from './heuristic-state.js';
import { Swaps } from './heuristic-swap.js';
import { improveSingles, kick } from './heuristic.js';
import { generateInstance } from './testing.js';

const instance = (seed: number, meetings = 12) => compile(generateInstance({ meetings, delegations: 10, days: 3 }, seed));
/** The same, with every other meeting chaired by nobody: precedences then bind on their own. */
const halfChaired = (seed: number, meetings = 8) => {
  const g = generateInstance({ meetings, delegations: 10, days: 3 }, seed);
  return compile({ ...g, meetings: g.meetings.map((m, i) => (i % 2 ? { ...m, principals: [] } : m)) });
};

/** A Placement with a full, feasible schedule (construction), or null when construction failed. */
function built(c: Compiled, seed = 1): Placement | null {
  const p = new Placement(c);
  const { earliest, latest } = startBounds(c);
  return construct(p, constructionOrder(c, mulberry32(seed), false), earliest, latest) ? p : null;
}

const seeds = fc.integer({ min: 1, max: 10_000 });

describe('Placement', () => {
  it('keeps burdens, the sum of starts and the objective equal to a recount after any placing and unplacing', () => {
    fc.assert(
      fc.property(seeds, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (seed, picks) => {
        const c = instance(seed);
        const p = new Placement(c);
        for (const pick of picks) {
          const i = pick % c.meetings.length;
          if (p.sched[i]! >= 0) p.unplace(i);
          else p.place(i, c.meetings[i]!.starts[pick % c.meetings[i]!.starts.length]!);
        }
        const placed = [...p.sched.keys()].filter((i) => p.sched[i]! >= 0);
        const sched = Array.from(p.sched);
        const expected = c.delegationIds.map(() => 0);
        for (const i of placed) {
          const m = c.meetings[i]!;
          const j = m.starts.indexOf(sched[i]!);
          m.participants.forEach((d, k) => (expected[d]! += m.cost[k]![j]!));
        }
        expect(Array.from(p.burden)).toEqual(expected);
        expect(p.placedSum).toBe(placed.reduce((s, i) => s + sched[i]!, 0));
        if (placed.length === c.meetings.length) expect(Array.from(p.burden)).toEqual(burdens(c, sched));
      }),
      { numRuns: 40 },
    );
  });

  it('says a start fits exactly when placing it there breaks no hard constraint', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), fc.boolean(), (seed, pick, half) => {
        const c = half ? halfChaired(seed) : instance(seed, 8);
        const p = built(c, seed);
        if (!p) return;
        const i = pick % c.meetings.length;
        const from = p.sched[i]!;
        p.unplace(i);
        for (const s of c.meetings[i]!.starts) {
          const trial = Array.from(p.sched);
          trial[i] = s;
          expect(p.fits(i, s), `meeting ${i} at ${s}`).toBe(violations(c, trial).length === 0);
        }
        p.place(i, from);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bestStart (pricing a move without making it)', () => {
  it('finds what placing every fitting candidate and comparing (max, total, sum of starts) finds', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (seed, pick) => {
        const c = instance(seed);
        const p = built(c, seed);
        if (!p) return;
        const i = pick % c.meetings.length;
        const from = p.sched[i]!;
        const current = p.placedJ[i]!;
        const incumbent = { obj: p.objective(), sum: p.placedSum };
        const sum = p.placedSum;
        p.unplace(i);
        // Brute force: place each candidate that fits, keep the best that beats the incumbent.
        let expected = -1;
        let best = incumbent;
        for (const s of c.meetings[i]!.starts) {
          if (s === from || !p.fits(i, s)) continue;
          p.place(i, s);
          const here = { obj: p.objective(), sum: p.placedSum };
          p.unplace(i);
          if (compareObjective(here.obj, here.sum, best.obj, best.sum) < 0) {
            best = here;
            expected = s;
          }
        }
        expect(bestStart(p, i, current, sum, p.placedSum, 0, c.slotCount)).toBe(expected);
        p.place(i, from);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bestStart on a placed meeting', () => {
  it('gives what it gives with the meeting unplaced, and leaves the schedule, its sums and calendars as they were', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), (seed, pick) => {
        const c = instance(seed);
        const p = built(c, seed);
        if (!p) return;
        const i = pick % c.meetings.length;
        const from = p.sched[i]!;
        const current = p.placedJ[i]!;
        const sum = p.placedSum;
        const before = { sched: Array.from(p.sched), burden: Array.from(p.burden), occupancy: p.occupancy.map((o) => Array.from(o)) };
        const placed = bestStart(p, i, current, sum, sum - from, 0, c.slotCount);
        expect({ sched: Array.from(p.sched), burden: Array.from(p.burden), occupancy: p.occupancy.map((o) => Array.from(o)) }).toEqual(before);
        expect(p.placedSum).toBe(sum);
        p.unplace(i);
        expect(placed).toBe(bestStart(p, i, current, sum, p.placedSum, 0, c.slotCount));
        p.place(i, from);
      }),
      { numRuns: 60 },
    );
  });
});

describe('construct', () => {
  it('places every meeting with no hard constraint broken, within the precedence bounds', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = instance(seed, 20);
      const p = built(c, seed);
      expect(p, `seed ${seed}`).not.toBeNull();
      const sched = Array.from(p!.sched);
      expect(sched.every((s) => s >= 0)).toBe(true);
      expect(violations(c, sched)).toEqual([]);
    }
  });

  it('fails, rather than breaking a constraint, when the chair has no room for everything', () => {
    const g = generateInstance({ meetings: 6, delegations: 4, days: 1 }, 3);
    // Six 180-minute meetings for one chair capped at 240 minutes a day: no schedule exists.
    const tight = compile({ ...g, principalDailyCapMinutes: 240, meetings: g.meetings.map((m) => ({ ...m, durationMinutes: 180, principals: ['chair'] })) });
    const { earliest, latest } = startBounds(tight);
    expect(construct(new Placement(tight), constructionOrder(tight, mulberry32(1), false), earliest, latest)).toBe(false);
  });
});

describe('Swaps', () => {
  it('makes a swap only when it lowers (max, total), and leaves the schedule as it was otherwise', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), fc.nat(), (seed, x, y) => {
        const c = instance(seed);
        const p = built(c, seed);
        if (!p) return;
        const a = x % c.meetings.length;
        const b = y % c.meetings.length;
        if (a === b) return;
        const swaps = new Swaps(p);
        swaps.begin();
        const before = { sched: Array.from(p.sched), obj: p.objective() };
        if (swaps.trySwap(a, b)) {
          expect(compareObjective(p.objective(), 0, before.obj, 0)).toBeLessThan(0);
          expect(p.sched[a]).toBe(before.sched[b]);
          expect(p.sched[b]).toBe(before.sched[a]);
          expect(violations(c, Array.from(p.sched))).toEqual([]);
        } else {
          expect(Array.from(p.sched)).toEqual(before.sched);
          expect(p.objective()).toEqual(before.obj);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('kick', () => {
  it('moves at most three meetings and keeps the schedule feasible', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const c = instance(seed);
      const p = built(c, seed);
      if (!p) continue;
      const before = Array.from(p.sched);
      kick(p, mulberry32(seed));
      const after = Array.from(p.sched);
      expect(after.filter((s, i) => s !== before[i]).length).toBeLessThanOrEqual(3);
      expect(violations(c, after)).toEqual([]);
    }
  });
});

describe('settled meetings (not priced again while nothing has moved)', () => {
  /** Random kicks, passes of single moves and swap passes, in the order `steps` says. */
  const walk = (p: Placement, seed: number, steps: number[], each: (p: Placement) => void) => {
    const rand = mulberry32(seed);
    const swaps = new Swaps(p);
    for (const step of steps) {
      if (step % 3 === 0) kick(p, rand);
      else if (step % 3 === 1) improveSingles(p);
      else swaps.pass();
      each(p);
    }
  };

  it('a meeting marked settled has no better start when priced afresh, after any kicks, moves and swaps', () => {
    let settledSeen = 0;
    fc.assert(
      fc.property(seeds, fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (seed, steps) => {
        const c = instance(seed);
        const p = built(c, seed);
        if (!p) return;
        walk(p, seed, steps, () => {
          for (let i = 0; i < c.meetings.length; i++) {
            if (p.settledAt[i] !== p.changes) continue;
            settledSeen++;
            const from = p.sched[i]!;
            const current = p.placedJ[i]!;
            const sum = p.placedSum;
            p.unplace(i);
            expect(bestStart(p, i, current, sum, p.placedSum, 0, c.slotCount), `meeting ${i}`).toBe(-1);
            p.place(i, from);
          }
        });
      }),
      { numRuns: 60 },
    );
    // The property was exercised, not vacuous.
    expect(settledSeen).toBeGreaterThan(0);
  });

  it('leaves every step where pricing every meeting each pass would: the same schedules', () => {
    fc.assert(
      fc.property(seeds, fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (seed, steps) => {
        const c = instance(seed);
        const skipping = built(c, seed);
        const full = built(c, seed);
        if (!skipping || !full) return;
        const trail: number[][] = [];
        walk(skipping, seed, steps, (p) => trail.push(Array.from(p.sched)));
        let k = 0;
        walk(full, seed, steps, (p) => {
          p.settledAt.fill(-1);
          expect(Array.from(p.sched)).toEqual(trail[k++]);
        });
      }),
      { numRuns: 40 },
    );
  });
});
