/**
 * `npm run bench:write`: writes per second, p99 latency and errors of 20
 * concurrent writers (each a press officer creating press centers: a
 * transaction with its change-log event and NOTIFY) against real app
 * processes (`src/server/main.ts`), for BENCH_SECONDS (20) after a 2-second
 * warm-up, in one run: PGlite (one process, the only way it runs); PostgreSQL
 * with one process; PostgreSQL with two processes on one database, the
 * writers split between them. PostgreSQL is BENCH_DATABASE_URL's server
 * (default the local `test` database), in scratch databases dropped after.
 * BENCH_SKIP_PGLITE / BENCH_SKIP_POSTGRES=true leave one out.
 */
import { performance } from 'node:perf_hooks';
import { ready, Session, startApp, type AppProcess } from '../tests/helpers/processes.js';
import { onEachEngine, printMachine, stop } from './app-runs.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 20);
const WARM_UP_SECONDS = 2;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Figures {
  writes: number;
  writesPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  firstError?: string;
}

let counter = 0;

/** WRITERS writers spread over the apps' sessions, for `seconds`; latencies in ms. */
async function drive(sessions: Session[], seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const ends = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const session = sessions[w % sessions.length]!;
      while (performance.now() < ends) {
        const started = performance.now();
        try {
          const res = await session.request('POST', '/api/press/events', {
            slug: `bench-${process.pid}-${counter++}`,
            titleEn: 'Benchmark press center',
            titleVi: 'Trung tâm báo chí đo',
            venueEn: 'Hanoi',
            venueVi: 'Hà Nội',
            opensAt: '2020-11-09T08:00:00+07:00',
            timeZone: 'Asia/Ho_Chi_Minh',
            capacity: 5,
          });
          const body = await res.text();
          if (res.status === 201) latencies.push(performance.now() - started);
          else {
            errors++;
            firstError ??= `${res.status} ${body.slice(0, 120)}`;
          }
        } catch (err) {
          errors++;
          firstError ??= String(err);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { writes: latencies.length, writesPerSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, firstError };
}

async function measure(apps: AppProcess[]): Promise<Figures> {
  for (const app of apps) await ready(app);
  const sessions = await Promise.all(apps.map((app) => Session.signIn(app, 'press@gavel.demo')));
  await drive(sessions, WARM_UP_SECONDS);
  return drive(sessions, SECONDS);
}

const rows: string[] = [];
const row = (label: string, f: Figures) =>
  rows.push(
    `| ${label} | ${f.writesPerSecond.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.errors} |${f.firstError ? ` ${f.firstError}` : ''}`,
  );

await onEachEngine(serverUrl, {
  pglite: async (dataDir) => {
    const app = await startApp({ database: { dataDir } });
    row('PGlite, one process', await measure([app]));
    await stop([app]);
  },
  postgres: async (dbs) => {
    const one = await dbs.withDemo();
    const single = [await startApp({ database: { url: one.url } })];
    row('PostgreSQL, one process', await measure(single));
    await stop(single);
    const two = await dbs.withDemo();
    const pair = await Promise.all([startApp({ database: { url: two.url } }), startApp({ database: { url: two.url } })]);
    row('PostgreSQL, two processes', await measure(pair));
    await stop(pair);
  },
});

printMachine();
console.log(`${WRITERS} writers creating press centers, ${SECONDS} s each after ${WARM_UP_SECONDS} s of warm-up`);
console.log('| setup | writes/s | p50 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
