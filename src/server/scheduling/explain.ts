/**
 * Why nothing fits: a small set of constraint groups that together make the
 * instance infeasible, found by deletion (drop a group; if still infeasible,
 * leave it out for good). What remains is irreducible at group level.
 */
import { compile, type Compiled } from './compile.js';
import { solveHeuristic } from './heuristic.js';
import type { SchedulingInstance } from './model.js';
import { solveExact } from './mip.js';

export type ConflictGroup =
  | { kind: 'window' }
  | { kind: 'allowed'; meeting: string }
  | { kind: 'fixed'; meeting: string }
  | { kind: 'forbidden'; meeting: string; participants: number }
  | { kind: 'precedence'; before: string; after: string; bufferMinutes: number }
  | { kind: 'overlap'; bufferMinutes: number }
  | { kind: 'cap'; principal: string; minutes: number };

const keyOf = (g: ConflictGroup): string => {
  switch (g.kind) {
    case 'window':
    case 'overlap':
      return g.kind;
    case 'allowed':
    case 'fixed':
    case 'forbidden':
      return `${g.kind}:${g.meeting}`;
    case 'precedence':
      return `precedence:${g.before}>${g.after}`;
    case 'cap':
      return `cap:${g.principal}`;
  }
};

function groupsOf(instance: SchedulingInstance, c: Compiled): ConflictGroup[] {
  const groups: ConflictGroup[] = [];
  for (const m of instance.meetings) {
    if (m.fixedStart !== undefined) groups.push({ kind: 'fixed', meeting: m.id });
    if (m.allowedFrom !== undefined || m.allowedTo !== undefined) groups.push({ kind: 'allowed', meeting: m.id });
    groups.push({ kind: 'forbidden', meeting: m.id, participants: m.participants.length });
  }
  for (const p of instance.precedences ?? []) {
    groups.push({ kind: 'precedence', before: p.before, after: p.after, bufferMinutes: p.bufferMinutes ?? 0 });
  }
  if (c.principalIds.length) groups.push({ kind: 'overlap', bufferMinutes: instance.principalBufferMinutes ?? 15 });
  c.principalIds.forEach((p, i) => groups.push({ kind: 'cap', principal: p, minutes: c.principalCaps[i]! }));
  return groups;
}

export interface Explanation {
  feasible: boolean;
  /** The conflicting constraint groups (the cluster window always applies). */
  conflict: ConflictGroup[];
}

/**
 * Feasibility within a per-check budget: a quick heuristic construction
 * first, then HiGHS. 'unknown' counts as feasible, so that every group kept is
 * one whose removal was proven to matter.
 */
async function isFeasible(instance: SchedulingInstance, relax: Set<string>, budgetMs: number): Promise<boolean> {
  const c = compile(instance, { relax });
  if (c.meetings.some((m) => m.starts.length === 0)) return false;
  if (solveHeuristic(c, { iterations: 0, timeBudgetMs: Math.min(500, budgetMs) }).schedule) return true;
  const outcome = await solveExact(c, budgetMs, { feasibilityOnly: true });
  return outcome.status !== 'infeasible';
}

export async function explainInfeasibility(instance: SchedulingInstance, budgetPerCheckMs = 2000): Promise<Explanation> {
  const full = compile(instance);
  if (await isFeasible(instance, new Set(), budgetPerCheckMs)) return { feasible: true, conflict: [] };
  const groups = groupsOf(instance, full);
  const relax = new Set<string>();
  const kept: ConflictGroup[] = [];
  for (const g of groups) {
    relax.add(keyOf(g));
    if (await isFeasible(instance, relax, budgetPerCheckMs)) {
      relax.delete(keyOf(g));
      kept.push(g);
    }
  }
  return { feasible: false, conflict: [{ kind: 'window' }, ...kept] };
}
