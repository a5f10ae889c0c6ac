/**
 * Explanation benchmark (`npm run bench:explain`): the time to find the
 * irreducible conflicts (search: the first, then the independent ones among
 * the rest, up to MAX_CONFLICTS) and to verify and price their relaxations
 * (total), on the AMM-53 cluster under the default bands (the 3-hour ARF),
 * with a chair's cap of 300 minutes a day, and both at once; and on a
 * generated 100-meeting cluster with a cap its chairs cannot keep. A row
 * gives how many conflicts were found, and the first one's kinds and
 * relaxations.
 */
import os from 'node:os';
import { amm53Instance } from '../src/server/scheduling/amm53-fixture.js';
import { explainInfeasibility } from '../src/server/scheduling/explain.js';
import type { SchedulingInstance } from '../src/server/scheduling/model.js';
import { generateInstance } from '../src/server/scheduling/testing.js';

const cases: { name: string; instance: () => SchedulingInstance }[] = [
  { name: 'AMM-53, default bands (3-hour ARF)', instance: () => amm53Instance({ strict: true }) },
  { name: 'AMM-53, chair cap 300 min/day', instance: () => ({ ...amm53Instance(), principalDailyCapMinutes: 300 }) },
  { name: 'AMM-53, default bands and cap 300', instance: () => ({ ...amm53Instance({ strict: true }), principalDailyCapMinutes: 300 }) },
  {
    name: 'generated 100 meetings, 40 delegations, 14 days, cap 180',
    instance: () => ({ ...generateInstance({ meetings: 100, delegations: 40, days: 14 }, 100), principalDailyCapMinutes: 180 }),
  },
];

console.log(
  `# bench:explain — ${new Date().toISOString()} — ${os.cpus()[0]?.model} ×${os.cpus().length}, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('| instance | status | minimal | conflicts | first conflict (kinds) | search | its relaxations | total |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { name, instance } of cases) {
  const why = await explainInfeasibility(instance());
  const kinds = new Map<string, number>();
  for (const g of why.conflict) kinds.set(g.kind, (kinds.get(g.kind) ?? 0) + 1);
  const row = [
    name,
    why.status,
    String(why.minimal),
    String(why.conflicts.length),
    [...kinds].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') || '—',
    `${(why.searchMs / 1000).toFixed(2)} s`,
    why.relaxations.map((r) => r.kind).join(', ') || '—',
    `${(why.timeMs / 1000).toFixed(2)} s`,
  ];
  console.log(`| ${row.join(' | ')} |`);
}
