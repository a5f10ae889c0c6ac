/**
 * Why nothing fits: an irreducible set of constraint groups that cannot all
 * hold — delegations' forbidden hours per meeting (by comfort row: the
 * delegations of one zone together), meetings, allowed ranges, fixed starts,
 * precedences, the chair's no-overlap and caps — with the smallest
 * relaxations that make the whole instance feasible, each verified and
 * priced (explain-relax.ts).
 *
 * Two stages. A meeting that fits nowhere on its own is explained by its own
 * window and rows alone, in slot arithmetic: the rows that bound its longest
 * free span first, then greedily the rows that close the other spans, then a
 * deletion filter. Otherwise, a deletion filter over all groups that drops
 * whole classes (and halves of them) at once, each check a fast refutation
 * (explain-space.ts), else the heuristic (a schedule proves feasibility),
 * else HiGHS within what is left of the budget. A check that runs out of
 * time keeps its group: the set still conflicts, but is then not proven
 * irreducible (`minimal: false`).
 *
 * Several independent conflicts: once one is found, its rules are set aside
 * and the rest is searched again (same stages, same budget), until the rest
 * is feasible or MAX_CONFLICTS are found. Each conflict's relaxations are
 * verified and priced with the other conflicts' rules set aside.
 */
import { compile } from './compile.js';
import { violations } from './evaluate.js';
import { findRelaxations } from './explain-relax.js';
import type { ConflictItem, ConflictPart, Explanation, FreeSpan, Relaxation } from './explain-types.js';
import { keyOf, Space, type Config, type Group } from './explain-space.js';
import { solveHeuristic } from './heuristic.js';
import { SLOT_MINUTES, SLOT_MS, type SchedulingInstance } from './model.js';
import { solveExact } from './mip.js';
import { EXACT_VARIABLE_LIMIT, variableCount } from './optimize.js';

export type { ConflictItem, ConflictPart, Explanation, FreeSpan, Relaxation, RowInfo } from './explain-types.js';

export interface ExplainOptions {
  /** For the conflict search (default 4 s). */
  budgetMs?: number;
  /** Most a single HiGHS check may take (default 1 s). */
  checkMs?: number;
  /** For finding and pricing relaxations (default 6 s); 0: none. */
  relaxBudgetMs?: number;
}

/** Feasibility of a set of groups: refuted, shown by a schedule, or not known in time. */
export class Checker {
  minimal = true;
  checks = 0;
  constructor(
    private readonly space: Space,
    readonly deadline: number,
    private readonly checkMs: number,
  ) {}

  async status(config: Config): Promise<'feasible' | 'infeasible' | 'unknown'> {
    this.checks++;
    if (this.space.refute(config) === 'infeasible') return 'infeasible';
    const { c } = this.space.compiled(config);
    const h = solveHeuristic(c, { iterations: 0, timeBudgetMs: 150, maxRestarts: 10 });
    if (h.schedule && violations(c, h.schedule).length === 0) return 'feasible';
    const left = this.deadline - Date.now();
    if (left < 100) return 'unknown';
    const { instance, relax } = this.space.instanceOf(config);
    const exact = compile(instance, { relax });
    if (exact.meetings.some((m) => m.starts.length === 0)) return 'infeasible';
    if (variableCount(exact) > EXACT_VARIABLE_LIMIT) return 'unknown';
    const outcome = await solveExact(exact, Math.min(this.checkMs, left), { feasibilityOnly: true });
    if (outcome.status === 'infeasible') return 'infeasible';
    return outcome.schedule ? 'feasible' : 'unknown';
  }
}

const meetingGroups = (space: Space, i: number): Group[] => {
  const m = space.meetings[i]!;
  return [
    { kind: 'meeting', meeting: i },
    ...m.rows.map((row): Group => ({ kind: 'hours', meeting: i, row })),
    ...(m.hasAllowed ? [{ kind: 'allowed', meeting: i } as const] : []),
    ...(m.fixed !== null && !m.held ? [{ kind: 'fixed', meeting: i } as const] : []),
  ];
};

/**
 * A meeting that fits nowhere by itself (among the groups on in `config`):
 * its rows, allowed range and fixed start cut to an irreducible set, in slot
 * arithmetic (exact, instant).
 */
function localConflict(space: Space, config: Config): Set<string> | null {
  for (let i = 0; i < space.meetings.length; i++) {
    if (!config.has(`meeting:${i}`)) continue;
    const own = new Set(
      meetingGroups(space, i)
        .map(keyOf)
        .filter((k) => config.has(k)),
    );
    if (space.starts(own, i).length > 0) continue;
    const m = space.meetings[i]!;
    const rowsOn = space.activeRows(own, i);
    const d = m.durationSlots;
    const { lo, hi } = space.bounds(own, i);
    // Seeds: the rows that close the longest span the meeting would have under every row.
    const runs = space.freeRuns(rowsOn, lo, hi + d);
    const longest = runs.reduce<{ from: number; to: number } | null>((best, r) => (!best || r.to - r.from > best.to - best.from ? r : best), null);
    const blocking = (slot: number) =>
      rowsOn.filter((r) => !space.free([r], slot, slot + 1)).sort((a, b) => space.rows[b]!.delegations.length - space.rows[a]!.delegations.length)[0];
    const seeds = longest ? [longest.from > lo ? blocking(longest.from - 1) : undefined, longest.to < hi + d ? blocking(longest.to) : undefined] : [];
    const chosen = [...new Set(seeds.filter((r): r is number => r !== undefined))];
    const seedCount = chosen.length;
    const configOf = (rows: number[]) => new Set([...own].filter((k) => !k.startsWith('hours:')).concat(rows.map((r) => `hours:${i}:${r}`)));
    // Then greedily the row that closes the most starts still open.
    for (let open = space.starts(configOf(chosen), i); open.length > 0; open = space.starts(configOf(chosen), i)) {
      let best = -1;
      let bestClosed = 0;
      for (const r of rowsOn) {
        if (chosen.includes(r)) continue;
        const closed = open.filter((s) => !space.free([r], s, s + d)).length;
        if (closed > bestClosed) [best, bestClosed] = [r, closed];
      }
      if (best < 0) break;
      chosen.push(best);
    }
    const kept = configOf(chosen);
    const order = [
      ...[...kept].filter((k) => k.startsWith('fixed:') || k.startsWith('allowed:')),
      ...chosen
        .slice(seedCount)
        .reverse()
        .map((r) => `hours:${i}:${r}`),
      ...chosen.slice(0, seedCount).map((r) => `hours:${i}:${r}`),
    ];
    for (const key of order) {
      kept.delete(key);
      if (space.starts(kept, i).length > 0) kept.add(key);
    }
    return kept;
  }
  return null;
}

/** Deletion filter by classes over the groups on in `config`: drop a whole block if it can go, else each half. */
async function globalConflict(space: Space, checker: Checker, config: Config): Promise<Set<string>> {
  const all = space.groups().filter((g) => config.has(keyOf(g)));
  const kept = new Set(all.map(keyOf));
  const reduce = async (block: Group[]): Promise<void> => {
    if (!block.length) return;
    if (Date.now() >= checker.deadline) {
      checker.minimal = false;
      return;
    }
    const keys = block.map(keyOf);
    for (const k of keys) kept.delete(k);
    const status = await checker.status(kept);
    if (status === 'infeasible') return;
    for (const k of keys) kept.add(k);
    if (block.length === 1) {
      if (status === 'unknown') checker.minimal = false;
      return;
    }
    const half = Math.ceil(block.length / 2);
    await reduce(block.slice(0, half));
    await reduce(block.slice(half));
  };
  const durationOf = (g: Group) => (g.kind === 'meeting' ? space.meetings[g.meeting]!.durationSlots : 0);
  const classes: Group[][] = [
    all.filter((g) => g.kind === 'hours'),
    all.filter((g) => g.kind === 'precedence'),
    all.filter((g) => g.kind === 'fixed' || g.kind === 'allowed'),
    all.filter((g) => g.kind === 'overlap'),
    all.filter((g) => g.kind === 'meeting').sort((a, b) => durationOf(a) - durationOf(b)),
    all.filter((g) => g.kind === 'cap'),
  ];
  for (const block of classes) await reduce(block);
  return kept;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Free spans of meeting i under `rows` and its bounds, grouped by UTC time of day. */
function freeSpans(space: Space, config: Config, i: number, rows: number[]): { free: FreeSpan[]; longest: number } {
  const { lo, hi } = space.bounds(config, i);
  const runs = space.freeRuns(rows, lo, hi + space.meetings[i]!.durationSlots);
  const byTime = new Map<string, FreeSpan>();
  let longest = 0;
  for (const r of runs) {
    longest = Math.max(longest, r.to - r.from);
    const from = space.base.gridStartMs + r.from * SLOT_MS;
    const to = space.base.gridStartMs + r.to * SLOT_MS;
    const key = `${from % 86_400_000}|${to - from}`;
    const seen = byTime.get(key);
    if (seen) seen.days++;
    else byTime.set(key, { from: iso(from), to: iso(to), days: 1 });
  }
  return { free: [...byTime.values()].sort((a, b) => a.from.localeCompare(b.from)), longest: longest * SLOT_MINUTES };
}

function describe(space: Space, kept: Config): ConflictItem[] {
  const { instance, base } = space;
  const items: ConflictItem[] = [
    { kind: 'window', from: instance.window.from, to: instance.window.to, days: base.dayLabels.length, hostTimeZone: instance.hostTimeZone },
  ];
  const active = space.active(kept);
  const meetingItems: ConflictItem[] = [];
  for (const i of active) {
    const m = instance.meetings[i]!;
    const sm = space.meetings[i]!;
    const rows = space.activeRows(kept, i);
    if (rows.length) {
      const { free, longest } = freeSpans(space, kept, i, rows);
      items.push({
        kind: 'hours',
        meeting: m.id,
        durationMinutes: m.durationMinutes,
        rows: rows.map((r) => ({
          delegations: space.rows[r]!.delegations.filter((d) => m.participants.includes(d)),
          timeZone: space.rows[r]!.timeZone,
          utcOffsetMinutes: space.rows[r]!.utcOffsetMinutes,
        })),
        free,
        longestFreeMinutes: longest,
      });
    } else {
      meetingItems.push({ kind: 'meeting', meeting: m.id, durationMinutes: m.durationMinutes });
    }
    if (sm.fixed !== null && (sm.held || kept.has(`fixed:${i}`))) items.push({ kind: 'fixed', meeting: m.id, start: iso(m.fixedStart!), held: sm.held });
    if (sm.hasAllowed && kept.has(`allowed:${i}`)) {
      items.push({
        kind: 'allowed',
        meeting: m.id,
        from: iso(m.allowedFrom ?? base.gridStartMs),
        to: iso(m.allowedTo ?? base.gridStartMs + base.slotCount * SLOT_MS),
      });
    }
  }
  items.push(...meetingItems);
  const on = new Set(active);
  (instance.precedences ?? []).forEach((p, k) => {
    const c = base.precedences[k]!;
    if (kept.has(`precedence:${k}`) && on.has(c.before) && on.has(c.after))
      items.push({ kind: 'precedence', before: p.before, after: p.after, bufferMinutes: p.bufferMinutes ?? 0 });
  });
  const mine = (p: number) => active.filter((i) => space.meetings[i]!.principals.includes(p));
  if (kept.has('overlap') && base.principalIds.some((_, p) => mine(p).length > 1))
    items.push({ kind: 'overlap', bufferMinutes: base.bufferSlots * SLOT_MINUTES });
  base.principalIds.forEach((principal, p) => {
    if (!kept.has(`cap:${p}`) || !mine(p).length) return;
    const meetingMinutes = mine(p).reduce((s, i) => s + instance.meetings[i]!.durationMinutes, 0);
    items.push({ kind: 'cap', principal, minutes: base.principalCaps[p]!, meetingMinutes, days: base.dayLabels.length });
  });
  return items;
}

/** At most this many independent conflicts are looked for (each with its own relaxations). */
export const MAX_CONFLICTS = 5;

/**
 * What to switch off so that a conflict no longer holds, and another can be
 * looked for among the rest: its rules (hours, ranges, fixed starts,
 * precedences, no-overlap, caps), keeping its meetings; only a conflict of
 * meetings alone (one longer than the window) takes the meetings out.
 */
function setAside(conflict: Config): string[] {
  const rules = [...conflict].filter((k) => !k.startsWith('meeting:'));
  return rules.length ? rules : [...conflict];
}

export async function explainInfeasibility(instance: SchedulingInstance, options: ExplainOptions = {}): Promise<Explanation> {
  const startedAt = Date.now();
  const space = new Space(instance);
  const checker = new Checker(space, startedAt + (options.budgetMs ?? 4000), options.checkMs ?? 1000);
  const full = new Set(space.groups().map(keyOf));
  // One conflict, then its rules set aside and the rest searched again, until the rest is feasible,
  // not known to be infeasible, or the budget or MAX_CONFLICTS is reached.
  const found: { kept: Set<string>; minimal: boolean }[] = [];
  let config: Set<string> = full;
  while (found.length < MAX_CONFLICTS) {
    const local = localConflict(space, config);
    if (!local) {
      if (found.length && Date.now() >= checker.deadline) break;
      const status = await checker.status(config);
      if (status !== 'infeasible') {
        if (found.length) break;
        const ms = Date.now() - startedAt;
        return { status, minimal: status === 'feasible', conflict: [], relaxations: [], conflicts: [], searchMs: ms, timeMs: ms };
      }
    }
    checker.minimal = true;
    const kept = local ?? (await globalConflict(space, checker, config));
    found.push({ kept, minimal: local !== null || checker.minimal });
    const aside = new Set(setAside(kept));
    config = new Set([...config].filter((k) => !aside.has(k)));
  }
  const searchMs = Date.now() - startedAt;
  const relaxBudget = options.relaxBudgetMs ?? 6000;
  const relaxDeadline = Date.now() + relaxBudget;
  const conflicts: ConflictPart[] = [];
  for (const [k, { kept, minimal }] of found.entries()) {
    const conflict = describe(space, kept);
    let relaxations: Relaxation[] = [];
    if (relaxBudget > 0) {
      // Each conflict's relaxations are verified with the other conflicts' rules set aside; the budget is shared.
      const others = new Set(found.flatMap((f, j) => (j === k ? [] : setAside(f.kept))));
      const base = space.withAside(others);
      const share = (relaxDeadline - Date.now()) / (found.length - k);
      relaxations = await findRelaxations(space, conflict, { deadline: Date.now() + share, checkMs: options.checkMs ?? 1000, base });
    }
    conflicts.push({ conflict, relaxations, minimal });
  }
  const first = conflicts[0]!;
  return {
    status: 'infeasible',
    minimal: conflicts.every((c) => c.minimal),
    conflict: first.conflict,
    relaxations: first.relaxations,
    conflicts,
    searchMs,
    timeMs: Date.now() - startedAt,
  };
}
