/**
 * The press module's demo data: the 37th Summit's press center (opened
 * 9 Nov 2020 for 200 reporters; the venue is illustrative) and the three news
 * pages in src/server/press/demo-pages imported as clippings through the same
 * command the API uses; the briefings and articles, the AMM-53 briefing with
 * its remarks linked to the article written from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../changelog/record.js';
import type { ModuleSeed } from '../demo/seed.js';
import { importClippingsIn } from './monitoring/commands.js';
import { briefings, pressEvents } from './schema.js';
import { createBriefing } from './news/briefings.js';
import { createArticleIn, moveArticleIn } from './news/commands.js';
import { demoArticles, demoBriefings } from './news/demo-articles.js';
import { eachInOrder } from '../demo/refs.js';

/** Same depth from src/server/press and dist/server/press. */
export const seedPagesDir = fileURLToPath(new URL('../../../src/server/press/demo-pages/', import.meta.url));

/**
 * The outlet each demo page was published by, imported as its source: a page
 * without an address is shown under what it was imported as, and a reader
 * should see the newspaper, not a file name. Read from the pages themselves:
 * 001 signs "Báo Thanh tra" and its leads "(Thanh tra) -"; 002's stories are
 * VnMedia's ("(VnMedia) -"); 000 prints no name, and its side columns (the
 * friendship and non-governmental organisations' news) are Thời Đại's.
 */
const seedOutlets: Record<string, string> = {
  '000_dff41772e1af1c8d.txt': 'Thời Đại',
  '001_b429440e4e5a7608.txt': 'Báo Thanh tra',
  '002_b59e608dfb0a9f3a.txt': 'VnMedia',
};

export function seedPages(): { source: string; content: string }[] {
  return readdirSync(seedPagesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ source: seedOutlets[f] ?? `seeds/${f}`, content: readFileSync(`${seedPagesDir}${f}`, 'utf8') }));
}

export const pressSeed: ModuleSeed = {
  name: 'press',
  async load(tx, refs) {
    await tx.insert(pressEvents).values({
      slug: 'summit-37-press-center',
      meetingId: await refs.meeting('summit-37'),
      titleEn: 'Press center of the 37th ASEAN Summit',
      titleVi: 'Trung tâm báo chí Hội nghị Cấp cao ASEAN lần thứ 37',
      venueEn: 'International Media Center, Hanoi',
      venueVi: 'Trung tâm Báo chí quốc tế, Hà Nội',
      opensAt: new Date('2020-11-09T01:00:00Z'),
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity: 200,
    });
    const articleIds = new Map<string, number>();
    for (const { meetings, people, publishAt, ...article } of demoArticles) {
      const id = await createArticleIn(tx, systemActor, {
        ...article,
        category: 'news',
        publishAt: new Date(publishAt),
        meetingIds: await eachInOrder(meetings, (m) => refs.meeting(m)),
        personIds: await eachInOrder(people, (p) => refs.person(p)),
        documentIds: [],
      });
      await moveArticleIn(tx, systemActor, id, 'submit', true);
      await moveArticleIn(tx, systemActor, id, 'publish', true);
      articleIds.set(article.slug, id);
    }
    for (const { meeting, speakerPerson, remarks, ...briefing } of demoBriefings) {
      const id = await createBriefing(tx, systemActor, {
        ...briefing,
        meetingId: await refs.meeting(meeting),
        speakerPersonId: speakerPerson ? await refs.person(speakerPerson) : null,
      });
      if (remarks) {
        const { articleSlug, ...text } = remarks;
        await tx
          .update(briefings)
          .set({ ...text, articleId: articleIds.get(articleSlug)! })
          .where(eq(briefings.id, id));
      }
    }
    await importClippingsIn(tx, systemActor, { pages: seedPages().map((p) => ({ ...p, contentType: 'text/plain' as const })) });
  },
};
