/**
 * `npm run bench:live`: live streams (GET /api/events) under load, in one run:
 * BENCH_SUBSCRIBERS (2,000) concurrent Server-Sent Events subscribers on one
 * app process on the embedded database (PGlite), and spread over two app
 * processes on one PostgreSQL database; each beside a single-subscriber
 * baseline on the same processes. Real app processes (`src/server/main.ts`)
 * and real HTTP connections (node:http, one socket per stream).
 *
 * Subscribers are a mix of audiences, as in a meeting room: anonymous
 * readers, a journalist, the New Zealand liaison and the secretariat
 * (one session each, many streams per session: the per-user and
 * per-address limits are raised for the run). Each write is the secretariat
 * renaming a public meeting (every audience may see it); writes alternate
 * between the processes.
 *
 * Figures per setup:
 * - delivery p50/p99 over BENCH_WRITES (20) writes: from sending the write to
 *   its event reaching the LAST subscriber — commit-to-delivery plus the
 *   write's own request (shown beside it, "write ms", so it can be read out);
 * - memory per idle subscriber: the app processes' RSS with the streams open
 *   and idle minus before any was opened, over N;
 * - CPU at rest: the app processes' user+system time over BENCH_REST_SECONDS
 *   (16: one heartbeat round) with every stream open and nothing written,
 *   as % of one core.
 *
 * PostgreSQL is BENCH_DATABASE_URL's server (default the local `test`
 * database), in scratch databases dropped after. BENCH_SKIP_PGLITE /
 * BENCH_SKIP_POSTGRES=true leave one out.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { ready, Session, startApp, type AppProcess } from '../tests/helpers/processes.js';
import { onEachEngine, printMachine, stop } from './app-runs.js';
import { httpSignIn } from '../tests/helpers/sse.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 2_000);
const WRITES = Number(process.env.BENCH_WRITES ?? 20);
/** Long enough for one heartbeat round (every 15 s): idle streams cost their heartbeats. */
const REST_SECONDS = Number(process.env.BENCH_REST_SECONDS ?? 16);
/** Streams opened at once while connecting the subscribers. */
const OPENING = 100;
/** Longest wait for one write's event to reach everyone. */
const DELIVERY_TIMEOUT_MS = 30_000;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'gavel-demo-2020';
const AUDIENCES = [null, 'journalist@gavel.demo', 'liaison.nz@gavel.demo', 'secretariat@gavel.demo'] as const;

const appEnv = {
  GAVEL_EVENTS_PER_USER: String(SUBSCRIBERS * 2),
  GAVEL_EVENTS_PER_ADDRESS: String(SUBSCRIBERS * 2),
};

/** One live stream, counting the events about the benchmark's meeting as they arrive. */
class Subscriber {
  /** When the k-th event about the meeting arrived (performance.now()). */
  readonly arrivals: number[] = [];
  private request: http.ClientRequest | null = null;
  private buffer = '';
  constructor(private readonly marker: string) {}

  open(base: string, cookie: string | null, agent: http.Agent): Promise<void> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (cookie) headers.cookie = cookie;
      const req = http.get(`${base}/api/events`, { headers, agent }, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`stream refused: ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => this.read(chunk));
        res.on('error', () => {});
        resolve();
      });
      req.on('error', reject);
      this.request = req;
    });
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let cut: number;
    while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      if (block.includes(this.marker)) this.arrivals.push(performance.now());
    }
  }

  close(): void {
    this.request?.destroy();
  }
}

interface Figures {
  subscribers: number;
  p50: number;
  p99: number;
  writeP50: number;
  /** Bytes per idle subscriber; NaN for the baseline. */
  perSubscriber: number;
  cpuPercent: number;
  missed: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** Resident set size of a process, from /proc (Linux). */
function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) * 1024;
}

/** User + system CPU seconds a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const progress = (what: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${what}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes under test, signed in once per audience on each. */
interface Rig {
  apps: AppProcess[];
  cookies: Map<string, Array<string | null>>;
  writers: Session[];
  meetingId: number;
  agent: http.Agent;
}

async function rig(apps: AppProcess[]): Promise<Rig> {
  for (const app of apps) await ready(app);
  const cookies = new Map<string, Array<string | null>>();
  for (const app of apps)
    cookies.set(app.url, await Promise.all(AUDIENCES.map((email) => (email ? httpSignIn(app.url, email, PASSWORD) : Promise.resolve(null)))));
  const writers = await Promise.all(apps.map((app) => Session.signIn(app, 'secretariat@gavel.demo')));
  const res = await writers[0]!.request('GET', '/api/meetings?year=2020');
  const { meetings } = (await res.json()) as { meetings: Array<{ id: number; isPublic: boolean }> };
  const meeting = meetings.find((m) => m.isPublic);
  if (!meeting) throw new Error('no public meeting in the demo data');
  return { apps, cookies, writers, meetingId: meeting.id, agent: new http.Agent({ keepAlive: false, maxSockets: Infinity }) };
}

/** Opens `count` streams spread over the processes and audiences. */
async function subscribe(r: Rig, count: number): Promise<Subscriber[]> {
  const marker = `"type":"meeting","id":${r.meetingId},`;
  const subscribers: Subscriber[] = [];
  for (let start = 0; start < count; start += OPENING) {
    const batch = Array.from({ length: Math.min(OPENING, count - start) }, (_, j) => {
      const i = start + j;
      const app = r.apps[i % r.apps.length]!;
      const cookie = r.cookies.get(app.url)![Math.floor(i / r.apps.length) % AUDIENCES.length]!;
      const s = new Subscriber(marker);
      subscribers.push(s);
      return s.open(app.url, cookie, r.agent);
    });
    await Promise.all(batch);
  }
  return subscribers;
}

/** `writes` renames of the meeting, one at a time, each waited for at every subscriber. */
async function deliver(r: Rig, subscribers: Subscriber[], writes = WRITES): Promise<{ delivery: number[]; write: number[]; missed: number }> {
  const delivery: number[] = [];
  const write: number[] = [];
  let missed = 0;
  for (let k = 0; k < writes; k++) {
    const writer = r.writers[k % r.writers.length]!;
    const sent = performance.now();
    const res = await writer.request('PATCH', `/api/meetings/${r.meetingId}`, { titleEn: `Live benchmark meeting ${process.pid}-${k}` });
    if (res.status !== 200) throw new Error(`write refused: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    write.push(performance.now() - sent);
    const deadline = performance.now() + DELIVERY_TIMEOUT_MS;
    while (subscribers.some((s) => s.arrivals.length <= k) && performance.now() < deadline) await sleep(1);
    const late = subscribers.filter((s) => s.arrivals.length <= k).length;
    missed += late;
    if (late) {
      // Keep the counts aligned with the writes for the next round.
      for (const s of subscribers) while (s.arrivals.length <= k) s.arrivals.push(NaN);
    }
    delivery.push(Math.max(...subscribers.map((s) => s.arrivals[k]!).filter((t) => !Number.isNaN(t))) - sent);
    // Writes apart, so each is one batch of its own (the hub batches 20 ms).
    await sleep(100);
  }
  return { delivery, write, missed };
}

async function restCpu(apps: AppProcess[]): Promise<number> {
  await sleep(1_000);
  const before = apps.map((a) => cpuSeconds(a.pid));
  const started = performance.now();
  await sleep(REST_SECONDS * 1000);
  const seconds = (performance.now() - started) / 1000;
  const used = apps.reduce((sum, a, i) => sum + cpuSeconds(a.pid) - before[i]!, 0);
  return (used / seconds) * 100;
}

const memory = (apps: AppProcess[]) => apps.reduce((sum, a) => sum + rss(a.pid), 0);

/** The baseline (one subscriber), then N subscribers, on the same processes. */
async function measure(apps: AppProcess[]): Promise<[Figures, Figures]> {
  const r = await rig(apps);
  progress(`signed in on ${apps.length} process(es); warming up`);
  // Warm up the write path and the processes' JIT.
  const warm = await subscribe(r, 1);
  await deliver(r, warm, 3);
  warm.forEach((s) => s.close());
  await sleep(500);

  progress('baseline: one subscriber');
  const one = await subscribe(r, 1);
  const baseline = await deliver(r, one);
  const baselineCpu = await restCpu(apps);
  one.forEach((s) => s.close());
  await sleep(500);

  const idle = memory(apps);
  progress(`opening ${SUBSCRIBERS} streams`);
  const all = await subscribe(r, SUBSCRIBERS);
  progress('all open; at rest');
  await sleep(2_000);
  const perSubscriber = (memory(apps) - idle) / SUBSCRIBERS;
  const cpuPercent = await restCpu(apps);
  progress('writing');
  const loaded = await deliver(r, all);
  all.forEach((s) => s.close());
  r.agent.destroy();
  const figures = (n: number, d: typeof baseline, bytes: number, cpu: number): Figures => ({
    subscribers: n,
    p50: quantile(d.delivery, 0.5),
    p99: quantile(d.delivery, 0.99),
    writeP50: quantile(d.write, 0.5),
    perSubscriber: bytes,
    cpuPercent: cpu,
    missed: d.missed,
  });
  return [figures(1, baseline, NaN, baselineCpu), figures(SUBSCRIBERS, loaded, perSubscriber, cpuPercent)];
}

const rows: string[] = [];
const row = (label: string, f: Figures) =>
  rows.push(
    `| ${label} | ${f.subscribers} | ${f.p50.toFixed(0)} | ${f.p99.toFixed(0)} | ${f.writeP50.toFixed(0)} | ${Number.isNaN(f.perSubscriber) ? '—' : (f.perSubscriber / 1024).toFixed(1)} | ${f.cpuPercent.toFixed(1)} | ${f.missed} |`,
  );

await onEachEngine(
  serverUrl,
  {
    pglite: async (dataDir) => {
      const app = await startApp({ database: { dataDir }, env: appEnv });
      const [baseline, loaded] = await measure([app]);
      row('PGlite, one process', baseline);
      row('PGlite, one process', loaded);
      await stop([app]);
    },
    postgres: async (dbs) => {
      const db = await dbs.withDemo();
      const pair = await Promise.all([startApp({ database: { url: db.url }, env: appEnv }), startApp({ database: { url: db.url }, env: appEnv })]);
      const [baseline, loaded] = await measure(pair);
      row('PostgreSQL, two processes', baseline);
      row('PostgreSQL, two processes', loaded);
      await stop(pair);
    },
  },
  progress,
);

printMachine();
console.log(
  `Subscribers as anonymous readers, a journalist, a liaison and the secretariat in turn; ${WRITES} writes (a public meeting renamed), CPU at rest over ${REST_SECONDS} s`,
);
console.log('Delivery: from sending the write to its event at the last subscriber (the write\'s own request included: "write ms").');
console.log(
  '| setup | subscribers | delivery p50 ms | delivery p99 ms | write ms (p50) | KiB per idle subscriber | CPU at rest, % of a core | events missed |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
