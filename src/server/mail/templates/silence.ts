/**
 * A silence procedure opened, about to end, or broken by an objection. Each
 * names the deadline as one instant and as every delegation's local time, so
 * a liaison in Auckland and one in Yangon read the same moment in their own.
 */
import { pick, when, type Bilingual, type MailLanguage, type TemplateSpec } from './format.js';

interface SilenceFacts {
  name: string;
  document: { referenceCode: string; title: Bilingual };
  meeting: Bilingual;
  /** The deadline (ISO instant) and the host's zone it was set in. */
  deadline: string;
  hostTimeZone: string;
  /** Each delegation at the acting meeting with its own zone. */
  delegations: Array<{ code: string; name: Bilingual; timeZone: string }>;
  path: string;
}

export interface SilenceOpenedMail extends SilenceFacts {
  template: 'silence_opened';
}
export interface SilenceEndingMail extends SilenceFacts {
  template: 'silence_ending';
}
export interface SilenceBrokenMail extends SilenceFacts {
  template: 'silence_broken';
  objector: Bilingual;
  reason: string | null;
}

const deadlines = (m: SilenceFacts, lang: MailLanguage) => [
  lang === 'vi'
    ? `Thời hạn: ${when(m.deadline, m.hostTimeZone, lang)}, theo giờ từng đoàn:`
    : `Deadline: ${when(m.deadline, m.hostTimeZone, lang)}, in each delegation's time:`,
  ...m.delegations.map((d) => `• ${d.code} ${pick(d.name, lang)}: ${when(m.deadline, d.timeZone, lang)}`),
];

const doc = (m: SilenceFacts, lang: MailLanguage) => `${m.document.referenceCode} — ${pick(m.document.title, lang)}`;

export const silenceOpened: TemplateSpec<SilenceOpenedMail> = {
  category: 'documents',
  subject: { vi: (m) => `Bắt đầu thủ tục im lặng: ${m.document.referenceCode}`, en: (m) => `Silence procedure opened: ${m.document.referenceCode}` },
  body: {
    vi: (m, url) => [
      `Văn kiện ${doc(m, 'vi')} (${pick(m.meeting, 'vi')}) được đưa vào thủ tục im lặng. Nếu không có phản đối trước thời hạn, văn kiện được coi là đã thông qua ad referendum.`,
      '',
      ...deadlines(m, 'vi'),
      '',
      url(m.path),
    ],
    en: (m, url) => [
      `${doc(m, 'en')} (${pick(m.meeting, 'en')}) is under a silence procedure. With no objection before the deadline it is agreed ad referendum.`,
      '',
      ...deadlines(m, 'en'),
      '',
      url(m.path),
    ],
  },
};

export const silenceEnding: TemplateSpec<SilenceEndingMail> = {
  category: 'documents',
  subject: { vi: (m) => `Sắp hết thời hạn im lặng: ${m.document.referenceCode}`, en: (m) => `Silence procedure about to end: ${m.document.referenceCode}` },
  body: {
    vi: (m, url) => [`Thủ tục im lặng đối với văn kiện ${doc(m, 'vi')} (${pick(m.meeting, 'vi')}) sắp kết thúc.`, '', ...deadlines(m, 'vi'), '', url(m.path)],
    en: (m, url) => [`The silence procedure on ${doc(m, 'en')} (${pick(m.meeting, 'en')}) is about to end.`, '', ...deadlines(m, 'en'), '', url(m.path)],
  },
};

export const silenceBroken: TemplateSpec<SilenceBrokenMail> = {
  category: 'documents',
  subject: { vi: (m) => `Thủ tục im lặng bị phá vỡ: ${m.document.referenceCode}`, en: (m) => `Silence broken: ${m.document.referenceCode}` },
  body: {
    vi: (m, url) => [
      `${pick(m.objector, 'vi')} đã phản đối văn kiện ${doc(m, 'vi')} (${pick(m.meeting, 'vi')}) trước thời hạn; văn kiện trở lại giai đoạn đàm phán.`,
      ...(m.reason ? [`Lý do: ${m.reason}`] : []),
      '',
      ...deadlines(m, 'vi'),
      '',
      url(m.path),
    ],
    en: (m, url) => [
      `${pick(m.objector, 'en')} objected to ${doc(m, 'en')} (${pick(m.meeting, 'en')}) before the deadline; it is back under negotiation.`,
      ...(m.reason ? [`Reason: ${m.reason}`] : []),
      '',
      ...deadlines(m, 'en'),
      '',
      url(m.path),
    ],
  },
};
