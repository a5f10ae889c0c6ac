/**
 * A DOCX read into structure by its headings and numbering. mammoth turns
 * Word's heading styles into <h1>…<h6> and its numbered lists into <ol>;
 * paragraphs numbered by hand ("1.", "2)", "(3)") count as numbered too.
 *
 * - A heading "Preamble" / "Lời nói đầu" opens the preamble, "Annex …" /
 *   "Phụ lục …" an annex (the heading is its title), "Operative part" /
 *   "Nội dung" the numbered paragraphs. The first heading before any text is
 *   the document's title and is left out (the registry has it).
 * - Without such a heading, the text before the first numbered paragraph is
 *   the preamble, and from it on the operative part.
 * - A file with no heading at all is one body section (every paragraph an
 *   operative one), with a warning; so is one with no numbered paragraph.
 *
 * `structureFromBlocks` is pure (docx-structure.test.ts).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { AppError } from '../http/errors.js';
import { storableText } from '../http/primitives.js';
import { NOT_XML, type StructuredText } from './text-structure.js';

export const importWarnings = ['no_headings', 'no_numbered_paragraphs', 'heading_kept_as_paragraph'] as const;
export type ImportWarning = (typeof importWarnings)[number];
export const importWarning = z.enum(importWarnings);

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string; numbered: boolean };

const PREAMBLE = /^(preamble|lời nói đầu|lời mở đầu|phần mở đầu)\b/iu;
const ANNEX = /^(annex|appendix|attachment|phụ lục)\b/iu;
const OPERATIVE = /^(operative|body|main text|nội dung|phần nội dung|điều khoản)\b/iu;
/** A number typed by hand at the start of a paragraph: "1.", "12)", "(3)", "1 -". */
const HAND_NUMBER = /^\s*(?:\(\d{1,3}\)|\d{1,3}[.)]|\d{1,3}\s+[-–—])\s+/u;

const clean = (s: string) => storableText(s).replace(new RegExp(NOT_XML.source, 'gu'), ' ').replace(/\s+/g, ' ').trim();

export interface Imported {
  text: StructuredText;
  warnings: ImportWarning[];
}

export function structureFromBlocks(blocks: readonly Block[]): Imported | null {
  const warnings = new Set<ImportWarning>();
  const text: StructuredText = { preamble: [], paragraphs: [], annexes: [] };
  const hasHeadings = blocks.some((b) => b.kind === 'heading');
  if (!hasHeadings) {
    for (const b of blocks) if (b.text) text.paragraphs.push(b.text);
    if (!text.paragraphs.length) return null;
    return { text, warnings: ['no_headings'] };
  }
  type Section = 'auto' | 'preamble' | 'operative' | 'annex';
  let section: Section = 'auto';
  let seenNumbered = false;
  let seenText = false;
  for (const b of blocks) {
    if (!b.text) continue;
    if (b.kind === 'heading') {
      if (ANNEX.test(b.text)) {
        text.annexes.push({ title: b.text, paragraphs: [] });
        section = 'annex';
      } else if (PREAMBLE.test(b.text)) section = 'preamble';
      else if (OPERATIVE.test(b.text)) section = 'operative';
      else if (seenText || section !== 'auto') {
        // A heading inside the text (a subject heading of a long statement): its words are kept.
        warnings.add('heading_kept_as_paragraph');
        place(b.text, false);
      }
      continue;
    }
    seenText = true;
    place(b.text, b.numbered);
  }

  function place(words: string, numbered: boolean) {
    if (section === 'annex') text.annexes.at(-1)!.paragraphs.push(words);
    else if (section === 'preamble') text.preamble.push(words);
    else if (section === 'operative') text.paragraphs.push(words);
    else {
      seenNumbered ||= numbered;
      (seenNumbered ? text.paragraphs : text.preamble).push(words);
    }
  }

  text.annexes = text.annexes.filter((a) => a.paragraphs.length > 0);
  if (!text.paragraphs.length) {
    if (!text.preamble.length && !text.annexes.length) return null;
    // Nothing numbered: the whole text is the body, as for a file without headings.
    text.paragraphs = text.preamble;
    text.preamble = [];
    warnings.add('no_numbered_paragraphs');
    if (!text.paragraphs.length) {
      text.paragraphs = text.annexes.flatMap((a) => a.paragraphs);
      text.annexes = [];
    }
  }
  return { text, warnings: [...warnings] };
}

/** mammoth's HTML as blocks, in document order. */
export function blocksFromHtml(html: string): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: Block[] = [];
  const paragraph = (raw: string, listed: boolean) => {
    const numbered = listed || HAND_NUMBER.test(raw);
    blocks.push({ kind: 'paragraph', text: clean(raw.replace(HAND_NUMBER, '')), numbered });
  };
  const walk = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', text: clean(el.textContent ?? '') });
    else if (tag === 'ol' || tag === 'ul') {
      for (const li of Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'li')) {
        const own = Array.from(li.childNodes)
          .filter((n) => !(n.nodeType === 1 && /^(ol|ul)$/i.test((n as Element).tagName)))
          .map((n) => n.textContent ?? '')
          .join('');
        paragraph(own, tag === 'ol');
        for (const nested of Array.from(li.children).filter((c) => /^(ol|ul)$/i.test(c.tagName))) walk(nested);
      }
    } else if (tag === 'table') {
      for (const row of Array.from(el.querySelectorAll('tr'))) paragraph(row.textContent ?? '', false);
    } else paragraph(el.textContent ?? '', false);
  };
  for (const el of Array.from(document.body.children)) walk(el);
  return blocks;
}

/** A DOCX's text in structure; 400 naming the file when it holds no text. */
export async function importDocx(bytes: Uint8Array): Promise<Imported> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new AppError('validation_failed', 'The DOCX could not be read', [{ path: 'file', message: 'the DOCX could not be read' }]);
  }
  const imported = structureFromBlocks(blocksFromHtml(html));
  if (!imported) throw new AppError('validation_failed', 'The DOCX holds no text', [{ path: 'file', message: 'the file holds no text' }]);
  return imported;
}
