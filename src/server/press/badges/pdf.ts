/**
 * The badge as a PDF (A6 portrait): a band saying what it accredits, photo,
 * name, the lines under it (outlet and nationality for a journalist, position
 * and delegation for a delegate), the event and a QR code with the signed
 * token. DejaVu Sans carries the Vietnamese diacritics; the photo was checked
 * (type, header dimensions) on upload.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { PDF_FONT, PDF_FONT_BOLD, pdfBytes } from '../../files/pdf.js';
import type { BadgeKind } from './token.js';

export interface BadgeContent {
  kind: BadgeKind;
  /** A head of delegation's badge says so in its band. */
  headOfDelegation?: boolean;
  fullName: string;
  /** Under the name, the first one larger. */
  lines: string[];
  eventTitleEn: string;
  eventTitleVi: string;
  /** Delegates' photos are optional; the badge then leaves the frame empty. */
  photo: Buffer | null;
  token: string;
  verifyUrl: string;
  number: number;
}

function band(content: BadgeContent): { text: string; colour: string } {
  if (content.kind === 'journalist') return { text: 'PRESS · BÁO CHÍ', colour: '#0b3d91' };
  if (content.headOfDelegation) return { text: 'HEAD OF DELEGATION · TRƯỞNG ĐOÀN', colour: '#7a1f2b' };
  return { text: 'DELEGATE · ĐẠI BIỂU', colour: '#1f6f43' };
}

export async function badgePdf(content: BadgeContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(`${content.verifyUrl}#${content.token}`, { errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const heading = band(content);
  const doc = new PDFDocument({ size: 'A6', margin: 18, info: { Title: `${heading.text} — ${content.fullName}` } });
  const regular = existsSync(PDF_FONT) ? PDF_FONT : 'Helvetica';
  const bold = existsSync(PDF_FONT_BOLD) ? PDF_FONT_BOLD : regular;
  const done = pdfBytes(doc);
  const width = doc.page.width;
  doc.rect(0, 0, width, 44).fill(heading.colour);
  let size = 13;
  doc.font(bold);
  while (size > 8 && doc.fontSize(size).widthOfString(heading.text) > width - 36) size -= 1;
  doc
    .fillColor('#ffffff')
    .fontSize(size)
    .text(heading.text, 18, 22 - size / 2, { width: width - 36, align: 'center', lineBreak: false });
  doc
    .fillColor('#111111')
    .font(regular)
    .fontSize(8)
    .text(content.eventTitleVi, 18, 52, { width: width - 36, align: 'center' });
  doc
    .fontSize(8)
    .fillColor('#444444')
    .text(content.eventTitleEn, { width: width - 36, align: 'center' });
  if (content.photo) doc.image(content.photo, 18, 86, { fit: [90, 120] });
  else doc.rect(18, 86, 90, 120).lineWidth(0.5).stroke('#bbbbbb');
  doc
    .fillColor('#111111')
    .font(bold)
    .fontSize(12)
    .text(content.fullName, 118, 90, { width: width - 136 });
  content.lines.forEach((line, index) => {
    if (index === 0)
      doc
        .font(regular)
        .fontSize(9)
        .fillColor('#111111')
        .text(line, { width: width - 136 });
    else
      doc
        .fontSize(8)
        .fillColor('#444444')
        .text(line, { width: width - 136 });
  });
  doc
    .fontSize(8)
    .fillColor('#444444')
    .text(`No. ${String(content.number).padStart(5, '0')}`, { width: width - 136 });
  doc.image(qr, (width - 120) / 2, 218, { width: 120 });
  doc
    .font(regular)
    .fontSize(6)
    .fillColor('#666666')
    .text(content.verifyUrl, 18, 344, { width: width - 36, align: 'center' });
  doc.end();
  return done;
}
