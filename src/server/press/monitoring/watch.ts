/**
 * Pages and feeds fetched from the web and imported as clippings: one page by
 * URL on request, and the watched sources polled by the monitoring sweep.
 *
 * A poll claims a due source (moving its next due time on, so that another
 * run or process does not take it too), fetches it with conditional GET,
 * imports what is new and records how it went on the source in the change
 * log. A section page's article links on its host are followed like a
 * feed's items. A failure of any kind (timeout, 5xx, not XML, a redirect to another
 * host, robots.txt) is recorded with a retry at back-off; it is never thrown
 * out of the poll, and nothing empty is ever stored.
 */
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { recordChange, systemActor, type Actor } from '../../changelog/record.js';
import type { Db } from '../../db/client.js';
import type { MonitorFetchStatus } from '../../domain/vocabulary.js';
import { clippings, monitorSources } from '../schema.js';
import { EmptyPageError, importClippingsIn } from './commands.js';
import { FeedProblem, parseFeed } from './feed.js';
import { decodeBody, Fetcher, FetchProblem, type FetchOptions, type Fetched } from './fetch.js';
import { notTextProblem, storableText } from './page-text.js';
import { RobotsCache } from './robots.js';
import { articleLinks } from './section.js';

/** What the monitoring of one app fetches with: its polite fetcher and robots.txt cache. */
export interface Monitor {
  fetcher: Fetcher;
  robots: RobotsCache;
}

export function createMonitor(options: FetchOptions): Monitor {
  const fetcher = new Fetcher(options);
  return { fetcher, robots: new RobotsCache(fetcher) };
}

/** A poll holds its source this long; a crashed run's source is polled again after it. */
const CLAIM_MS = 10 * 60_000;
/** The first retry after a failure; each further failure in a row doubles it, up to a day. */
const RETRY_BASE_MS = 5 * 60_000;
const RETRY_MAX_MS = 24 * 60 * 60_000;
/** Items imported from one feed per poll at most; the rest wait for the next poll. */
const ITEMS_PER_POLL = 50;

export const retryDelayMs = (failures: number) => Math.min(RETRY_BASE_MS * 2 ** Math.max(0, failures - 1), RETRY_MAX_MS);

const TEXT_TYPES = /^(text\/(html|plain)|application\/xhtml\+xml)\b/i;
const FEED_TYPES = /^(application|text)\/([\w.+-]*\+)?xml\b/i;

/** An answer's body as a text page, or the FetchProblem saying why it is not one. */
function pageText(fetched: Fetched): { content: string; contentType: 'text/html' | 'text/plain' | undefined } {
  if (fetched.status !== 200) throw new FetchProblem('status', `the site answered ${fetched.status}`);
  const type = fetched.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (type && !TEXT_TYPES.test(type)) throw new FetchProblem('content', `not a web page (${type})`);
  const content = decodeBody(fetched);
  if (!content.trim()) throw new FetchProblem('content', 'the page is empty');
  const problem = notTextProblem(content);
  if (problem) throw new FetchProblem('content', problem);
  return { content: storableText(content), contentType: /html/i.test(type) ? 'text/html' : type ? 'text/plain' : undefined };
}

/** Fetches a page (robots.txt asked first) and imports it; the clipping's id, or a FetchProblem. */
async function fetchAndImport(
  db: Db,
  monitor: Monitor,
  actor: Actor,
  url: string,
  monitorSourceId: number | null,
): Promise<{ id: number; duplicate: boolean }> {
  await monitor.robots.check(url);
  const fetched = await monitor.fetcher.get(url, { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' });
  const page = pageText(fetched);
  try {
    const [result] = await db.transaction((tx) => importClippingsIn(tx, actor, { pages: [{ source: url, sourceUrl: url, monitorSourceId, ...page }] }));
    return result!;
  } catch (err) {
    if (err instanceof EmptyPageError) throw new FetchProblem('content', err.message);
    throw err;
  }
}

/**
 * Import by URL: the page fetched now and imported like a pasted one. An
 * address imported before is answered with its clipping, unless `refresh`:
 * then the page is fetched again and the clipping re-read, its corrected fields kept.
 */
export async function importFromUrl(db: Db, monitor: Monitor, actor: Actor, url: string, refresh = false): Promise<{ id: number; duplicate: boolean }> {
  const [seen] = await db.select({ id: clippings.id }).from(clippings).where(eq(clippings.sourceUrl, url)).limit(1);
  if (seen && !refresh) return { id: seen.id, duplicate: true };
  return fetchAndImport(db, monitor, actor, url, null);
}

type Source = typeof monitorSources.$inferSelect;

export interface PollOutcome {
  sourceId: number;
  status: MonitorFetchStatus;
  imported: number;
  error: string | null;
}

/** Item links already imported (by the item's address), so that a feed's items are imported once. */
async function seenLinks(db: Db, links: string[]): Promise<Set<string>> {
  if (!links.length) return new Set();
  const rows = await db.select({ url: clippings.sourceUrl }).from(clippings).where(inArray(clippings.sourceUrl, links));
  return new Set(rows.map((r) => r.url!));
}

interface Polled {
  status: MonitorFetchStatus;
  imported: number;
  error: string | null;
  etag: string | null;
  lastModified: string | null;
}

async function pollOne(db: Db, monitor: Monitor, source: Source): Promise<Polled> {
  const conditional: Record<string, string> = {};
  if (source.etag) conditional['if-none-match'] = source.etag;
  if (source.lastModified) conditional['if-modified-since'] = source.lastModified;
  await monitor.robots.check(source.url);
  const accept = source.kind === 'feed' ? 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9' : 'text/html,text/plain;q=0.9';
  const fetched = await monitor.fetcher.get(source.url, { accept, ...conditional });
  if (fetched.status === 304) return { status: 'not_modified', imported: 0, error: null, etag: source.etag, lastModified: source.lastModified };
  const validators = { etag: fetched.headers.get('etag'), lastModified: fetched.headers.get('last-modified') };
  if (source.kind === 'page') {
    const page = pageText(fetched);
    let duplicate: boolean;
    try {
      const [result] = await db.transaction((tx) =>
        importClippingsIn(tx, systemActor, { pages: [{ source: source.url, sourceUrl: source.url, monitorSourceId: source.id, ...page }] }),
      );
      duplicate = result!.duplicate;
    } catch (err) {
      if (err instanceof EmptyPageError) throw new FetchProblem('content', err.message);
      throw err;
    }
    return { status: 'ok', imported: duplicate ? 0 : 1, error: null, ...validators };
  }
  let items: { link: string }[];
  if (source.kind === 'section') {
    // A section page: the article links on its own host, followed one by one at the fetcher's polite pace.
    const page = pageText(fetched);
    items = articleLinks(page.content, fetched.url).map((link) => ({ link }));
  } else {
    if (fetched.status !== 200) throw new FetchProblem('status', `the site answered ${fetched.status}`);
    const type = fetched.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    if (type && !FEED_TYPES.test(type)) throw new FetchProblem('content', `not a feed (${type})`);
    items = parseFeed(decodeBody(fetched), fetched.url);
  }
  const seen = await seenLinks(
    db,
    items.map((i) => i.link),
  );
  const fresh = items.filter((i) => !seen.has(i.link)).slice(0, ITEMS_PER_POLL);
  let imported = 0;
  const failed: string[] = [];
  for (const item of fresh) {
    try {
      const result = await fetchAndImport(db, monitor, systemActor, item.link, source.id);
      if (!result.duplicate) imported++;
    } catch (err) {
      if (!(err instanceof FetchProblem)) throw err;
      failed.push(`${item.link}: ${err.message}`);
    }
  }
  const more = items.length - seen.size > fresh.length;
  if (failed.length || more) {
    // Not all items are in: forget the feed's validators so that the next poll reads it again and retries them.
    const error = failed.length ? `${failed.length} of ${fresh.length} items could not be imported (${failed.slice(0, 3).join('; ')})` : null;
    return { status: failed.length === fresh.length && fresh.length > 0 ? 'failed' : 'ok', imported, error, etag: null, lastModified: null };
  }
  return { status: 'ok', imported, error: null, ...validators };
}

/** Polls one claimed source and records the outcome on it, in the change log. */
export async function pollSource(db: Db, monitor: Monitor, source: Source, now: Date = new Date()): Promise<PollOutcome> {
  let polled: Polled;
  try {
    polled = await pollOne(db, monitor, source);
  } catch (err) {
    if (!(err instanceof FetchProblem) && !(err instanceof FeedProblem)) throw err;
    const blocked = err instanceof FetchProblem && err.kind === 'robots';
    polled = { status: blocked ? 'blocked' : 'failed', imported: 0, error: err.message, etag: source.etag, lastModified: source.lastModified };
  }
  const failures = polled.status === 'failed' ? source.failures + 1 : 0;
  const nextDueAt = new Date(now.getTime() + (failures ? retryDelayMs(failures) : source.intervalMinutes * 60_000));
  const values = {
    etag: polled.etag,
    lastModified: polled.lastModified,
    lastFetchedAt: now,
    lastStatus: polled.status,
    lastError: polled.error,
    failures,
    nextDueAt,
  };
  await db.transaction(async (tx) => {
    await tx.update(monitorSources).set(values).where(eq(monitorSources.id, source.id));
    await recordChange(tx, systemActor, {
      entityType: 'monitor_source',
      entityId: source.id,
      action: 'update',
      changes: {
        lastStatus: { from: source.lastStatus, to: polled.status },
        lastError: { from: source.lastError, to: polled.error },
        failures: { from: source.failures, to: failures },
        imported: polled.imported,
        nextDueAt: { from: source.nextDueAt, to: nextDueAt },
      },
    });
  });
  return { sourceId: source.id, status: polled.status, imported: polled.imported, error: polled.error };
}

/**
 * The monitoring sweep: every active source due at `now`, each claimed first
 * (its due time moved on by a lease) so that two runs never poll one source
 * together. Sources are polled one after another, the fetcher spacing the
 * requests to each host.
 */
export async function pollDueSources(db: Db, monitor: Monitor, now: Date = new Date(), limit = 20): Promise<PollOutcome[]> {
  const due = await db
    .select({ id: monitorSources.id })
    .from(monitorSources)
    .where(and(eq(monitorSources.active, true), lte(monitorSources.nextDueAt, now)))
    .orderBy(monitorSources.nextDueAt)
    .limit(limit);
  const outcomes: PollOutcome[] = [];
  for (const { id } of due) {
    const [claimed] = await db
      .update(monitorSources)
      .set({ nextDueAt: new Date(now.getTime() + CLAIM_MS) })
      .where(and(eq(monitorSources.id, id), eq(monitorSources.active, true), lte(monitorSources.nextDueAt, now)))
      .returning();
    if (!claimed) continue;
    outcomes.push(await pollSource(db, monitor, { ...claimed, nextDueAt: now }, now));
  }
  return outcomes;
}

/** A press officer's "poll now": the source polled at once, whenever it is due, unless a poll holds it. */
export async function pollNow(db: Db, monitor: Monitor, id: number, now: Date = new Date()): Promise<PollOutcome | null> {
  const [current] = await db.select().from(monitorSources).where(eq(monitorSources.id, id));
  if (!current) return null;
  const [claimed] = await db
    .update(monitorSources)
    .set({ nextDueAt: new Date(now.getTime() + CLAIM_MS) })
    // Compared to the millisecond: the database keeps microseconds, a JavaScript Date does not.
    .where(and(eq(monitorSources.id, id), sql`date_trunc('milliseconds', ${monitorSources.nextDueAt}) = ${current.nextDueAt.toISOString()}::timestamptz`))
    .returning();
  if (!claimed) return null;
  return pollSource(db, monitor, { ...claimed, nextDueAt: current.nextDueAt }, now);
}
