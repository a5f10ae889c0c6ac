/**
 * Scheduling benchmark (`npm run bench:schedule`): generated instances of 20,
 * 100 and 400 meetings plus the AMM-53 cluster. The exact column is the
 * default solver, 'auto' (the heuristic, then HiGHS warm-started from its
 * schedule) with a 60 s budget: what it proves on each objective part (status
 * and gap), its time, and the model's size (rows × binaries). The heuristic
 * alone (seeded) beside it, with a 60 s budget far above what it needs, so its
 * time is the time to finish all its rounds, model building included; its gaps
 * are against the proven optimum, else against the exact run's bounds.
 */
import os from 'node:os';
import { amm53Instance } from '../src/server/scheduling/amm53-fixture.js';
import { compile } from '../src/server/scheduling/compile.js';
import { violations } from '../src/server/scheduling/evaluate.js';
import type { ScheduleResult, SchedulingInstance } from '../src/server/scheduling/model.js';
import { SLOT_MS } from '../src/server/scheduling/model.js';
import { modelRows } from '../src/server/scheduling/mip-rows.js';
import { optimize, variableCount } from '../src/server/scheduling/optimize.js';
import { generateInstance } from '../src/server/scheduling/testing.js';

const EXACT_LIMIT_MS = 60_000;
const HEURISTIC_BUDGET_MS = Number(process.env.HEURISTIC_BUDGET_MS ?? 60_000);
/** Beyond this many binaries the LP text alone is too large to be worth trying. */
const EXACT_MAX_BINARIES = 400_000;

const cases: { name: string; instance: () => SchedulingInstance }[] = [
  { name: 'AMM-53 (17 meetings, 29 delegations, 4 days)', instance: () => amm53Instance() },
  { name: 'generated 20 meetings, 30 delegations, 4 days', instance: () => generateInstance({ meetings: 20, delegations: 30, days: 4 }, 20) },
  { name: 'generated 100 meetings, 40 delegations, 14 days', instance: () => generateInstance({ meetings: 100, delegations: 40, days: 14 }, 100) },
  { name: 'generated 400 meetings, 50 delegations, 60 days', instance: () => generateInstance({ meetings: 400, delegations: 50, days: 60 }, 400) },
];

function check(instance: SchedulingInstance, r: ScheduleResult): string {
  if (!r.objective) return '';
  const c = compile(instance);
  const broken = violations(
    c,
    c.meetings.map((m) => (r.starts[m.id]! - c.gridStartMs) / SLOT_MS),
  );
  return broken.length ? ` BROKEN(${broken.length})` : '';
}

const versusBound = (value: number | undefined, bound: number | null | undefined) =>
  value === undefined || bound === null || bound === undefined ? '—' : `≤${(value > 0 ? ((value - bound) / value) * 100 : 0).toFixed(2)}% (vs bound)`;
const pct = (a: number, b: number) => (b === 0 ? (a === 0 ? '0.00%' : '∞') : `${(((a - b) / b) * 100).toFixed(2)}%`);

console.log(
  `# bench:schedule — ${new Date().toISOString()} — ${os.cpus()[0]?.model} ×${os.cpus().length}, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const part = (p: ScheduleResult['parts']['max']) => (p.status === 'optimal' ? 'optimal' : p.gap === null ? p.status : `gap ${(p.gap * 100).toFixed(2)}%`);

console.log(
  '| instance | rows × binaries | exact (auto) max | exact (auto) total | exact time | exact (max, total) | heuristic time | heuristic (max, total) | gap max | gap total |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
// ONLY=AMM-53 (a part of a case's name) runs just the matching cases, e.g. to check the bench works.
const only = process.env.ONLY;
for (const { name, instance: make } of cases.filter((k) => !only || k.name.includes(only))) {
  const instance = make();
  const compiled = compile(instance);
  const binaries = variableCount(compiled);
  let exact: ScheduleResult | null = null;
  if (binaries <= EXACT_MAX_BINARIES) exact = await optimize(instance, { solver: 'auto', timeBudgetMs: EXACT_LIMIT_MS, seed: 1 });
  const heuristic = await optimize(instance, { solver: 'heuristic', timeBudgetMs: HEURISTIC_BUDGET_MS, seed: 1 });
  const proven = exact?.provenOptimal ? exact.objective : null;
  const row = [
    name,
    binaries <= EXACT_MAX_BINARIES ? `${modelRows(compiled).rows.length} × ${binaries}` : `— × ${binaries}`,
    exact ? `${part(exact.parts.max)}${check(instance, exact)}` : 'not attempted',
    exact ? `${part(exact.parts.total)} (${exact.chosen}'s schedule)` : '—',
    exact ? `${(exact.timeMs / 1000).toFixed(2)} s` : '—',
    exact?.objective ? `${exact.objective.max}, ${exact.objective.total}` : '—',
    `${(heuristic.timeMs / 1000).toFixed(2)} s${heuristic.timeMs >= HEURISTIC_BUDGET_MS - 100 ? ' (budget reached)' : ''}`,
    heuristic.objective ? `${heuristic.objective.max}, ${heuristic.objective.total}${check(instance, heuristic)}` : heuristic.status,
    proven && heuristic.objective
      ? pct(heuristic.objective.max, proven.max)
      : versusBound(heuristic.objective?.max, exact?.parts.max.bound ?? heuristic.parts.max.bound),
    proven && heuristic.objective
      ? pct(heuristic.objective.total, proven.total)
      : // The exact total's bound holds for schedules whose maximum is no higher than the exact answer's.
        heuristic.objective && exact?.objective && heuristic.objective.max <= exact.objective.max
        ? versusBound(heuristic.objective.total, exact.parts.total.bound)
        : '—',
  ];
  console.log(`| ${row.join(' | ')} |`);
}
console.log(
  `# load at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
