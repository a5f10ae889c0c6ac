/**
 * The daily digest: the messages a user chose to receive once a day, each
 * rendered as it would have been alone (subject as a heading, its body), in
 * one e-mail. Its items are the held messages' facts (digest.ts).
 */
import { day, type MailLanguage } from './format.js';

export interface DailyDigestMail<Item = unknown> {
  template: 'daily_digest';
  name: string;
  /** The recipient's local day the digest was made on (YYYY-MM-DD). */
  day: string;
  items: Item[];
  path: string;
}

export const digestText = {
  subject: {
    vi: (m: DailyDigestMail) => `Gavel: tóm tắt ngày ${day(m.day, 'vi')} (${m.items.length} thông báo)`,
    en: (m: DailyDigestMail) => `Gavel: your digest for ${day(m.day, 'en')} (${m.items.length} ${m.items.length === 1 ? 'notice' : 'notices'})`,
  },
  intro: {
    vi: 'Các thông báo bạn chọn nhận mỗi ngày một lần:',
    en: 'The notices you chose to receive once a day:',
  },
  preferences: {
    vi: 'Thay đổi cách nhận thư tại trang tài khoản:',
    en: 'Change how you receive e-mail on your account page:',
  },
} satisfies Record<string, Record<MailLanguage, unknown>>;
