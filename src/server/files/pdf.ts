/**
 * What every PDF Gavel makes shares (outcome lists, session reports, badges,
 * the demo's files): DejaVu Sans, which carries every Vietnamese diacritic
 * (`GAVEL_PDF_FONT` points elsewhere), and collecting PDFKit's output.
 */
export const PDF_FONT = process.env.GAVEL_PDF_FONT ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
export const PDF_FONT_BOLD = PDF_FONT.replace(/DejaVuSans\.ttf$/, 'DejaVuSans-Bold.ttf');

/** The document's bytes, once the caller has drawn it and called `end()`. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
