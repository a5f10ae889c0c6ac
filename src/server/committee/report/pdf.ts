/** The session report as PDF: DejaVu Sans carries every Vietnamese diacritic. */
import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../../files/pdf.js';
import type { ReportTable, SessionReport } from './content.js';

export function reportPdf(report: SessionReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: report.title } });
  doc.registerFont('body', PDF_FONT);
  doc.registerFont('bold', PDF_FONT_BOLD);
  const done = pdfBytes(doc);

  doc.font('bold').fontSize(15).text(report.title, { align: 'center' });
  doc.moveDown(0.3).font('body').fontSize(9).fillColor('#555').text(report.subtitle, { align: 'center' }).fillColor('black');
  for (const section of report.sections) {
    doc.moveDown(1).font('bold').fontSize(12).text(section.heading, 50);
    doc.moveDown(0.3).font('body').fontSize(9.5);
    for (const p of section.paragraphs ?? []) doc.text(p, 50).moveDown(0.2);
    if (section.table) table(doc, section.table);
  }
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, t: ReportTable) {
  const width = doc.page.width - 100;
  // The first column takes what the others leave.
  const others = t.columns.length - 1;
  const rest = others ? Math.min(110, (width * 0.55) / others) : 0;
  const widths = [width - rest * others, ...Array<number>(others).fill(rest)];
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 8 }))) + 6;
    if (doc.y + height > doc.page.height - 50) doc.addPage();
    const y = doc.y;
    let x = 50;
    if (bold) doc.rect(50, y, width, height).fill('#e8eef5').fillColor('black');
    cells.forEach((c, i) => {
      doc.text(c, x + 4, y + 3, { width: widths[i]! - 8 });
      x += widths[i]!;
    });
    doc
      .moveTo(50, y + height)
      .lineTo(50 + width, y + height)
      .strokeColor('#ccc')
      .stroke();
    doc.x = 50;
    doc.y = y + height;
  };
  row(t.columns, true);
  for (const r of t.rows) row(r, false);
  doc.moveDown(0.5);
}
