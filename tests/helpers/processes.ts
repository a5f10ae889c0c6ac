/**
 * Real app processes for the chaos tests and the write benchmark: `node --import tsx src/server/main.ts`
 * on a port of its own choosing (PORT=0, read back from its log), with the
 * database the test gives it; killed with signals like an operator or a
 * crash would; watched for deaths nobody asked for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { controlSocketPath } from '../../src/server/db/backup-server.js';
import { openDatabase } from '../../src/server/db/client.js';
import { demoData, loadDemo } from '../../src/server/demo/index.js';
import { moduleSeeds } from '../../src/server/demo/modules.js';
import { documentFilesSeed } from '../../src/server/documents/demo/files.js';

const root = new URL('../../', import.meta.url).pathname;
export const DEMO_PASSWORD = demoData.users[0]!.password;
export const adminUrl = process.env.TEST_DATABASE_URL;

export interface AppProcess {
  readonly pid: number;
  readonly url: string;
  /** Resolves when the process exits, with its code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether it exited without the test asking it to. */
  died(): boolean;
  /** The last lines it wrote (stdout and stderr), for failure messages. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started = new Set<ChildProcess>();
/** Kills (by their own pids) the processes a test left running. */
export function killLeftovers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
}

export interface StartOptions {
  database: { url: string } | { dataDir: string };
  env?: Record<string, string>;
  /** Resolve when it listens (default); false: as soon as it is spawned (to watch it fail). */
  waitReady?: boolean;
}

export async function startApp(options: StartOptions): Promise<AppProcess> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    GAVEL_DEMO: 'false',
    GAVEL_OVERDUE_SWEEP_MINUTES: '0',
    GAVEL_STOP_GRACE_SECONDS: '10',
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.GAVEL_DATA_DIR;
  if ('url' in options.database) env.DATABASE_URL = options.database.url;
  else env.GAVEL_DATA_DIR = options.database.dataDir;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const lines: string[] = [];
  let asked = false;
  let onPort: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => (onPort = resolve));
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      const listening = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (listening) onPort(Number(listening[1]));
    }
  };
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve({ code, signal });
    }),
  );
  const output = () => lines.join('\n');
  const app: AppProcess = {
    pid: child.pid!,
    url: '',
    exited,
    died: () => !asked && (child.exitCode !== null || child.signalCode !== null),
    output,
    async kill(signal) {
      asked = true;
      child.kill(signal);
      return exited;
    },
  };
  if (options.waitReady === false) return app;
  const first = await Promise.race([port, exited.then(() => null)]);
  if (first === null) throw new Error(`the app exited before listening:\n${output()}`);
  Object.assign(app, { url: `http://127.0.0.1:${first}` });
  return app;
}

/** Waits until the process's readiness check answers 200. */
export async function ready(app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (app.died()) throw new Error(`the app died:\n${app.output()}`);
    const res = await fetch(`${app.url}/api/health/ready`).catch(() => null);
    if (res?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A browser-like session against one app process: cookies, CSRF token. */
export class Session {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(readonly app: AppProcess) {}

  static async signIn(app: AppProcess, email: string): Promise<Session> {
    const session = new Session(app);
    const state = await session.request('GET', '/api/auth/session');
    session.csrf = ((await state.json()) as { csrfToken: string }).csrfToken;
    const res = await session.request('POST', '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    session.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return session;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${this.app.url}${path}`, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    return res;
  }
}

/** A PGlite data folder with the demo data loaded, made once and copied for each test. */
let pgliteTemplate: string | null = null;
export async function pgliteWithDemo(): Promise<{ dataDir: string; dispose: () => void }> {
  if (!pgliteTemplate) {
    const dir = join(mkdtempSync(join(tmpdir(), 'gavel-chaos-template-')), 'data');
    const database = await openDatabase({ dataDir: dir });
    await database.migrate();
    await loadDemo(
      database.db,
      moduleSeeds.filter((s) => s !== documentFilesSeed),
    );
    await database.close();
    pgliteTemplate = dir;
  }
  const parent = mkdtempSync(join(tmpdir(), 'gavel-chaos-'));
  const dataDir = join(parent, 'data');
  cpSync(pgliteTemplate, dataDir, { recursive: true });
  return {
    dataDir,
    dispose: () => {
      rmSync(parent, { recursive: true, force: true });
      // A process killed with -9 leaves its backup socket behind.
      rmSync(controlSocketPath(dataDir), { force: true });
    },
  };
}

/** Removes the template data folder (at the end of a test file). */
export function removePgliteTemplate(): void {
  if (pgliteTemplate) rmSync(join(pgliteTemplate, '..'), { recursive: true, force: true });
  pgliteTemplate = null;
}

export async function adminClient(url: string = adminUrl!): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** PostgreSQL databases for one test file: a template with the demo data, and copies of it or empty ones. */
export class PostgresDatabases {
  private readonly names: string[] = [];
  private template: string | null = null;
  private constructor(
    private readonly admin: pg.Client,
    private readonly serverUrl: string,
  ) {}

  /** On the server of serverUrl (default TEST_DATABASE_URL), whose database it connects to for administration. */
  static async open(serverUrl: string = adminUrl!): Promise<PostgresDatabases> {
    return new PostgresDatabases(await adminClient(serverUrl), serverUrl);
  }

  url(name: string): string {
    const url = new URL(this.serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async empty(): Promise<{ name: string; url: string }> {
    const name = `gavel_chaos_${randomBytes(5).toString('hex')}`;
    await this.admin.query(`create database ${name}`);
    this.names.push(name);
    return { name, url: this.url(name) };
  }

  async withDemo(): Promise<{ name: string; url: string }> {
    if (!this.template) {
      const { name, url } = await this.empty();
      const database = await openDatabase({ url });
      await database.migrate();
      await loadDemo(
        database.db,
        moduleSeeds.filter((s) => s !== documentFilesSeed),
      );
      await database.close();
      this.template = name;
    }
    const name = `gavel_chaos_${randomBytes(5).toString('hex')}`;
    await this.admin.query(`create database ${name} template ${this.template}`);
    this.names.push(name);
    return { name, url: this.url(name) };
  }

  async dispose(): Promise<void> {
    for (const name of this.names) await this.admin.query(`drop database if exists ${name} with (force)`);
    await this.admin.end();
  }
}
