/**
 * The record of decisions as DOCX and PDF, in English or Vietnamese, made
 * with the same libraries as the outcome lists and the session report (docx,
 * PDFKit with DejaVu Sans embedded for the Vietnamese diacritics). Times are
 * the host's wall clock, its zone named at the top.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../files/pdf.js';
import type { DecisionAction } from './core/vocabulary.js';
import type { DecisionsView, RecordedDecision } from './schemas.js';

export type Lang = 'en' | 'vi';

const words = {
  en: {
    title: 'Record of decisions',
    times: 'Times in',
    none: 'No decision has been recorded.',
    time: 'Time',
    item: 'Agenda item',
    document: 'Document',
    decision: 'Decision',
    to: 'to',
    reason: 'Reason',
  },
  vi: {
    title: 'Biên bản các quyết định',
    times: 'Giờ theo múi giờ',
    none: 'Chưa có quyết định nào được ghi nhận.',
    time: 'Thời gian',
    item: 'Mục chương trình',
    document: 'Văn kiện',
    decision: 'Quyết định',
    to: 'sang',
    reason: 'Lý do',
  },
} as const;

const actionLabels: Record<Lang, Record<DecisionAction, string>> = {
  en: { adopt: 'Adopted', note: 'Noted', issue: 'Issued', defer: 'Deferred' },
  vi: { adopt: 'Thông qua', note: 'Ghi nhận', issue: 'Công bố', defer: 'Hoãn' },
};

const title = (t: { titleEn: string; titleVi: string }, lang: Lang) => (lang === 'vi' ? t.titleVi : t.titleEn);

/** One decision as the four cells of a row, in words. */
export function decisionRow(d: RecordedDecision, lang: Lang, zone: string): [string, string, string, string] {
  const w = words[lang];
  const at = DateTime.fromISO(d.decidedAt, { zone }).toFormat('dd/MM/yyyy HH:mm');
  let decision = actionLabels[lang][d.action];
  if (d.deferredTo) decision += ` ${w.to} ${title(d.deferredTo, lang)}`;
  if (d.reason) decision += ` (${w.reason}: ${d.reason})`;
  return [at, `${d.agendaItem.position}. ${title(d.agendaItem, lang)}`, `${d.document.referenceCode} — ${title(d.document, lang)}`, decision];
}

export function recordDocx(view: DecisionsView, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(w.title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title(view.meeting, lang))] }),
    new Paragraph({ children: [new TextRun({ text: `${w.times} ${view.meeting.hostTimeZone}`, italics: true })] }),
  ];
  if (!view.decisions.length) children.push(new Paragraph(w.none));
  else
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [w.time, w.item, w.document, w.decision].map((h) => cell(h, true)) }),
          ...view.decisions.map((d) => new TableRow({ children: decisionRow(d, lang, view.meeting.hostTimeZone).map((c) => cell(c)) })),
        ],
      }),
    );
  return Packer.toBuffer(new Document({ creator: 'Gavel', title: `${w.title} — ${title(view.meeting, lang)}`, sections: [{ children }] }));
}

export function recordPdf(view: DecisionsView, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${w.title} — ${title(view.meeting, lang)}` } });
  const done = pdfBytes(pdf);
  pdf.registerFont('body', PDF_FONT);
  pdf.registerFont('bold', PDF_FONT_BOLD);
  pdf.font('bold').fontSize(18).text(w.title);
  pdf.font('body').fontSize(13).text(title(view.meeting, lang)).moveDown(0.3);
  pdf.fontSize(9).text(`${w.times} ${view.meeting.hostTimeZone}`).moveDown();
  if (!view.decisions.length) pdf.fontSize(10).text(w.none);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  for (const d of view.decisions) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 70) pdf.addPage();
    const [at, item, doc, decision] = decisionRow(d, lang, view.meeting.hostTimeZone);
    pdf.font('bold').fontSize(10).text(`${at} · ${decision}`, left, pdf.y, { width });
    pdf.font('body').fontSize(10).text(doc, { width });
    pdf.fontSize(9).fillColor('#555555').text(`${w.item}: ${item}`, { width }).fillColor('black');
    pdf.moveDown(0.6);
  }
  pdf.end();
  return done;
}
