/**
 * Bad input never gets a 500, on any route. Walks the OpenAPI document (so
 * every route a module adds is covered without listing it here) and sends
 * each operation malformed path parameters, query strings and bodies, as an
 * administrator (every permission: the request reaches the handler) and as
 * an anonymous visitor. Any 5xx fails the test and names the request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
type OpenApi = { paths: Record<string, Partial<Record<Lowercase<Method>, Operation>>> };

/** Routes whose success changes who is asking, not data; hitting them would end the session mid-walk. */
const skipped = new Set(['POST /api/auth/sign-out']);

const badIds = ['abc', '-1', '0', '1.5', '99999999999999999999', '%00', 'x'.repeat(300), '1'];
const badQueryValues = ['zzz', '-1', '99999999999999999999', '', '%00', '2020-13-45'];

/** Wrong types for every declared body property, plus whole-body shapes that are not objects. */
function badBodies(operation: Operation): unknown[] {
  const json = operation.requestBody?.content?.['application/json']?.schema?.properties ?? {};
  const names = Object.keys(json);
  const wrong = (value: unknown) => Object.fromEntries(names.map((n) => [n, value]));
  return [
    {},
    [],
    'text',
    null,
    wrong(-1),
    wrong('zzz'),
    wrong(null),
    wrong({ nested: true }),
    wrong(['x']),
    wrong('9'.repeat(40)),
    wrong('<script>alert(1)</script>'.repeat(400)),
    wrong('1999-02-30'),
  ];
}

function expand(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(value).replace(/%2525/g, '%25'));
}

interface Probe {
  method: Method;
  url: string;
  body?: unknown;
}

function probesFor(path: string, method: Method, operation: Operation): Probe[] {
  const probes: Probe[] = [];
  const hasParams = path.includes('{');
  const urls = hasParams ? badIds.map((id) => expand(path, id)) : [path];
  const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  const withBody = !(method === 'GET' || method === 'DELETE');
  // Bad path parameters with an empty body; bad bodies on a plausible id.
  for (const url of urls) probes.push({ method, url, ...(withBody ? { body: {} } : {}) });
  const base = hasParams ? expand(path, '1') : path;
  if (withBody) for (const body of badBodies(operation)) probes.push({ method, url: base, body });
  for (const value of badQueryValues) {
    if (queryNames.length === 0) break;
    const query = queryNames.map((n) => `${encodeURIComponent(n)}=${encodeURIComponent(value)}`).join('&');
    probes.push({ method, url: `${base}?${query}`, ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }) });
  }
  return probes;
}

describe.each(engines)('no route answers bad input with a 500 on %s', (engine) => {
  let h: Harness;
  let probes: Probe[];

  beforeAll(async () => {
    h = await startHarness(engine);
    const spec = (await h.app.inject('/api/docs/json')).json<OpenApi>();
    probes = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [lower, operation] of Object.entries(operations)) {
        const method = lower.toUpperCase() as Method;
        if (!['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method) || !operation) continue;
        if (skipped.has(`${method} ${path}`)) continue;
        probes.push(...probesFor(path, method, operation));
      }
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  async function walk(client: Client) {
    const failures: string[] = [];
    for (const probe of probes) {
      const res = await client.request(probe.method, probe.url, probe.body);
      if (res.statusCode >= 500) {
        failures.push(`${probe.method} ${probe.url.slice(0, 120)} ${JSON.stringify(probe.body)?.slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    return failures;
  }

  it('covers the whole API', () => {
    // The walk is only as good as the document it reads: it must see the
    // modules' routes, not an empty spec.
    const paths = new Set(probes.map((p) => p.url.split('?')[0]!.split('/')[2]));
    for (const module of ['meetings', 'documents', 'committee', 'press', 'schedule']) expect(paths).toContain(module);
    expect(probes.length).toBeGreaterThan(400);
  });

  // Thousands of requests: generous limits for a loaded two-core machine.
  it('as an administrator', { timeout: 300_000 }, async () => {
    expect(await walk(await h.signIn('admin@gavel.demo'))).toEqual([]);
  });

  it('as an anonymous visitor', { timeout: 300_000 }, async () => {
    expect(await walk(await h.anonymous())).toEqual([]);
  });
});
