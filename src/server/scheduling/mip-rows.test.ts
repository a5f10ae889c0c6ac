/**
 * The exact model's shape: the no-overlap clique rows (every conflicting pair
 * of starts shares a row, no row holds two starts that fit together, fewer
 * rows than one per covered slot), symmetry breaking between identical
 * meetings and the objective's granularity — each checked against a plainer
 * model that HiGHS solves to the same optimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from './compile.js';
import { burdens, objectiveOf, violations } from './evaluate.js';
import { loadHighs, solveExact } from './mip.js';
import { canonical, expr, granularity, identicalGroups, lpText, modelRows, overlapCliques, x, type Term } from './mip-rows.js';
import type { SchedulingInstance } from './model.js';
import { generateInstance, smallInstance } from './testing.js';

/** Whether two candidate starts of one principal's meetings are too close (overlap plus buffer). */
function conflict(c: Compiled, a: number, sa: number, b: number, sb: number): boolean {
  const [A, B] = [c.meetings[a]!, c.meetings[b]!];
  return !(sb >= sa + A.durationSlots + c.bufferSlots || sa >= sb + B.durationSlots + c.bufferSlots);
}

const mineOf = (c: Compiled, pi: number) => c.meetings.flatMap((m, i) => (m.principals.includes(pi) ? [i] : []));

/** The model as it was written before the clique rows: one row per start and other meeting of the principal. */
function pairwiseRows(c: Compiled): string[] {
  const rows = modelRows(c).rows.filter((r) => !r.startsWith(' ovl'));
  c.principalIds.forEach((_, pi) => {
    const mine = mineOf(c, pi);
    for (const a of mine) {
      for (const b of mine) {
        if (a >= b) continue;
        c.meetings[a]!.starts.forEach((sa, j) => {
          const terms: Term[] = c.meetings[b]!.starts.flatMap((sb, k): Term[] => (conflict(c, a, sa, b, sb) ? [[1, x(b, k)]] : []));
          if (terms.length) rows.push(` pair${a}_${j}_${b}: ${expr([[1, x(a, j)], ...terms])} <= 1`);
        });
      }
    }
  });
  return rows;
}

/** Stage 1 (the maximum burden) of an LP, solved to optimality; null when infeasible. */
async function minMax(c: Compiled, rows: string[]): Promise<number | null> {
  const highs = await loadHighs();
  const model = highs.createModel({ format: 'lp', data: lpText('M', rows, c) });
  try {
    model.options.set({ mip_rel_gap: 0, mip_abs_gap: 0.5, output_flag: false, log_to_console: false });
    model.run();
    return model.getModelStatus() === 7 ? Math.round(model.getObjectiveValue()) : null;
  } finally {
    model.dispose();
  }
}

describe('overlap clique rows', () => {
  it('put every conflicting pair of starts in one row and never two starts that fit together', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const c = compile(generateInstance({ meetings: 8, delegations: 6, days: 2 }, seed));
        c.principalIds.forEach((_, pi) => {
          const rows = overlapCliques(c, pi);
          const together = new Set<string>();
          for (const row of rows) {
            for (const [a, j] of row.starts) {
              for (const [b, k] of row.starts) {
                if (a === b) continue;
                expect(conflict(c, a, c.meetings[a]!.starts[j]!, b, c.meetings[b]!.starts[k]!)).toBe(true);
                together.add(`${a}_${j}|${b}_${k}`);
              }
            }
          }
          const mine = mineOf(c, pi);
          for (const a of mine) {
            for (const b of mine) {
              if (a === b) continue;
              c.meetings[a]!.starts.forEach((sa, j) =>
                c.meetings[b]!.starts.forEach((sb, k) => {
                  if (conflict(c, a, sa, b, sb)) expect(together.has(`${a}_${j}|${b}_${k}`)).toBe(true);
                }),
              );
            }
          }
        });
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it('are fewer than one row per covered slot, far fewer than pairwise rows, and give the same optimum', async () => {
    const c = compile(generateInstance({ meetings: 6, delegations: 5, days: 1 }, 11));
    const cliques = modelRows(c);
    const pairwise = pairwiseRows(c);
    // One row per slot that two of the principal's meetings may cover, as the model had before.
    let perSlot = 0;
    c.principalIds.forEach((_, pi) => {
      const cover = new Map<number, Set<number>>();
      for (const i of mineOf(c, pi)) {
        const m = c.meetings[i]!;
        for (const s of m.starts) for (let t = s; t < s + m.durationSlots + c.bufferSlots; t++) cover.set(t, (cover.get(t) ?? new Set()).add(i));
      }
      perSlot += [...cover.values()].filter((ms) => ms.size > 1).length;
    });
    expect(cliques.counts.overlap).toBeGreaterThan(0);
    expect(cliques.counts.overlap).toBeLessThan(perSlot);
    const pairRows = pairwise.filter((r) => r.startsWith(' pair')).length;
    expect(cliques.counts.overlap * 2).toBeLessThan(pairRows);
    const [withCliques, withPairs] = [await minMax(c, cliques.rows), await minMax(c, pairwise)];
    expect(withCliques).not.toBeNull();
    expect(withCliques).toBe(withPairs);
  }, 60_000);

  it('give the pairwise model’s optimum on random small instances', async () => {
    await fc.assert(
      fc.asyncProperty(smallInstance(), async (instance) => {
        const c = compile(instance);
        if (c.meetings.some((m) => m.starts.length === 0)) return;
        expect(await minMax(c, modelRows(c).rows)).toBe(await minMax(c, pairwiseRows(c)));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});

/** Three bilaterals of VN and NZ that only their order tells apart, and a plenary, all chaired by one minister. */
const withTwins = (): SchedulingInstance => ({
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  window: { from: '2020-09-09', to: '2020-09-10' },
  delegations: [
    { id: 'VN', timeZone: 'Asia/Ho_Chi_Minh' },
    { id: 'NZ', timeZone: 'Pacific/Auckland' },
    { id: 'BE', timeZone: 'Europe/Brussels' },
  ],
  meetings: [
    { id: 'bilateral-1', durationMinutes: 60, participants: ['VN', 'NZ'], principals: ['chair'] },
    { id: 'plenary', durationMinutes: 120, participants: ['VN', 'NZ', 'BE'], principals: ['chair'] },
    { id: 'bilateral-2', durationMinutes: 60, participants: ['NZ', 'VN'], principals: ['chair'] },
    { id: 'bilateral-3', durationMinutes: 60, participants: ['VN', 'NZ'], principals: ['chair'] },
  ],
  principalDailyCapMinutes: 180,
});

describe('symmetry between identical meetings', () => {
  it('finds identical meetings whatever their participants’ order, but not one in a precedence or with another range', () => {
    const c = compile(withTwins());
    expect(identicalGroups(c)).toEqual([[0, 2, 3]]);
    expect(modelRows(c).counts.symmetry).toBe(2);
    expect(identicalGroups(compile({ ...withTwins(), precedences: [{ before: 'plenary', after: 'bilateral-2' }] }))).toEqual([[0, 3]]);
    const ranged = withTwins();
    ranged.meetings[3]!.allowedTo = Date.parse('2020-09-09T12:00:00Z');
    expect(identicalGroups(compile(ranged))).toEqual([[0, 2]]);
  });

  it('orders their starts, keeps the optimum, and accepts a warm start given in another order', async () => {
    const c = compile(withTwins());
    const rows = modelRows(c).rows;
    expect(await minMax(c, rows)).toBe(
      await minMax(
        c,
        rows.filter((r) => !r.startsWith(' sym')),
      ),
    );

    const plain = await solveExact(c, 30_000);
    expect(plain.status).toBe('optimal');
    const s = plain.schedule!;
    expect(s[0]!).toBeLessThan(s[2]!);
    expect(s[2]!).toBeLessThan(s[3]!);
    // The same schedule with the bilaterals' starts reversed: HiGHS is handed it in order and keeps it.
    const reversed = s.slice();
    [reversed[0], reversed[3]] = [s[3]!, s[0]!];
    expect(violations(c, reversed)).toEqual([]);
    expect(canonical(c, reversed)).toEqual(s);
    const warm = await solveExact(c, 30_000, { hints: [reversed] });
    expect(warm.max.warmStart).toBe(true);
    expect(objectiveOf(c, burdens(c, warm.schedule!))).toEqual(objectiveOf(c, burdens(c, s)));
  }, 60_000);
});

describe('granularity', () => {
  it('is 15 on the default bands (costs per minute over 15-minute slots), 1 when a carried burden breaks it', () => {
    const instance = withTwins();
    expect(granularity(compile(instance))).toBe(15);
    expect(granularity(compile({ ...instance, carriedBurden: { NZ: 30 } }))).toBe(15);
    expect(granularity(compile({ ...instance, carriedBurden: { NZ: 7 } }))).toBe(1);
  });

  it('leaves the proven optimum unchanged when bounds round up to it', async () => {
    const instance = { ...withTwins(), carriedBurden: { NZ: 7 } };
    const coarse = await solveExact(compile(withTwins()), 30_000);
    const fine = await solveExact(compile(instance), 30_000);
    expect(coarse.status).toBe('optimal');
    expect(fine.status).toBe('optimal');
    expect(coarse.max.bound).toBe(coarse.max.value);
    expect(fine.max.bound).toBe(fine.max.value);
  }, 60_000);
});
