/**
 * The badge as a PDF (A6 portrait): photo, name, outlet, press center and a
 * QR code with the signed token. DejaVu Sans carries the Vietnamese
 * diacritics; the photo was checked (type, header dimensions) on upload.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export const BADGE_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const BADGE_FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export interface BadgeContent {
  fullName: string;
  outlet: string;
  nationality: string;
  eventTitleEn: string;
  eventTitleVi: string;
  photo: Buffer;
  token: string;
  verifyUrl: string;
  number: number;
}

export async function badgePdf(content: BadgeContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(`${content.verifyUrl}#${content.token}`, { errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const doc = new PDFDocument({ size: 'A6', margin: 18, info: { Title: `Press badge — ${content.fullName}` } });
  const regular = existsSync(BADGE_FONT) ? BADGE_FONT : 'Helvetica';
  const bold = existsSync(BADGE_FONT_BOLD) ? BADGE_FONT_BOLD : regular;
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width;
  doc.rect(0, 0, width, 44).fill('#0b3d91');
  doc.fillColor('#ffffff').font(bold).fontSize(13).text('PRESS · BÁO CHÍ', 18, 14, { width: width - 36, align: 'center' });
  doc.fillColor('#111111').font(regular).fontSize(8).text(content.eventTitleVi, 18, 52, { width: width - 36, align: 'center' });
  doc.fontSize(8).fillColor('#444444').text(content.eventTitleEn, { width: width - 36, align: 'center' });
  doc.image(content.photo, 18, 86, { fit: [90, 120] });
  doc.fillColor('#111111').font(bold).fontSize(12).text(content.fullName, 118, 90, { width: width - 136 });
  doc.font(regular).fontSize(9).text(content.outlet, { width: width - 136 });
  doc.fontSize(8).fillColor('#444444').text(content.nationality, { width: width - 136 });
  doc.text(`No. ${String(content.number).padStart(5, '0')}`, { width: width - 136 });
  doc.image(qr, (width - 120) / 2, 218, { width: 120 });
  doc.font(regular).fontSize(6).fillColor('#666666').text(content.verifyUrl, 18, 344, { width: width - 36, align: 'center' });
  doc.end();
  return done;
}
