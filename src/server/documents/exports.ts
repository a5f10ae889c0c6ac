/** A meeting's outcome list as CSV, DOCX and PDF, in English or Vietnamese. */
import { stringify } from 'csv-stringify/sync';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../files/pdf.js';
import type { OutcomeList } from './schemas.js';
import { documentWords, type DocumentsLanguage } from './words.js';

export type Lang = DocumentsLanguage;

const meetingTitle = (list: OutcomeList, lang: Lang) => (lang === 'vi' ? list.meeting.titleVi : list.meeting.titleEn);
const docTitle = (d: { titleEn: string; titleVi: string }, lang: Lang) => (lang === 'vi' ? d.titleVi : d.titleEn);

export function outcomeCsv(list: OutcomeList, lang: Lang): string {
  const w = documentWords[lang].outcomes;
  const rows = list.groups.flatMap((g) =>
    g.documents.map((d) => [d.referenceCode, docTitle(d, lang), documentWords[lang].action[g.action], documentWords[lang].kindHeading[g.type]]),
  );
  // A BOM so that spreadsheet programs read the Vietnamese as UTF-8.
  return `\uFEFF${stringify([[w.ref, w.docTitle, w.action, w.type], ...rows])}`;
}

export async function outcomeDocx(list: OutcomeList, lang: Lang): Promise<Buffer> {
  const w = documentWords[lang].outcomes;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(w.title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(meetingTitle(list, lang))] }),
    new Paragraph({ children: [new TextRun(`${w.total}: ${list.total}`)] }),
  ];
  for (const g of list.groups) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun(`${documentWords[lang].action[g.action]} — ${documentWords[lang].kindHeading[g.type]} (${g.count})`)],
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: g.documents.map(
          (d) =>
            new TableRow({
              children: [
                new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph(d.referenceCode)] }),
                new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: [new Paragraph(docTitle(d, lang))] }),
              ],
            }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** DejaVu Sans has every Vietnamese glyph; Debian's fonts-dejavu-core puts it here. */

export function outcomePdf(list: OutcomeList, lang: Lang): Promise<Buffer> {
  const w = documentWords[lang].outcomes;
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${w.title} — ${meetingTitle(list, lang)}` } });
  const done = pdfBytes(pdf);
  pdf.registerFont('body', PDF_FONT);
  pdf.registerFont('bold', PDF_FONT_BOLD);
  pdf.font('bold').fontSize(18).text(w.title);
  pdf.font('body').fontSize(13).text(meetingTitle(list, lang)).moveDown(0.3);
  pdf.fontSize(10).text(`${w.total}: ${list.total}`).moveDown();
  for (const g of list.groups) {
    if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 60) pdf.addPage();
    pdf.font('bold').fontSize(12).text(`${documentWords[lang].action[g.action]} — ${documentWords[lang].kindHeading[g.type]} (${g.count})`).moveDown(0.2);
    pdf.font('body').fontSize(10);
    const left = pdf.page.margins.left + 10;
    const titleX = left + 120;
    const width = pdf.page.width - pdf.page.margins.right - titleX;
    for (const d of g.documents) {
      if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 30) pdf.addPage();
      const y = pdf.y;
      pdf.text(d.referenceCode, left, y, { width: 115 });
      const afterRef = pdf.y;
      pdf.text(docTitle(d, lang), titleX, y, { width });
      pdf.y = Math.max(pdf.y, afterRef) + 2;
    }
    pdf.x = pdf.page.margins.left;
    pdf.moveDown(0.6);
  }
  pdf.end();
  return done;
}
