/**
 * A saved page uploaded as a file (at most 10 MB): HTML, plain text or PDF,
 * told by its bytes, not its name. A PDF's text is read with pdfjs-dist; a
 * file that is neither text nor a readable PDF is refused (415), never stored.
 */
import { AppError } from '../../http/errors.js';
import { notTextProblem, storableText } from './page-text.js';
import { looksLikeHtml } from './clipping.js';

const unsupported = (message: string) => new AppError('unsupported_media_type', message, [{ path: 'file', message }]);

/**
 * A PDF's text as paragraphs: pdfjs gives lines; a line that starts further
 * below the previous one than the usual line spacing starts a paragraph, and
 * the lines of a paragraph are joined (a saved article wraps its prose).
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const lines: { y: number; text: string }[] = [];
      let current: { y: number; text: string } | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        current ??= { y: item.transform[5] as number, text: '' };
        current.text += item.str;
        if (item.hasEOL) {
          lines.push(current);
          current = null;
        }
      }
      if (current) lines.push(current);
      const gaps = lines
        .slice(1)
        .map((l, i) => lines[i]!.y - l.y)
        .filter((g) => g > 0)
        .sort((a, b) => a - b);
      const usual = gaps[Math.floor(gaps.length / 4)] ?? 0;
      let paragraph: string[] = [];
      lines.forEach((line, i) => {
        const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
        if (paragraph.length && (gap > usual * 1.3 || gap < 0)) {
          paragraphs.push(paragraph.join(' '));
          paragraph = [];
        }
        if (line.text.trim()) paragraph.push(line.text.trim());
      });
      if (paragraph.length) paragraphs.push(paragraph.join(' '));
    }
    return paragraphs.join('\n\n');
  } finally {
    await task.destroy();
  }
}

export async function uploadedPage(fileName: string | undefined, bytes: Uint8Array): Promise<{ content: string; contentType: 'text/html' | 'text/plain' }> {
  if (bytes.length === 0) throw new AppError('validation_failed', 'the file is empty', [{ path: 'file', message: 'empty' }]);
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') {
    let text: string;
    try {
      text = await pdfText(bytes);
    } catch {
      throw unsupported('the PDF could not be read (damaged or encrypted)');
    }
    text = storableText(text);
    if (!text.trim()) throw unsupported('the PDF has no text (a scan without a text layer?)');
    return { content: text, contentType: 'text/plain' };
  }
  const content = new TextDecoder('utf-8').decode(bytes);
  const problem = notTextProblem(content);
  if (problem) throw unsupported(`not an HTML, text or PDF file: ${problem}`);
  const clean = storableText(content);
  if (!clean.trim()) throw new AppError('validation_failed', 'the file is empty', [{ path: 'file', message: 'empty' }]);
  return { content: clean, contentType: /\.html?$/i.test(fileName ?? '') || looksLikeHtml(clean) ? 'text/html' : 'text/plain' };
}
