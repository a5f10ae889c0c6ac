/**
 * The API test harness: a real app over a real database holding the demo
 * data set (a copy of the run's template, see database.ts), driven through
 * Fastify's inject, with a signed-in client helper.
 */
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { Engine } from '../../src/server/db/client.js';
import { demoData } from '../../src/server/demo/index.js';
import { undeclaredErrors } from '../../src/server/http/errors.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, postgresFollowsInProject, type TestDatabase } from './database.js';

export const DEMO_PASSWORD = demoData.users[0]!.password;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Client {
  request(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface Harness {
  app: App;
  database: TestDatabase;
  /** A client with no session (but a CSRF cookie and token, like a browser). */
  anonymous(): Promise<Client>;
  signIn(email: string): Promise<Client>;
  close(): Promise<void>;
}

function cookieHeader(jar: Map<string, string>) {
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

function remember(jar: Map<string, string>, res: LightMyRequestResponse) {
  for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
    const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
    if (expired) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
}

function makeClient(app: App, jar: Map<string, string>, csrf: { token: string }): Client {
  const request: Client['request'] = async (method, url, body, headers = {}) => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie: cookieHeader(jar), 'x-csrf-token': csrf.token, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    remember(jar, res);
    return res;
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

export interface HarnessOptions {
  /**
   * Also make the demo documents' files (PDFs and DOCX, text extracted): about
   * a second of CPU per database, so only the tests that look at them ask.
   */
  demoFiles?: boolean;
  /** Settings that differ from the defaults (session limits, trusted proxy …). */
  config?: Partial<Config>;
  /** A folder with the web UI's index.html, for the pages the server fills in (the portal's). */
  webRoot?: string;
  /**
   * A PostgreSQL harness follows this PGlite one in the file: its database
   * copy starts now, made while the PGlite tests run (database.ts). By
   * default what the project declares (`gavelPostgresFollows`: the API
   * project, whose files run both engines); a PGlite-only file there says false.
   */
  postgresFollows?: boolean;
}

export async function startHarness(engine: Engine, options: HarnessOptions = {}): Promise<Harness> {
  const postgresFollows = engine === 'pglite' && (options.postgresFollows ?? postgresFollowsInProject());
  const database = await openTestDatabase(engine, options.demoFiles ? 'demo-files' : 'demo', { postgresFollows });
  const config = { ...loadConfig({}), logLevel: 'silent', ...options.config };
  const app = await buildApp({ database, config, serveWeb: false, logger: false, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await app.ready();

  const anonymous = async () => {
    const jar = new Map<string, string>();
    const csrf = { token: '' };
    const client = makeClient(app, jar, csrf);
    const res = await client.get('/api/auth/session');
    csrf.token = res.json<{ csrfToken: string }>().csrfToken;
    return client;
  };

  return {
    app,
    database,
    anonymous,
    async signIn(email) {
      const jar = new Map<string, string>();
      const csrf = { token: '' };
      const client = makeClient(app, jar, csrf);
      csrf.token = (await client.get('/api/auth/session')).json<{ csrfToken: string }>().csrfToken;
      const res = await client.post('/api/auth/sign-in', { email, password: DEMO_PASSWORD });
      if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
      csrf.token = res.json<{ csrfToken: string }>().csrfToken;
      return client;
    },
    async close() {
      await app.close();
      // A route answered a refusal its declaration (http/route.ts) does not
      // list: the OpenAPI document would not tell clients about it.
      if (undeclaredErrors.size) {
        const found = [...undeclaredErrors].sort();
        undeclaredErrors.clear();
        await database.dispose();
        throw new Error(`Routes answered error codes they do not declare:\n${found.join('\n')}`);
      }
      await database.dispose();
    },
  };
}
