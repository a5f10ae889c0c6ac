/** The session report as DOCX. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportTable, SessionReport } from './content.js';

export function reportDocx(report: SessionReport): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(report.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.subtitle, italics: true })] }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const p of section.paragraphs ?? []) children.push(new Paragraph(p));
    if (section.table) children.push(table(section.table), new Paragraph(''));
  }
  const doc = new Document({
    creator: 'Gavel',
    title: report.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

function table(t: ReportTable): Table {
  const cell = (text: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}
