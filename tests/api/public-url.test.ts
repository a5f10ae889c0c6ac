/**
 * GAVEL_PUBLIC_URL, not the request's Host header, makes every absolute link
 * and every id Gavel hands to other systems: the same feed whichever name it
 * was fetched under (issue 19 item 4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

const PUBLIC = 'https://gavel.example.org';
const hosts = ['evil.example.net', 'localhost:3000', '10.0.0.7:8080'];

describe.each(engines)('the public URL on %s', (engine) => {
  let h: Harness;
  let anonymous: Client;
  let clusterId: number;

  beforeAll(async () => {
    h = await startHarness(engine, { config: { publicUrl: PUBLIC } });
    anonymous = await h.anonymous();
    clusterId = (await h.app.inject('/api/clusters')).json<{ clusters: Array<{ id: number }> }>().clusters[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const under = async (url: string, host: string) => {
    const res = await anonymous.request('GET', url, undefined, { host, 'x-forwarded-host': host, 'x-forwarded-proto': 'http' });
    expect(res.statusCode, `${url} under ${host}: ${res.body}`).toBe(200);
    return res.body;
  };

  it.each(['/api/portal/atom.xml', '/api/portal/atom.xml?lang=en', 'cluster'])(
    'serves %s the same under any Host header, with links and ids from the public URL',
    async (path) => {
      const url = path === 'cluster' ? `/api/clusters/${clusterId}/calendar.ics` : path;
      const bodies = await Promise.all(hosts.map((host) => under(url, host)));
      for (const body of bodies.slice(1)) expect(body).toBe(bodies[0]);
      for (const host of hosts) expect(bodies[0]).not.toContain(host);
      if (url.includes('atom')) {
        expect(bodies[0]).toContain(`<id>tag:gavel.example.org,2020:portal/news/`);
        expect(bodies[0]).toMatch(/<entry>[\s\S]*<id>tag:gavel\.example\.org,2020:article\/\d+\/(vi|en)<\/id>/);
        expect(bodies[0]).toContain(`href="${PUBLIC}/portal/articles/`);
      } else {
        expect(bodies[0]).toMatch(/UID:meeting-\d+@gavel\.example\.org/);
      }
    },
  );

  it('hands out feed subscriptions under the public URL', async () => {
    const liaison = await h.signIn('liaison.nz@gavel.demo');
    const [nz] = (await liaison.get('/api/calendar-feeds')).json<{ parties: Array<{ delegationId: number }> }>().parties;
    const created = await liaison.request('POST', `/api/delegations/${nz!.delegationId}/calendar-tokens`, { label: 'Outlook' }, { host: 'evil.example.net' });
    expect(created.statusCode, created.body).toBe(201);
    const { url, subscribeUrl } = created.json<{ url: string; subscribeUrl: string }>();
    expect(subscribeUrl).toBe(`${PUBLIC}${url}`);
  });
});
