/**
 * `npm run bench:http`, three tables from one run on this machine:
 * - the cached calendar list, GET /api/meetings?year=2020, against a bare
 *   Fastify route answering the same bytes (BENCH_CONNECTIONS, default 10),
 *   read cache on and off;
 * - the public portal at summit-day load (BENCH_PORTAL_CONNECTIONS, default
 *   50): /api/portal/home's requests/s against the cached calendar list's,
 *   on each engine (the target: at least 0.5), and the p99 of every portal
 *   page (home, a meeting's, an article's, the news list, the sitemap) on
 *   PostgreSQL (the target: under 100 ms). Anonymous readers, full answers
 *   (no If-None-Match).
 * Runs on PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the
 * local server's `test` database, in a scratch database dropped afterwards)
 * and on PGlite. BENCH_SECONDS is each measurement's length.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PATH = '/api/meetings?year=2020';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORTAL_CONNECTIONS = Number(process.env.BENCH_PORTAL_CONNECTIONS ?? 50);

function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ port: number; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolve({ port: Number(match[1]), child });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function measure(port: number, path = PATH, connections = CONNECTIONS) {
  // Warm up, then measure.
  await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: 2 });
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: DURATION });
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} non-2xx answers`);
  // A request still unanswered after autocannon's 10 s is an error, not a latency: shown beside the p99.
  const p99 = result.errors > 0 ? `${result.latency.p99} (${result.errors} errors, ${result.timeouts} timeouts)` : `${result.latency.p99}`;
  return { rps: result.requests.average, p99, bytes: result.throughput.average };
}

type Figures = Awaited<ReturnType<typeof measure>>;

/** The portal's pages, with a public meeting and a published article the demo holds. */
async function portalPaths(port: number): Promise<Array<[string, string]>> {
  const home = (await (await fetch(`http://127.0.0.1:${port}/api/portal/home`)).json()) as {
    latest: Array<{ slug: string }>;
    outcomeMeetings: Array<{ id: number }>;
  };
  const slug = home.latest[0]?.slug;
  const meetingId = home.outcomeMeetings[0]?.id;
  if (!slug || !meetingId) throw new Error('the demo has no published article or public meeting with documents');
  return [
    ['home page', '/portal'],
    ['home answer', '/api/portal/home'],
    ["a meeting's page", `/portal/meetings/${meetingId}`],
    ["an article's page", `/portal/articles/${encodeURIComponent(slug)}`],
    ['news list', '/api/portal/articles'],
    ['sitemap', '/sitemap.xml'],
  ];
}

interface GavelRun {
  body: string;
  figures: Figures;
  /** At PORTAL_CONNECTIONS: the calendar list, then each portal page (read cache on only). */
  portal: { calendar: Figures; pages: Array<[string, string, Figures]> } | null;
}

async function runGavel(database: string, readCache: boolean, pages: 'none' | 'home' | 'all'): Promise<GavelRun> {
  const gavel = await startServer(['gavel'], { BENCH_DATABASE: database, BENCH_READ_CACHE: String(readCache) });
  try {
    const body = await (await fetch(`http://127.0.0.1:${gavel.port}${PATH}`)).text();
    const figures = await measure(gavel.port);
    let portal: GavelRun['portal'] = null;
    if (pages !== 'none') {
      const calendar = await measure(gavel.port, PATH, PORTAL_CONNECTIONS);
      const wanted = (await portalPaths(gavel.port)).filter(([label]) => pages === 'all' || label === 'home answer');
      const measured: Array<[string, string, Figures]> = [];
      for (const [label, path] of wanted) measured.push([label, path, await measure(gavel.port, path, PORTAL_CONNECTIONS)]);
      portal = { calendar, pages: measured };
    }
    return { body, figures, portal };
  } finally {
    gavel.child.kill();
  }
}

async function runBare(body: string) {
  const file = join(tmpdir(), `gavel-bench-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(file, body);
  const bare = await startServer(['bare', file]);
  try {
    return await measure(bare.port);
  } finally {
    bare.child.kill();
  }
}

const fmt = (n: number, d = 0) => n.toFixed(d);

async function main() {
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `gavel_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  admin.on('error', () => {});
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;

  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`Date: ${new Date().toISOString()}; ${CONNECTIONS} connections (portal: ${PORTAL_CONNECTIONS}), ${DURATION} s per run, GET ${PATH}\n`);
  try {
    const rows: string[] = [];
    const ratios: string[] = [];
    const pages: string[] = [];
    const runs = [
      ['PostgreSQL', url.toString(), true, 'all'],
      ['PostgreSQL, read cache off', url.toString(), false, 'none'],
      ['PGlite', 'pglite', true, 'home'],
      ['PGlite, read cache off', 'pglite', false, 'none'],
    ] as const;
    for (const [label, db, readCache, portalPages] of runs) {
      const gavel = await runGavel(db, readCache, portalPages);
      const bare = await runBare(gavel.body);
      const ratio = gavel.figures.rps / bare.rps;
      rows.push(
        `| ${label} | ${fmt(gavel.figures.rps)} | ${gavel.figures.p99} | ${fmt(bare.rps)} | ${bare.p99} | ${fmt(ratio, 2)} | ${fmt(gavel.body.length / 1024, 1)} KiB |`,
      );
      if (!gavel.portal) continue;
      const { calendar } = gavel.portal;
      const home = gavel.portal.pages.find(([page]) => page === 'home answer')![2];
      ratios.push(`| ${label} | ${fmt(home.rps)} | ${home.p99} | ${fmt(calendar.rps)} | ${calendar.p99} | ${fmt(home.rps / calendar.rps, 2)} |`);
      if (portalPages === 'all')
        for (const [page, path, f] of gavel.portal.pages)
          pages.push(`| ${page} | ${path} | ${fmt(f.rps)} | ${f.p99} | ${fmt(f.bytes / Math.max(f.rps, 1) / 1024, 1)} KiB |`);
    }
    console.log(`GET ${PATH} against a bare route, ${CONNECTIONS} connections`);
    console.log('| database | Gavel req/s | Gavel p99 ms | bare req/s | bare p99 ms | ratio (Gavel/bare req/s) | body |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
    console.log(`\nGET /api/portal/home against the cached calendar list, ${PORTAL_CONNECTIONS} connections (target: ratio ≥ 0.5)`);
    console.log('| database | portal home req/s | portal home p99 ms | calendar req/s | calendar p99 ms | ratio (home/calendar req/s) |');
    console.log('|---|---|---|---|---|---|');
    for (const r of ratios) console.log(r);
    console.log(`\nPortal pages on PostgreSQL, ${PORTAL_CONNECTIONS} connections, anonymous, full answers (target: p99 < 100 ms)`);
    console.log('| page | path | req/s | p99 ms | body |');
    console.log('|---|---|---|---|---|');
    for (const r of pages) console.log(r);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
