import { describe, expect, it } from 'vitest';
import { amm53Instance, AMM53_NIGHT_ALLOWED } from './amm53-fixture.js';
import { localMinutesOfDay } from './comfort.js';
import { compile } from './compile.js';
import { violations } from './evaluate.js';
import { explainInfeasibility } from './explain.js';
import { SLOT_MS } from './model.js';
import { optimize } from './optimize.js';
import { findSlots } from './slots.js';

describe('the AMM-53 cluster', () => {
  it('has no 3-hour ARF start outside all 27 forbidden bands under the default bands, and says why', async () => {
    const strict = amm53Instance({ strict: true });
    const arf = strict.meetings.find((m) => m.id === 'arf-27')!;
    expect(arf.participants).toHaveLength(27);
    const slots = findSlots({ ...strict, meeting: arf });
    expect(slots.candidateCount).toBe(0);
    // Two hours fit: 17:00–19:00 in Hanoi (10:00–12:00 UTC), 06:00 in New York, 22:00 in Wellington.
    const two = findSlots({ ...strict, meeting: { ...arf, durationMinutes: 120 } });
    expect(new Date(two.ranked[0]!.start).toISOString()).toBe('2020-09-09T10:00:00.000Z');
    const why = await explainInfeasibility(strict);
    expect(why.status).toBe('infeasible');
    // The ARF's own hours: who leaves it which hours (explain.test.ts holds the details).
    expect(why.conflict.map((g) => g.kind)).toEqual(['window', 'hours']);
    expect(why.conflict[1]).toMatchObject({ meeting: 'arf-27', durationMinutes: 180, longestFreeMinutes: 120 });
  }, 60_000);

  it('solves to a proven optimum that the heuristic also reaches; the ARF keeps every other delegation out of the night', async () => {
    const instance = amm53Instance();
    const exact = await optimize(instance, { solver: 'exact', timeBudgetMs: 60_000 });
    expect(exact.status).toBe('optimal');
    expect(exact.provenOptimal).toBe(true);
    const c = compile(instance);
    const schedule = c.meetings.map((m) => (exact.starts[m.id]! - c.gridStartMs) / SLOT_MS);
    expect(violations(c, schedule)).toEqual([]);
    expect(exact.starts['amm-53']).toBe(instance.meetings[0]!.fixedStart);

    const arf = instance.meetings.find((m) => m.id === 'arf-27')!;
    const night = new Set<string>(AMM53_NIGHT_ALLOWED);
    for (const d of instance.delegations.filter((x) => arf.participants.includes(x.id) && !night.has(x.id))) {
      const minutes = localMinutesOfDay(d.timeZone, exact.starts['arf-27']!, arf.durationMinutes);
      expect(
        minutes.every((m) => m >= 360),
        d.id,
      ).toBe(true);
    }

    const heuristic = await optimize(instance, { solver: 'heuristic', timeBudgetMs: 20_000, seed: 1 });
    expect(heuristic.objective!.max).toBeGreaterThanOrEqual(exact.objective!.max);
    expect(heuristic.objective!.max).toBeLessThanOrEqual(exact.objective!.max * 1.02);
  }, 120_000);
});
