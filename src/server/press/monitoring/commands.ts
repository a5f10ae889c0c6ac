/**
 * Importing pages as clippings: parse (pure), link against the meetings and
 * people of the database, store page, clipping and links in one transaction
 * with its change-log event. A page imported twice is found, not duplicated.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordChange, type Actor } from '../../changelog/record.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { meetings, meetingSeries, people, personRoles } from '../../db/schema.js';
import { clippingMeetings, clippingPeople, clippings } from '../schema.js';
import type { MeetingNames, PersonNames } from './aliases.js';
import { linkClipping, parsePage } from './clipping.js';
import type { ClippingsImport } from './schemas.js';

export const DEFAULT_PRESS_ZONE = 'Asia/Ho_Chi_Minh';

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
    const parsed = parsePage({ content: page.content, contentType: page.contentType, defaultZone: page.defaultZone ?? DEFAULT_PRESS_ZONE, url: page.sourceUrl ?? page.source });
    if (!parsed.headline && parsed.paragraphs.every((p) => !p.trim())) throw new EmptyPageError(index);
    const links = linkClipping(parsed, names.meetings, names.people);
    const [row] = await tx
      .insert(clippings)
      .values({
        source: page.source,
        format: parsed.format,
        raw: page.content,
        rawHash,
        headline: parsed.headline,
        title: parsed.title,
        publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt.instant) : null,
        publishedZone: parsed.publishedAt?.zone ?? null,
        publishedZoneStated: parsed.publishedAt?.zoneStated ?? false,
        publishedPrecision: parsed.publishedAt?.precision ?? null,
        datelineText: parsed.publishedAt?.text ?? null,
        author: parsed.author,
        body: parsed.paragraphs.join('\n\n'),
        language: parsed.language,
        importedBy: actor.userId,
        sourceUrl: page.sourceUrl ?? null,
        monitorSourceId: page.monitorSourceId ?? null,
      })
      .returning({ id: clippings.id });
    if (!row) throw new Error('insert returned nothing');
    if (links.meetings.length) {
      await tx.insert(clippingMeetings).values(links.meetings.map((m) => ({ clippingId: row.id, meetingId: m.id, alias: m.alias, mentions: m.count })));
    }
    if (links.people.length) {
      await tx.insert(clippingPeople).values(links.people.map((p) => ({ clippingId: row.id, personId: p.id, alias: p.alias, mentions: p.count })));
    }
    await recordChange(tx, actor, {
      entityType: 'clipping',
      entityId: row.id,
      action: 'create',
      changes: { source: page.source, sourceUrl: page.sourceUrl, monitorSourceId: page.monitorSourceId, title: parsed.title, meetings: links.meetings.map((m) => m.id) },
    });
    results.push({ id: row.id, duplicate: false });
  }
  return results;
}
