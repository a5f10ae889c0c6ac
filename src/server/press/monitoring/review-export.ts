/**
 * The daily press review as a document, in Vietnamese or English: pure
 * content (groups in the order the press officer gave, each item's headline,
 * outlet, date as printed — without a time when the page gave none, marked
 * when ambiguous — summary and address), then DOCX (docx) and PDF (pdfkit,
 * DejaVu Sans embedded for the Vietnamese marks).
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { CHAIR_ZONE } from '../../domain/chairmanship.js';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../../files/pdf.js';
import type { ReviewItemView, ReviewView } from './review-schemas.js';

export type ReviewLanguage = 'vi' | 'en';

const words = {
  vi: { title: 'ĐIỂM BÁO', other: 'Tin khác', items: (n: number) => `${n} bài`, ambiguous: 'ngày có thể đọc hai cách', unknown: 'không rõ ngày' },
  en: {
    title: 'PRESS REVIEW',
    other: 'Other news',
    items: (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`,
    ambiguous: 'date may be read two ways',
    unknown: 'date unknown',
  },
} as const;

export interface ReviewDocument {
  title: string;
  subtitle: string;
  intro: string;
  groups: { heading: string; items: { headline: string; meta: string; summary: string; url: string | null }[] }[];
}

export function reviewDay(day: string, lang: ReviewLanguage): string {
  const d = DateTime.fromISO(day, { locale: lang === 'vi' ? 'vi' : 'en-GB' });
  return lang === 'vi' ? `ngày ${d.toFormat('dd/MM/yyyy')}` : d.toFormat('d MMMM yyyy');
}

function printedDate(item: ReviewItemView, lang: ReviewLanguage): string {
  if (!item.publishedAt) return words[lang].unknown;
  const local = DateTime.fromJSDate(item.publishedAt).setZone(CHAIR_ZONE);
  const dayPart = lang === 'vi' ? local.toFormat('dd/MM/yyyy') : local.setLocale('en-GB').toFormat('d LLL yyyy');
  const shown = item.publishedPrecision === 'day' ? dayPart : `${dayPart} ${local.toFormat('HH:mm')}`;
  return item.publishedAmbiguous ? `${shown} (${words[lang].ambiguous})` : shown;
}

const groupKey = (i: ReviewItemView) => (i.meetingId !== null ? `m${i.meetingId}` : i.topic ? `t${i.topic.toLowerCase()}` : 'other');

export function reviewDocument(review: ReviewView, lang: ReviewLanguage): ReviewDocument {
  const groups = new Map<string, ReviewDocument['groups'][number]>();
  for (const item of [...review.items].sort((a, b) => a.position - b.position)) {
    const key = groupKey(item);
    if (!groups.has(key)) {
      const heading = item.meetingId !== null ? ((lang === 'vi' ? item.meetingTitleVi : item.meetingTitleEn) ?? '') : (item.topic ?? words[lang].other);
      groups.set(key, { heading, items: [] });
    }
    const summary = lang === 'vi' ? item.summaryVi || item.summaryEn : item.summaryEn || item.summaryVi;
    groups.get(key)!.items.push({ headline: item.title, meta: `${item.outlet} · ${printedDate(item, lang)}`, summary, url: item.sourceUrl });
  }
  return {
    title: `${words[lang].title} ${reviewDay(review.day, lang).toUpperCase()}`,
    subtitle: words[lang].items(review.items.length),
    intro: lang === 'vi' ? review.introVi : review.introEn,
    groups: [...groups.values()],
  };
}

export function reviewDocx(content: ReviewDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(content.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: content.subtitle, italics: true })] }),
  ];
  if (content.intro) children.push(new Paragraph(content.intro));
  for (const group of content.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(group.heading)] }));
    group.items.forEach((item, n) => {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${n + 1}. ${item.headline}`)] }));
      children.push(new Paragraph({ children: [new TextRun({ text: item.meta, italics: true, color: '555555' })] }));
      if (item.summary) children.push(new Paragraph(item.summary));
      if (item.url) {
        children.push(
          new Paragraph({ children: [new ExternalHyperlink({ link: item.url, children: [new TextRun({ text: item.url, style: 'Hyperlink' })] })] }),
        );
      }
    });
  }
  const doc = new Document({
    creator: 'Gavel',
    title: content.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export function reviewPdf(content: ReviewDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: content.title } });
  doc.registerFont('body', PDF_FONT);
  doc.registerFont('bold', PDF_FONT_BOLD);
  const done = pdfBytes(doc);
  doc.font('bold').fontSize(15).text(content.title, { align: 'center' });
  doc.moveDown(0.3).font('body').fontSize(9).fillColor('#555').text(content.subtitle, { align: 'center' }).fillColor('black');
  if (content.intro) doc.moveDown(0.8).font('body').fontSize(10).text(content.intro, 50);
  for (const group of content.groups) {
    doc.moveDown(1).font('bold').fontSize(12.5).fillColor('#1d3f6e').text(group.heading, 50).fillColor('black');
    group.items.forEach((item, n) => {
      doc
        .moveDown(0.5)
        .font('bold')
        .fontSize(10.5)
        .text(`${n + 1}. ${item.headline}`, 50);
      doc.font('body').fontSize(8.5).fillColor('#555').text(item.meta, 50).fillColor('black');
      if (item.summary) doc.moveDown(0.2).fontSize(10).text(item.summary, 50);
      if (item.url) doc.fontSize(8).fillColor('#1a56a8').text(item.url, 50, undefined, { link: item.url }).fillColor('black');
    });
  }
  doc.end();
  return done;
}
