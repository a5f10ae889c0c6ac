/**
 * The documents module's own words in both languages, for the outcome
 * list's exports (CSV, DOCX, PDF) and the Akoma Ntoso expressions (the pages
 * have theirs in web/src/documents/i18n). Titles and references come from the data.
 */
import type { DocumentType, OutcomeAction } from './vocabulary.js';

export type DocumentsLanguage = 'en' | 'vi';

interface Words {
  /** One document's kind, as AKN's docType names it. */
  kind: Record<DocumentType, string>;
  /** The heading over the documents of a kind in an outcome list. */
  kindHeading: Record<DocumentType, string>;
  /** What the meeting did with it. */
  action: Record<OutcomeAction, string>;
  /** The outcome list's own words. */
  outcomes: { title: string; total: string; ref: string; docTitle: string; action: string; type: string };
}

/** A kind in Vietnamese is one noun for one document and for several: the list serves both, "other" aside. */
const kindVi: Record<DocumentType, string> = {
  declaration: 'Tuyên bố',
  joint_communique: 'Thông cáo chung',
  chairmans_statement: 'Tuyên bố của Chủ tịch',
  plan_of_action: 'Kế hoạch hành động',
  work_plan: 'Kế hoạch công tác',
  statement: 'Tuyên bố chung',
  report: 'Báo cáo',
  framework: 'Khuôn khổ',
  terms_of_reference: 'Điều khoản tham chiếu',
  other: 'Văn kiện',
};

export const documentWords: Record<DocumentsLanguage, Words> = {
  en: {
    kind: {
      declaration: 'Declaration',
      joint_communique: 'Joint Communiqué',
      chairmans_statement: 'Chairman’s Statement',
      plan_of_action: 'Plan of Action',
      work_plan: 'Work Plan',
      statement: 'Statement',
      report: 'Report',
      framework: 'Framework',
      terms_of_reference: 'Terms of Reference',
      other: 'Document',
    },
    kindHeading: {
      declaration: 'Declarations',
      joint_communique: 'Joint communiqués',
      chairmans_statement: "Chairman's statements",
      plan_of_action: 'Plans of action',
      work_plan: 'Work plans',
      statement: 'Statements',
      report: 'Reports',
      framework: 'Frameworks',
      terms_of_reference: 'Terms of reference',
      other: 'Other documents',
    },
    action: { adopt: 'Adopted', note: 'Noted', issue: 'Issued' },
    outcomes: { title: 'Outcome documents', total: 'Total', ref: 'Reference', docTitle: 'Title', action: 'Action', type: 'Type' },
  },
  vi: {
    kind: kindVi,
    kindHeading: { ...kindVi, other: 'Văn kiện khác' },
    action: { adopt: 'Thông qua', note: 'Ghi nhận', issue: 'Công bố' },
    outcomes: { title: 'Văn kiện kết quả', total: 'Tổng số', ref: 'Số hiệu', docTitle: 'Tên văn kiện', action: 'Hình thức', type: 'Loại' },
  },
};
