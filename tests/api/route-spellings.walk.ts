/**
 * The walk of route-spellings*.test.ts, shared by its files: the demo's roles
 * are split across two files so that the two test workers share the walk.
 *
 * Access is decided by the route the router matched, never by how the URL
 * was typed. Every route of the OpenAPI document is asked for in many
 * spellings — percent-encoded letters and slashes, double encoding, mixed
 * case, dot segments, doubled and trailing slashes, overlong UTF-8 — as an
 * anonymous visitor and as each demo role. A spelling may be refused (400,
 * 404) but never answers more than the canonical spelling does: same status,
 * and for reads the same body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type OpenApi = { paths: Record<string, Partial<Record<Lowercase<Method>, unknown>>> };

/** Routes whose success changes who is asking; the walk would lose its session. */
const skipped = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-in', 'POST /api/auth/sign-out-everywhere']);

const hex = (c: string) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0');

/** Spellings of a canonical path ('/api/meetings/1') that a client could send. */
export function spellings(path: string): string[] {
  const [, first, ...rest] = path.split('/'); // '', 'api', ...
  const tail = rest.join('/');
  const encodeAll = (s: string) => [...s].map(hex).join('');
  const out = [
    `/${hex(first![0]!)}${first!.slice(1)}/${tail}`, // /%61pi/…
    `/${encodeAll(first!).toUpperCase()}/${tail}`, // /%61%70%69/… in upper-case hex
    `/${first}/${encodeAll(rest[0] ?? '')}${rest.length > 1 ? '/' + rest.slice(1).join('/') : ''}`, // second segment
    `/${first}%2F${tail}`, // encoded slash
    `/%2561${first!.slice(1)}/${tail}`, // double encoding
    `/${first![0]!.toUpperCase()}${first!.slice(1)}/${tail}`, // case
    `/./${first}/x/../${tail}`, // dot segments
    `/${first}/%2e%2e/${first}/${tail}`, // encoded dot segment
    `//${first}//${tail}`, // doubled slashes
    `${path}/`, // trailing slash
    `/${first}%C0%AF${tail}`, // overlong UTF-8 '/'
    `/${first}/${tail}%00`, // NUL
    `/${first}\\${tail}`, // backslash
  ];
  return [...new Set(out)].filter((s) => s !== path);
}

/** How many demo roles route-spellings.test.ts walks; the rest walk in route-spellings-roles.test.ts. */
export const spellingsFirstRoles = 3;

interface Probe {
  method: Method;
  path: string;
}

export function describeSpellings(part: string, walks: { general: boolean; anonymous: boolean; users: string[] }) {
  describe.each(engines)(`every spelling of every route gets the canonical answer (${part}) on %s`, (engine) => {
    let h: Harness;
    let probes: Probe[];
    beforeAll(async () => {
      h = await startHarness(engine);
      const spec = (await h.app.inject('/api/docs/json')).json<OpenApi>();
      probes = [];
      for (const [template, operations] of Object.entries(spec.paths)) {
        for (const lower of Object.keys(operations)) {
          const method = lower.toUpperCase() as Method;
          if (!['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) continue;
          if (skipped.has(`${method} ${template}`)) continue;
          probes.push({ method, path: template.replace(/\{[^}]+\}/g, '1') });
        }
      }
    });
    afterAll(async () => {
      await h?.close();
    });

    /** The room's answer carries the server's clock for its countdowns: the one part that may differ. */
    const withoutClock = (body: string) => body.replace(/"serverTime":"[^"]*"/g, '"serverTime":""');

    async function walk(client: Client, who: string) {
      const failures: string[] = [];
      for (const { method, path } of probes) {
        // Writes carry an empty body: the permission and CSRF checks come
        // first, so the answer shows whether they ran; no write is valid with it.
        const body = method === 'GET' || method === 'DELETE' ? undefined : {};
        const canonical = await client.request(method, path, body);
        for (const spelled of spellings(path)) {
          const res = await client.request(method, spelled, body);
          const status = res.statusCode;
          const was = canonical.statusCode;
          const refused = status === 404 || status === 400;
          const line = `${who} ${method} ${spelled} → ${status}, canonical ${path} → ${was}`;
          if (status >= 500) failures.push(line);
          else if (was === 401 || was === 403) {
            // The canonical spelling is refused: so is every other one.
            if (status !== was && !refused) failures.push(line);
          } else if (method === 'GET') {
            if (status !== was && !refused) failures.push(line);
            else if (status === was && status < 300 && withoutClock(res.body) !== withoutClock(canonical.body)) failures.push(`${line}, another body`);
          } else if (status === 401 || status === 403) {
            // A permitted write refused by permission in another spelling.
            failures.push(line);
          }
        }
      }
      return failures;
    }

    if (walks.general) {
      it('covers the whole API', () => {
        expect(probes.length).toBeGreaterThan(100);
        expect(spellings('/api/changes')).toContain('/%61pi/changes');
      });

      it('the percent-encoded prefix no longer reads the change log or decides applications', async () => {
        const anonymous = await h.anonymous();
        for (const url of ['/%61pi/changes?limit=1', '/%61%70%69/changes', '/api/%63hanges']) {
          expect((await anonymous.get(url)).statusCode).toBe(401);
        }
        const decision = await anonymous.request('POST', '/%61pi/press/applications/1/decision', { decision: 'approved' });
        expect(decision.statusCode).toBe(401);
        const journalist = await h.signIn('journalist@gavel.demo');
        expect((await journalist.get('/%61pi/changes')).statusCode).toBe(403);
        // Without the CSRF header a write is refused whatever the spelling.
        const admin = await h.signIn('admin@gavel.demo');
        const noCsrf = await admin.request('POST', '/%61pi/meetings', {}, { 'x-csrf-token': '' });
        expect(noCsrf.statusCode).toBe(403);
      });

      it('a path that matches no route is 404 as JSON, however it is spelled', async () => {
        const anonymous = await h.anonymous();
        for (const url of ['/api/no-such-thing', '/%61pi/no-such-thing', '/%2561pi/changes']) {
          const res = await anonymous.get(url);
          expect(res.statusCode).toBe(404);
          expect(res.json<{ code: string }>().code).toBe('not_found');
        }
      });
    }

    if (walks.anonymous) {
      it('as an anonymous visitor', { timeout: 600_000 }, async () => {
        expect(await walk(await h.anonymous(), 'anonymous')).toEqual([]);
      });
    }

    for (const email of walks.users) {
      it(`as ${email}`, { timeout: 600_000 }, async () => {
        expect(await walk(await h.signIn(email), email)).toEqual([]);
      });
    }
  });
}
