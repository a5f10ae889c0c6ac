/** Reading documents; every query goes through the one visibility predicate. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import { qualified } from '../db/sql.js';
import { meetings, parties } from '../db/schema.js';
import { documentBlobs, documentProposers, documents, documentVersions } from './schema.js';
import type { DocumentFilters, DocumentSummary } from './schemas.js';
import type { Confidentiality, DocumentStatus, DocumentType, OutcomeAction, Pillar } from './vocabulary.js';
import { visibleTo, type Viewer } from './visibility.js';
import { hitsOf, SIMILAR_MAX, suggestionFrom, textSearch, TITLE_SIMILARITY, type MatchKind, type TextSearch } from './search.js';
import { orderOf, relevanceOrder } from './ordering.js';

const proposerCodes = sql<string[]>`coalesce((select array_agg(${parties.code} order by ${parties.code}) from ${documentProposers}
  join ${parties} on ${parties.id} = ${documentProposers.partyId} where ${documentProposers.documentId} = ${qualified(documents.id)}), '{}')`;

/** The latest version's extracted text, for snippets (a page's rows only). */
const latestText = sql<string | null>`(select ${documentBlobs.text} from ${documentVersions}
  join ${documentBlobs} on ${documentBlobs.sha256} = ${documentVersions.sha256}
  where ${documentVersions.documentId} = ${qualified(documents.id)} order by ${documentVersions.number} desc limit 1)`;

/** Who may see it, and the filters; the text condition is added by the caller. */
function conditions(viewer: Viewer, f: Partial<DocumentFilters>): SQL {
  const where: SQL[] = [visibleTo(viewer)];
  if (f.meeting) where.push(eq(documents.actingMeetingId, f.meeting));
  if (f.type) where.push(eq(documents.type, f.type));
  if (f.status) where.push(eq(documents.status, f.status));
  if (f.pillar) where.push(eq(documents.pillar, f.pillar));
  // Through the meeting's id, not a join: a read of documents alone (boundedPageOf) can take it too.
  if (f.year) {
    where.push(sql`${documents.actingMeetingId} in (select ${meetings.id} from ${meetings} where extract(year from ${meetings.startsAt}) = ${f.year})`);
  }
  if (f.proposer) {
    where.push(sql`exists (select 1 from ${documentProposers} join ${parties} on ${parties.id} = ${documentProposers.partyId}
      where ${documentProposers.documentId} = ${documents.id} and ${parties.code} = ${f.proposer.toUpperCase()})`);
  }
  return and(...where)!;
}

export interface SummaryRow {
  id: number;
  referenceCode: string;
  titleEn: string;
  titleVi: string;
  // Checked by the database (CHECK constraints from the vocabularies).
  type: DocumentType;
  pillar: Pillar;
  status: DocumentStatus;
  intendedAction: OutcomeAction;
  finalAction: OutcomeAction | null;
  confidentiality: Confidentiality;
  meetingId: number;
  meetingTitleEn: string;
  meetingTitleVi: string;
  meetingStartsAt: Date | string;
  proposers: string[];
  snippet: string | null;
  rank: number | null;
  match: MatchKind | null;
  highlight: DocumentSummary['highlight'];
}

export const iso = (d: Date | string) => new Date(d).toISOString();

export function toSummary(r: SummaryRow): DocumentSummary {
  return {
    id: r.id,
    referenceCode: r.referenceCode,
    titleEn: r.titleEn,
    titleVi: r.titleVi,
    type: r.type,
    pillar: r.pillar,
    status: r.status,
    intendedAction: r.intendedAction,
    finalAction: r.finalAction,
    confidentiality: r.confidentiality,
    meeting: { id: r.meetingId, titleEn: r.meetingTitleEn, titleVi: r.meetingTitleVi, startsAt: iso(r.meetingStartsAt) },
    proposers: r.proposers,
    snippet: r.snippet,
    rank: r.rank === null ? null : Number(r.rank),
    match: r.match,
    highlight: r.highlight,
  };
}

/** One page of ids in order, with the total over all pages. */
async function pageOf(db: DbOrTx, where: SQL, rank: SQL | null, order: SQL[], limit: number, offset: number) {
  const page = await db
    .select({ id: documents.id, rank: rank ? sql<number>`${rank}` : sql<null>`null`, total: sql<number>`(count(*) over ())::int` })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  let total = page[0]?.total ?? 0;
  if (!page.length && offset > 0) {
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
      .where(where);
    total = c?.n ?? 0;
  }
  return { rows: page.map((p) => ({ id: p.id, rank: p.rank })), total };
}

/**
 * A search's own transaction only scopes its planner settings (`set_config`
 * local to it): read only, so that it leaves the read caches alone
 * (db/transactions.ts).
 */
const readOnly = { accessMode: 'read only' } as const;

/**
 * The first page of a search, ranking at most a few times `countUpTo`
 * matches rather than all of them (the search box,
 * docs/decisions/search-bounded-ranking.md): a common word matches tens of
 * thousands of documents, and ranking and counting every one cost hundreds
 * of ms. Each arm of the text condition (search.ts textArms) gives up to
 * `countUpTo + 1` of its matches, which is all of them for an ordinary
 * query (so the same page as pageOf), and up to as many of those with a
 * query word in the titles, the ones ranking above 0 (so whenever these are
 * fewer, every match that would rank above 0 is ranked). Each read stops at
 * its limit; the text condition's `in (… union all …)` would first collect
 * every match. `total` is exact up to `countUpTo`; `countUpTo + 1` says "more".
 */
async function boundedPageOf(db: DbOrTx, where: SQL, search: TextSearch, limit: number, countUpTo: number) {
  // Each read carries what the page is ordered by, so that no read joins another table: a join the planner
  // may make a hash join, over all the documents or all the matches, before the limit. The text is matched
  // behind a fence (`offset 0`: the planner moves no condition in or out), so its index drives the read and
  // the asker's conditions are checked on its rows after: the planner, not counting the cost of reading each
  // row's text vector back (TOAST), would otherwise read a meeting's documents by their meeting and test
  // each one's text.
  const first = (name: string, text: SQL, gate?: SQL) =>
    db.$with(name).as(
      db
        .select({
          id: sql<number>`${qualified(documents.id)}`.as('id'),
          rank: sql<number>`${search.rank}`.as('rank'),
          meetingId: sql<number>`${qualified(documents.actingMeetingId)}`.as('meeting_id'),
          referencePrefix: sql<string>`${qualified(documents.referencePrefix)}`.as('reference_prefix'),
          referenceNumber: sql<number>`${qualified(documents.referenceNumber)}`.as('reference_number'),
        })
        .from(sql`(select * from ${documents} where ${text} offset 0) as ${documents}`)
        .where(and(where, gate))
        .limit(countUpTo + 1),
    );
  type Read = ReturnType<typeof first>;
  // Each arm after the first is read only while the ones before found no more than counted (a one-time filter).
  const reads = (name: string, also?: { text: SQL; gate: SQL }) =>
    search.arms.reduce<Read[]>((done, arm, i) => {
      const untilFull = done.map((d) => sql`(select count(*) from ${d}) <= ${countUpTo}`);
      return [...done, first(`${name}${i}`, and(arm, also?.text)!, and(also?.gate, ...untilFull))];
    }, []);
  const all = (read: Read) => db.select().from(read);
  const matchedReads = reads('matched');
  const [m0, m1, ...mRest] = matchedReads.map(all);
  const matched = db.$with('matched').as(m1 ? union(m0!, m1, ...mRest) : m0!);
  // The titles' matches are read only when the matches are more than counted: otherwise they are all in `matched`.
  const titledReads = reads('titled', { text: search.inTitles, gate: sql`(select count(*) from ${matched}) > ${countUpTo}` });
  const [t0, ...tRest] = titledReads.map(all);
  // Named with the subquery's name: meetings has an id too.
  const candidate = (name: string) => sql`${sql.identifier('candidates')}.${sql.identifier(name)}`;
  const candidates = union(db.select().from(matched), t0!, ...tRest).as('candidates');
  // The planner does not count the cost of reading each row's text vector back (TOAST) to test a match, so
  // when statistics say a word is common it reads the table in order instead of the index: a rare enough word
  // then costs a read of most of the table. The index's bitmap costs what the word's postings are.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
    const page = await tx
      .with(...matchedReads, matched, ...titledReads)
      .select({
        id: sql<number>`${candidate('id')}`,
        rank: sql<number>`${candidate('rank')}`,
        total: sql<number>`least((select count(*) from ${matched}), ${countUpTo + 1})::int`,
      })
      .from(candidates)
      .innerJoin(meetings, eq(meetings.id, sql`${candidate('meeting_id')}`))
      .orderBy(
        ...relevanceOrder({
          rank: candidate('rank'),
          startsAt: meetings.startsAt,
          referencePrefix: candidate('reference_prefix'),
          referenceNumber: candidate('reference_number'),
          id: candidate('id'),
        }),
      )
      .limit(limit);
    return { rows: page.map((p) => ({ id: p.id, rank: Number(p.rank) })), total: page[0]?.total ?? 0 };
  }, readOnly);
}

/**
 * A page of the documents whose titles resemble the query, among the first
 * SIMILAR_MAX found, in the chosen order (by default the most similar first):
 * each candidate of the trigram index is checked one by one
 * (`word_similarity`), and a misspelling of common words ("enviroment
 * coperation") resembles thousands of titles; the "did you mean" suggestion
 * then leads to the full, ranked full-text result.
 */
async function similarPage(db: DbOrTx, where: SQL, similarity: SQL, f: DocumentFilters) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_SIMILARITY)}, true)`);
    const found = tx
      .select({ id: documents.id, rank: sql<number>`${similarity}`.as('rank') })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
      .where(where)
      .limit(SIMILAR_MAX)
      .as('found');
    const rows = await tx
      .select({ id: found.id, rank: found.rank, total: sql<number>`(count(*) over ())::int` })
      .from(found)
      .innerJoin(documents, eq(documents.id, found.id))
      .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
      .orderBy(...orderOf(f.sort, f.dir, found.rank))
      .limit(f.limit)
      .offset(f.offset);
    let total = rows[0]?.total ?? 0;
    if (!rows.length && f.offset > 0) total = (await tx.select({ n: sql<number>`count(*)::int` }).from(found))[0]?.n ?? 0;
    return { rows: rows.map((r) => ({ id: r.id, rank: Number(r.rank) })), total };
  }, readOnly);
}

export interface DocumentList {
  total: number;
  documents: DocumentSummary[];
  suggestion: string | null;
}

/**
 * The list, filtered and searched: full-text matches by rank; when full text
 * finds nothing, documents whose titles resemble the query, by similarity
 * (`match: 'similar'`, for a misspelled query). Both go through the same
 * visibility predicate and filters, so counts, snippets and the "did you
 * mean" suggestion only ever come from what the asker may see. With
 * `bound` (the search box), a search's first page ranks and counts at most
 * about `countUpTo` matches (boundedPageOf).
 */
export async function listDocuments(db: DbOrTx, viewer: Viewer, f: DocumentFilters, bound?: { countUpTo: number }): Promise<DocumentList> {
  const search = textSearch(f.q);
  const filtered = conditions(viewer, f);
  // First the page: ids, rank and the total, cheap columns only.
  let match: MatchKind | null = search ? 'text' : null;
  const rank = search?.rank ?? null;
  const order = orderOf(f.sort, f.dir, rank);
  let { rows: page, total } =
    search && bound && f.offset === 0 && (f.sort ?? 'relevance') === 'relevance'
      ? await boundedPageOf(db, filtered, search, f.limit, bound.countUpTo)
      : await pageOf(db, search ? and(filtered, search.match)! : filtered, rank, order, f.limit, f.offset);
  if (search && total === 0) {
    match = 'similar';
    ({ rows: page, total } = await similarPage(db, and(filtered, search.similar)!, search.similarity, f));
  }
  if (!page.length) return { total, documents: [], suggestion: null };
  // Then names and texts for that page only.
  const rows = await db
    .select({
      id: documents.id,
      referenceCode: documents.referenceCode,
      titleEn: documents.titleEn,
      titleVi: documents.titleVi,
      type: documents.type,
      pillar: documents.pillar,
      status: documents.status,
      intendedAction: documents.intendedAction,
      finalAction: documents.finalAction,
      confidentiality: documents.confidentiality,
      meetingId: meetings.id,
      meetingTitleEn: meetings.titleEn,
      meetingTitleVi: meetings.titleVi,
      meetingStartsAt: meetings.startsAt,
      proposers: proposerCodes,
      // Snippets are cut in the process from the original texts (see snippet.ts).
      leadBodyEn: documents.leadBodyEn,
      leadBodyVi: documents.leadBodyVi,
      text: search ? latestText : sql<null>`null`,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
    .where(
      inArray(
        documents.id,
        page.map((p) => p.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    documents: page.map((p) => {
      const { text: body, leadBodyEn, leadBodyVi, ...row } = byId.get(p.id)!;
      const hits = search && match ? hitsOf({ ...row, leadBodyEn, leadBodyVi, text: body }, search.tokens, match) : null;
      return toSummary({ ...row, snippet: hits?.snippet ?? null, highlight: hits?.highlight ?? null, rank: p.rank, match });
    }),
    suggestion: search && match === 'similar' ? suggestionFrom(byId.get(page[0]!.id)!, search.tokens) : null,
  };
}

/** The document's row if the viewer may see it, else undefined (answer 404). */
export async function visibleDocument(db: DbOrTx, viewer: Viewer, id: number) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), visibleTo(viewer)));
  return row;
}

/** A version's bytes and text, only through a document the viewer may see. */
export async function getVersion(db: DbOrTx, viewer: Viewer, documentId: number, number: number) {
  const [row] = await db
    .select({
      fileName: documentVersions.fileName,
      mediaType: documentBlobs.mediaType,
      bytes: documentBlobs.bytes,
      text: documentBlobs.text,
      sha256: documentBlobs.sha256,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(documentBlobs, eq(documentBlobs.sha256, documentVersions.sha256))
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.number, number), visibleTo(viewer)));
  return row;
}
