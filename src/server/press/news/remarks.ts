/**
 * A briefing's remarks published as news, pure: the draft article a press
 * officer gets in one step. Title from the topic, lead from the briefing's
 * date, place and speakers (dated in the briefing's own zone), body from the
 * remarks (plain text: blank lines split paragraphs, so nothing in them is
 * ever markup), tagged with the briefing's meeting and its speakers as people.
 */
import { DateTime } from 'luxon';
import { foldText } from '../../search/normalize.js';
import { LEAD_MAX, TITLE_MAX, type ArticleInput } from './schemas.js';

export interface BriefingWithRemarks {
  startsAt: Date;
  timeZone: string;
  placeEn: string;
  placeVi: string;
  topicEn: string;
  topicVi: string;
  speakers: string[];
  meetingId: number | null;
  speakerPersonId: number | null;
  remarksEn: string;
  remarksVi: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Text cut to `max` characters, marked with an ellipsis when cut. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Plain text → paragraphs; single line breaks kept as <br>. */
export function remarksHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        `<p>${p
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>')}</p>`,
    )
    .join('');
}

/** People whose full name a printed speaker line contains ("Deputy Minister Nguyễn Quốc Dũng"), diacritics and case ignored. */
export function speakersAsPeople(speakers: readonly string[], people: ReadonlyArray<{ id: number; fullName: string }>): number[] {
  const printed = speakers.map((s) => ` ${foldText(s)} `);
  return people.filter((p) => foldText(p.fullName) !== '' && printed.some((s) => s.includes(` ${foldText(p.fullName)} `))).map((p) => p.id);
}

/** "2020-09-07-53rd-asean-foreign-ministers-meeting…", at most 120 characters. */
export function briefingSlug(b: Pick<BriefingWithRemarks, 'startsAt' | 'timeZone' | 'topicEn'>): string {
  const day = DateTime.fromJSDate(b.startsAt, { zone: b.timeZone }).toISODate();
  const words = foldText(b.topicEn).split(' ').filter(Boolean).join('-');
  return `briefing-${day}-${words}`.slice(0, 120).replace(/-+$/, '');
}

export function articleFromBriefing(b: BriefingWithRemarks, people: ReadonlyArray<{ id: number; fullName: string }>): ArticleInput {
  const local = DateTime.fromJSDate(b.startsAt, { zone: b.timeZone });
  const speakers = b.speakers.join(', ');
  const personIds = new Set(speakersAsPeople(b.speakers, people));
  if (b.speakerPersonId) personIds.add(b.speakerPersonId);
  return {
    slug: briefingSlug(b),
    category: 'briefing',
    titleEn: clip(b.topicEn, TITLE_MAX),
    titleVi: clip(b.topicVi, TITLE_MAX),
    leadEn: clip(`Press briefing on ${local.setLocale('en-GB').toFormat('d MMMM yyyy')} at ${b.placeEn}. Speakers: ${speakers}.`, LEAD_MAX),
    leadVi: clip(`Họp báo ngày ${local.toFormat('d/M/yyyy')} tại ${b.placeVi}. Phát biểu: ${speakers}.`, LEAD_MAX),
    bodyEn: remarksHtml(b.remarksEn),
    bodyVi: remarksHtml(b.remarksVi),
    publishAt: null,
    meetingIds: b.meetingId ? [b.meetingId] : [],
    personIds: [...personIds],
    documentIds: [],
  };
}
