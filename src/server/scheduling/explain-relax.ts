/**
 * The smallest changes that would make an infeasible instance feasible, one
 * at a time: shorten a meeting to the longest span it has, let one comfort
 * row's delegations sit at night, widen the window by a day, raise a cap,
 * release a fixed start, drop a precedence or an allowed range. Each is
 * offered only once a schedule of the whole changed instance was found, and
 * priced by that schedule (the burden the solver would pay; not proven
 * optimal).
 */
import { DateTime } from 'luxon';
import { burdenBreakdown, type DelegationBreakdown } from './breakdown.js';
import { compile } from './compile.js';
import { burdens, objectiveOf, violations } from './evaluate.js';
import type { ConflictItem, Price, Relaxation } from './explain-types.js';
import type { Space } from './explain-space.js';
import { solveHeuristic } from './heuristic.js';
import { DEFAULT_BANDS, SLOT_MINUTES, type SchedulingInstance } from './model.js';
import { solveExact } from './mip.js';
import { EXACT_VARIABLE_LIMIT, variableCount } from './optimize.js';
import { validateInstance } from './validate.js';

export interface RelaxOptions {
  deadline: number;
  checkMs: number;
  /**
   * What each change is made to and verified on (default the space's
   * instance): with several conflicts, the instance with the other
   * conflicts' rules set aside (Space.instanceOf), and the groups it relaxes.
   */
  base?: { instance: SchedulingInstance; relax: Set<string> };
}

interface Verified {
  price: Price;
  starts: Record<string, number>;
}

/** A schedule of the whole changed instance, or null (invalid, refuted, or none found in time). */
async function verify(instance: SchedulingInstance, options: RelaxOptions): Promise<Verified | null> {
  if (validateInstance(instance).length) return null;
  const c = compile(instance, { relax: options.base?.relax ?? new Set() });
  if (c.meetings.some((m) => m.starts.length === 0)) return null;
  let schedule = solveHeuristic(c, { timeBudgetMs: 300, iterations: 20, maxRestarts: 30 }).schedule;
  const left = options.deadline - Date.now();
  // HiGHS only where its model is small enough to build inside the budget (as optimize's 'auto' decides).
  if (!schedule && left > 100 && variableCount(c) <= EXACT_VARIABLE_LIMIT)
    schedule = (await solveExact(c, Math.min(options.checkMs, left), { feasibilityOnly: true })).schedule;
  if (!schedule || violations(c, schedule).length) return null;
  const objective = objectiveOf(c, burdens(c, schedule));
  return {
    price: { max: objective.max, total: objective.total },
    starts: Object.fromEntries(c.meetings.map((m, i) => [m.id, c.gridStartMs + schedule[i]! * SLOT_MINUTES * 60_000])),
  };
}

/** Minutes a delegation sits in its forbidden bands (allowed at night: priced, not refused). */
function nightMinutesOf(instance: SchedulingInstance, share: DelegationBreakdown): number {
  const bands = instance.delegations.find((d) => d.id === share.delegation)?.bands ?? DEFAULT_BANDS;
  return share.meetings.reduce((sum, m) => sum + m.minutesByBand.reduce((t, minutes, k) => (bands[k]?.costPerMinute === null ? t + minutes : t), 0), 0);
}

const shiftDay = (date: string, zone: string, days: number) => DateTime.fromISO(date, { zone }).plus({ days }).toISODate()!;

export async function findRelaxations(space: Space, conflict: ConflictItem[], options: RelaxOptions): Promise<Relaxation[]> {
  const out: Relaxation[] = [];
  const instance = options.base?.instance ?? space.instance;
  const timeLeft = () => Date.now() < options.deadline;
  const withMeeting = (id: string, change: (m: SchedulingInstance['meetings'][number]) => SchedulingInstance['meetings'][number]) => ({
    ...instance,
    meetings: instance.meetings.map((m) => (m.id === id ? change(m) : m)),
  });

  for (const item of conflict.filter((c) => c.kind === 'hours').slice(0, 2)) {
    const i = space.instance.meetings.findIndex((x) => x.id === item.meeting);
    const m = space.meetings[i]!;
    // The longest span the meeting has under all its own constraints.
    const all = new Set([`meeting:${i}`, `allowed:${i}`, `fixed:${i}`, ...m.rows.map((r) => `hours:${i}:${r}`)]);
    const { lo, hi } = space.bounds(all, i);
    const longest = space.freeRuns(m.rows, lo, hi + m.durationSlots).reduce((best, r) => Math.max(best, r.to - r.from), 0);
    for (let slots = Math.min(longest, m.durationSlots - 1), tries = 0; slots > 0 && tries < 3 && timeLeft(); slots--, tries++) {
      const verified = await verify(
        withMeeting(item.meeting, (x) => ({ ...x, durationMinutes: slots * SLOT_MINUTES })),
        options,
      );
      if (verified) {
        out.push({ kind: 'shorten', meeting: item.meeting, fromMinutes: item.durationMinutes, toMinutes: slots * SLOT_MINUTES, price: verified.price });
        break;
      }
    }
    const nights: Relaxation[] = [];
    for (const row of item.rows) {
      if (!timeLeft()) break;
      const ids = new Set(
        space.rows.find((r) => r.timeZone === row.timeZone && row.delegations.every((d) => r.delegations.includes(d)))?.delegations ?? row.delegations,
      );
      const changed = { ...instance, delegations: instance.delegations.map((d) => (ids.has(d.id) ? { ...d, allowNight: true } : d)) };
      const verified = await verify(changed, options);
      if (!verified) continue;
      const shares = burdenBreakdown(changed, verified.starts).filter((b) => ids.has(b.delegation));
      nights.push({
        kind: 'night',
        meeting: item.meeting,
        delegations: [...ids],
        timeZone: row.timeZone,
        utcOffsetMinutes: row.utcOffsetMinutes,
        nightMinutes: shares.reduce((s, b) => s + nightMinutesOf(changed, b), 0),
        burden: shares.reduce((s, b) => s + b.burden, 0),
        price: verified.price,
      });
    }
    out.push(...nights.sort((a, b) => a.price.max - b.price.max || a.price.total - b.price.total));
  }

  const today = DateTime.now().setZone(instance.hostTimeZone).toISODate()!;
  const widen = [
    { side: 'after' as const, window: { from: instance.window.from, to: shiftDay(instance.window.to, instance.hostTimeZone, 1) } },
    { side: 'before' as const, window: { from: shiftDay(instance.window.from, instance.hostTimeZone, -1), to: instance.window.to } },
  ].filter((w) => w.side === 'after' || w.window.from >= today);
  for (const w of widen) {
    if (!timeLeft()) break;
    const verified = await verify({ ...instance, window: w.window }, options);
    if (verified) out.push({ kind: 'widen', side: w.side, window: w.window, price: verified.price });
  }

  for (const item of conflict) {
    if (!timeLeft()) break;
    if (item.kind === 'cap') {
      const all = instance.meetings.filter((m) => m.principals?.includes(item.principal)).reduce((s, m) => s + m.durationMinutes, 0);
      const floor = Math.ceil(all / item.days / SLOT_MINUTES) * SLOT_MINUTES;
      for (let cap = Math.max(item.minutes + SLOT_MINUTES, floor), tries = 0; cap <= 1440 && tries < 8 && timeLeft(); cap += SLOT_MINUTES, tries++) {
        const verified = await verify({ ...instance, principalCaps: { ...instance.principalCaps, [item.principal]: cap } }, options);
        if (verified) {
          out.push({ kind: 'cap', principal: item.principal, fromMinutes: item.minutes, toMinutes: cap, price: verified.price });
          break;
        }
      }
    } else if (item.kind === 'fixed' && !item.held) {
      const verified = await verify(
        withMeeting(item.meeting, ({ fixedStart: _f, ...rest }) => rest),
        options,
      );
      if (verified) out.push({ kind: 'unfix', meeting: item.meeting, price: verified.price });
    } else if (item.kind === 'precedence') {
      const precedences = (instance.precedences ?? []).filter((p) => !(p.before === item.before && p.after === item.after));
      const verified = await verify({ ...instance, precedences }, options);
      if (verified) out.push({ kind: 'dropPrecedence', before: item.before, after: item.after, price: verified.price });
    } else if (item.kind === 'allowed') {
      const verified = await verify(
        withMeeting(item.meeting, ({ allowedFrom: _a, allowedTo: _b, ...rest }) => rest),
        options,
      );
      if (verified) out.push({ kind: 'dropAllowed', meeting: item.meeting, price: verified.price });
    }
  }
  return out;
}
