/**
 * What the benches over real app processes (bench:write, bench:live) share:
 * the demo on each engine in turn (BENCH_SKIP_PGLITE / BENCH_SKIP_POSTGRES=true
 * leave one out), stopping the apps, and the machine and time printed under
 * the table.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { killLeftovers, pgliteWithDemo, PostgresDatabases, removePgliteTemplate, type AppProcess } from '../tests/helpers/processes.js';

export async function stop(apps: AppProcess[]): Promise<void> {
  for (const app of apps) await app.kill('SIGTERM');
}

export interface EngineRuns {
  /** With a PGlite data folder holding the demo (removed after). */
  pglite(dataDir: string): Promise<void>;
  /** With PostgreSQL scratch databases on `serverUrl` (`dbs.withDemo()`; dropped after). */
  postgres(dbs: PostgresDatabases): Promise<void>;
}

/** Each engine's run in turn, then whatever app processes are left killed; `progress` hears when each starts. */
export async function onEachEngine(serverUrl: string, runs: EngineRuns, progress: (what: string) => void = () => {}): Promise<void> {
  try {
    if (process.env.BENCH_SKIP_PGLITE !== 'true') {
      progress('PGlite: the demo data');
      const folder = await pgliteWithDemo();
      try {
        await runs.pglite(folder.dataDir);
      } finally {
        folder.dispose();
        removePgliteTemplate();
      }
    }
    if (process.env.BENCH_SKIP_POSTGRES !== 'true') {
      progress('PostgreSQL: the demo data');
      const dbs = await PostgresDatabases.open(serverUrl);
      try {
        await runs.postgres(dbs);
      } finally {
        await dbs.dispose();
      }
    }
  } finally {
    killLeftovers();
  }
}

/** The machine, and the date with the load average at the end. */
export function printMachine(): void {
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(
    `Date: ${new Date().toISOString()}; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
