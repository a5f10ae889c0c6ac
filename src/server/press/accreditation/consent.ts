/**
 * The consent an applicant for press accreditation gives, per version, in
 * both languages. The text is kept here, not in the web's translation files,
 * because what was agreed to is stored with the application word for word
 * (text, version, time): the form shows the current version in its language
 * and the API refuses an application that does not name it. A new wording is
 * a new version; old versions stay, so a stored version can still be read.
 * docs/privacy.md explains the periods it names.
 */
import type { Config } from '../../config.js';

export interface ConsentText {
  version: string;
  vi: string;
  en: string;
}

type Retention = Pick<Config['retention'], 'idDocumentDays' | 'photoDays'>;

const versions: Record<string, (r: Retention) => ConsentText> = {
  '2026-12': (r) => ({
    version: '2026-12',
    vi: [
      'Tôi đồng ý để Ban Thư ký ASEAN Quốc gia xử lý các dữ liệu cá nhân tôi khai trong đơn này (họ tên, cơ quan báo chí, quốc tịch, số giấy tờ tùy thân, địa chỉ thư điện tử và ảnh chân dung) cho một mục đích duy nhất: xét duyệt, cấp thẻ và kiểm tra thẻ tác nghiệp báo chí tại trung tâm báo chí tôi đăng ký.',
      `Số giấy tờ tùy thân được xóa ${r.idDocumentDays} ngày và ảnh chân dung ${r.photoDays} ngày sau khi sự kiện kết thúc (hoặc sau quyết định, nếu muộn hơn). Chỉ cán bộ báo chí phụ trách xét duyệt được xem các dữ liệu này.`,
      'Tôi có thể rút đơn bất cứ lúc nào bằng đường dẫn trong biên nhận, và có thể yêu cầu bản sao hoặc việc xóa dữ liệu của mình qua Ban Thư ký, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    ].join('\n\n'),
    en: [
      'I agree that the National ASEAN Secretariat processes the personal data I give in this application (name, media outlet, nationality, ID document number, e-mail address and portrait photo) for one purpose only: to review, issue and check my press accreditation at the press center I apply to.',
      `The ID document number is deleted ${r.idDocumentDays} days and the photo ${r.photoDays} days after the event ends (or after the decision, if later). Only the press officers who review accreditation see them.`,
      "I may withdraw my application at any time with the link in my receipt, and ask the Secretariat for a copy of my data or for its deletion, under Viet Nam's Decree 13/2023/ND-CP on personal data protection.",
    ].join('\n\n'),
  }),
};

export const currentConsentVersion = '2026-12';

export function consentText(version: string, retention: Retention): ConsentText | null {
  return versions[version]?.(retention) ?? null;
}
