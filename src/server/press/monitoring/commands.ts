/**
 * Importing pages as clippings: parse (pure), link against the meetings and
 * people of the database, store page, clipping and links in one transaction
 * with its change-log event. A page imported twice is found, not duplicated.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { meetings, meetingSeries, people, personRoles } from '../../db/schema.js';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';
import { clippingMeetings, clippingPeople, clippings } from '../schema.js';
import type { MeetingNames, PersonNames } from './aliases.js';
import { linkClipping, parsePage, type ClippingLinks, type ParsedClipping } from './clipping.js';
import type { ClippingsImport } from './schemas.js';
import { findStory, STORY_WINDOW_MS, storyPrint } from './syndication.js';

export const DEFAULT_PRESS_ZONE = CHAIR_ZONE;

export async function namesForLinking(tx: DbOrTx): Promise<{ meetings: MeetingNames[]; people: PersonNames[] }> {
  const meetingRows = await tx
    .select({
      id: meetings.id,
      edition: meetings.edition,
      titleEn: meetings.titleEn,
      titleVi: meetings.titleVi,
      seriesCode: meetingSeries.code,
      seriesNameEn: meetingSeries.nameEn,
      seriesNameVi: meetingSeries.nameVi,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
    })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetings.seriesId, meetingSeries.id));
  const peopleRows = await tx.select({ id: people.id, fullName: people.fullName }).from(people);
  // Roles' titles, so that "Thủ tướng Phúc" names the Prime Minister (aliases.ts).
  const roleRows = await tx.select({ personId: personRoles.personId, titleEn: personRoles.titleEn, titleVi: personRoles.titleVi }).from(personRoles);
  const titles = new Map<number, string[]>();
  for (const r of roleRows) titles.set(r.personId, [...(titles.get(r.personId) ?? []), r.titleEn, r.titleVi]);
  return { meetings: meetingRows, people: peopleRows.map((p) => ({ ...p, titles: titles.get(p.id) ?? [] })) };
}

/** Imports the pages; returns each page's clipping id and whether it was there already. */
/** A page to import; pages fetched from the web also carry their address and watched source. */
export type PageToImport = ClippingsImport['pages'][number] & { sourceUrl?: string; monitorSourceId?: number | null };

/** A page in which the extractor found no words at all: never stored as an empty clipping. */
export class EmptyPageError extends Error {
  constructor(readonly index: number) {
    super('no text found in the page: neither a headline nor a paragraph');
    this.name = 'EmptyPageError';
  }
}

export async function importClippings(db: Db, actor: Actor, input: { pages: PageToImport[] }): Promise<{ id: number; duplicate: boolean }[]> {
  return db.transaction(async (tx) => importClippingsIn(tx, actor, input));
}

type ClippingRow = typeof clippings.$inferSelect;

/** The fields of a clipping read from its page: what a re-import may refresh unless corrected. */
function extractedFields(parsed: ParsedClipping) {
  return {
    headline: parsed.headline,
    title: parsed.title,
    publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt.instant) : null,
    publishedZone: parsed.publishedAt?.zone ?? null,
    publishedZoneStated: parsed.publishedAt?.zoneStated ?? false,
    publishedPrecision: parsed.publishedAt?.precision ?? null,
    // The extractor marks a date it could read two ways ("03/04/2021") when it knows how.
    publishedAmbiguous: parsed.publishedAt?.ambiguous ?? false,
    datelineText: parsed.publishedAt?.text ?? null,
    author: parsed.author,
    body: parsed.paragraphs.join('\n\n'),
    language: parsed.language,
  };
}

/** Which stored columns each correctable field stands for. */
const FIELD_COLUMNS = {
  headline: ['headline', 'title'],
  publishedAt: ['publishedAt', 'publishedZone', 'publishedZoneStated', 'publishedPrecision', 'publishedAmbiguous', 'datelineText'],
  author: ['author'],
  body: ['body', 'language'],
} as const;

/** The story (syndication) a clipping belongs to: the earliest clipping published close to it that tells the same story. */
export async function storyOf(
  tx: DbOrTx,
  clipping: { id: number; headline: string | null; title: string; body: string; publishedAt: Date | null },
): Promise<number | null> {
  const at = clipping.publishedAt ?? new Date();
  const rows = await tx
    .select({
      id: clippings.id,
      storyId: clippings.storyId,
      headline: clippings.headline,
      title: clippings.title,
      lead: sql<string>`substr(${clippings.body}, 1, 4000)`,
    })
    .from(clippings)
    .where(
      and(
        ne(clippings.id, clipping.id),
        sql`coalesce(${clippings.publishedAt}, ${clippings.importedAt}) between ${new Date(at.getTime() - STORY_WINDOW_MS).toISOString()}::timestamptz and ${new Date(at.getTime() + STORY_WINDOW_MS).toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(clippings.id))
    .limit(500);
  const print = storyPrint(clipping);
  const found = findStory(
    print,
    rows.map((r) => ({ ...r, print: storyPrint({ headline: r.headline, title: r.title, body: r.lead }) })),
  );
  return found ? (found.storyId ?? found.id) : null;
}

async function replaceLinks(tx: DbOrTx, clippingId: number, links: ClippingLinks, which: { meetings: boolean; people: boolean }) {
  if (which.meetings) {
    await tx.delete(clippingMeetings).where(eq(clippingMeetings.clippingId, clippingId));
    if (links.meetings.length)
      await tx.insert(clippingMeetings).values(links.meetings.map((m) => ({ clippingId, meetingId: m.id, alias: m.alias, mentions: m.count })));
  }
  if (which.people) {
    await tx.delete(clippingPeople).where(eq(clippingPeople.clippingId, clippingId));
    if (links.people.length)
      await tx.insert(clippingPeople).values(links.people.map((p) => ({ clippingId, personId: p.id, alias: p.alias, mentions: p.count })));
  }
}

/**
 * A new version of a page already imported from the same address: the
 * clipping is read again, but what a press officer corrected stays as corrected.
 */
async function refreshClipping(
  tx: DbOrTx,
  actor: Actor,
  current: ClippingRow,
  page: PageToImport,
  rawHash: string,
  parsed: ParsedClipping,
  links: ClippingLinks,
) {
  const corrected = new Set(current.correctedFields);
  const fresh = extractedFields(parsed);
  const values: Partial<ClippingRow> = { raw: page.content, rawHash, format: parsed.format };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, columns] of Object.entries(FIELD_COLUMNS)) {
    if (corrected.has(field)) continue;
    for (const column of columns) {
      const to = fresh[column];
      const from = current[column];
      if ((to instanceof Date ? to.getTime() : to) === (from instanceof Date ? from.getTime() : from)) continue;
      (values as Record<string, unknown>)[column] = to;
      changes[column] = { from, to };
    }
  }
  await tx.update(clippings).set(values).where(eq(clippings.id, current.id));
  await replaceLinks(tx, current.id, links, { meetings: !corrected.has('meetings'), people: !corrected.has('people') });
  await recordChange(tx, actor, {
    entityType: 'clipping',
    entityId: current.id,
    action: 'update',
    changes: { ...changes, reimported: page.sourceUrl, kept: [...corrected] },
  });
}

export async function importClippingsIn(tx: DbOrTx, actor: Actor, input: { pages: PageToImport[] }): Promise<{ id: number; duplicate: boolean }[]> {
  const names = await namesForLinking(tx);
  const results: { id: number; duplicate: boolean }[] = [];
  for (const [index, page] of input.pages.entries()) {
    const rawHash = createHash('sha256').update(page.content).digest('hex');
    const [existing] = await tx.select({ id: clippings.id }).from(clippings).where(eq(clippings.rawHash, rawHash));
    if (existing) {
      results.push({ id: existing.id, duplicate: true });
      continue;
    }
    const parsed = parsePage({
      content: page.content,
      contentType: page.contentType,
      defaultZone: page.defaultZone ?? DEFAULT_PRESS_ZONE,
      url: page.sourceUrl ?? page.source,
    });
    if (!parsed.headline && parsed.paragraphs.every((p) => !p.trim())) throw new EmptyPageError(index);
    const links = linkClipping(parsed, names.meetings, names.people);
    const [sameAddress] = page.sourceUrl
      ? await tx.select().from(clippings).where(eq(clippings.sourceUrl, page.sourceUrl)).orderBy(asc(clippings.id)).limit(1).for('update')
      : [];
    if (sameAddress) {
      await refreshClipping(tx, actor, sameAddress, page, rawHash, parsed, links);
      results.push({ id: sameAddress.id, duplicate: true });
      continue;
    }
    const fields = extractedFields(parsed);
    const [row] = await tx
      .insert(clippings)
      .values({
        source: page.source,
        format: parsed.format,
        raw: page.content,
        rawHash,
        ...fields,
        importedBy: actor.userId,
        sourceUrl: page.sourceUrl ?? null,
        monitorSourceId: page.monitorSourceId ?? null,
      })
      .returning({ id: clippings.id });
    if (!row) throw new Error('insert returned nothing');
    const storyId = await storyOf(tx, { id: row.id, ...fields });
    if (storyId !== null) await tx.update(clippings).set({ storyId }).where(eq(clippings.id, row.id));
    await replaceLinks(tx, row.id, links, { meetings: true, people: true });
    await recordChange(tx, actor, {
      entityType: 'clipping',
      entityId: row.id,
      action: 'create',
      changes: {
        source: page.source,
        sourceUrl: page.sourceUrl,
        monitorSourceId: page.monitorSourceId,
        title: parsed.title,
        meetings: links.meetings.map((m) => m.id),
        storyId,
      },
    });
    results.push({ id: row.id, duplicate: false });
  }
  return results;
}
