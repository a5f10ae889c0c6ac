/**
 * `npm run bench:http`: requests per second and p99 latency of
 * GET /api/meetings?year=2020 against a bare Fastify route answering the same
 * bytes, measured in one run on this machine, and the ratio. Runs on
 * PostgreSQL (BENCH_DATABASE_URL, default the local server's `test`
 * database, in a scratch database dropped afterwards) and on PGlite.
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

async function measure(port: number) {
  // Warm up, then measure.
  await autocannon({ url: `http://127.0.0.1:${port}${PATH}`, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url: `http://127.0.0.1:${port}${PATH}`, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`errors: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average };
}

async function runGavel(database: string, readCache: boolean) {
  const gavel = await startServer(['gavel'], { BENCH_DATABASE: database, BENCH_READ_CACHE: String(readCache) });
  try {
    const body = await (await fetch(`http://127.0.0.1:${gavel.port}${PATH}`)).text();
    const figures = await measure(gavel.port);
    return { body, figures };
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
  const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `gavel_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  admin.on('error', () => {});
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;

  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`Date: ${new Date().toISOString()}; ${CONNECTIONS} connections, ${DURATION} s per run, GET ${PATH}\n`);
  try {
    const rows: string[] = [];
    const runs = [
      ['PostgreSQL', url.toString(), true],
      ['PostgreSQL, read cache off', url.toString(), false],
      ['PGlite', 'pglite', true],
      ['PGlite, read cache off', 'pglite', false],
    ] as const;
    for (const [label, db, readCache] of runs) {
      const gavel = await runGavel(db, readCache);
      const bare = await runBare(gavel.body);
      const ratio = gavel.figures.rps / bare.rps;
      rows.push(
        `| ${label} | ${fmt(gavel.figures.rps)} | ${gavel.figures.p99} | ${fmt(bare.rps)} | ${bare.p99} | ${fmt(ratio, 2)} | ${fmt(gavel.body.length / 1024, 1)} KiB |`,
      );
    }
    console.log('| database | Gavel req/s | Gavel p99 ms | bare req/s | bare p99 ms | ratio (Gavel/bare req/s) | body |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
