/**
 * Structured texts, in both languages, for the 37th ASEAN Summit's public
 * outcome documents (its two Ha Noi Declarations and the Chairman's
 * Statement), so the portal offers them as Akoma Ntoso. The words are the
 * demo files' (texts.ts): illustrative, not the documents' text — which an
 * annex of each says, in its language. Its own seed run.
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { ModuleSeed } from '../../demo/seed.js';
import type { DemoRefs } from '../../demo/refs.js';
import { documents, documentTexts } from '../schema.js';
import { structuredText, type StructuredText, type TextLanguage } from '../text-structure.js';
import { chairmansStatement, illustrative, postVision, socialWork, type DemoText } from './texts.js';

const noteTitle: Record<TextLanguage, string> = { en: 'Annex: about this text', vi: 'Phụ lục: về văn bản này' };

/** A declaration's words split where its preamble ends: the paragraphs ending in a comma are the preamble. */
function declaration(text: DemoText, language: TextLanguage): StructuredText {
  const words = text[language];
  const operativeFrom = words.findIndex((p) => !p.trimEnd().endsWith(','));
  return structuredText.parse({
    preamble: words.slice(0, operativeFrom),
    paragraphs: words.slice(operativeFrom),
    annexes: [{ title: noteTitle[language], paragraphs: [illustrative[language]] }],
  });
}

/** The Chairman's Statement as issued: already numbered in the file, numbered by the structure here. */
const statementVi = [
  'Hội nghị Cấp cao ASEAN lần thứ 37 được tổ chức theo hình thức trực tuyến ngày 12 tháng 11 năm 2020 dưới sự chủ trì của Việt Nam.',
  'Chúng tôi đã rà soát tiến độ xây dựng Cộng đồng ASEAN gắn kết và chủ động thích ứng, và thảo luận về phục hồi toàn diện sau đại dịch COVID-19.',
  'Chúng tôi hoan nghênh các hoạt động của ba trụ cột Cộng đồng trong năm và các văn kiện được thông qua, ghi nhận hoặc công bố tại Hội nghị.',
  'Chúng tôi đã thảo luận các vấn đề khu vực và quốc tế cùng quan tâm.',
  'Chúng tôi cảm ơn Việt Nam đã đảm nhiệm vai trò Chủ tịch và mong đợi năm Chủ tịch của Bru-nây Đa-rút-xa-lam năm 2021.',
];
function statement(language: TextLanguage): StructuredText {
  const paragraphs = language === 'en' ? chairmansStatement.final.slice(1).map((p) => p.replace(/^\d+\.\s*/, '')) : statementVi;
  return structuredText.parse({ preamble: [], paragraphs, annexes: [{ title: noteTitle[language], paragraphs: [illustrative[language]] }] });
}

export const demoStructuredTexts: Array<{ titleEn: string; text(language: TextLanguage): StructuredText }> = [
  { titleEn: postVision.titleEn, text: (l) => declaration(postVision, l) },
  { titleEn: socialWork.titleEn, text: (l) => declaration(socialWork, l) },
  { titleEn: chairmansStatement.titleEn, text: statement },
];

export const documentTextsSeed: ModuleSeed = {
  name: 'documents-texts',
  async load(tx: Tx, refs: DemoRefs) {
    const found = await tx
      .select({ id: documents.id, titleEn: documents.titleEn })
      .from(documents)
      .where(
        inArray(
          documents.titleEn,
          demoStructuredTexts.map((d) => d.titleEn),
        ),
      );
    const idOf = new Map(found.map((d) => [d.titleEn, d.id]));
    const secretariat = await refs.user('secretariat@gavel.demo');
    const rows = demoStructuredTexts.flatMap((d) => {
      const documentId = idOf.get(d.titleEn);
      if (!documentId) throw new Error(`Demo text for unknown document '${d.titleEn}'`);
      return (['vi', 'en'] as const).map((language) => ({ documentId, language, body: d.text(language), updatedBy: secretariat }));
    });
    await tx.insert(documentTexts).values(rows);
  },
};
