/**
 * Files for a handful of demo documents, made at load time and stored through
 * the same path as an upload (checked, hashed, text extracted, search text
 * refreshed), so the demo shows downloads, search hits in the text and a
 * version diff. Its own seed run: a data folder loaded before gains it once.
 */
import { eq, inArray } from 'drizzle-orm';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { Tx } from '../../db/client.js';
import { meetings } from '../../db/schema.js';
import type { ModuleSeed } from '../../demo/seed.js';
import type { DemoRefs } from '../../demo/refs.js';
import { PDF_FONT, pdfBytes } from '../../files/pdf.js';
import { documents } from '../schema.js';
import { prepareFile, storeVersion } from '../versions.js';
import { chairmansStatement, easAnniversary, illustrative, postVision, socialWork, type DemoText } from './texts.js';

const DAY = 86_400_000;
/** A fixed date inside the files, so that the same text gives the same bytes (and hash). */
const MADE = new Date('2020-11-01T00:00:00Z');

/** A two-page PDF: the English text, then the Vietnamese, each under the illustrative notice. */
export function bilingualPdf(text: DemoText, titleVi: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 60, info: { Title: text.titleEn, CreationDate: MADE, ModDate: MADE } });
  const done = pdfBytes(pdf);
  pdf.registerFont('body', PDF_FONT);
  const page = (title: string, notice: string, paragraphs: string[]) => {
    pdf.font('body').fontSize(9).fillColor('#b00020').text(notice).moveDown();
    pdf.fontSize(15).fillColor('black').text(title, { align: 'center' }).moveDown();
    pdf.fontSize(11);
    for (const p of paragraphs) pdf.text(p, { align: 'justify' }).moveDown(0.6);
  };
  page(text.titleEn, illustrative.en, text.en);
  pdf.addPage();
  page(titleVi, illustrative.vi, text.vi);
  pdf.end();
  return done;
}

export function statementDocx(paragraphs: string[]): Promise<Buffer> {
  const [title, ...body] = paragraphs;
  return Packer.toBuffer(
    new Document({
      creator: 'Gavel demo',
      title: title!,
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: illustrative.en, color: 'B00020', size: 18 })] }),
            new Paragraph({ children: [new TextRun({ text: illustrative.vi, color: 'B00020', size: 18 })] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(title!)] }),
            ...body.map((p) => new Paragraph(p)),
          ],
        },
      ],
    }),
  );
}

interface DemoFile {
  titleEn: string;
  fileName: string;
  make(titleVi: string): Promise<Buffer>;
  /** Days before the acting meeting's start when it was uploaded. */
  daysBefore: number;
}

const pdfFor = (text: DemoText, fileName: string): DemoFile => ({
  titleEn: text.titleEn,
  fileName,
  make: (titleVi) => bilingualPdf(text, titleVi),
  daysBefore: 3,
});

export const demoFiles: DemoFile[] = [
  pdfFor(postVision, 'ha-noi-declaration-post-2025-vision.pdf'),
  pdfFor(socialWork, 'ha-noi-declaration-social-work.pdf'),
  pdfFor(easAnniversary, 'ha-noi-declaration-eas-15th-anniversary.pdf'),
  {
    titleEn: chairmansStatement.titleEn,
    fileName: 'summit-37-chairmans-statement-draft.docx',
    make: () => statementDocx(chairmansStatement.draft),
    daysBefore: 6,
  },
  { titleEn: chairmansStatement.titleEn, fileName: 'summit-37-chairmans-statement.docx', make: () => statementDocx(chairmansStatement.final), daysBefore: 1 },
];

export const documentFilesSeed: ModuleSeed = {
  name: 'documents-files',
  async load(tx: Tx, refs: DemoRefs) {
    const titles = [...new Set(demoFiles.map((f) => f.titleEn))];
    const found = await tx
      .select({ id: documents.id, titleEn: documents.titleEn, titleVi: documents.titleVi, meetingStartsAt: meetings.startsAt })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.actingMeetingId))
      .where(inArray(documents.titleEn, titles));
    const byTitle = new Map(found.map((d) => [d.titleEn, d]));
    const actor = { userId: await refs.user('secretariat@gavel.demo'), requestId: null };
    for (const f of demoFiles) {
      const doc = byTitle.get(f.titleEn);
      if (!doc) throw new Error(`Demo file for unknown document '${f.titleEn}'`);
      const file = await prepareFile(tx, { fileName: f.fileName, bytes: await f.make(doc.titleVi) });
      await storeVersion(tx, actor, doc.id, file, new Date(doc.meetingStartsAt.getTime() - f.daysBefore * DAY));
    }
  },
};
