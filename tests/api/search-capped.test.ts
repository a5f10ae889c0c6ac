import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../src/server/documents/schema.js';
import { SEARCH_COUNT_CAP } from '../../src/server/search/provider.js';
import type { SearchAnswer } from '../../src/server/search/schemas.js';
import { searchTextOf } from '../../src/server/search/normalize.js';
import { engines } from '../helpers/database.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

/**
 * The search box stops counting a kind at SEARCH_COUNT_CAP and says so
 * (`capped`), ranking only a bounded set of candidates: yet a match with the
 * words in its title still comes first, however many matches there are.
 */
describe.each(engines)('search box counts up to a cap on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let anonymous: Client;
  const bodyOnlyPublic = 600;
  const bodyOnlyMembers = 500;
  let titledIds: number[];
  const search = async (client: Client, q: string) => {
    const res = await client.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SearchAnswer>();
  };

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    anonymous = await h.anonymous();
    const meetings = (await staff.get('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>().meetings;
    const summit37 = meetings.find((m) => m.seriesCode === 'SUMMIT' && m.edition === 37)!.id;
    const row = (i: number, titleEn: string, titleVi: string, body: string, confidentiality: 'public' | 'members') => {
      const referenceCode = `CAP/${i}`;
      return {
        referenceCode,
        titleEn,
        titleVi,
        type: 'statement' as const,
        pillar: 'economic' as const,
        actingMeetingId: summit37,
        intendedAction: 'adopt' as const,
        status: 'draft' as const,
        confidentiality,
        searchText: searchTextOf([referenceCode, titleEn, titleVi, body]),
      };
    };
    // The word only in the text of many documents, written first; then a few with it in the title.
    const bodyOnly = Array.from({ length: bodyOnlyPublic + bodyOnlyMembers }, (_, i) =>
      row(i, `Note ${i}`, `Ghi chú ${i}`, 'about the quokka census', i < bodyOnlyPublic ? 'public' : 'members'),
    );
    await h.database.db.insert(documents).values(bodyOnly);
    const titled = await h.database.db
      .insert(documents)
      .values(Array.from({ length: 3 }, (_, i) => row(5000 + i, `Quokka Accord ${i}`, `Hiệp định quokka ${i}`, '', 'public')))
      .returning({ id: documents.id });
    titledIds = titled.map((t) => t.id);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts documents up to the cap and says there are more, listing the title matches first', async () => {
    const answer = await search(staff, 'quokka');
    expect(answer.groups.find((g) => g.type === 'document')).toEqual({ type: 'document', count: SEARCH_COUNT_CAP, capped: true });
    const listed = answer.results.filter((r) => r.type === 'document');
    expect(listed).toHaveLength(25);
    expect(listed.slice(0, 3).map((r) => r.id)).toEqual(titledIds);
    // The registry itself still counts them all.
    const registry = (await staff.get('/api/documents?q=quokka&limit=1')).json<{ total: number }>();
    expect(registry.total).toBe(bodyOnlyPublic + bodyOnlyMembers + 3);
  });

  it('counts exactly, without the cap, what a reader may see when that is fewer', async () => {
    const answer = await search(anonymous, 'quokka');
    expect(answer.groups.find((g) => g.type === 'document')).toEqual({ type: 'document', count: bodyOnlyPublic + 3 });
    expect(
      answer.results
        .filter((r) => r.type === 'document')
        .slice(0, 3)
        .map((r) => r.id),
    ).toEqual(titledIds);
  });

  it('counts exactly through the two-way match of a short last word', async () => {
    // "quokka ac": "ac" is short, so a whole word anywhere or the start of a title word.
    const answer = await search(staff, 'quokka ac');
    expect(answer.groups.find((g) => g.type === 'document')).toEqual({ type: 'document', count: 3 });
  });
});
