/**
 * Press accreditation: the decision on an application (the badge travels as
 * a PDF attachment with an approval), and a waitlisted applicant's turn.
 */
import { day, pick, when, type Bilingual, type TemplateSpec } from './format.js';

export interface AccreditationDecisionMail {
  template: 'accreditation_decision';
  name: string;
  decision: 'approved' | 'rejected' | 'revoked';
  event: Bilingual;
  opensAt: string;
  timeZone: string;
  reason: string | null;
  path: string;
}

export interface WaitlistPlaceMail {
  template: 'waitlist_place';
  name: string;
  event: Bilingual;
  opensAt: string;
  timeZone: string;
  path: string;
}

const decided = {
  vi: { approved: 'được chấp thuận', rejected: 'không được chấp thuận', revoked: 'đã bị thu hồi' },
  en: { approved: 'approved', rejected: 'not approved', revoked: 'revoked' },
} as const;

export const accreditationDecision: TemplateSpec<AccreditationDecisionMail> = {
  category: 'press',
  subject: {
    vi: (m) => `Đăng ký tác nghiệp ${decided.vi[m.decision]}: ${m.event.vi}`,
    en: (m) => `Accreditation ${decided.en[m.decision]}: ${m.event.en}`,
  },
  body: {
    vi: (m, url) => [
      `Đăng ký tác nghiệp báo chí của bạn tại ${pick(m.event, 'vi')} (mở cửa lúc ${when(m.opensAt, m.timeZone, 'vi')}) ${decided.vi[m.decision]}.`,
      ...(m.decision === 'approved' ? ['Thẻ tác nghiệp (PDF) được đính kèm thư này; hãy mang theo thẻ, in hoặc trên điện thoại, cùng giấy tờ tùy thân.'] : []),
      ...(m.reason ? [`Lý do: ${m.reason}`] : []),
      '',
      url(m.path),
    ],
    en: (m, url) => [
      `Your press accreditation for ${pick(m.event, 'en')} (opening ${when(m.opensAt, m.timeZone, 'en')}) is ${decided.en[m.decision]}.`,
      ...(m.decision === 'approved' ? ['Your badge is attached as a PDF; bring it, printed or on your phone, with your ID document.'] : []),
      ...(m.reason ? [`Reason: ${m.reason}`] : []),
      '',
      url(m.path),
    ],
  },
};

export const waitlistPlace: TemplateSpec<WaitlistPlaceMail> = {
  category: 'press',
  subject: { vi: (m) => `Đã có chỗ cho bạn: ${m.event.vi}`, en: (m) => `A place is free for you: ${m.event.en}` },
  body: {
    vi: (m) => [
      `Một chỗ tại ${pick(m.event, 'vi')} (mở cửa lúc ${when(m.opensAt, m.timeZone, 'vi')}) vừa trống. Đăng ký của bạn đã rời danh sách chờ và đang được xét duyệt; bạn sẽ nhận thư khi có quyết định.`,
    ],
    en: (m) => [
      `A place at ${pick(m.event, 'en')} (opening ${when(m.opensAt, m.timeZone, 'en')}) has become free. Your application has left the waitlist and is now under review; you will hear when it is decided.`,
    ],
  },
};

/** The daily press review, sent to its distribution list with the review attached as PDF in the recipient's language. */
export interface PressReviewMail {
  template: 'press_review';
  name: string;
  day: string;
  items: number;
  headlines: string[];
  path: string;
}

export const pressReview: TemplateSpec<PressReviewMail> = {
  category: 'press',
  subject: { vi: (m) => `Điểm báo ngày ${day(m.day, 'vi')}`, en: (m) => `Press review, ${day(m.day, 'en')}` },
  body: {
    vi: (m, url) => [
      `Điểm báo ngày ${day(m.day, 'vi')}: ${m.items} bài, bản đầy đủ (PDF) được đính kèm thư này.`,
      '',
      ...m.headlines.map((h) => `- ${h}`),
      '',
      url(m.path),
    ],
    en: (m, url) => [
      `The press review of ${day(m.day, 'en')}: ${m.items} articles; the full review is attached as a PDF.`,
      '',
      ...m.headlines.map((h) => `- ${h}`),
      '',
      url(m.path),
    ],
  },
};
