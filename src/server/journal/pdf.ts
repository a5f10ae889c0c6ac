/** A day's journal as a PDF in one language (DejaVu Sans, embedded: every Vietnamese diacritic). */
import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../files/pdf.js';
import type { JournalDay, JournalLanguage } from './schemas.js';
import { journalText } from './text.js';

export function journalPdf(day: JournalDay, lang: JournalLanguage): Promise<Buffer> {
  const text = journalText(day, lang);
  // Dated by its day, not by the clock: the same day's journal is the same file on every download.
  const made = new Date(`${day.date}T00:00:00Z`);
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${text.title} — ${text.date}`, CreationDate: made, ModDate: made } });
  const done = pdfBytes(pdf);
  pdf.registerFont('body', PDF_FONT);
  pdf.registerFont('bold', PDF_FONT_BOLD);
  const room = (needed: number) => {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - needed) pdf.addPage();
  };
  pdf.font('bold').fontSize(18).text(text.title);
  pdf.font('body').fontSize(13).text(text.date).moveDown(0.2);
  pdf.fontSize(9).fillColor('#555555').text(text.note).fillColor('black').moveDown();
  if (text.none) pdf.fontSize(11).text(text.none).moveDown();
  for (const m of text.meetings) {
    room(80);
    pdf.font('body').fontSize(10).text(m.when);
    pdf.font('bold').fontSize(12).text(m.title);
    pdf.font('body').fontSize(9).fillColor('#555555').text(m.details).fillColor('black');
    for (const d of m.documents) {
      room(30);
      pdf.fontSize(9).text(`•  ${d}`, { indent: 12 });
    }
    pdf.moveDown(0.7);
  }
  room(60);
  pdf.moveDown(0.5).font('bold').fontSize(13).text(text.decisionsHeading).moveDown(0.3);
  pdf.font('body').fontSize(10);
  if (text.noDecisions) pdf.text(text.noDecisions);
  for (const d of text.decisions) {
    room(30);
    pdf.text(`•  ${d}`);
  }
  pdf.end();
  return done;
}
