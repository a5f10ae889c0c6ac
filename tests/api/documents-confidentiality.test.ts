import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { multipart, pdfOf } from '../helpers/files.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface List {
  total: number;
  documents: Array<{ id: number; titleEn: string; snippet: string | null }>;
}

/**
 * Every read path, for every audience: a journalist or anonymous visitor
 * never learns that a restricted document exists.
 */
describe.each(engines)('document confidentiality on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let journalist: Client;
  let anonymous: Client;
  let liaisonNz: Client;
  let committee: Client;
  let summit37: number;
  let pmcNz: number;
  const ids: Record<string, number> = {};
  const secretWord = 'zanzibarquokka';

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    journalist = await h.signIn('journalist@gavel.demo');
    liaisonNz = await h.signIn('liaison.nz@gavel.demo');
    committee = await h.signIn('committee@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    pmcNz = meetings.find((m) => m.seriesCode === 'PMC-NZ')!.id;
    const make = async (key: string, confidentiality: string, actingMeetingId: number, extra: Record<string, unknown> = {}) => {
      ids[key] = (
        await newDocument(staff, actingMeetingId, {
          titleEn: `Secret ${secretWord} ${key}`,
          titleVi: `Văn kiện mật ${key}`,
          type: 'statement',
          pillar: 'cross_pillar',
          intendedAction: 'adopt',
          confidentiality,
          ...extra,
        })
      ).id;
      const { body, headers } = multipart('v.pdf', await pdfOf([`Body text ${secretWord} ${key}`]));
      await staff.request('POST', `/api/documents/${ids[key]}/versions`, body, headers);
    };
    await make('members', 'members', summit37);
    await make('participants', 'participants', pmcNz);
    await make('outcome', 'public_on_outcome', summit37);
    await make('embargoed', 'public_on_outcome', summit37, { embargoUntil: '2099-01-01T00:00:00Z' });
    await make('public', 'public', summit37);
    for (const key of ['outcome', 'embargoed']) {
      for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted']) {
        await staff.post(`/api/documents/${ids[key]}/transitions`, { to });
      }
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const seen = async (client: Client) => {
    const list = (await client.get(`/api/documents?q=${secretWord}`)).json<List>();
    return {
      keys: Object.keys(ids)
        .filter((k) => list.documents.some((d) => d.id === ids[k]))
        .sort(),
      total: list.total,
      list,
    };
  };

  const audiences: Array<[string, () => Client, string[]]> = [
    ['staff', () => staff, ['embargoed', 'members', 'outcome', 'participants', 'public']],
    ['a committee member', () => committee, ['embargoed', 'members', 'outcome', 'participants', 'public']],
    ['the NZ liaison (a partner at the PMC with NZ)', () => liaisonNz, ['outcome', 'participants', 'public']],
    ['a journalist', () => journalist, ['outcome', 'public']],
    ['an anonymous visitor', () => anonymous, ['outcome', 'public']],
  ];

  it.each(audiences)('search, its count and its snippets show %s only what they may see', async (_, client, expected) => {
    const { keys, total, list } = await seen(client());
    expect(keys).toEqual(expected);
    expect(total).toBe(expected.length);
    for (const d of list.documents) expect(d.snippet).toContain(`<mark>${secretWord}</mark>`);
    // Filters and paging do not leak a count either.
    const paged = (await client().get(`/api/documents?q=${secretWord}&offset=50`)).json<List>();
    expect(paged.total).toBe(expected.length);
  });

  it.each(audiences)('detail, file, diff and timeline answer 404 to %s for what they may not see', async (_, client, expected) => {
    for (const key of Object.keys(ids)) {
      const status = expected.includes(key) ? 200 : 404;
      expect((await client().get(`/api/documents/${ids[key]}`)).statusCode, `${key} detail`).toBe(status);
      expect((await client().get(`/api/documents/${ids[key]}/versions/1/file`)).statusCode, `${key} file`).toBe(status);
      expect((await client().get(`/api/documents/${ids[key]}/diff?from=1&to=1`)).statusCode, `${key} diff`).toBe(status);
    }
  });

  it('keeps restricted documents out of outcome lists and their exports', async () => {
    for (const client of [journalist, anonymous]) {
      const list = await client.get(`/api/meetings/${summit37}/outcomes`);
      const text = list.body;
      expect(text).toContain(`Secret ${secretWord} outcome`);
      expect(text).not.toContain(`${secretWord} embargoed`);
      const csv = (await client.get(`/api/meetings/${summit37}/outcomes/csv`)).body;
      expect(csv).toContain(`${secretWord} outcome`);
      expect(csv).not.toContain(`${secretWord} embargoed`);
    }
    expect((await staff.get(`/api/meetings/${summit37}/outcomes/csv`)).body).toContain(`${secretWord} embargoed`);
  });

  it('a journalist cannot probe with transitions or uploads', async () => {
    expect((await journalist.post(`/api/documents/${ids.members}/transitions`, { to: 'circulated' })).statusCode).toBe(403);
    const { body, headers } = multipart('v.pdf', await pdfOf(['x']));
    expect((await anonymous.request('POST', `/api/documents/${ids.members}/versions`, body, headers)).statusCode).toBe(401);
  });

  it('the NZ liaison cannot act on a document it may not see', async () => {
    expect((await liaisonNz.post(`/api/documents/${ids.members}/transitions`, { to: 'under_negotiation' })).statusCode).toBe(404);
  });
});
