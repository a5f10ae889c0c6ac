import { describe, expect, it } from 'vitest';
import { blocksFromHtml, structureFromBlocks, type Block } from './docx-structure.js';

const h = (text: string): Block => ({ kind: 'heading', text });
const p = (text: string, numbered = false): Block => ({ kind: 'paragraph', text, numbered });

describe('a DOCX read into structure', () => {
  it('puts what comes before the first numbered paragraph in the preamble, and drops the title heading', () => {
    const out = structureFromBlocks([h('Declaration'), p('We,'), p('Recalling,'), p('Agree;', true), p('and follow up.'), h('Annex I'), p('List.')]);
    expect(out).toEqual({
      text: { preamble: ['We,', 'Recalling,'], paragraphs: ['Agree;', 'and follow up.'], annexes: [{ title: 'Annex I', paragraphs: ['List.'] }] },
      warnings: [],
    });
  });

  it('follows explicit section headings in either language', () => {
    const out = structureFromBlocks([h('Lời nói đầu'), p('Chúng tôi,', true), h('Nội dung'), p('Nhất trí.'), h('Phụ lục'), p('Danh sách.')]);
    expect(out?.text).toEqual({ preamble: ['Chúng tôi,'], paragraphs: ['Nhất trí.'], annexes: [{ title: 'Phụ lục', paragraphs: ['Danh sách.'] }] });
  });

  it('makes a file without headings one body section, with a warning', () => {
    expect(structureFromBlocks([p('One.'), p('Two.', true)])).toEqual({
      text: { preamble: [], paragraphs: ['One.', 'Two.'], annexes: [] },
      warnings: ['no_headings'],
    });
  });

  it('makes the text the body when nothing is numbered, and keeps inner headings as paragraphs', () => {
    const out = structureFromBlocks([h('Title'), p('First.'), h('Economic cooperation'), p('Second.')]);
    expect(out?.text.paragraphs).toEqual(['First.', 'Economic cooperation', 'Second.']);
    expect(out?.warnings.sort()).toEqual(['heading_kept_as_paragraph', 'no_numbered_paragraphs']);
  });

  it('answers null when there is no text at all', () => {
    expect(structureFromBlocks([])).toBeNull();
    expect(structureFromBlocks([h('Only a title')])).toBeNull();
  });

  it("reads mammoth's HTML: headings, Word's lists and numbers typed by hand, control characters gone", () => {
    const blocks = blocksFromHtml('<h1>T</h1><p>We,</p><ol><li>Agree<ol><li>in detail</li></ol></li></ol><p>(3) Third\u0007</p><ul><li>point</li></ul>');
    expect(blocks).toEqual([h('T'), p('We,'), p('Agree', true), p('in detail', true), p('Third', true), p('point')]);
  });
});
